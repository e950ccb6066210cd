def gen():
    yield 1
    return "done"
results = []
g = gen()
while True:
    try:
        results.append(next(g))
    except StopIteration as e:
        results.append(e.value)
        break
print(results)
