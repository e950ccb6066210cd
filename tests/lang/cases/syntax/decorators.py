def tag(*names, **kw):
    def deco(f):
        f.tags = names + tuple(sorted(kw))
        return f
    return deco
def plain(f):
    print('decorating', f.__name__)
    return f
class Reg:
    def __init__(self): self.seen = []
    def add(self, f):
        self.seen.append(f.__name__)
        return f
reg = Reg()
@plain
@tag('a', 'b', key=1)
@reg.add
def f(x): return x
print(f.tags, reg.seen, f(3))
@tag()
class C:
    @staticmethod
    @tag('s')
    def s(): return 's'
    @classmethod
    def c(cls): return cls.__name__
    @property
    def p(self): return 'prop'
print(C.tags, C.s(), C.s.tags, C.c(), C().p)
