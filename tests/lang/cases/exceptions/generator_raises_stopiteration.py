# A generator that raises StopIteration (3.6 without generator_stop) ends,
# under list(), tuple(), sum(), for and next() alike, after a DeprecationWarning.
import warnings
def g():
    yield 1
    raise StopIteration
print(list(g()), tuple(g()), [x for x in g()], sorted(g()), sum(g()), set(g()), dict.fromkeys(g()), max(g()))
for x in g():
    print('for', x)
def h():
    yield 1
    raise StopIteration(7)
x = h(); next(x)
try:
    next(x)
except StopIteration as e:
    print('value', e.value)
print(list(h()))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(list(g()))
    print([(str(x.message), x.category.__name__, x.lineno) for x in w])
with warnings.catch_warnings():
    warnings.simplefilter('error')
    try:
        list(g())
    except DeprecationWarning as e:
        print('error:', e)
def k():
    yield from g()
    yield 2
print(list(k()))
