# _threading_local.local: per-thread attributes under the older module
# name, subclassable like threading.local.
import _threading_local, threading
print(_threading_local.__all__)
shared = _threading_local.local()
shared.name = "main"
seen = []

def work(n):
    seen.append(hasattr(shared, "name"))
    shared.name = "worker%d" % n
    seen.append(shared.name)

threads = [threading.Thread(target=work, args=(n,)) for n in range(3)]
for t in threads:
    t.start()
    t.join(5)
print(seen, shared.name)

class Counter(_threading_local.local):
    def __init__(self, start):
        self.value = start
    def bump(self):
        self.value += 1
        return self.value

c = Counter(10)
print(c.bump(), c.bump())
out = []
t = threading.Thread(target=lambda: out.append((c.bump(), c.bump())))
t.start()
t.join(5)
print(out, c.value)
