# A function's __annotations__ lists its parameters in their order
# (positional, *args, keyword-only, **kwargs), then 'return'.
import inspect


def f(a: int, b: str = "x", *args: float, c: int, d: "later", **kw: dict) -> bool:
    pass


def g(z: 1, y: 2, *, x: 3, w: 4):
    pass


def h(x) -> int:
    pass


for fn in (f, g, h):
    print(fn.__name__, list(fn.__annotations__), fn.__annotations__)
print(inspect.signature(g), list(inspect.signature(f).parameters))
lam = lambda q, r: q
print(lam.__annotations__, h.__annotations__["return"])
