def gen():
    try:
        yield 1
    except GeneratorExit:
        yield "refusing"
g = gen()
next(g)
try:
    g.close()
except RuntimeError as e:
    print(e)
