# A for loop stepping a generator: values, the end, exceptions and their
# tracebacks, break and close, the exception being handled, frames,
# generators stepped by both for loops and next()/send(), nesting.
import sys
import traceback


def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return "unused"


print([x for x in count(4)])
total = 0
for x in count(5):
    total += x
print("total", total)


def evens(it):
    for v in it:
        if v % 2 == 0:
            yield v


print(list(evens(count(10))))
print(sum(evens(count(10))))
for a in evens(evens(count(9))):
    print("nested", a)


# An exception out of the generator, with its traceback.
def boom(n):
    for i in range(n):
        yield i
    raise ValueError("boom after %d" % n)


def consume():
    got = []
    for v in boom(2):
        got.append(v)
    return got


try:
    consume()
except ValueError as e:
    print("caught", e)
    traceback.print_exc(file=sys.stdout)


# StopIteration raised inside a generator ends a for loop in 3.6.
def leaky():
    yield "a"
    raise StopIteration("leak")


print("leaky", [v for v in leaky()])
for v in leaky():
    print("leaky for", v)
print("after leaky")


# break closes the generator the loop made: its finally runs at once.
def guarded():
    try:
        yield 1
        yield 2
    finally:
        print("guarded finally")


for v in guarded():
    print("guarded", v)
    break
print("after break")

# A generator bound to a name stays open after break, and the next loop
# (or next()) goes on where it stopped.
g = count(6)
for v in g:
    if v == 2:
        break
print("resumed by next", next(g))
for v in g:
    print("resumed by for", v)
print("finished", list(g))


# send() and for loops taking turns.
def echo():
    got = None
    for i in range(6):
        got = yield (i, got)


e = echo()
print(next(e))
print(e.send("s1"))
for pair in e:
    print("for", pair)
    if pair[0] == 3:
        break
print(e.send("s2"))


# A generator suspended inside an except block, stepped by a for loop.
def in_handler():
    try:
        raise KeyError("k")
    except KeyError:
        yield sys.exc_info()[0].__name__
        yield sys.exc_info()[0].__name__
    yield sys.exc_info()[0]


for v in in_handler():
    print("in handler", v)


# The exception the caller is handling, seen from the generator, and
# restored in the caller after each step.
def sees():
    yield sys.exc_info()[0]
    try:
        raise OSError("inner")
    except OSError:
        yield sys.exc_info()[0]
    yield sys.exc_info()[0]


try:
    raise IndexError("outer")
except IndexError:
    for v in sees():
        print("sees", v, "caller", sys.exc_info()[0])


# The generator's frame while it runs: f_back is the loop's frame.
def frames():
    f = sys._getframe()
    yield f.f_code.co_name, f.f_back.f_code.co_name
    yield f.f_lineno


def loop_frames():
    return [v for v in frames()]


print(loop_frames())


# gi_running while stepped by a for loop, and re-entry refused.
def self_ref():
    yield me.gi_running
    try:
        for v in me:
            yield v
    except ValueError as err:
        yield str(err)


me = self_ref()
for v in me:
    print("self", v)


# yield from inside a generator stepped by a for loop.
def inner():
    yield "i1"
    r = yield "i2"
    return r


def outer():
    r = yield from inner()
    yield "outer got %r" % (r,)
    yield from [10, 20]


for v in outer():
    print("delegating", v)


# A return with finally blocks, and a try/finally around the yield.
def with_finally():
    try:
        for i in range(3):
            try:
                yield i
            finally:
                print("step finally", i)
        return
    finally:
        print("outer finally")


for v in with_finally():
    print("wf", v)


# An exception inside the generator caught by the generator itself.
def recover():
    for d in [1, 0, 2]:
        try:
            yield 10 // d
        except ZeroDivisionError:
            pass
        try:
            1 // d
        except ZeroDivisionError as err:
            yield "zero: %s" % err


print(list(recover()))
for v in recover():
    print("recover", v)


# A generator raising in the caller's except handler and finally.
def raiser():
    yield 1
    raise TypeError("from gen")


def caller():
    try:
        for v in raiser():
            print("raiser", v)
    except TypeError as err:
        print("caller caught", err, err.__context__)
    finally:
        print("caller finally")


caller()


def chained():
    try:
        raise KeyError("first")
    except KeyError:
        for v in raiser():
            pass


try:
    chained()
except TypeError as err:
    print("context", repr(err.__context__))
    traceback.print_exc(file=sys.stdout)


# Deep recursion through generators stepped by for loops.
def tree(n):
    if n:
        for v in tree(n - 1):
            yield v
    yield n


print(sum(tree(50)))
sys.setrecursionlimit(60)


def deep(n):
    for v in deep(n + 1):
        yield v
    yield n


try:
    for v in deep(0):
        pass
except RecursionError as err:
    print("RecursionError", err)
sys.setrecursionlimit(1000)


# A generator that returns at once, and one closed before the loop.
def empty():
    return
    yield


print("empty", [v for v in empty()])
c = count(3)
c.close()
print("closed", [v for v in c])
c = count(3)
print("first", next(c))
c.close()
for v in c:
    print("never")
print("done")
