# Temporaries a method call drops are finalized when the call returns, as
# in CPython 3.6: a new generator as the receiver (gen().send(None)) or
# as an argument, and a new instance with __del__ as the receiver
# (Maker().method()), whether the method is Python or built-in.
def g(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally", tag)


print(g("send").send(None))
print("after send")


class Box:
    def take(self, it):
        return next(it)


b = Box()
print(b.take(g("arg")))
print("after arg")


class D:
    def __init__(self, n):
        self.n = n

    def __del__(self):
        print("del", self.n)

    def get(self):
        return self.n


print(D(1).get())
print("after D")
print([1, 2].index(D(2).get()))
kept = D(3)
print(kept.get(), kept.get())
print("kept alive", kept.n)
for i in range(3):
    print(D(10 + i).get())
print("end")
