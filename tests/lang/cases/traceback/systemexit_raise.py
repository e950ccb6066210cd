print("output first")
raise SystemExit(2)
