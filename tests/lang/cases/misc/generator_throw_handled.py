def gen():
    try:
        yield "first"
    except KeyError:
        yield "recovered"
g = gen()
print(next(g))
print(g.throw(KeyError))
print(next(g, "end"))
