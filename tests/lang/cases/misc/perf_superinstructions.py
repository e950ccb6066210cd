# The loop runs short instruction runs as one (vm/fast_super.go):
# LOAD_FAST + LOAD_FAST, LOAD_FAST [+ DUP_TOP] + LOAD_ATTR, LOAD_FAST +
# LOAD_METHOD, STORE_FAST + LOAD_FAST and ROT_TWO + STORE_ATTR. Each run
# must fail where its plain instructions fail (unbound locals, missing
# attributes, raising properties and __setattr__), with the same
# traceback lines, and a traced frame must see every line event.
import sys
import traceback


def show(fn, *args):
    try:
        print(fn.__name__, "->", fn(*args))
    except Exception as e:
        tb = traceback.extract_tb(sys.exc_info()[2])
        print(fn.__name__, "raised", type(e).__name__, e, [(t[2], t[1] - fn.__code__.co_firstlineno) for t in tb[1:]])


def pair(a, b):
    return a, b


def second_unbound(flag):
    a = 1
    if flag:
        b = 2
    return a, b


def first_unbound(flag):
    if flag:
        a = 1
    b = 2
    return a, b


class Counter:
    def __init__(self):
        self.n = 0
        self.items = []

    @property
    def doubled(self):
        return self.n * 2

    @property
    def broken(self):
        raise KeyError("in the getter")

    def bump(self, k):
        self.n += k
        self.items.append(k)
        return self.n


class Guarded(Counter):
    def __setattr__(self, name, value):
        if name == "n" and value > 3:
            raise ValueError("n too large: %r" % (value,))
        object.__setattr__(self, name, value)


class Ticks:
    def __init__(self):
        self.log = []

    def __getattr__(self, name):
        self.log.append(name)
        return 10


def attrs(c):
    x = c.n
    y = c.doubled
    c.n += 5
    return x, y, c.n, c.bump(2), c.items


def attr_unbound(flag):
    if flag:
        c = Counter()
    return c.n


def missing_attr(c):
    return c.missing


def broken_getter(c):
    return c.broken


def guarded(c):
    c.n += 1
    c.n += 1
    c.n += 5
    return c.n


def aug_getattr(t):
    t.x += 1
    return t.x, t.log


def method_unbound(flag):
    if flag:
        lst = []
    lst.append(1)
    return lst


def store_load(n):
    total = 0
    for i in range(n):
        j = i * 3
        total += j
        k = j
        total -= k - 1
    return total


def middle_jump(flag, a, b):
    # The conditional expression's second arm starts at the second
    # LOAD_FAST of `a, b`-like runs: jumps land inside runs.
    x = a if flag else b
    y = (a, b) if flag else (b, a)
    return x, y


def multi_line(c, a, b):
    r = (c
         .n)
    s = (a,
         b)
    c.n \
        += 1
    return r, s, c.n


def multi_line_error(c):
    r = (c
         .nothere)
    return r


show(pair, 1, 2)
show(second_unbound, True)
show(second_unbound, False)
show(first_unbound, True)
show(first_unbound, False)
show(attrs, Counter())
show(attr_unbound, True)
show(attr_unbound, False)
show(missing_attr, Counter())
show(broken_getter, Counter())
show(guarded, Guarded())
show(aug_getattr, Ticks())
show(method_unbound, True)
show(method_unbound, False)
show(store_load, 10)
show(middle_jump, True, 1, 2)
show(middle_jump, False, 1, 2)
show(multi_line, Counter(), 3, 4)
show(multi_line_error, Counter())

events = []


def tracer(frame, event, arg):
    if frame.f_code.co_name in ("multi_line", "attrs", "store_load"):
        events.append((frame.f_code.co_name, event, frame.f_lineno - frame.f_code.co_firstlineno))
    return tracer


sys.settrace(tracer)
r1 = multi_line(Counter(), 5, 6)
r2 = attrs(Counter())
r3 = store_load(2)
sys.settrace(None)
print(r1, r2, r3)
for e in events:
    print(e)
# The same functions untraced again, after tracing.
show(multi_line, Counter(), 7, 8)
show(store_load, 4)
