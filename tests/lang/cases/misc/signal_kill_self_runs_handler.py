# A signal the process sends itself runs its Python handler before the
# next statement, so putting SIG_DFL back right after os.kill is safe.
import os
import signal

seen = []


def note(signum, frame):
    seen.append(signum)


for round_no in range(150):
    signal.signal(signal.SIGUSR1, note)
    os.kill(os.getpid(), signal.SIGUSR1)
    signal.signal(signal.SIGUSR1, signal.SIG_DFL)
print(len(seen), sorted(set(seen)))

signal.signal(signal.SIGUSR2, note)
os.kill(os.getpid(), signal.SIGUSR2)
print("after kill:", seen[-1] == signal.SIGUSR2, len(seen))
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
os.kill(os.getpid(), signal.SIGUSR2)
print("ignored:", len(seen))
signal.signal(signal.SIGUSR2, signal.SIG_DFL)
