# str(x) returns the very str-subclass instance x's __str__ returned (3.6's
# PyObject_Str); a str subclass's own str() is a plain str; S(x) is an S.
class T(str):
    pass
class T2(str):
    def __str__(self):
        return 'plain'
class U:
    def __str__(self):
        return T("x")
class V(Exception):
    def __str__(self):
        return T("e")
class W(int):
    def __str__(self):
        return T("w")
class Bad:
    def __str__(self):
        return 5
u = U()
for v in (u, V(), W(3), T('a'), T2('b'), 'abc', 5):
    r = str(v)
    print(type(r).__name__, repr(r), type(str(object=v)).__name__)
r = str(u)
print(r is str(u), isinstance(r, T), type(r) is T)
class S2(str):
    pass
x = S2(u)
print(type(x).__name__, x)
try:
    str(Bad())
except TypeError as e:
    print(e)
