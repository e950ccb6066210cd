# PEP 448's displays and calls compile to 3.6's BUILD_*_UNPACK
# instructions and CALL_FUNCTION_EX, and run as 3.6 runs them.
import dis


def displays(a, b, g):
    x = {**a, 'x': 1, **b}
    y = [*a, *b]
    z = (*a, *b)
    w = {*a, *b}
    v = [1, *a, 2]
    u = {**a}
    t = {'y': 2, **a}
    s = {'p': 1, 'q': 2, **a, 'r': g()}
    r = *a, 3
    q = [*[*a, *b], *{*a}]


def calls(a, b, g):
    g(*a, *b)
    g(*a, 1, *b, k=1, **a, **b)
    g(**a, **b)
    g(*a, **b, **a)
    g(*a, *b, **a)
    g(1, *a, *b)
    g.m(*a, *b).n(**a, x=1)
    return g(*a, 2, 3, *b, 4)


dis.dis(displays)
dis.dis(calls)


def trace(tag, value):
    print("eval", tag)
    return value


class Keys:
    def keys(self):
        return ['k', 'j']

    def __getitem__(self, k):
        return k * 2


def show(*args, **kwargs):
    return args, sorted(kwargs.items())


print({**{'a': 1}, trace('k', 'b'): trace('v', 2), **Keys()})
print([*trace('1', [1]), *trace('2', (2, 3)), trace('3', 4)])
print((*'ab', *b'c'), sorted({*'abc', *'bcd'}))
print(show(*trace('p', [1]), trace('q', 2), *trace('r', (3,)),
           x=trace('x', 5), **trace('m', {'y': 6}), **Keys()))
print(show(**{'a': 1}, **{'b': 2}), show(*[], *()))
print({**{1: 'one', 2: 'two'}, **{1: 'uno'}})


def f(*args, **kwargs):
    pass


class C:
    pass


for src in ["{**{}, **1}", "[*[], *1]", "{*1, *[]}", "(*(), *1)",
            "f(*[], *1)", "f(**{}, **1)", "C(*[], *1)", "C(**{}, **1)",
            "f(**{'a': 1}, **{'a': 2})", "f(**{1: 2}, **{})",
            "f(*[], *[], **{'a': 1}, a=2)", "len(*[], *[1, 2])",
            "[].append(*1, *[])", "print(**{'x': 1}, **{'x': 2})",
            "{**{'a': 1}, **Keys(), **[]}", "f(*a, *b)"]:
    try:
        print(src, '->', eval(src))
    except Exception as e:
        print(src, '->', type(e).__name__, e)
