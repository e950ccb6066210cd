for i, c in enumerate(b"xyz"):
    if i == 1:
        continue
    print(i, c)
