# A decorated def evaluates its decorators first (each on its own line),
# then its defaults, keyword-only defaults and annotations, as 3.6 does;
# jumps into and out of those expressions still land right.
import sys
log = []
def t(name, v=None):
    log.append(name)
    return v
def deco(name):
    log.append("deco " + name)
    def d(f):
        log.append("apply " + name)
        return f
    return d
def pick(d):
    return d
c = 0
for i in range(3):
    @deco("a" if i % 2 else "b")
    @pick(lambda f, q=t("lamdef"): f)
    def f(x=t("x") if i else t("x2"), *, y=t("y") or t("y2", 5), z: t("ann z") = 1) -> (t("r1") and t("r2")):
        return x, y
    print(f(), f.__defaults__, f.__kwdefaults__, f.__annotations__)
print(log); log.clear()
def outer(v):
    w = v * 2
    @deco("in" if w else "out")
    def inner(a=w, b=[k for k in range(v)]):
        return a + w, b
    return inner
print(outer(2)(), log); log.clear()
class K:
    @staticmethod
    @deco("m")
    def __priv(a=t("pa")):
        return a
    @classmethod
    def m(cls, b=t("cb")):
        return b
    def call(self):
        return self.__priv(3)
print(K().call(), K.m(), log); log.clear()
async def co(): pass
@deco("async")
async def af(x=t("ax")):
    return x
print(af.__defaults__, log); log.clear()
while c < 2:
    @deco("w%d" % c)
    def g(q=c):
        return q
    c += 1
    if c == 1:
        continue
print(g(), log); log.clear()
def tracer(frame, event, arg):
    if event == 'line': print("line", frame.f_code.co_name, frame.f_lineno)
    return tracer
def h():
    @deco("multi")
    @deco("two")
    def i(a=1,
          b=2): pass
    return i
sys.settrace(tracer); h(); sys.settrace(None)
try:
    @deco("e")
    @undefined_name
    def ee(x=t("never")): pass
except NameError as e:
    print(e, log, sys.exc_info()[2].tb_lineno)
import traceback
try:
    @deco("e2")
    def ee2(x=t("d"), y=1/0): pass
except ZeroDivisionError:
    traceback.print_exc(file=sys.stdout)
print(log)
