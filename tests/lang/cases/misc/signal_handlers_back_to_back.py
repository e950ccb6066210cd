# Timer signals arriving while an earlier handler runs are all delivered,
# and none of them turns into a KeyboardInterrupt.
import os
import signal
import time

got = []


def first(signum, frame):
    signal.setitimer(signal.ITIMER_REAL, 3e-6)


def second(signum, frame):
    got.append(signum)


signal.signal(signal.SIGUSR1, first)
signal.signal(signal.SIGALRM, second)
for i in range(400):
    os.kill(os.getpid(), signal.SIGUSR1)
    limit = time.time() + 5
    while len(got) <= i and time.time() < limit:
        time.sleep(1e-5)
signal.signal(signal.SIGALRM, signal.SIG_DFL)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
print(len(got), sorted(set(got)))
