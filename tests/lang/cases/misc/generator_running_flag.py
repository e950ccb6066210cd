def gen():
    yield g.gi_running
g = gen()
print(g.gi_running, next(g), g.gi_running)
