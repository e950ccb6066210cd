import queue
import threading
import time
import logging

logging.basicConfig(level=logging.DEBUG, format="%(levelname)-5s %(threadName)s: %(message)s")
log = logging.getLogger(__name__)


class Counter:
    def __init__(self):
        self._lock = threading.Lock()
        self.value = 0

    def incr(self, n=1):
        with self._lock:
            self.value += n


def worker(q, results, counter, stop):
    while not stop.is_set():
        try:
            item = q.get(timeout=0.1)
        except queue.Empty:
            continue
        if item is None:
            q.task_done()
            break
        results.put((item, item ** 2))
        counter.incr()
        q.task_done()


def main():
    q = queue.Queue()
    results = queue.Queue()
    counter = Counter()
    stop = threading.Event()
    threads = [threading.Thread(target=worker, args=(q, results, counter, stop), name="worker-%d" % i) for i in range(4)]
    for t in threads:
        t.start()
    for i in range(20):
        q.put(i)
    for _ in threads:
        q.put(None)
    q.join()
    for t in threads:
        t.join()
    out = sorted(results.get() for _ in range(results.qsize()))
    print("results:", out[:5], "...", len(out))
    print("counter:", counter.value, "alive:", [t.is_alive() for t in threads])
    log.info("all workers done")

    cond = threading.Condition()
    items = []

    def producer():
        for i in range(3):
            time.sleep(0.01)
            with cond:
                items.append(i)
                cond.notify()

    def consumer(got):
        while len(got) < 3:
            with cond:
                while not items:
                    cond.wait()
                got.append(items.pop(0))

    got = []
    ts = [threading.Thread(target=producer), threading.Thread(target=consumer, args=(got,))]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print("condition:", got)

    sem = threading.BoundedSemaphore(2)
    peak = [0, 0]
    plock = threading.Lock()

    def limited():
        with sem:
            with plock:
                peak[0] += 1
                peak[1] = max(peak[1], peak[0])
            time.sleep(0.02)
            with plock:
                peak[0] -= 1

    ts = [threading.Thread(target=limited) for _ in range(6)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    print("semaphore peak <= 2:", peak[1] <= 2)
    local = threading.local()
    seen = []

    def setlocal(v):
        local.v = v
        time.sleep(0.01)
        seen.append(local.v == v)

    ts = [threading.Thread(target=setlocal, args=(i,)) for i in range(3)]
    [t.start() for t in ts]
    [t.join() for t in ts]
    print("local:", seen)
    timer_fired = threading.Event()
    tm = threading.Timer(0.05, timer_fired.set)
    tm.start()
    print("timer:", timer_fired.wait(5))
    pq = queue.PriorityQueue()
    for p in [(3, "low"), (1, "high"), (2, "mid")]:
        pq.put(p)
    print("priority:", [pq.get()[1] for _ in range(3)])
    lq = queue.LifoQueue()
    for i in range(3):
        lq.put(i)
    print("lifo:", [lq.get() for _ in range(3)])
    try:
        queue.Queue(maxsize=1).get_nowait()
    except queue.Empty:
        print("empty raised")
    print("main thread:", threading.current_thread().name, threading.main_thread() is threading.current_thread())
    log.debug("active count %d", threading.active_count())


main()
