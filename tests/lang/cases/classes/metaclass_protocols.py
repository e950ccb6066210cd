# Special methods a metaclass defines act on its classes (in, iter, len,
# [], a __setattr__ that calls type.__setattr__); sys encodings; unicode
# errors built from their five arguments.
class M(type):
    def __contains__(cls, x): return x == 1
    def __iter__(cls): return iter([1, 2])
    def __len__(cls): return 2
    def __getitem__(cls, k): return k * 2
    def __setattr__(cls, name, value):
        if name == "locked":
            raise AttributeError("locked")
        type.__setattr__(cls, name, value)
    def __call__(cls, *a):
        return super().__call__(*a)
class C(metaclass=M):
    pass
print(1 in C, 3 in C, list(C), len(C), C[4])
C.x = 5
print(C.x)
try:
    C.locked = 1
except AttributeError as e:
    print("AttributeError", e)
class D(metaclass=M):
    def __init__(self, v): self.v = v
print(D(3).v)
import sys
print(sys.getfilesystemencoding())
e = UnicodeEncodeError("ascii", "é", 0, 1, "ordinal not in range(128)")
print(str(e), e.start, e.reason)
e = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "invalid start byte")
print(str(e))
e = UnicodeEncodeError("ascii", "a\u20acb\U0001F600", 1, 3, "nope")
print(str(e), e.end)
e = UnicodeEncodeError("latin-1", "x\u20ac", 1, 2, "no")
print(str(e))
e = UnicodeDecodeError("ascii", b"ab\xff\xfe", 2, 4, "bad")
print(str(e), e.object)
try:
    del C.x
    del C.x
except AttributeError as e:
    print("AttributeError", e)
