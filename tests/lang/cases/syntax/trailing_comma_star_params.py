# A comma may end a parameter list after *args, keyword-only parameters
# or **kwargs (new in 3.6), in def and lambda alike.
def collect(*items,):
    return items

def options(**opts,):
    return sorted(opts.items())

def kwonly(*, first, second=2,):
    return first, second

def everything(a, b=1, *rest, c, d=4, **extra,):
    return a, b, rest, c, d, sorted(extra)

print(collect(), collect(1, 2, 3))
print(options(z=1, y=2))
print(kwonly(first=1), kwonly(second=5, first=0))
print(everything(0, c=3), everything(1, 2, 3, 4, c=5, d=6, e=7, f=8))

pick = lambda *xs,: xs[-1]
named = lambda **kw,: list(kw)
mixed = lambda a, *, b,: a + b
print(pick(1, 2, 3), named(q=1), mixed(1, b=2))

class Holder:
    def method(self, *__hidden,):
        return __hidden
    def kw(self, **__opts,):
        return __opts
print(Holder().method(9, 8), Holder().kw(k=1))

import inspect
print(inspect.signature(everything))
print(everything.__code__.co_varnames)

for bad in ("def f(*,): pass", "def f(**kw, *a): pass", "def f(*a,,): pass",
            "lambda *,: 0", "def f(**k, a): pass", "def f(a, **k,,): pass"):
    try:
        compile(bad, "<case>", "exec")
    except SyntaxError as e:
        print(repr(bad), "->", e.msg, e.offset)
