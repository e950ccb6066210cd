items = list(range(10))
del items[0]
del items[-1]
del items[::2]
print(items)
d = {"a": 1, "b": 2}
del d["a"]
print(list(d))
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
