class Checker:
    def __instancecheck__(self, obj): return isinstance(obj, int)
    def __subclasscheck__(self, cls): return cls is bool
c = Checker()
print(isinstance(1, c), isinstance('a', c), issubclass(bool, c), issubclass(int, c), isinstance(1, (str, c)))
for f in [lambda: isinstance(1, 2), lambda: issubclass(int, 2), lambda: issubclass(1, int), lambda: isinstance(1, object())]:
    try: f()
    except TypeError as e: print(e)
import typing
print(isinstance(1, typing.Union[int, str]) if False else 'skip')
