import re


def mask(r):
    return re.sub(r'0x[0-9a-f]+', '0x...', r)


def outer():
    def inner():
        def innermost():
            pass
        return innermost

    class Local:
        def method(self):
            return lambda: 0

        class Deeper:
            pass
    return inner, Local


inner, Local = outer()
print(outer.__qualname__, inner.__qualname__, inner().__qualname__)
print(Local.__qualname__, Local.method.__qualname__, Local.Deeper.__qualname__)
print(Local().method().__qualname__, (lambda: 0).__qualname__)
print(mask(repr(inner)), mask(repr(inner())))
print(repr(Local), repr(Local.Deeper))
print(mask(repr(Local().method)))


class Outer:
    class Inner:
        def m(self):
            pass

        @staticmethod
        def s():
            pass

        @classmethod
        def c(cls):
            pass
    attr = [lambda: 1][0]


print(Outer.Inner.__qualname__, Outer.Inner.m.__qualname__, Outer.Inner.s.__qualname__)
print(Outer.Inner.c.__qualname__, Outer.attr.__qualname__, Outer.Inner.__name__)
print(mask(repr(Outer.Inner.m)), repr(Outer.Inner))
gen = (x for x in [])
print(gen.__qualname__, [f.__qualname__ for f in [outer, mask]])
