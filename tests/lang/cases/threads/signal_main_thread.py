# signal.signal and signal.set_wakeup_fd work only on the main thread, as in CPython
import threading, signal
def f():
    for c in [lambda: signal.signal(signal.SIGUSR1, signal.SIG_IGN), lambda: signal.signal(999, signal.SIG_IGN), lambda: signal.signal('x', 1), lambda: signal.set_wakeup_fd(-1), lambda: signal.getsignal(signal.SIGUSR1)]:
        try: print(c())
        except Exception as e: print(type(e).__name__, e)
t = threading.Thread(target=f); t.start(); t.join()
f()
