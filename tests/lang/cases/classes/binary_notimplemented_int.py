# A class whose binary methods give NotImplemented, against an int
# operand of any size: int's reflected methods take only ints, so every
# operator is unsupported (no OverflowError from a huge shift count).
import sys

def give_up(self, other):
    return NotImplemented

ops = [('__add__', '+'), ('__sub__', '-'), ('__mul__', '*'), ('__matmul__', '@'),
       ('__truediv__', '/'), ('__floordiv__', '//'), ('__mod__', '%'), ('__pow__', '**'),
       ('__lshift__', '<<'), ('__rshift__', '>>'), ('__and__', '&'), ('__or__', '|'),
       ('__xor__', '^')]
for name, sym in ops:
    A = type('A', (), {name: give_up})
    for y in (7, sys.maxsize, sys.maxsize + 1, -(sys.maxsize + 2), True):
        for expr in ('x %s y' % sym, 'x %s= y' % sym):
            try:
                exec(expr, {'x': A(), 'y': y})
                print(expr, 'no error')
            except TypeError as e:
                print(expr, e)
    try:
        divmod(A(), sys.maxsize + 1)
    except TypeError as e:
        print(e)
class WithIndex:
    def __index__(self):
        return 3
for y in (1, sys.maxsize + 1):
    try:
        WithIndex() << y
    except TypeError as e:
        print(e)
    print(y << 0, [1, 2][:WithIndex()])
