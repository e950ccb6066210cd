# Jump threading as 3.6's peephole pass: and/or chains, jumps to jumps
# (continue, break at the end of a loop body), and their results.
import dis
import itertools


def f1(a, b, c):
    if a and b or c:
        return 1
    return 0


def f2(a, b, c):
    x = a and b and c
    y = a or b or c
    z = (a and b) or (not c and a)
    return x, y, z


def f3(a, b, c):
    r = []
    for i in range(3):
        if a and i:
            continue
        if b or i > 1:
            r.append(i)
            if c:
                break
        r.append(-i)
    else:
        r.append('e')
    while a:
        a = a - 1 if isinstance(a, int) else 0
        if b and not c:
            continue
        r.append(a)
    return r


def f4(a, b, c):
    try:
        if a or b:
            return 'ab'
    finally:
        if c and a:
            print('fin')
    return not (a and b) or c


def f5(a, b, c):
    # An if last in a loop body: its false branch is threaded straight
    # back to the loop's test (or FOR_ITER), a conditional back edge.
    r = []
    n = 3
    while n:
        n -= 1
        if a and n:
            r.append(n)
    for i in range(3):
        if b or i > 1:
            r.append(i)
    i = 0
    while i < 3:
        i += 1
        if c:
            r.append(-i)
        elif i > 5:
            break
    return r


for f in (f1, f2, f3, f4, f5):
    print(f.__name__, [f(a, b, c) for a, b, c in
                       itertools.product([0, 1, 2, '', None], repeat=3)])
    dis.dis(f)
