# str(x) of an int or a str is answered by the loop without str's
# constructor (vm/fast_typecall.go); everything else takes the general
# path. Ints at the 64-bit edges and past them, bools, subclasses of int
# and str with their own __str__, str rebound and given back, keywords,
# the other argument counts and their errors.
import builtins


class MyInt(int):
    def __str__(self):
        return "MyInt!"


class MyStr(str):
    def __str__(self):
        return "MyStr!"


class Plain(str):
    pass


def show(values):
    out = []
    for v in values:
        s = str(v)
        out.append((s, type(s).__name__))
    return out


print(show([0, 7, -1, 99, 100, 255, 4096, -4097, 2**31, 2**63 - 1, -2**63]))
print(show([2**63, -2**63 - 1, 10**30, True, False, None, 1.5, "", "abc"]))
print(show([MyInt(5), MyStr("x"), Plain("p"), b"b", [1], (2,)]))
s = "same"
print(str(s) is s, type(str(Plain("q"))).__name__)
print(str(object=12), str(), str(b"ab", "ascii"), str(b"\xff", "ascii", "replace"))
for args in [(1, 2), (1, 2, 3, 4)]:
    try:
        str(*args)
    except TypeError as e:
        print("TypeError", e)


def local_str():
    str = lambda x: "local %r" % (x,)
    return [str(i) for i in range(2)]


print(local_str())
orig = str
str = lambda x: "global %r" % (x,)
print(str(1), str("a"))
del str
print(str(1), str("a"))
builtins.str = lambda x: "builtin %r" % (x,)
try:
    print(str(2), str("b"))
finally:
    builtins.str = orig
print(str(3), str("c"))


def calls(n):
    total = 0
    for i in range(-n, n):
        total += len(str(i * 977)) + len(str(str(i)))
    return total


print(calls(500))
