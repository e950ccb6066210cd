# Two CPU-bound threads both make progress: the interpreter lock is handed
# over while they run, and time.sleep releases it.
import _thread, time
counts = [0, 0]
stop = [False]
done = _thread.allocate_lock()
finished = [0]

def spin(i):
    while not stop[0]:
        counts[i] += 1
    with done:
        finished[0] += 1

for i in range(2):
    _thread.start_new_thread(spin, (i,))
time.sleep(0.3)
stop[0] = True
for _ in range(1000):
    with done:
        if finished[0] == 2:
            break
    time.sleep(0.01)
print(finished[0], counts[0] > 100, counts[1] > 100)
print(_thread._count())
