# The __dict__ of exceptions with slot fields (OSError, SyntaxError,
# ImportError, UnicodeError) holds only their other attributes, live
# both ways; __reduce__ carries it once it exists.
import pickle, copy
e = OSError(2, "nf", "a.txt")
d = e.__dict__
print(d is e.__dict__, d)
e.x = 1
print(d, e.x)
d['y'] = 2
print(e.y, sorted(vars(e)))
d['errno'] = 99
print(e.errno, d)
del d['y']
print(hasattr(e, 'y'), d)
d.update(z=3, w=4)
print(e.z, e.w)
d.clear()
print(d, e.errno, e.strerror, e.filename, hasattr(e, 'x'))
e.q = 5
del e.q
print(d, e.__reduce__())
print(ValueError(1).__reduce__())
v = ValueError(1); v.__dict__
print(v.__reduce__())
class AppError(OSError):
    def __init__(self, *a, **kw):
        super().__init__(*a)
        self.__dict__.update(kw)
a = AppError(5, "io", "f", code=7)
print(a.code, a.__dict__, a.__reduce__())
b = pickle.loads(pickle.dumps(a))
print(type(b).__name__, b.code, b.errno, b.filename, b.__dict__)
c = copy.deepcopy(a)
print(c.code, c.args)
s = SyntaxError("bad", ("f.py", 3, 4, "x = )"))
s.extra = 1
print(s.__dict__, s.lineno)
i = ImportError("m", name="n")
print(i.__dict__, i.__reduce__())
u = UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad")
u.note = 1
print(u.__dict__, u.start)
e2 = OSError(1, "x")
e2.__dict__ = {"k": 1}
print(e2.__dict__, e2.k, e2.errno)
import ssl
try:
    ssl.SSLContext(ssl.PROTOCOL_TLS).load_verify_locations(cadata="junk")
except ssl.SSLError as se:
    print(sorted(se.__dict__))
except Exception as se:
    print(type(se), se)
