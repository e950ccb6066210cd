# A bound method forwards its names to its function without listing them,
# and binding it again gives it back unchanged.
import types


class C:
    def m(self):
        pass


m = C().m
print(m.__get__(C()) is m, m.__get__(None, C) is m, type(m).__get__(m, 1) is m)
print(sorted(set(dir(m)) - set(dir(type(m)))))
print('__module__' in dir(m), '__name__' in dir(m), '__qualname__' in dir(m))
print(m.__module__, m.__name__, m.__qualname__)
print(sorted(n for n in type(m).__dict__ if n in ('__name__', '__qualname__', '__module__', '__func__', '__self__')))
b = types.MethodType(len, C())
print(b.__name__, b.__qualname__, b.__module__)
try:
    m.__get__(None)
except TypeError as e:
    print(e)
