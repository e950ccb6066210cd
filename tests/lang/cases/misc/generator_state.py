def gen():
    yield 1
g = gen()
print(g.__name__, g.gi_frame is not None, g.gi_running)
next(g)
print(g.gi_frame is not None)
next(g, None)
print(g.gi_frame is None)
