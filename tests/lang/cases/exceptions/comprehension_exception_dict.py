data = {"a": "1", "b": "x"}
try:
    converted = {k: int(data[k]) for k in sorted(data)}
except ValueError as e:
    print(e)
