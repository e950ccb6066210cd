class Base:
    """Docstring."""
    attr = 'base'
    count = 0
    def __init__(self, v=0):
        self.v = v
        Base.count += 1
    def method(self):
        return self.attr, self.v
    @staticmethod
    def st(x): return x * 2
    @classmethod
    def cm(cls): return cls.__name__
    class Nested:
        inner = 'nested'
    if True:
        conditional = 'yes'
    for _i in range(2):
        pass
    del _i
    x = [1, 2]
    y = len(x)
class Child(Base):
    attr = 'child'
    def method(self):
        return ('child',) + super().method()
c = Child(5)
print(Base.__doc__, c.method(), Child.st(4), Child.cm(), Base.Nested.inner, Base.conditional, Base.y, Base.count)
print(Child.__mro__[1].__name__, isinstance(c, Base), issubclass(Child, Base), hasattr(Base, '_i'))
print(Child.__name__, Child.__qualname__, Base.Nested.__qualname__, Base.method.__qualname__)
