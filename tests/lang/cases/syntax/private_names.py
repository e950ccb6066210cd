class C:
    __cls = 'cls'
    def __init__(self, __v=1):
        self.__v = __v
        self.__d = {'k': 0}
    def __private(self):
        return 'private', self.__v
    @staticmethod
    def __st(): return 'st'
    def use(self):
        self.__d['k'] += 1
        __local = [self.__v for _ in range(1)]
        f = lambda __y=2: __y + self.__v
        return self.__private(), C.__st(), self.__cls, __local, f(), self.__d
    class __Inner:
        __z = 'z'
        def get(self): return self.__z
    def inner(self): return self.__Inner().get(), type(self.__Inner()).__name__
    async def __co(self): return 'co'
    def co(self): return self.__co
print(sorted(k for k in vars(C) if 'C__' in k))
c = C()
print(c.use(), c.inner())
print(C._C__private.__name__, C._C__private.__qualname__, C._C__Inner.__name__, C._C__Inner.__qualname__)
print(sorted(vars(c)), c._C__v, hasattr(c, '__v'))
print(C.__init__.__code__.co_varnames[:2], C._C__co.__name__, c.co().__name__)
def kw(**k): return sorted(k)
class K:
    def m(self): return kw(__a=1)
    def g(self):
        global __gvar
        __gvar = 'g'
print(K().m(), K().g(), _K__gvar)
class _:
    __x = 1
print(sorted(k for k in vars(_) if 'x' in k))
try:
    C().__private()
except AttributeError as e:
    print(e)
