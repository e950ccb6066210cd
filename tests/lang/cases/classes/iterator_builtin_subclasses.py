# zip, map and filter as base classes: the subclass keeps the
# iteration and adds its own methods and attributes
class Z(zip):
    def __next__(self):
        return sum(super().__next__())
print(list(Z([1, 2], [10, 20])), type(Z([], [])).__name__, isinstance(Z(), zip))
class M(map):
    extra = 5
m = M(str, [1, 2])
print(list(m), m.extra, type(m).__mro__[1].__name__)
class F(filter):
    def __init__(self, *a):
        self.seen = True
f = F(None, [0, 1, 2])
print(list(f), f.seen)
class K(map):
    def __new__(cls, *a):
        self = super().__new__(cls, *a)
        self.tag = 'k'
        return self
k = K(abs, [-1, -2])
print(k.tag, next(k), list(k))
try: Z(1)
except TypeError as e: print(e)
