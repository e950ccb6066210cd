# __str__ and __repr__ may return an instance of a str subclass (its text is used);
# anything else is 3.6's TypeError.
class T(str): pass
class U:
    def __str__(self): return T("x")
    def __repr__(self): return T("r")
class I:
    def __str__(self): return 5
u = U()
print(str(u) == 'x', repr(u) == 'r', '%s %r' % (u, u), '{} {!r}'.format(u, u), f'{u}', [u], format(u))
try: str(I())
except TypeError as e: print(e)
