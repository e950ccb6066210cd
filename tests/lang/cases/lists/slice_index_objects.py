# Slice bounds given by __index__, including ones past any index.
class Idx:
    def __init__(self, v):
        self.v = v
    def __index__(self):
        return self.v

seq = list(range(10))
print(seq[Idx(2):Idx(5)], seq[Idx(-2 ** 70):Idx(2)], seq[Idx(7):Idx(2 ** 70)])
print(seq[::Idx(3)], (1, 2, 3)[Idx(1):Idx(10 ** 30)])
class Bad:
    def __index__(self):
        return 'no'
try:
    seq[Bad():]
except TypeError as exc:
    print(exc)
try:
    seq[1.5:]
except TypeError as exc:
    print(exc)
