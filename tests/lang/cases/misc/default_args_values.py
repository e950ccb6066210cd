n = 5
def f(a, b=n, *, c=n * 2):
    return a, b, c
n = 100
print(f(1), f(1, 2), f(1, c=3))
print(f.__defaults__, f.__kwdefaults__)
