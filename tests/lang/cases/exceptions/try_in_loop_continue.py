results = []
for s in ("1", "x", "3"):
    try:
        n = int(s)
    except ValueError:
        results.append("bad")
        continue
    results.append(n)
print(results)
