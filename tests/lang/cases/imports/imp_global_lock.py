# _imp's global import lock (re-entrant, owned by a thread) and
# _fix_co_filename (code and its inner code renamed).
import _imp, imp, threading, time, warnings
print(_imp.lock_held(), _imp.acquire_lock(), _imp.acquire_lock(), _imp.lock_held(), _imp.release_lock(), _imp.lock_held(), _imp.release_lock(), _imp.lock_held())
for fn in (_imp.release_lock, imp.release_lock):
    try: fn()
    except RuntimeError as e: print('RuntimeError', e)
for a in [(1,)]:
    for fn in (_imp.acquire_lock, _imp.release_lock, _imp.lock_held):
        try: fn(*a)
        except TypeError as e: print('TypeError', e)
# another thread waits while this one holds it; it cannot release ours
events = []
_imp.acquire_lock()
def other():
    try: _imp.release_lock()
    except RuntimeError as e: events.append('other: ' + str(e))
    _imp.acquire_lock(); events.append('other got it'); _imp.release_lock()
t = threading.Thread(target=other); t.start()
time.sleep(0.2); events.append('main releases'); _imp.release_lock()
t.join(); print(events, _imp.lock_held())
c = compile('def f():\n    def g(): pass\n', 'old.py', 'exec')
print(_imp._fix_co_filename(c, 'new.py'), c.co_filename, c.co_consts[0].co_filename, c.co_consts[0].co_consts[1].co_filename)
for a in [(1, 'x'), (c, 1), (c,), (c, 'a', 'b')]:
    try: _imp._fix_co_filename(*a)
    except TypeError as e: print('TypeError', e)
