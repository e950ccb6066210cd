import _thread
l=_thread.allocate_lock()
print(l.acquire(timeout=True)); l.release()
try: l.acquire(timeout=None)
except Exception as e: print(type(e).__name__, e)
print(l.acquire(timeout=1e-12)); l.release()
print(_thread._local().__class__, _thread.allocate_lock)
try: _thread._local(1)
except Exception as e: print(type(e).__name__, e)
print(l.__enter__(), l.__exit__(None,None,None))
l.acquire()
print(l.__exit__(1,2))
l.acquire()
try: print(l.__exit__())
except Exception as e: print(type(e).__name__, e)
r=_thread.RLock(); r.acquire(); print(r._release_save()[0])
try: r._release_save()
except Exception as e: print(type(e).__name__, e)
r._acquire_restore((3, _thread.get_ident())); print(r._is_owned()); print(repr(r).split(' at')[0].replace(str(_thread.get_ident()),'ME'))
try: r.release(1)
except Exception as e: print(type(e).__name__, e)
print(r.__enter__(), r.__exit__(1,2,3))
print(_thread.stack_size(0))
try: _thread.stack_size(100)
except Exception as e: print(type(e).__name__, e)
try: _thread.exit()
except SystemExit as e: print('SystemExit', repr(e))
s=_thread._set_sentinel(); print(type(s), s.locked())
class L(_thread._local):
    def __init__(self, x): self.x = x
o = L(5); print(o.x, o.__dict__)
res = []
lk = _thread.allocate_lock(); lk.acquire()
def w():
    res.append(getattr(o, 'x', None)); o.x = 9; res.append(o.__dict__); lk.release()
_thread.start_new_thread(w, ())
lk.acquire(); print(res, o.x)
p = _thread._local(); p.a = 1
def w2():
    res.append(hasattr(p, 'a')); lk.release()
_thread.start_new_thread(w2, ()); lk.acquire(); print(res)
try:
    class Q(_thread.lock): pass
except Exception as e: print(type(e).__name__, e)
