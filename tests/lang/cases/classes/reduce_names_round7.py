# object.__reduce__ takes a protocol; __slotnames__ entries may be str
# subclasses; __getnewargs__/__getnewargs_ex__ are looked up on the class
# (an instance __getattr__ never sees them); a class's __name__ takes a
# str subclass; list's one parameter is named sequence.
import copyreg
class A: pass
print(A().__reduce__(2)[0].__name__, A().__reduce__()[0].__name__)
for bad in ((1, 2), ('x',)):
    try:
        A().__reduce__(*bad)
    except TypeError as e:
        print("TypeError:", e)
class S(str):
    pass
class B:
    __slotnames__ = [S('spam')]
    def __getattr__(self, attr):
        if attr == 'spam':
            B.__slotnames__[:] = [S('spam')]
            return 42
        raise AttributeError
print(B().__reduce__(2) == (copyreg.__newobj__, (B,), (None, {'spam': 42}), None, None))
class Picky:
    def __getstate__(self):
        return {}
    def __getattr__(self, attr):
        if attr in ("__getnewargs__", "__getnewargs_ex__"):
            raise AssertionError(attr)
        return None
for proto in range(5):
    r = Picky().__reduce_ex__(proto)
    print(proto, r[0].__name__, r[1:3])

class C:
    pass
C.__name__ = S("abc")
print(C.__name__, C.__qualname__)
for bad in ("a\0b", 5):
    try:
        C.__name__ = bad
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)

print(list(sequence=[1]))
class L(list): pass
print(L(sequence=[3]))
a = []
list.__init__(a, sequence=[0, 1, 2])
print(a)
for args, kw in (((), {'x': 1}), (([1],), {'sequence': [2]})):
    try:
        list.__init__(a, *args, **kw)
    except TypeError as e:
        print("TypeError:", e)
