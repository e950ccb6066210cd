# An object dropped before a thread waits on a lock is finalized during
# the wait, as CPython's reference counting finalizes it at the drop: here
# the finalizer itself is what the waiter waits for.
import threading, time

finished = threading.Event()
order = []

class Resource:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        order.append(self.name)
        finished.set()

def use():
    Resource("temporary").name.upper()

use()
started = time.time()
print(finished.wait(10), order)
print(time.time() - started < 5)

import queue
box = queue.Queue()

class Ticket:
    def __del__(self):
        box.put("ticket finalized")

def worker():
    Ticket()
threading.Thread(target=worker).start()
print(box.get(timeout=10))
