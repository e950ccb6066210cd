# With a short switch interval two busy threads still both make progress,
# and a sleeping main thread gets the interpreter back.
import sys, threading, time
sys.setswitchinterval(0.0001)
progress = [0, 0]
stop = threading.Event()

def busy(i):
    while not stop.is_set():
        progress[i] += 1

workers = [threading.Thread(target=busy, args=(i,)) for i in range(2)]
for w in workers:
    w.start()
deadline = time.monotonic() + 60
while not (progress[0] and progress[1]) and time.monotonic() < deadline:
    time.sleep(0.01)  # until both have run, however loaded the machine
stop.set()
for w in workers:
    w.join(5)
print([w.is_alive() for w in workers], progress[0] > 0, progress[1] > 0)
sys.setswitchinterval(0.005)
