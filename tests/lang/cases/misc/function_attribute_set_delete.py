def f(a=1, *, b=2):
    "doc"
f.x = 1
for attr, value in (('__dict__', None), ('__dict__', {'y': 2}), ('__kwdefaults__', 5), ('__kwdefaults__', {'b': 3}),
                    ('__annotations__', 5), ('__annotations__', {'a': int}), ('__defaults__', (9,)), ('__doc__', 7)):
    try:
        setattr(f, attr, value)
        print('set', attr, getattr(f, attr))
    except TypeError as e:
        print('TypeError:', e)
for attr in ('__dict__', '__defaults__', '__kwdefaults__', '__annotations__', '__doc__', '__name__', '__qualname__', '__code__', '__globals__', '__closure__', '__module__'):
    try:
        delattr(f, attr)
        print('deleted', attr, repr(getattr(f, attr)))
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ':', e)
print(f(0, b=1), f.__defaults__, f.__kwdefaults__)
try:
    f.__globals__ = {}
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ':', e)
try:
    f.__closure__ = ()
except (AttributeError, TypeError) as e:
    print(type(e).__name__ + ':', e)
def outer():
    v = 1
    def inner():
        return v
    del v
    return inner
c = outer().__closure__[0]
try:
    c.cell_contents
except ValueError as e:
    print('ValueError:', e)
