def f(i):
    if i == 0:
        raise ValueError("deep")
    f(i - 1)
f(6)
