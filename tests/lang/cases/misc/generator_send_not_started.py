def gen():
    yield 1
g = gen()
try:
    g.send("x")
except TypeError as e:
    print(e)
print(g.send(None))
