# A function frame's f_locals is one dict, refreshed on each read and
# the same as locals(); frame.clear() drops a finished frame's variables.
import sys
def inner():
    i = 1
    1 / 0
try:
    inner()
except ZeroDivisionError:
    tb = sys.exc_info()[2]
fr = tb.tb_next.tb_frame
print(len(fr.f_locals), fr.f_locals is fr.f_locals)
fr.clear()
print(len(fr.f_locals))
try:
    sys._getframe().clear()
except RuntimeError as e:
    print('RuntimeError:', e)
def g():
    x = 1
    f = sys._getframe()
    l1 = f.f_locals
    y = 2
    l2 = f.f_locals
    print(l1 is l2, sorted(l1), locals() is l1, vars() is l1)
    l1['x'] = 100
    print(x)
    del y
    print(sorted(locals()))
g()
