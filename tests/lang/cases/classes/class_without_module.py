# A class whose namespace has no __module__ (type() called where the
# globals have no __name__): C.__module__ raises AttributeError, an
# instance's lookup finds none, getattr's default and hasattr see that;
# del C.__module__ is refused for a class statement's class.
ns = {}
exec("Y = type('Y', (), {})\nclass Z: pass", ns)
Y = ns['Y']
Z = ns['Z']
for f in [lambda: Y.__module__, lambda: Y().__module__, lambda: Z.__module__,
          lambda: repr(Y), lambda: Y.__qualname__,
          lambda: getattr(Y, '__module__', 'dflt'),
          lambda: hasattr(Y, '__module__'),
          lambda: type('W', (Y,), {'__module__': 'm'}).__module__]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)


class C:
    pass


try:
    del C.__module__
except TypeError as e:
    print(e)
print(C.__module__, '__module__' in C.__dict__)
