# map() and filter() call their function through a caller worked out once
# per object: each kind of callable, the errors of each, arguments not kept,
# re-entry, and namespace writes made by the mapped function.

def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)

ints = [-3, -1, 0, 2, 5]
strs = ['Ab', 'cD', 'xy']
d = {'a': 1, 'b': 2}

class K:
    def __init__(self, k):
        self.k = k
    def add(self, x, y=0):
        return self.k + x + y
    def __call__(self, x):
        return ('call', x)

class S(str):
    def upper(self):
        return 'own:' + str(self)

# Python functions, bound methods, lambdas, defaults, *args
show('lambda', lambda: list(map(lambda x: x * 2, ints)))
show('def2', lambda: list(map(lambda x, y: (x, y), ints, strs)))
show('bound', lambda: list(map(K(10).add, ints)))
show('bound2', lambda: list(map(K(10).add, ints, ints)))
show('varargs', lambda: list(map(lambda *a: a, ints, strs, 'pq')))
show('instance', lambda: list(map(K(0), strs)))
show('class', lambda: [k.k for k in map(K, strs)])
# module Go functions
show('abs', lambda: list(map(abs, ints)))
show('len', lambda: list(map(len, strs)))
show('divmod', lambda: list(map(divmod, [7, 8], [2, 3])))
show('abs bad', lambda: list(map(abs, ['x'])))
show('len 2', lambda: list(map(len, strs, strs)))
# Go methods bound to their object
show('d.get', lambda: list(map(d.get, 'abc')))
show('d.get2', lambda: list(map(d.get, 'abc', [7, 8, 9])))
show('sep.join', lambda: list(map('-'.join, strs)))
show('append', lambda: (lambda out: (list(map(out.append, ints)), out))([]))
show('append 2', lambda: list(map([].append, ints, ints)))
# methods taken from the class
show('str.upper', lambda: list(map(str.upper, strs)))
show('str.upper S', lambda: list(map(str.upper, [S('q'), 'r'])))
show('S.upper', lambda: list(map(S.upper, [S('q')])))
show('str.upper bad', lambda: list(map(str.upper, ['a', 1])))
show('str.split', lambda: list(map(str.split, ['a b', 'c-d'], [None, '-'])))
show('str.split none', lambda: list(map(str.split, ['a b'], [None], [1], [2])))
show('list.append 1', lambda: list(map(list.append, [[]])))
show('list.append 3', lambda: list(map(list.append, [[]], [1], [2])))
show('dict.get', lambda: list(map(dict.get, [d, d], 'ab')))
show('int.bit_length', lambda: list(map(int.bit_length, [1, 255, True])))
show('int.bit_length bad', lambda: list(map(int.bit_length, [1.5])))
# types
show('str', lambda: list(map(str, [1, -20, 'x', 2.5, None, True])))
show('int', lambda: list(map(int, ['1', ' 22 ', '0x3'])))
show('int 2', lambda: list(map(int, ['ff', '11'], [16, 2])))
show('float', lambda: list(map(float, ['1.5', 2])))
show('tuple', lambda: list(map(tuple, ['ab', [1]])))
# not callable
show('not callable', lambda: list(map(3, ints)))
show('filter not callable', lambda: list(filter(3, ints)))
# errors raised by the function stop the map where they happen
def boom(x):
    if x == 0:
        raise ValueError('zero')
    return x
m = map(boom, ints)
show('boom', lambda: list(m))
show('after boom', lambda: list(m))
# StopIteration raised inside the function ends a map (3.6)
def stopper(x):
    if x > 0:
        raise StopIteration
    return x
show('stopper', lambda: list(map(stopper, ints)))

# re-entry: the function advances the same map
def reenter(x):
    if x < 0:
        return (x, next(m2, 'end'))
    return x
m2 = map(reenter, ints)
show('reenter', lambda: list(m2))
# the same for filter
def fre(x):
    if x == -3:
        return next(f2, None) is not None
    return x > 0
f2 = filter(fre, ints)
show('filter reenter', lambda: list(f2))

# filter
show('filter None', lambda: list(filter(None, ints + [[], '', 'x'])))
show('filter bool', lambda: list(filter(bool, ints)))
show('filter lambda', lambda: list(filter(lambda x: x % 2, ints)))
show('filter str.isupper', lambda: list(filter(str.isupper, ['A', 'b', 'C'])))
show('filter d.get', lambda: list(filter(d.get, 'abc')))
show('filter class', lambda: list(filter(K, ints)))
show('filter reduce bool', lambda: filter(bool, [1]).__reduce__()[1][0])
show('filter reduce None', lambda: filter(None, [1]).__reduce__()[1][0])
show('filter reduce f', lambda: filter(abs, [1]).__reduce__()[1][0])
show('map reduce', lambda: map(abs, [1]).__reduce__()[1][0])
class Bad:
    def __bool__(self):
        raise TypeError('no truth')
show('filter truth error', lambda: list(filter(lambda x: Bad(), ints)))

# the arguments are not kept by the map once a call is over
import weakref, gc
class Obj:
    pass
def fresh(pool):
    while pool:
        yield pool.pop(0)
pool = [Obj(), Obj()]
refs = [weakref.ref(o) for o in pool]
it = map(id, fresh(pool))
next(it)
gc.collect()
print('kept map', [r() is not None for r in refs])
pool = [Obj(), 3, Obj()]
refs = [weakref.ref(pool[0])]
it = filter(lambda o: isinstance(o, int), fresh(pool))
print('filter next', next(it))
gc.collect()
print('kept filter', [r() is not None for r in refs])

# a mapped function that writes a global: functions reading it see it
g = 1
setg = globals().__setitem__
updg = globals().update
def reads():
    out = []
    for v in range(3):
        out.append(g)
        list(map(setg, ['g'], [v + 10]))
    return out
print('globals', reads())
def reads2():
    out = []
    for v in range(3):
        out.append(g)
        list(filter(updg, [{'g': v + 20}]))
    return out
print('globals2', reads2())
import builtins
def reads3():
    out = []
    for v in range(3):
        out.append(len('ab'))
        list(map(setattr, [builtins], ['len'], [lambda s, v=v: v]))
    del builtins.len
    return out
print('builtins', reads3())

# sorted's key through the same caller
show('sort key bound', lambda: sorted(ints, key=K(0).add))
show('sort key descr', lambda: sorted(strs, key=str.lower))
show('sort key descr bad', lambda: sorted(['a', 1], key=str.lower))
show('sort key d.get', lambda: sorted('ba', key=d.get))
show('sort key str', lambda: sorted([10, 9, 100], key=str))
show('sort key instance', lambda: sorted([2, 1], key=K(0)))
