# type's getset descriptors called directly: what may be set or deleted.
class X:
    "elephant"

for n in ['__doc__', '__name__', '__module__', '__dict__', '__qualname__', '__bases__']:
    for f in (lambda: type.__dict__[n].__delete__(X),
              lambda: type.__dict__[n].__delete__(int),
              lambda: type.__dict__[n].__set__(X, 'q' if n != '__bases__' else (object,))):
        try:
            f()
            print(n, 'ok')
        except (TypeError, AttributeError) as e:
            print(n, type(e).__name__, e)
print(X.__doc__, X.__name__, X.__module__, X.__qualname__)
