# A loop whose last statement is an if: 3.6's jump threading sends the
# if's false branch straight back to the loop's test. A signal handler
# still runs while such a loop spins, and so does another thread.
import signal
import threading
import time

hits = []
signal.signal(signal.SIGALRM, lambda signum, frame: hits.append(signum))
signal.setitimer(signal.ITIMER_REAL, 0.05)
began = time.monotonic()
spins = 0
while time.monotonic() - began < 5:
    spins += 1
    if hits:
        break
print("handler ran:", hits == [signal.SIGALRM], "spun:", spins > 0)

done = []
worker = threading.Thread(target=lambda: done.append(True))
began = time.monotonic()
worker.start()
while time.monotonic() - began < 5:
    if done:
        break
worker.join()
print("thread ran:", done)
