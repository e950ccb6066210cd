import signal, os, time
class Handler:
    def __init__(self): self.seen = []
    def __call__(self, n, frame):
        self.seen.append(n)
h = Handler()
signal.signal(signal.SIGUSR1, h)
print(signal.getsignal(signal.SIGUSR1) is h)
os.kill(os.getpid(), signal.SIGUSR1)
for i in range(100):
    time.sleep(0.01)
    if h.seen:
        break
print(h.seen == [signal.SIGUSR1])
