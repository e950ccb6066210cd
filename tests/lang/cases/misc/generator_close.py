def gen():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
g = gen()
next(g)
g.close()
g.close()
print(list(g))
