# The rewrites of 3.6's peephole pass: "not" folded into a jump or an
# is/in test, a, b = b, a as stack rotations, no test for "while 1", a
# jump to a return made a return; the code still computes the same.
import dis


def ops(f):
    return ' '.join(i.opname for i in dis.get_instructions(f))


def negated(x, y):
    if not x == 2:
        x = -x
    return not x is y, not x in y, not x is not y, not x not in y


def swap(a, b, c):
    a, b = b, a
    a, b, c = c, b, a
    a, = a,
    return a, b, c


def loop(n):
    while 1:
        n -= 1
        if not n:
            break
    return n


def pick(c, t, f):
    return t if c else f


for fn in (negated, swap, loop, pick):
    print(fn.__name__, ops(fn))
print(negated(2, [2]), negated(3, [3]), swap(1, 2, 3), loop(5), pick(0, 'a', 'b'), pick(1, 'a', 'b'))
