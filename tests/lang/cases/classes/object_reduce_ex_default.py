import copyreg
class E: pass
print(E().__reduce_ex__(2)[2:])
class S:
    __slots__ = ('x', 'y')
s = S(); s.x = 1
print(s.__reduce_ex__(2)[2:])
try: print(s.__reduce_ex__(1))
except TypeError as e: print("TE", e)
class L(list): pass
l = L([1,2]); l.a = 3
r = l.__reduce_ex__(2); print(r[0].__name__, r[1], r[2], list(r[3]), r[4])
class D(dict): pass
r = D(a=1).__reduce_ex__(2); print(r[1], r[2], r[3], list(r[4]))
class N:
    def __getnewargs__(self): return (1, 2)
    def __new__(cls, *a): return object.__new__(cls)
print(N().__reduce_ex__(2)[1][1:])
class NX:
    def __getnewargs_ex__(self): return ((1,), {'k': 2})
    def __new__(cls, *a, **k): return object.__new__(cls)
r = NX().__reduce_ex__(2); print(r[0].__name__, r[1][1:])
r = NX().__reduce_ex__(4); print(r[0].__name__, r[1][1:])
class G:
    def __getstate__(self): return "st"
print(G().__reduce_ex__(3)[2])
class R:
    def __reduce__(self): return (R, ())
print(R().__reduce_ex__(2))
print(E().__reduce__()[0].__name__, E().__reduce__()[1])
class I(int): pass
print(I(5).__reduce_ex__(2)[1][1:], I(5).__reduce_ex__(0)[1][1:])
try: object().__reduce_ex__()
except TypeError as e: print("TE", e)
print(object.__reduce_ex__(E(), 2)[1][0].__name__)
class Bad(E):
    def __getnewargs__(self): return 5
try: Bad().__reduce_ex__(2)
except TypeError as e: print("TE", e)
