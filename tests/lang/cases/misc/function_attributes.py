def f(a, b=2):
    "doc string"
    return a
f.custom = "attr"
print(f.__name__, f.__doc__, f.custom, f.__defaults__, f.__code__.co_argcount)
print(f.__code__.co_varnames)
