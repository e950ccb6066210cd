# CALL_FUNCTION of a module's Go function (len, abs, math.sqrt, ...)
# takes a shortcut that remembers each function's answers; rebinding the
# name (a global, a builtin, a module attribute) must call the new object,
# dir() and globals() must still see the caller, and errors must read as
# before.
import builtins
import math


def lens(xs):
    out = []
    for x in xs:
        out.append(len(x))
    return out


print(lens(["a", "bb", [1, 2, 3], (), {1: 2}]))

real_len = builtins.len
builtins.len = lambda x: -1
print(lens(["a", "bb"]))
builtins.len = real_len
print(lens(["a", "bb"]))

len = lambda x: 100  # a global shadows the builtin
print(lens(["a"]))
del len
print(lens(["abc"]))


def roots(n):
    return [math.sqrt(i) for i in range(n)]


print(roots(3))
real_sqrt = math.sqrt
math.sqrt = lambda x: "patched"
print(roots(2))
math.sqrt = real_sqrt
print(roots(2))


def errors():
    for call in (lambda: len(), lambda: len(1), lambda: len(1, 2),
                 lambda: abs("x"), lambda: math.sqrt(-1),
                 lambda: isinstance(1), lambda: divmod(1, 0)):
        try:
            call()
        except Exception as e:
            print(type(e).__name__, e)


errors()


def sees_frame():
    a = 1
    b = 2
    return dir()


print(sees_frame())

X = 1


def rebinds():
    out = []
    for i in range(3):
        out.append(X)
        globals()["X"] = X + 1
        out.append(X)
    return out


print(rebinds())


def via_setattr():
    out = []
    for i in range(3):
        out.append(Y)
        setattr(__import__(__name__), "Y", Y * 2)
    return out


Y = 3
print(via_setattr())

f = len
print([f(s) for s in ("", "x", "xy")])
print(sum(map(abs, [-1, -2, 3])), max(3, 9, 1), min([4, 2]))
