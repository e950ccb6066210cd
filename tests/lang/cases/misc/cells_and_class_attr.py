# Cells compare by contents (an empty one first) and are unhashable;
# __class__ cannot be deleted from any object nor assigned on a function;
# dir() of a bound method lists its function's attributes.
class F:
    def a(self): pass
def f(): pass
for o in (F().a, f, F(), 1, "s", [], len, F.a, type):
    try:
        del o.__class__
    except Exception as e:
        print(type(o).__name__, type(e).__name__, e)
    try:
        o.__class__ = F
    except Exception as e:
        print(type(o).__name__, type(e).__name__, e)
f.known = 1
print([x for x in dir(F().a) if not x.startswith('__')], 'known' in dir(f))
m = F().a
m.__func__.zz = 3
print(m.zz, 'zz' in dir(m), m.__dict__ if hasattr(m, '__dict__') else None)
def cell(value):
    def g(): print(a)
    a = value
    return g.__closure__[0]
def empty_cell(unbound_ok=False):
    if unbound_ok:
        def g(): print(a)
        return g.__closure__[0]
    def g(): print(a)
    a = 1
    del a
    return g.__closure__[0]
print(cell(2) < cell(3), empty_cell() < cell("saturday"), empty_cell() == empty_cell(), cell(-36) == cell(-36.0), cell(True) > empty_cell(), cell(1) <= cell(1), cell(2) >= cell(3), cell(1) != cell(2))
try:
    cell(1) < cell("a")
except TypeError as e:
    print(e)
print(cell(1) == 1, cell(1).__eq__(1), cell(1) < 2 if False else '')
try:
    cell(1) < 2
except TypeError as e:
    print(e)
print(hash(cell) is not None)
try: hash(cell(1))
except TypeError as e: print(e)
