# yield from over iterators that are not generators: send() is looked up
# as an attribute, and a class's StopIteration value is the result.


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("done at zero")
        self.n -= 1
        return self.n


def outer(it):
    result = yield from it
    print("result:", repr(result))


print(list(outer(Countdown(3))))
print(list(outer(iter([7, 8]))))


class Sender(Countdown):
    def send(self, value):
        print("Sender.send", value)
        return self.__next__()


g = outer(Sender(3))
print(next(g), g.send("a"), g.send("b"))
try:
    g.send("c")
except StopIteration as e:
    print("StopIteration", e.args)

for source in (range(3), iter("xy"), Countdown(2)):
    g = outer(source)
    next(g)
    try:
        g.send(1)
    except AttributeError as e:
        print("AttributeError:", e)


class Broken:
    def __iter__(self):
        return self

    def __next__(self):
        return 1

    def __getattr__(self, name):
        raise LookupError("no attribute " + name)


g = outer(Broken())
print(next(g), next(g))
try:
    g.send(5)
except LookupError as e:
    print("LookupError:", e)

# throw() into the delegation: a sub-iterator without throw gets the
# exception raised at the yield from; a failing lookup raises its error.
g = outer(Countdown(5))
next(g)
try:
    g.throw(KeyError("thrown"))
except KeyError as e:
    print("KeyError:", e)


class NoThrow(Broken):
    def __getattr__(self, name):
        if name == "throw":
            raise LookupError("no attribute " + name)
        raise AttributeError(name)


g = outer(NoThrow())
next(g)
try:
    g.throw(ValueError)
except LookupError as e:
    print("LookupError:", e)
