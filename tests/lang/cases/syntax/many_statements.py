# A module of thousands of statements with distinct constants and names
# compiles to CPython 3.6's code (constants and names in the order of
# their first use, lines right, jumps and loops working across the whole
# module) and in time linear in its size.
import time

lines = ['"""A generated module."""', 'total = 0']
for i in range(3000):
    if i % 500 == 7:
        lines.append('for k in range(3):\n    total += k * %d\nelse:\n    total += 1' % i)
    elif i % 700 == 3:
        lines.append('try:\n    raise KeyError(%d)\nexcept KeyError as e:\n    total += e.args[0]' % i)
    elif i % 900 == 5:
        lines.append('def f%d(x=%d):\n    return x + %d' % (i, i, i - 1))
    else:
        lines.append('a%d = %r' % (i, [i, 's%d' % i, i / 2.0][i % 3]))
lines.append('"a string statement"')
lines.append('b = a%d, f905()' % (2999 - (2999 % 3 != 0)))
lines.append('raise_here = 1 / 0')
src = '\n'.join(lines) + '\n'
co = compile(src, 'gen.py', 'exec')
print(len(co.co_consts), co.co_consts[:4], co.co_consts[-3:])
print(len(co.co_names), co.co_names[:4], co.co_names[-3:])
ns = {}
try:
    exec(co, ns)
except ZeroDivisionError as e:
    import traceback
    print(traceback.format_exc().splitlines()[-3:])
print(ns['__doc__'], ns['total'], ns['b'], ns['a1000'], ns['a2998'])

big = ''.join('v%d = %d\n' % (i, i) for i in range(25000))
t = time.process_time()
code = compile(big, 'big.py', 'exec')
elapsed = time.process_time() - t
print(len(code.co_consts), len(code.co_names), elapsed < 10)
