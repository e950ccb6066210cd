# signal.pthread_kill: signal 0 checks a thread; a handled signal sent to
# the main thread runs its handler before the call returns; bad numbers
# and arguments are refused.
import signal, threading

got = []
def handler(signum, frame):
    got.append(signum)

old = signal.signal(signal.SIGUSR1, handler)
main = threading.get_ident()
print(signal.pthread_kill(main, 0))
print(signal.pthread_kill(main, signal.SIGUSR1), got)

result = []
def worker():
    result.append(signal.pthread_kill(threading.get_ident(), 0))
t = threading.Thread(target=worker)
t.start()
t.join(5)
print(result)

for args in ((main, 99), (main, -1), ("x", 0), (main,), (main, 0, 1)):
    try:
        signal.pthread_kill(*args)
    except (OSError, TypeError) as e:
        print(type(e).__name__, e)
signal.signal(signal.SIGUSR1, old)
print(callable(signal.pthread_kill), "pthread_kill" in dir(signal))
