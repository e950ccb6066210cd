# obj.m(...) on built-in values through one call site while the receiver's
# type changes: LOAD_METHOD keeps the Go methods it finds per (type, name)
# (vm/fast_typemethod.go). The same site sees list, str, tuple and bytes
# values; subclasses of built-in types whose methods are overridden,
# rebound, deleted and given back; an instance attribute that shadows a
# method; built-in types that refuse new attributes.
import collections
import io
import struct


def probe(values, name, *args):
    out = []
    for v in values:
        try:
            out.append(getattr(v, name)(*args))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


def index_site(values, x):
    out = []
    for v in values:
        try:
            out.append(v.index(x))
        except Exception as e:
            out.append(type(e).__name__)
    return out


print(index_site([[1, 2, 3], "a2c", (3, 2, 1), b"x2", [2], "2"], 2))
print(index_site([[1, "2"], "a2c", ("2",), b"x2"], "2"))
print(probe([[1, 2, 2], "22x", (2, 2, 2), b"\x02\x02"], "count", 2))


class MyList(list):
    def append(self, x):
        list.append(self, x * 10)


def fill(lst, n):
    for i in range(n):
        lst.append(i)
    return lst


print(fill([], 3), fill(MyList(), 3))
MyList.append = lambda self, x: list.append(self, -x)
print(fill(MyList(), 3), fill([], 2))
del MyList.append
print(fill(MyList(), 3))
MyList.append = lambda self, x: list.extend(self, [x, x])
print(fill(MyList(), 2))


class MyDict(dict):
    def get(self, k, default=None):
        return ("sub", k, default)


def gets(ds):
    return [d.get("a", 0) for d in ds]


od = collections.OrderedDict(a=1)
dd = collections.defaultdict(int, a=2)
print(gets([{"a": 5}, MyDict(a=1), od, dd, {}]))
MyDict.get = dict.get
print(gets([MyDict(a=7), {"b": 1}, MyDict()]))


class Shadow(list):
    pass


s = Shadow([3, 1, 2])
print(fill(s, 1))
s.append = lambda x: print("instance append", x)
fill(s, 2)
del s.append
print(fill(s, 1))

for T in (list, dict, set, frozenset, tuple, str, bytes):
    try:
        T.append = None
    except TypeError as e:
        print(e)
    try:
        setattr(T, "upper", None)
    except TypeError as e:
        print(e)
print("abc".upper(), [3, 1].copy(), {1: 2}.get(1), {1}.copy(), (1, 1).count(1))

st = struct.Struct("<H")
rec = b"\x01\x00\x02\x00"


class Buf(io.BytesIO):
    def read(self, n=-1):
        return b"sub" + io.BytesIO.read(self, n)


def reads(objs):
    return [o.read(2) for o in objs]


print([st.unpack_from(rec, i) for i in (0, 2)])
print(reads([io.BytesIO(b"abcd"), Buf(b"wxyz"), io.BytesIO(b"12")]))
Buf.read = lambda self, n=-1: b"re" + io.BytesIO.read(self, n)
print(reads([Buf(b"wxyz"), io.BytesIO(b"ab")]))
del Buf.read
print(reads([Buf(b"wxyz")]))
try:
    [].nope()
except AttributeError as e:
    print(e)
try:
    "x".upper(1)
except TypeError as e:
    print(e)
