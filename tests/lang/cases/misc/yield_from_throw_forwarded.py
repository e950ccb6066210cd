def inner():
    try:
        yield 1
    except ValueError as e:
        yield "inner handled " + str(e)
def outer():
    yield from inner()
g = outer()
next(g)
print(g.throw(ValueError("v")))
