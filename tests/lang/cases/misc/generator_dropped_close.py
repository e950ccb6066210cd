def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print('finally', name)

g = gen('del'); next(g)
del g
print('after del')
g = gen('rebind'); next(g)
g = None
print('after rebind')
def f():
    h = gen('local'); next(h)
    return 5
print(f(), 'after f')
def catcher():
    try:
        yield 1
    except GeneratorExit:
        print('GeneratorExit seen')
        raise
c = catcher(); next(c); del c
def bad():
    try:
        yield 1
    finally:
        raise ValueError('in finally')
import io, re, sys
saved, sys.stderr = sys.stderr, io.StringIO()
b = bad(); next(b); del b
text, sys.stderr = sys.stderr.getvalue(), saved
print(re.sub('0x[0-9a-f]+', 'ADDR', text))
print('after bad')
keep = gen('global-at-exit'); next(keep)
lst = [gen('in-list')]; next(lst[0])
print('end of script')
def withgen():
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a): print('exit', a[0].__name__); return False
    with CM():
        yield 'w'
w = withgen(); next(w); w = 0
done = gen('finished'); list(done); del done
fresh = gen('never started'); del fresh
print('done')
