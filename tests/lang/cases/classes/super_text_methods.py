# super().__str__(), super().__repr__() and super().__format__() reach the
# base's own text: BaseException's for exception classes (KeyError and
# OSError keep theirs), the value's for subclasses of built-in types,
# object.__str__ (repr of self) for containers and plain classes; the same
# methods called on the classes.


class AppError(Exception):
    code = 2

    def __str__(self):
        return "[%d] %s" % (self.code, super().__str__())

    def __repr__(self):
        return "R:" + super().__repr__()


print(str(AppError("port", "missing")), str(AppError("one")), str(AppError()))
print(repr(AppError("x")), repr(AppError()))


class K(KeyError):
    def __str__(self):
        return "K" + super().__str__()


class Os(OSError):
    def __str__(self):
        return "O:" + super().__str__()


print(str(K("a")), str(Os(2, "nf", "/x")), repr(Os(1, "x")), str(Os("plain")))


class D(dict):
    def __repr__(self):
        return "D" + super().__repr__()

    def __str__(self):
        return "S" + super().__str__()


class L(list):
    def __repr__(self):
        return "L" + super().__repr__()

    def __str__(self):
        return "S" + super().__str__()


print(repr(D(a=1)), str(D(a=1)), str(L([1])), repr(L([2])))


class S(str):
    def __str__(self):
        return "<" + super().__str__() + ">"

    def __repr__(self):
        return "S(" + super().__repr__() + ")"

    def __format__(self, spec):
        return "[" + super().__format__(spec) + "]"


print(str(S("q")), repr(S("q")), "%s %r" % (S("a"), S("b")), format(S("ab"), ">4"), f"{S('x')}")


class I(int):
    def __str__(self):
        return "I" + super().__str__()

    def __format__(self, spec):
        return "F" + super().__format__(spec)


print(str(I(5)), format(I(6), "03d"), "{:>4}".format(I(3)), f"{I(7):x}")


class B:
    def __repr__(self):
        return "B!"


class C(B):
    def __str__(self):
        return "C" + super().__str__()


print(str(C()))
print(Exception.__str__(AppError(3)), BaseException.__repr__(AppError(4)), object.__str__(5), object.__str__(C()))
print(KeyError.__str__(KeyError("k")), ValueError.__repr__(ValueError(1, 2)))


class P:
    def __str__(self):
        return "P!"


print(format(P()), "{}".format(P()), object.__format__(P(), ""), f"{P()}")
for call in (lambda: format(P(), "x"), lambda: int.__format__("x", ""), lambda: int.__format__(5),
             lambda: int.__format__(5, 3), lambda: object.__format__(object(), "x"),
             lambda: float.__format__(1.5, 3), lambda: str.__format__("a", 3)):
    try:
        print(repr(call()))
    except TypeError as e:
        print("TypeError:", e)
print(int.__format__(True, ">3"), str.__format__("ab", ">4"), int.__format__(2 ** 70, ","),
      (5).__format__("x"), "q".__format__("^5"), (2.5).__format__(".3e"), format(True), format(1e20))


class Named(int):
    def __str__(self):
        return "N!"

    def __format__(self, spec):
        return "<" + super().__format__(spec) + ">"


print(format(Named(3)), format(Named(3), "d"), int.__format__(Named(3), ""), f"{Named(4)}", f"{Named(4):>3}")
