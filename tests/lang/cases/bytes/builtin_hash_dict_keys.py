d = {b"a": 1, "a": 2}
print(d[b"a"], d["a"], len(d))
print(hash(b"abc") == hash(b"abc"))
try:
    hash(bytearray(b"abc"))
except TypeError as e:
    print(e)
