# Calls with *args or **kwargs and no name=value keyword compile as
# 3.6's: the positional arguments in one tuple (a tuple of constants
# folded), BUILD_TUPLE_UNPACK_WITH_CALL with *args, CALL_FUNCTION_EX.
import dis


def calls(g, a, b, o):
    g(*a)
    g(1, *a)
    g(1, 2, *a)
    g(b, *a)
    g(**a)
    g(1, **a)
    g(*a, **b)
    g(1, *a, **b)
    o.m(1, *a)
    o.m(**b)
    return g(b, *(a if b else ()), **(b or {}))


dis.dis(calls)


def show(*args, **kwargs):
    return args, sorted(kwargs.items())


class O:
    def m(self, *args, **kwargs):
        return self, args, kwargs


o = O()
print(calls(show, {'p': 3}, {'k': 5}, o))
print(show(1, *'ab'), show(1, **{'x': 2}), show(1, *'ab', **{'y': 3}))
print(o.m(1, *[2]) == (o, (1, 2), {}), o.m(**{'z': 1}) == (o, (), {'z': 1}))


def f(*args, **kwargs):
    pass


class C:
    pass


for src in ["f(1, *1)", "f(1, **1)", "f(1, *[], **1)", "f(1, *1, **{})",
            "C(1, *1)", "f(1, **{1: 2})", "len(1, *[2])", "len(**{})",
            "o.m(1, *1)", "o.m(**{1: 2})", "f(1, *(x for x in 'ab'))"]:
    try:
        print(src, '->', eval(src))
    except Exception as e:
        print(src, '->', type(e).__name__, e)
