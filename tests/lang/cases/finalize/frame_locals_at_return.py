# The f_locals dict of a function's frame (the one locals() returns) is
# dropped with the frame: at the return when nothing kept the frame,
# after the frame's own variables; later when a traceback or a saved
# frame object keeps it, and then it is the same dict.
import gc
import sys


class C:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print('del', self.n)


def snapshot_then_rebind():
    x = C(1)
    locals()
    x = C(2)
    y = C(3)
    print('leaving')


def param_in_snapshot(p):
    d = locals()
    print('param seen', d['p'].n)


def kept_frame():
    x = C(5)
    d = locals()
    x = None
    print('rebound in kept frame')
    return sys._getframe(), d


def kept_by_traceback():
    z = C(6)
    locals()
    z = None
    raise ValueError('boom')


def returns_snapshot():
    w = C(7)
    d = locals()
    w = None
    return d


print('-- snapshot_then_rebind')
snapshot_then_rebind()
print('-- param_in_snapshot')
p = C(4)
param_in_snapshot(p)
print('param alive', p.n)
p = None
print('-- kept_frame')
frame, d = kept_frame()
print('same dict', frame.f_locals is d, sorted(d))
print('x still', d['x'])
d = None
frame = None
print('-- kept_by_traceback')
try:
    kept_by_traceback()
except ValueError as e:
    tb = e.__traceback__
print('caught')
print('kept z', sorted(tb.tb_next.tb_frame.f_locals))
tb = None
e = None
gc.collect()
print('-- returns_snapshot')
r = returns_snapshot()
print('got', sorted(r), r['w'].n)
r = None
print('done')
