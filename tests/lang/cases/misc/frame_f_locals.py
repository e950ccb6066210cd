import sys
def f():
    x = 1
    y = [2]
    return sys._getframe()
fr = f()
print(sorted(fr.f_locals.items()))
def g():
    a = 5
    def inner(): return a
    return sys._getframe()
print(sorted(g().f_locals))
def h():
    v = 3
    raise ValueError
try:
    h()
except ValueError as e:
    tb = e.__traceback__
    while tb.tb_next: tb = tb.tb_next
    print(tb.tb_frame.f_locals)
def gen():
    z = 1
    yield sys._getframe()
    z = 2
    yield 5
it = gen()
gf = next(it)
print(gf.f_locals)
next(it)
print(gf.f_locals)
