# Special methods are looked up on the class and bound through their
# descriptor protocol, never through the instance's __getattribute__:
# bytes(), reversed(), list() length hints, dir(), round(), isinstance
# and issubclass hooks.
class SpecialDescr:
    def __init__(self, impl): self.impl = impl
    def __get__(self, obj, owner):
        return self.impl.__get__(obj, owner)
specials = [
 ("__bytes__", bytes, lambda s: b"hi"),
 ("__reversed__", reversed, lambda s: iter([1])),
 ("__length_hint__", lambda o: list(o), lambda s: 3),
 ("__sizeof__", lambda o: o.__sizeof__(), lambda s: 3),
 ("__dir__", dir, lambda s: ['a']),
 ("__round__", round, lambda s: 1),
 ("__instancecheck__", lambda o: isinstance(int, o), lambda s, x: True),
 ("__subclasscheck__", lambda o: issubclass(int, o), lambda s, x: True),
]
for name, runner, impl in specials:
    if runner is None: continue
    class X:
        def __getattribute__(self, a):
            raise AssertionError('getattribute ' + a)
    if name == "__length_hint__":
        setattr(X, '__iter__', SpecialDescr(lambda s: iter(range(3))))
    setattr(X, name, SpecialDescr(impl))
    try:
        r = runner(X())
        print(name, 'ok', type(r).__name__)
    except Exception as e:
        print(name, type(e).__name__, e)
