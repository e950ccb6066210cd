def gen():
    x = yield 1
    print('got', x)
    y = yield
    print('got', y)
    yield x, y
    return 'done'
g = gen()
print(next(g), g.send('a'), g.send('b'))
try:
    next(g)
except StopIteration as e:
    print('stop', e.value)
def deleg():
    r = yield from gen()
    print('result', r)
    yield from [10, 20]
    yield from range(2)
d = deleg()
print(next(d), d.send(1), d.send(2), list(d))
def expr_yield():
    a = (yield 1) + (yield 2)
    b = yield
    yield a, b
eg = expr_yield()
print(next(eg), eg.send(10), eg.send(20), eg.send(30))
def in_call():
    print((yield 'p'), (yield 'q'))
ic = in_call()
print(next(ic), ic.send('x'))
try:
    ic.send('y')
except StopIteration:
    print('end')
lam = lambda: (yield 5)
print(list(lam()))
