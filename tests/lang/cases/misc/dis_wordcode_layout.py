# dis lays the bytecode out as 3.6 does: two bytes an instruction,
# relative jumps shown with their target, except handlers dated by the
# except line.
import dis, sys
def f(a):
    print(a)
    return 1
def g(x):
    for res in x:
        print(res)
    else:
        print(10)
    while x:
        x -= 1
    return x
def h(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None
    except (KeyError, ValueError) as e:
        print(e)
for fn in (f, g, h):
    dis.dis(fn)
print(list(dis.findlinestarts(f.__code__)))
print(dis.findlabels(g.__code__.co_code))
print([(i.offset, i.opname, i.argval) for i in dis.get_instructions(f)])
try:
    h(1, [])
except TypeError:
    tb = sys.exc_info()[2]
print(dis.Bytecode.from_traceback(tb).dis())
