import _thread
l = _thread.allocate_lock()
print(type(l), _thread.LockType, l.locked())
print(repr(l)[:25])
print(l.acquire(), l.locked(), repr(l)[:23])
print(l.acquire(False), l.acquire(timeout=0.01), l.acquire(True, 0))
l.release()
for a, k in [((False, 1), {}), ((True, -2), {}), (("x",), {}), ((True, "x"), {}), ((), {"blocking": 1, "timeout": 1e300}), ((1,2,3),{}), ((), {"foo": 1})]:
    try:
        print(l.acquire(*a, **k))
        l.release()
    except Exception as e:
        print(type(e).__name__, e)
try:
    l.release()
except Exception as e:
    print(type(e).__name__, e)
with l:
    print(l.locked())
print(l.locked())
r = _thread.RLock()
print(repr(r)[:40])
print(r.acquire(), r.acquire(), r._is_owned())
print(repr(r)[:20])
r.release(); r.release()
try:
    r.release()
except Exception as e:
    print(type(e).__name__, e)
print(_thread.error, _thread.TIMEOUT_MAX > 1e6, _thread._count(), _thread.stack_size())
print(type(_thread.get_ident()))
import sys
d = {}
def f(a, b=2):
    d['x'] = (a, b, _thread.get_ident() != main)
    done.release()
main = _thread.get_ident()
done = _thread.allocate_lock(); done.acquire()
print(type(_thread.start_new_thread(f, (1,), {'b': 3})))
done.acquire()
print(d)
for a in [(), (1,), (f, 1), (f, (), 1)]:
    try:
        _thread.start_new_thread(*a)
    except Exception as e:
        print(type(e).__name__, e)
print(sorted(x for x in dir(_thread) if not x.startswith('__')))
print(sorted(x for x in dir(l) if not x.startswith('__')))
print(sorted(x for x in dir(r) if not x.startswith('__')))
