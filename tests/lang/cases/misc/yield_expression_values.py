def echo():
    received = []
    while len(received) < 3:
        x = yield len(received)
        received.append(x)
    return received
g = echo()
next(g)
g.send("a")
g.send("b")
try:
    g.send("c")
except StopIteration as e:
    print(e.value)
