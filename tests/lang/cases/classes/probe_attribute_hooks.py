# getattr / getattribute / descriptors / slots
class G:
    a = 1
    def __getattribute__(self, n):
        print('getattribute', n)
        return object.__getattribute__(self, n)
    def __getattr__(self, n):
        print('getattr', n)
        if n == 'boom':
            raise AttributeError('custom')
        return 42
g = G()
print(g.a, g.zzz)
try:
    g.boom
except AttributeError as e:
    print('AE', e)
class D:
    def __get__(self, o, t): return ('get', o is None, t.__name__)
    def __set__(self, o, v): print('set', v)
    def __delete__(self, o): print('delete')
class ND:
    def __get__(self, o, t): return 'nd'
class H:
    d = D(); nd = ND()
h = H(); h.d = 5; del h.d
print(h.d, H.d, h.nd)
h.__dict__['nd'] = 'inst'; h.__dict__['d'] = 'inst'
print(h.nd, h.d)
class S:
    __slots__ = ('x', 'y')
s = S(); s.x = 1
try:
    s.z = 2
except AttributeError as e: print(e)
try:
    s.y
except AttributeError as e: print(e)
print(hasattr(s, '__dict__'), S.x.__class__.__name__, S.__slots__)
class S2(S):
    pass
s2 = S2(); s2.z = 3; print(s2.z, s2.__dict__)
class P:
    @property
    def v(self): return 'v'
try:
    P().v = 1
except AttributeError as e: print(e)
try:
    del P().v
except AttributeError as e: print(e)
class NoHash:
    __hash__ = None
try:
    hash(NoHash())
except TypeError as e: print(e)
class EqOnly:
    def __eq__(self, o): return True
try:
    {EqOnly()}
except TypeError as e: print(e)
print(EqOnly.__hash__)
try:
    object().x = 1
except AttributeError as e: print(e)
try:
    (1).x
except AttributeError as e: print(e)
try:
    del g.nonexistent_attr_abc
except AttributeError as e: print(e)
