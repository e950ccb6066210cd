# str.join of generators: the items come in one run of the loop
# (vm.AppendItems), with next()'s semantics kept: errors from the body,
# non-str items, StopIteration in the body, a generator joined from
# inside itself, yield from, yields inside except blocks, and mixing
# next() with the join.
import sys


def words(n):
    for i in range(n):
        yield "w%d" % i


print("-".join(words(5)))
print(repr("".join(words(0))))
print("".join(x for x in "abc"))


def boom():
    yield "a"
    yield "b"
    raise KeyError("k")


try:
    ",".join(boom())
except KeyError as e:
    print("KeyError", e)


def mixed():
    yield "a"
    yield 2
    yield "c"


try:
    "".join(mixed())
except TypeError as e:
    print("TypeError", e)


def stops():
    yield "x"
    raise StopIteration
    yield "never"


print("".join(stops()))


def selfjoin():
    yield "one"
    yield "".join(g)


g = selfjoin()
try:
    "".join(g)
except ValueError as e:
    print("ValueError", e)


def inner():
    yield "i1"
    r = yield "i2"
    return r


def outer():
    yield "o"
    v = yield from inner()
    yield str(v)


print("/".join(outer()))


def handled():
    try:
        raise ValueError("inside")
    except ValueError:
        yield str(sys.exc_info()[1])
        yield str(sys.exc_info()[0].__name__)
    yield str(sys.exc_info()[0])


try:
    raise IndexError("outer")
except IndexError:
    print("|".join(handled()))
    print(sys.exc_info()[0].__name__)

g2 = words(4)
print(next(g2))
print("+".join(g2))
print(list(g2), "".join(g2) == "")

# A for loop over a generator that the loop body also advances with next()
# and send(): the loop's own resumption and the Go one take turns.
def counter(n):
    i = 0
    while i < n:
        got = yield i
        if got is not None:
            i += got
        i += 1


c = counter(12)
for v in c:
    if v == 2:
        print("next", next(c))
    if v == 5:
        print("send", c.send(3))
    print("item", v)
