f = lambda x: 10 // x
try:
    f(0)
except ZeroDivisionError as e:
    print(e)
print(f(3))
