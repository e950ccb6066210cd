def f(a, *, k):
    pass
try:
    f(1)
except TypeError as e:
    print(e)
def g(*, x, y):
    pass
try:
    g()
except TypeError as e:
    print(e)
