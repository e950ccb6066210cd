# RLock: re-entrant for its owner, refused to other threads, released
# fully by _release_save.
import _thread, time
r = _thread.RLock()
print(r.acquire(), r.acquire(), r._is_owned())
gate = _thread.allocate_lock()
seen = []
def other():
    seen.append(r.acquire(False))
    seen.append(r._is_owned())
    try:
        r.release()
    except RuntimeError as e:
        seen.append(str(e))
    seen.append(r.acquire(timeout=0.05))
    gate.release()
gate.acquire()
_thread.start_new_thread(other, ())
gate.acquire()
print(seen)
r.release()
r.release()
def waiter():
    seen.append(("got", r.acquire(timeout=5)))
    r.release()
    gate.release()
r.acquire()
_thread.start_new_thread(waiter, ())
time.sleep(0.1)
print(seen[-1])
state = r._release_save()
print(state[0], r._is_owned())
gate.acquire()
print(seen[-1])
r._acquire_restore(state)
print(r._is_owned())
r.release()
print(r._is_owned())
