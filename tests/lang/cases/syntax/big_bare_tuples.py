# A tuple of many literals written without parentheses (x = 1, 2, ...,
# return 1, 2, ..., for x in 1, 2, ...) compiles to CPython 3.6's code,
# as one with parentheses does: every item loaded in order, equal
# constants kept once in the order of their first use, the tuple folded
# to one constant where 3.6's peephole pass folds it.
import time

n = 400
ints = ', '.join(str(i % 300) for i in range(n))
src = (
    "a = 7\n"
    "x = " + ints + "\n"
    "y = " + ',\\\n    '.join(repr('s%d' % (i % 50)) for i in range(n)) + ",\n"
    "def f():\n"
    "    return " + ', '.join('%d.5' % i for i in range(n)) + "\n"
    "total = 0\n"
    "for v in " + ', '.join('-%d' % i for i in range(n)) + ":\n"
    "    total += v\n"
    "z = 'end'\n"
)
co = compile(src, 'bare.py', 'exec')
print(len(co.co_consts), co.co_consts[:3], co.co_consts.index('end'))
print([len(c) for c in co.co_consts if isinstance(c, tuple)])
print(co.co_stacksize)
ns = {}
exec(co, ns)
print(len(ns['x']), ns['x'][-3:], sum(ns['x']))
print(len(ns['y']), ns['y'][:3], ns['y'][-1])
r = ns['f']()
print(type(r).__name__, len(r), r[-1], ns['total'], ns['z'])
f = ns['f'].__code__
print(len(f.co_consts), f.co_consts[0], f.co_stacksize)

# A big one compiles in time linear in its size.
big = 'x = ' + ', '.join(str(i) for i in range(25000)) + '\n'
t = time.process_time()
code = compile(big, 'big.py', 'exec')
elapsed = time.process_time() - t
print(len(code.co_consts), elapsed < 10)
