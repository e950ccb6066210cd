# Event._reset_internal_locks (what a forked child calls) gives the
# event a fresh plain lock and keeps its flag.
import threading

flag = threading.Event()
flag.set()
before = flag._cond
with flag._cond:
    print("plain lock, not reentrant:", flag._cond.acquire(False))
flag._reset_internal_locks()
with flag._cond:
    print("still plain:", flag._cond.acquire(False))
print("flag kept:", flag.is_set(), flag.wait(0))
flag.clear()
print("cleared:", flag.wait(0.01))
