class F(Exception):
    def __new__(cls, *a, **k):
        return super().__new__(cls)
print(F(1, 2).args)
try:
    F(1, x=2)
except TypeError as e:
    print("TE", e)
class O(OSError):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
o = O(2, "x")
print(o.args, o.errno, o.strerror, type(o))
class K(KeyError):
    def __new__(cls, *a):
        return super().__new__(cls)
print(K('a').args, str(K('a')))
class S(SyntaxError):
    def __new__(cls, *a):
        return super().__new__(cls)
s = S("m", ("f", 1, 2, "t"))
print(s.args, s.msg, s.lineno)
class U(UnicodeDecodeError):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
u = U("utf-8", b"ab", 0, 1, "bad")
print(u.args, u.reason)
class Ex(SystemExit):
    def __new__(cls, *a):
        return super().__new__(cls)
print(Ex(3).code, Ex(3).args)
class St(StopIteration):
    def __new__(cls, *a):
        return super().__new__(cls)
print(St(3).value, St(3).args)
class E(Exception):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
e = E(1, 2)
print(e.args, repr(e), str(e))
class F2(Exception):
    def __new__(cls, *a):
        return super().__new__(cls)
f = F2(1, 2)
print(f.args, repr(f))
class G(Exception):
    def __new__(cls, *a):
        return Exception.__new__(cls, 5)
    def __init__(self, *a):
        pass
g = G(1, 2)
print(g.args)
class H(ValueError):
    def __new__(cls, *a, **k):
        return super().__new__(cls, *a)
print(H(3).args)
try:
    raise E(7, 8)
except E as x:
    print(x.args)
