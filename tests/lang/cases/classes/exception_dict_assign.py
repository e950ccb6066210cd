# An exception's __dict__ can be replaced by a dict but not deleted.
class Base: pass
class Exception1(Exception, Base): pass
class Exception2(Base, Exception): pass
def can_delete_dict(e):
    try:
        del e.__dict__
    except (TypeError, AttributeError) as x:
        print(type(x).__name__, x)
        return False
    return True
for T in Exception, Exception1, Exception2, OSError:
    e = T()
    e.__dict__ = {"a": 1}
    print(T.__name__, e.a, vars(e), can_delete_dict(e) == can_delete_dict(ValueError()))
try:
    ValueError().__dict__ = [1]
except TypeError as x:
    print(x)
e = OSError(2, 'x')
e.__dict__ = {'b': 2}
print(e.errno, e.b)
