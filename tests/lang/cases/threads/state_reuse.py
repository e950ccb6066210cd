# Threads that start one after another (the interpreter reuses ended
# threads' states) each begin clean: no exception being handled, no
# thread-local values, the recursion limit in force, their own name in
# threading.current_thread(), and no class-body state of the thread before
# them.
import sys
import threading

local = threading.local()
results = []


def worker(i):
    # Nothing is being handled, whatever the previous thread did.
    results.append((i, "exc_info", sys.exc_info()))
    results.append((i, "local", getattr(local, "value", "unset")))
    local.value = i
    results.append((i, "name", threading.current_thread().name))
    try:
        raise ValueError("in thread %d" % i)
    except ValueError:
        if i % 2 == 0:
            # Leave the thread while handling an exception.
            return

    class Body:
        x = i

    results.append((i, "class", Body.x))

    def deep(n):
        return 0 if n == 0 else 1 + deep(n - 1)

    results.append((i, "deep", deep(200)))
    big = 2 ** 40 + i
    results.append((i, "int", big + 1 - 1))


for i in range(12):
    t = threading.Thread(target=worker, args=(i,), name="w%d" % i)
    t.start()
    t.join()
    results.append((i, "alive", t.is_alive()))

for r in results:
    print(r)
print(sys.getrecursionlimit())
print(threading.active_count())
