# 3.6's MAKE_FUNCTION: a defaults tuple (folded when constant), keyword-only
# defaults and annotations as BUILD_CONST_KEY_MAP, a closure tuple, flags;
# the order in which defaults, keyword-only defaults and annotations are
# evaluated.
import dis
import re


def trace(x):
    print("eval", x)
    return x


def mk(y):
    def f(a, b=trace(1), *args, c=trace(2), d, e=trace('e') if y else trace('n'), **kw) -> trace('ret'):
        return a, b, c, d, e, y, args, kw
    return f


def outer(a=1, b=2):
    def f(c=3, d=4):
        def inner(e=5, f=6):
            print(a, b, c, d, e, f)
        return inner
    return f


f = mk(5)
print(f.__defaults__, sorted(f.__kwdefaults__.items()), f(1, d=4))
print(list(f.__annotations__.items()))


def g(a: trace('A'), b: int = 3, *, k: str = 'k') -> None:
    pass


print(list(g.__annotations__.items()), g.__defaults__, g.__kwdefaults__)
lam = lambda x=trace(7), *, y=(1 if f else 2): (x, y)
print(lam(), lam.__defaults__, lam.__kwdefaults__)


def closures(z):
    gen = (i + z for i in range(3))
    lc = [i * z for i in range(3)]

    def inner(p=z, *, q=[z]):
        return p, q, z
    return list(gen), lc, inner(), inner.__defaults__


print(closures(10))
outer()()()
for i in range(2):
    def loopf(v=i):
        return v
    print(loopf())
try:
    def bad(a=1/0):
        pass
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
print(outer.__code__.co_consts[-1], outer().__code__.co_consts[-1])


def listing(fn):
    # Instructions without code objects' addresses nor constant indexes.
    for ins in dis.get_instructions(fn):
        text = re.sub(r" at 0x[0-9a-f]+", "", ins.argrepr)
        if ins.opname == "LOAD_CONST":
            print(ins.offset, ins.opname, text)
        else:
            print(ins.offset, ins.opname, ins.arg, text)


listing(outer)
listing(outer())
listing(mk)
