# An except clause's answer follows the classes as they are when it runs:
# a loop that raises and catches the same class, then assigns __bases__
# (of the raised class, of one in between), sees the new MRO at once; a
# tuple clause with a non-class after a match raises each time; clauses
# naming classes made later, and the same names rebound to other classes.


class A(Exception):
    pass


class B(Exception):
    pass


class Mid(A):
    pass


class C(Mid):
    pass


def catch(cls):
    try:
        raise cls
    except B:
        return 'B'
    except A:
        return 'A'
    except Exception:
        return 'Exception'


print([catch(C) for _ in range(3)], catch(Mid))
C.__bases__ = (B,)
print([catch(C) for _ in range(3)], catch(Mid))
C.__bases__ = (Mid,)
print([catch(C) for _ in range(3)], catch(Mid))
Mid.__bases__ = (B,)
print([catch(C) for _ in range(3)], catch(Mid))
Mid.__bases__ = (A, B)
print([catch(C) for _ in range(3)], catch(Mid), C.__mro__)
for i in range(3):
    try:
        try:
            raise KeyError(i)
        except (LookupError, 'not a class'):
            print('caught', i)
    except TypeError as e:
        print('TypeError', e)
for i in range(3):
    class A(Exception):
        pass
    try:
        raise A(i)
    except A as e:
        print('fresh class', i, e.args)
    except Exception:
        print('old class', i)
