# str.__mod__/__rmod__ called as methods, a str subclass's own __rmod__,
# '*' widths and precisions, widths beyond memory, bytes %c.
import sys


def show(fn):
    try:
        print(repr(fn()))
    except Exception as exc:
        print(type(exc).__name__, exc)


show(lambda: "%c".__mod__("a"))
show(lambda: str.__mod__("%c|%5s", ("a", 2)))
show(lambda: "%c".__rmod__("a"))
show(lambda: "%s".__rmod__(b"a"))
show(lambda: str.__mod__(b"%s", 1))
show(lambda: "%s".__mod__(b"a"))


class Hooked(str):
    def __rmod__(self, other):
        return "rmod %r" % other


class Plain(str):
    pass


class Declines(str):
    def __rmod__(self, other):
        return NotImplemented


show(lambda: "lhs %% %r" % Hooked("rhs"))
show(lambda: Hooked("lhs %s") % "x")
show(lambda: type(Hooked("lhs %s") % "x").__name__)
show(lambda: Plain("%s") % Plain("x"))
show(lambda: 5 % Hooked("x"))
show(lambda: "a%s" % Declines("z"))

show(lambda: "%*s" % (sys.maxsize + 1, ""))
show(lambda: "%.*f" % (sys.maxsize + 1, 1. / 7))
show(lambda: "%*s" % ("x", ""))
show(lambda: "%.*f" % ("x", 1.))
show(lambda: "%*s" % (2.0, ""))
show(lambda: "%*s|" % (True, "a"))
show(lambda: "%.*s|" % (-1, "abc"))
show(lambda: "%*s|" % (-3, "a"))
show(lambda: "%.{}f".format(sys.maxsize + 1) % 2.34)
show(lambda: "%{}f".format(sys.maxsize + 1) % 2.34)
show(lambda: "%.{}d".format(2 ** 31) % 2)
show(lambda: "%{}d".format(2 ** 40) % 2)
show(lambda: "%*s" % (2 ** 40, "a"))
show(lambda: b"%c" % bytearray(b"a"))
show(lambda: b"%c" % memoryview(b"a"))
show(lambda: b"%c" % b"ab")
show(lambda: "abc".__getnewargs__())
show(lambda: type(Plain("q").__getnewargs__()[0]).__name__)
show(lambda: "abc".__getnewargs__(1))
