def numbers():
    yield 1
    yield 2
    raise ValueError("manual")

for n in numbers():
    print(n)
