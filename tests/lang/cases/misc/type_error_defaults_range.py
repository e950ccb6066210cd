def f(a, b=1):
    pass
try:
    f(1, 2, 3)
except TypeError as e:
    print(e)
try:
    f()
except TypeError as e:
    print(e)
