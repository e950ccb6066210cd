print(dict(), dict(a=1, b=2), dict([(1, 2), (3, 4)]), dict({"x": 1}, y=2))
print(dict(zip("abc", range(3))))
print(dict(b=1, a=2, c=3))
print(dict([("a", 1)], a=2))
for bad in ([1, 2], [(1, 2, 3)], 5, [[1]]):
    try:
        dict(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    dict({}, {})
except TypeError as e:
    print(e)
class M:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, k):
        return k.upper()
print(dict(M()))
