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
        # Not an if last: gpython-ssl keeps a loop's back edge a
        # JUMP_ABSOLUTE (compiler/jumpthread.go), where 3.6 would thread
        # the if's jump back to FOR_ITER.
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


for f in (f1, f2, f3, f4):
    print(f.__name__, [f(a, b, c) for a, b, c in
                       itertools.product([0, 1, 2, '', None], repeat=3)])
    dis.dis(f)
