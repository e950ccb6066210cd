def f(a, b):
    pass
try:
    f(1, 2, 3)
except TypeError as e:
    print(e)
def g():
    pass
try:
    g(1)
except TypeError as e:
    print(e)
