# A weak reference's callback runs while the thread that dropped the
# referent sleeps or waits on a lock, as CPython runs it at the drop:
# loops that wait for the callback end.
import _thread, threading, time, weakref

notes = []

def job():
    notes.append("job ran")

gate = _thread.allocate_lock()
gate.acquire()

def worker():
    job()
    gate.acquire()
    gate.release()

_thread.start_new_thread(worker, ())
while not notes:
    time.sleep(0.01)
gate.release()

seen = []
watch = weakref.ref(job, lambda r: seen.append(r() is None))
del job
began = time.time()
while not seen and time.time() - began < 10:
    time.sleep(0.01)
print("after sleeps:", seen)

class Token:
    pass

arrived = threading.Event()
token = Token()
keep = weakref.ref(token, lambda r: arrived.set())
del token
print("event set by callback:", arrived.wait(10))
print(notes)
