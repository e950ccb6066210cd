def f(*args):
    return type(args).__name__, args, len(args)
print(f())
print(f(1, "two", [3]))
