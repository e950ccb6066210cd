# A threading.local subclass whose __init__ lets other threads run (it
# sleeps): each thread still reads back the value it stored.
import threading, time

class Slow(threading.local):
    def __init__(self):
        time.sleep(0.01)
        self.ready = True

box = Slow()
results = {}

def store(i):
    box.value = i
    time.sleep(0.001)
    results[i] = (box.value, box.ready)

threads = [threading.Thread(target=store, args=(i,)) for i in range(10)]
for t in threads:
    t.start()
for t in threads:
    t.join(10)
print(sorted(results.items()))
print(all(v == (i, True) for i, v in results.items()), len(results))
