# f_lineno of a running frame is live; f_back outlives the call
import sys
def f(): return sys._getframe()
fr = f()
print(fr.f_back is None, fr.f_back is sys._getframe(), fr.f_lineno, fr.f_code.co_name)
def g():
    fr = sys._getframe()
    b = fr.f_back
    print(b.f_code.co_name, b.f_lineno, fr.f_lineno)
    x = 1
    print(fr.f_lineno)
    return fr
def h():
    return g()
r = h()
print(r.f_back.f_code.co_name, r.f_lineno)
print(sys._getframe().f_lineno)
try:
    1/0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(tb.tb_lineno, tb.tb_frame.f_lineno, tb.tb_frame is sys._getframe())
def gen():
    yield sys._getframe()
    yield 2
gg = gen()
gf = next(gg)
print(gf.f_back is None, gf.f_lineno)
def outer():
    return sys._getframe(1).f_lineno
print(outer(), sys._getframe().f_back)
def k():
    try:
        raise ValueError
    except ValueError as e:
        return e.__traceback__
t = k()
print(t.tb_lineno, t.tb_frame.f_lineno, t.tb_frame.f_back.f_code.co_name)
