def inner():
    got = yield "inner ready"
    print("inner got", got)
    got = yield "inner again"
    print("inner got", got)
def outer():
    yield from inner()
    yield "outer done"
g = outer()
print(next(g))
print(g.send("a"))
print(g.send("b"))
