class Target: pass
class Sub(Target): pass
class Proxy:
    @property
    def __class__(self): return Sub
p = Proxy()
print(p.__class__.__name__, type(p).__name__)
print(isinstance(p, Target), isinstance(p, Sub), isinstance(p, Proxy), isinstance(p, (int, Target)))
print(issubclass(type(p), Target))
class Bad:
    @property
    def __class__(self): raise AttributeError("nope")
print(isinstance(Bad(), Bad), isinstance(Bad(), Target))
class NotType:
    __class__ = 5
print(isinstance(NotType(), Target), isinstance(NotType(), NotType))
