# sum(), list(), tuple(), sorted(), any() and all() drain a generator in
# one run of the loop while its items are plain ints and floats: whatever
# else it yields must still see the generator suspended, as next() leaves
# it, and errors, StopIteration and tracing must behave as before.
import inspect
import sys


def gen_state(g):
    return inspect.getgeneratorstate(g)


class Probe:
    def __init__(self, note):
        self.note = note

    def __radd__(self, other):
        self.note.append(("radd", other, gen_state(G[0]), G[0].gi_running))
        return other + 100

    def __lt__(self, other):
        return False

    def __bool__(self):
        self.note.append(("bool", gen_state(G[0])))
        return False


G = [None]


def mixed(note):
    yield 1
    yield 2.5
    yield Probe(note)
    x = yield 3
    note.append(("sent", x))
    yield 4


note = []
G[0] = mixed(note)
print(sum(G[0]), note)

note = []
G[0] = mixed(note)
print(len(list(G[0])), note)


def reentrant():
    yield 1
    yield Stealer()
    yield 2
    yield 3


class Stealer:
    def __radd__(self, other):
        # the generator is suspended: next() on it works
        return other + next(G[0]) * 10


G[0] = reentrant()
print(sum(G[0]))


def boom(n):
    for i in range(n):
        yield i
    raise ValueError("boom at %d" % n)


for fn in (sum, list, tuple, sorted, any, all):
    try:
        fn(boom(5))
    except ValueError as e:
        print(fn.__name__, "ValueError", e)


def stops():
    yield 1
    yield 2
    raise StopIteration


import warnings
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    print(sum(stops()), list(stops()))


def big():
    yield sys.maxsize
    yield sys.maxsize
    yield 1.5
    yield -2


print(sum(big()), sum(x for x in [1, 2, 3]), sum((x for x in range(4)), 10))
print(sum(x * 0.5 for x in range(5)), sum(x for x in [True, True, 2]))


def flags(seq, seen):
    for x in seq:
        seen.append(x)
        yield x


for fn in (any, all):
    for seq in ([0, 0, 3, 0], [1, 1, 0, 1], [None, 0, False], [1, True, 2], [0, "", 5], [2, [], 3]):
        seen = []
        g = flags(seq, seen)
        print(fn.__name__, seq, fn(g), seen, gen_state(g))

note = []
G[0] = mixed(note)
print(any(x for x in [0, Probe(note), 4]), all(x for x in [1, Probe(note), 4]), note)

print(sorted(x % 7 for x in range(20)), tuple(x for x in "abc"), list(x for x in ()))


def running():
    yield G[0].gi_running
    yield gen_state(G[0])


G[0] = running()
print(list(G[0]))

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name == "traced":
        events.append(event)
    return tracer


def traced():
    sys.settrace(tracer)
    yield 1
    yield 2
    yield 3


print(sum(traced()))
sys.settrace(None)
print(events)
