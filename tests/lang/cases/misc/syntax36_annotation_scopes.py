from __future__ import division
"""Not the docstring: a from __future__ import comes first."""
# Annotations in nested blocks, nested classes, exec namespaces.
print(sorted(__annotations__))
count: int = 0


class Outer:
    """Docstring first."""
    kind: str = 'outer'

    class Inner:
        __secret: bytes = b''
        value: float
        try:
            risky: int = int('x')
        except ValueError:
            risky: str = 'fallback'
        with open(__file__) as fh:
            handle: object = None
        while True:
            looped: bool = True
            break

    def method(self) -> None:
        local: int = 1
        self.attr: str = 'a'
        print('method', local, sorted(locals()))


print(Outer.__annotations__, Outer.__doc__)
print(Outer.Inner.__annotations__, Outer.Inner.risky)
Outer().method()
g = {}
l = {}
exec('a: int = 1\nb: str\nclass K:\n    c: list = []\n', g, l)
print(sorted(g), sorted(l), l['__annotations__'], l['K'].__annotations__)
exec('__annotations__ = {"pre": 1}\nz: int = 2', g)
print(g['__annotations__'])


def outer():
    x = 1

    def inner():
        y: int = x + 1
        return y
    return inner()


print(outer(), count, __annotations__)
lam = lambda: 3
v: lam() = lam()
print(v, __annotations__['v'])
t = (1, 2)
(first): int = t[0]
print(first, 'first' in __annotations__)
