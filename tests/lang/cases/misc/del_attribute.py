class C:
    pass
c = C()
c.x = 1
del c.x
print(hasattr(c, "x"))
try:
    del c.x
except AttributeError as e:
    print(e)
