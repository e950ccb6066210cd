def inner():
    yield 1
    return "inner result"
def outer():
    result = yield from inner()
    print("inner returned", result)
    yield 2
print(list(outer()))
