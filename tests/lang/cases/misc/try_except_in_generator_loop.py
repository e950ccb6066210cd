def safe_ints(items):
    for item in items:
        try:
            yield int(item)
        except ValueError:
            continue
print(list(safe_ints(["1", "x", "3"])))
