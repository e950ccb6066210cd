g = (1 // x for x in [2, 0])
print("created")
print(next(g))
try:
    next(g)
except ZeroDivisionError as e:
    print(e)
print(list(g))
