def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator finally")
g = gen()
print(next(g))
g.close()
print("closed")
print(next(g, "done"))
