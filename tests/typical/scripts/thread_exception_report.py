import sys
import threading
import traceback
import queue


class Worker(threading.Thread):
    def __init__(self, n, errors):
        super().__init__(name="worker-%d" % n)
        self.n = n
        self.errors = errors
        self.result = None

    def run(self):
        try:
            if self.n == 2:
                raise ConnectionError("peer %d went away" % self.n)
            self.result = 10 // (self.n - 3)
        except Exception as e:
            self.errors.put((self.name, type(e).__name__, str(e), traceback.format_exc().splitlines()[-1]))


errors = queue.Queue()
workers = [Worker(i, errors) for i in range(5)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("results:", [w.result for w in workers])
for err in sorted(errors.get() for _ in range(errors.qsize())):
    print("error:", err)


def safe_target():
    try:
        raise RuntimeError("handled in thread")
    except RuntimeError:
        traceback.print_exc(file=sys.stdout)


t = threading.Thread(target=safe_target, name="careful")
t.start()
t.join()
print("after thread, alive:", t.is_alive())
sys.stdout.flush()
try:
    raise ValueError("top-level failure")
except ValueError:
    traceback.print_exc()
print("done", file=sys.stderr)
sys.exit(3)
