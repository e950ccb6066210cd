# f-strings compile to 3.6's FORMAT_VALUE and BUILD_STRING.
import dis


class F:
    def __format__(self, spec):
        return "F<%s>" % spec

    def __repr__(self):
        return "Frepr"

    def __str__(self):
        return "Fstr"


class S(str):
    pass


def fs(a, b, c, d):
    return (f"{a!r:>{b}} {c}", f"abc", f"", "x" f"y", f"{1}",
            f"a{b!s:{c}.{d}x}e" "z", f"{a:}", f"{a!a}", f"{{}}{d}")


x, w, n = F(), 8, 3.14159
print(fs(x, w, n, 'q'))
print(f"{x} {x!r} {x!s} {x!a} {x:abc} {x!r:>{w}} {n:.{2}f} {n!r:^12}")
print(f"{'é'!a} {{}} {w if w else 0:>{w}}", f"{[i for i in range(3)]}")
print(f"{S('sub')}", f"{S('sub'):>5}", type(f"{S('a')}"), type(f"{S('b')!s}"))


class Bad:
    def __format__(self, spec):
        return 5


try:
    f"{Bad()}"
except TypeError as e:
    print("TypeError", e)
try:
    f"{x!r:{1/0}}"
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(len(eval("f'" + "{x}" * 70000 + "'", {'x': 'ab'})))
print(fs.__code__.co_consts)
dis.dis(fs)
