def f(a):
    pass
try:
    f(1, z=2)
except TypeError as e:
    print(e)
try:
    f(a=1, b=2)
except TypeError as e:
    print(e)
