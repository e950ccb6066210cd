# with statement and generators
class CM:
    def __init__(self, n, swallow=False): self.n, self.swallow = n, swallow
    def __enter__(self): print('enter', self.n); return self.n
    def __exit__(self, t, v, tb): print('exit', self.n, t.__name__ if t else None, v); return self.swallow
with CM(1) as a, CM(2) as b:
    print('body', a, b)
with CM(3, True):
    raise ValueError('swallowed')
print('after')
try:
    with CM(4):
        raise KeyError('k')
except KeyError as e:
    print('caught', repr(e))
class NoExit:
    def __enter__(self): pass
try:
    with NoExit(): pass
except AttributeError as e: print(e)
def g():
    x = yield 1
    print('got', x)
    try:
        yield 2
    except ValueError as e:
        print('thrown', e)
        yield 3
    return 'ret'
it = g()
print(next(it), it.send('s'), it.throw(ValueError('v')))
try:
    next(it)
except StopIteration as e:
    print('stop', e.value)
try:
    g().send(1)
except TypeError as e: print(e)
def deleg():
    r = yield from g()
    print('deleg got', r)
d = deleg(); print(next(d), d.send(None), d.throw(ValueError('w')))
try: next(d)
except StopIteration: print('done')
def gen_stop():
    raise StopIteration
    yield
try:
    next(gen_stop())
except RuntimeError as e: print(type(e).__name__, e)
gg = (x * 2 for x in range(3)); print(list(gg), list(gg))
def closer():
    try:
        yield 1
    finally:
        print('closing')
c = closer(); next(c); c.close(); c.close()
print(c.gi_frame, c.gi_running)
def ignore():
    while True:
        try:
            yield
        except GeneratorExit:
            print('ignoring')
i = ignore(); next(i)
try:
    i.close()
except RuntimeError as e: print(e)
def run():
    yield 1
r = run(); next(r)
try:
    r.throw(KeyError, 'x')
except KeyError as e: print(repr(e))
print(list(zip(*[iter(range(6))] * 2)), list(map(lambda *a: a, 'ab', 'cd')), list(filter(None, [0, 1, '', 'a'])))
print(list(enumerate('ab', 5)), list(reversed(range(3))), list(reversed([1, 2])), next(reversed('ab')))
