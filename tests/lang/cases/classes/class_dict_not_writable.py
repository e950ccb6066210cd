# A class's __dict__ cannot be assigned or deleted; a built-in type's
# attributes cannot be set at all.
class C: pass
class M(type): pass
class D(metaclass=M): pass
for x in (C, D, int):
    for v in ({}, 1):
        try: x.__dict__ = v; print('set')
        except (AttributeError, TypeError) as e: print(type(e).__name__, e)
    try: del x.__dict__; print('del')
    except (AttributeError, TypeError) as e: print(type(e).__name__, e)
