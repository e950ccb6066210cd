# functools.partial objects made and called in several threads at once,
# while earlier ones are collected: each keeps its own function and
# arguments.
import functools
import gc
import threading


def f(*a, **k):
    return a, k


errors = []


def work(n):
    try:
        for i in range(500):
            p = functools.partial(f, n, i, k=i)
            if p() != ((n, i), {'k': i}):
                errors.append((n, i))
            if i % 250 == 0:
                gc.collect()
    except Exception as e:
        errors.append(repr(e))


threads = [threading.Thread(target=work, args=(n,)) for n in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join(60)
print('errors', errors[:3], 'alive', [t.is_alive() for t in threads])
