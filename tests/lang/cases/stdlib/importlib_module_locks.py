# importlib._bootstrap's per-module locks: re-entrant, owner-only
# release, deadlock detection between two threads, and the weak table of
# live locks.
import gc
import threading
import time
import weakref
from importlib import _bootstrap

lock = _bootstrap._ModuleLock('spam')
print(repr(lock).startswith("_ModuleLock('spam') at "))
try:
    lock.release()
except RuntimeError as e:
    print(e)
print(lock.acquire(), lock.acquire())
lock.release()
lock.release()
try:
    lock.release()
except RuntimeError as e:
    print(e)

first, second = _bootstrap._ModuleLock('a'), _bootstrap._ModuleLock('b')
first.acquire()
done = []


def other():
    second.acquire()
    first.acquire()  # waits for the main thread
    done.append('other has both')
    first.release()
    second.release()


t = threading.Thread(target=other)
t.start()
deadline = time.time() + 10
while t.ident not in _bootstrap._blocking_on and time.time() < deadline:
    time.sleep(0.01)
try:
    second.acquire()
except _bootstrap._DeadlockError as e:
    print(type(e).__name__, issubclass(type(e), RuntimeError), str(e).startswith('deadlock detected by'))
first.release()
t.join(10)
print(done, _bootstrap._blocking_on)

name = 'xyzzy'
print(name in _bootstrap._module_locks)
held = _bootstrap._get_module_lock(name)
print(name in _bootstrap._module_locks, _bootstrap._get_module_lock(name) is held)
ref = weakref.ref(held)
del held
gc.collect()
print(name in _bootstrap._module_locks, ref())
