def f(a, *, key):
    return a, key
print(f(1, key=2))
def g(*, x=1, y=2):
    return x, y
print(g(), g(y=5))
