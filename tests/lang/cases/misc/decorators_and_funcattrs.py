# Decorators (order, arguments, classes as decorators, on classes) and
# the attributes of functions.
import functools
def tag(label):
    def deco(fn):
        print('decorating', fn.__name__, 'with', label)
        fn.tags = getattr(fn, 'tags', []) + [label]
        return fn
    return deco

@tag('outer')
@tag('inner')
def f(a, b=2, *args, c, d=4, **kw) -> 'ret':
    """Docstring of f."""
    return a
print(f.tags, f.__name__, f.__qualname__, f.__doc__, f.__module__)
print(f.__defaults__, f.__kwdefaults__, f.__annotations__, f.__code__.co_argcount,
      f.__code__.co_kwonlyargcount, f.__code__.co_varnames[:6])

class CountCalls:
    def __init__(self, fn):
        functools.update_wrapper(self, fn)
        self.calls = 0
        self.fn = fn
    def __call__(self, *a, **k):
        self.calls += 1
        return self.fn(*a, **k)
@CountCalls
def square(x):
    """Square it."""
    return x * x
print(square(3), square(4), square.calls, square.__name__, square.__doc__, square.__wrapped__.__name__)

def memo(fn):
    cache = {}
    @functools.wraps(fn)
    def wrapper(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return wrapper
@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.__name__, fib.__wrapped__.__name__)

def add_repr(cls):
    cls.__repr__ = lambda self: '<%s>' % cls.__name__
    return cls
@add_repr
class Thing:
    pass
print(Thing())

class Outer:
    class Inner:
        def method(self):
            def local():
                pass
            return local
print(Outer.Inner.method.__qualname__, Outer.Inner().method().__qualname__)
f.__name__ = 'renamed'
f.__qualname__ = 'Q.renamed'
f.custom = 1
print(f.__name__, f.__qualname__, f.__dict__['custom'], sorted(f.__dict__))
for attr, value in (('__name__', 5), ('__qualname__', None), ('__defaults__', 5), ('__code__', 1)):
    try:
        setattr(f, attr, value)
    except TypeError as e:
        print('TypeError:', e)
f.__defaults__ = None
f.__kwdefaults__ = None
f.__doc__ = None
print(f.__defaults__, f.__kwdefaults__, f.__doc__)
def g():
    return x
x = 1
print(g.__globals__ is globals(), g.__closure__, g())
def h():
    y = 2
    def inner():
        return y
    return inner
print(h().__closure__[0].cell_contents, h().__code__.co_freevars)
print(type(lambda: 0).__name__, (lambda: 0).__name__, (lambda: 0).__qualname__)
