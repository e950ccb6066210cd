class C:
    f = staticmethod(len)


print(C.f('abc'))
staticmethod()
