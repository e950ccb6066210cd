def f(a, *, k=1):
    pass
try:
    f(1, 2)
except TypeError as e:
    print(e)
try:
    f(1, 2, k=3)
except TypeError as e:
    print(e)
