# CPython 3.6 runs its peephole pass on a code object only when its line
# table holds no byte 255, that is when no two line starts are 255 bytes
# of wordcode or more apart: a line of about 127 instructions followed
# by another line leaves the whole code object unoptimised (no constant
# folding, no jump threading, no removal of unreachable code). A long
# last line, or the same code split over lines, is optimised.
import dis


def show(src):
    co = compile(src, 'long.py', 'exec')
    print([c for c in co.co_consts if not hasattr(c, 'co_code')][-4:], len(co.co_consts))
    print([i.opname for i in dis.get_instructions(co)][:8])
    ns = {'a': 1, 'c': 0}
    exec(co, ns)
    print(ns['x'], ns['z'], len(ns['y']))


names = ', '.join(['a'] * 126)
show('x = (1, 2)\nz = -5\ny = [' + names + ']\nw = 1\n')
show('x = (1, 2)\nz = -5\ny = [' + ', '.join(['a'] * 125) + ']\nw = 1\n')
show('x = (1, 2)\nz = -5\ny = [' + names + ']\n')
show('x = (1, 2)\nz = -5\ny = [' + ',\n'.join(['a'] * 300) + ']\nw = 1\n')
show('x = not a in (1, 2)\nz = 2 ** 3\ny = (' + names + ',)\nw = 1\n')
show('x = 1 if not c else 2\nz = [5, 6][0]\ny = {' + ', '.join('%d: a' % i for i in range(90)) + '}\nw = 1\n')


def body(n):
    return ('def f(a):\n'
            '    b, c = a, 2\n'
            '    if not a:\n'
            '        return -1\n'
            '    y = [' + ', '.join(['a'] * n) + ']\n'
            '    return b + c\n')


for n in (40, 130):
    ns = {}
    exec(body(n), ns)
    f = ns['f']
    print(n, f.__code__.co_consts, [i.opname for i in dis.get_instructions(f)][:10], f(0), f(3))
