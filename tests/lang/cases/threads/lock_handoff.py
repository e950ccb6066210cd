# A lock acquired in one thread and released in another, with timeouts.
import _thread, time
l = _thread.allocate_lock()
l.acquire()
events = []
def releaser():
    time.sleep(0.05)
    events.append("releasing")
    l.release()
_thread.start_new_thread(releaser, ())
t0 = time.time()
print(l.acquire(timeout=5), events)
print(time.time() - t0 < 4)
t0 = time.time()
print(l.acquire(timeout=0.1))
print(0.05 < time.time() - t0 < 4)
print(l.acquire(blocking=False))
l.release()
print(l.locked())
# many threads incrementing under a lock
total = [0]
count = _thread.allocate_lock()
finished = [0]
def work():
    for _ in range(200):
        with count:
            v = total[0]
            total[0] = v + 1
    with count:
        finished[0] += 1
for _ in range(8):
    _thread.start_new_thread(work, ())
while True:
    with count:
        if finished[0] == 8:
            break
    time.sleep(0.005)
print(total[0])
