def make():
    fs = []
    for i in range(3):
        def f(i=i):
            return i * i
        fs.append(f)
    return fs
print([f() for f in make()])
