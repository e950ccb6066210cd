# object's own methods as 3.6 applies them: arguments to object.__init__
# and object.__new__, object.__ne__ returning NotImplemented, __hash__ set
# to None by __eq__, and bound methods hashing as they compare.
class Plain: pass
class NewOnly:
    def __new__(cls, *a): return super().__new__(cls)
class InitOnly:
    def __init__(self, *a): super().__init__(*a)
class Both:
    def __new__(cls, *a): return super().__new__(cls, *a)
    def __init__(self, *a): pass
calls = [
    ('Plain(1)', lambda: Plain(1)),
    ('Plain(x=1)', lambda: Plain(x=1)),
    ('NewOnly(1)', lambda: NewOnly(1)),
    ('InitOnly(1)', lambda: InitOnly(1)),
    ('InitOnly()', lambda: InitOnly()),
    ('Both(1)', lambda: Both(1)),
    ('Both()', lambda: Both()),
    ('object.__init__(Plain(), 1)', lambda: object.__init__(Plain(), 1)),
    ('object.__init__(NewOnly(), 1)', lambda: object.__init__(NewOnly(), 1)),
    ('object.__new__(Plain, 1)', lambda: object.__new__(Plain, 1)),
    ('object.__new__(InitOnly, 1)', lambda: object.__new__(InitOnly, 1)),
    ('object.__new__(Plain)', lambda: object.__new__(Plain)),
    ('object(1)', lambda: object(1)),
]
for text, f in calls:
    try:
        print(text, '->', type(f()).__name__)
    except TypeError as e:
        print(text, '-> TypeError:', e)

p = Plain()
print(object.__hash__(p) == hash(p), p.__hash__() == hash(p))
print(Plain.__ne__(p, 1), Plain.__eq__(p, 1), Plain.__ne__(p, p), Plain.__eq__(p, p))
class Eq:
    def __eq__(self, other): return 'yes'
print(Eq.__ne__(Eq(), 1), Eq() != 1, Eq.__hash__)
print('__hash__' in Eq.__dict__, Plain.__hash__ is object.__hash__)
try:
    hash(Eq())
except TypeError as e:
    print('TypeError:', e)
class EqHash(Eq):
    def __hash__(self): return 7
print(hash(EqHash()), EqHash.__hash__ is not None)
class SuperHash:
    def __hash__(self): return super().__hash__() == object.__hash__(self)
print(hash(SuperHash()))
class Meth:
    def f(self): pass
m = Meth()
print(hash(m.f) == hash(m.f), m.f == m.f, m.f != Meth().f, {m.f: 1}[m.f])
print(len({m.f, m.f, Meth().f}))
