print(sum(c for c in b"\x01\x02\x03"))
g = (c * 2 for c in b"\x05\x06")
print(next(g), next(g))
try:
    next(g)
except StopIteration:
    print("exhausted")
