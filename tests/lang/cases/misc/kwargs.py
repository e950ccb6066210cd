def f(**kwargs):
    return sorted(kwargs.items())
print(f())
print(f(b=2, a=1))
print(type(f.__code__).__name__)
