# Many partials made and dropped: each keeps its own function, arguments
# and keywords, also when a new one takes the place of a dropped one.
import functools
import gc
import pickle


def f(*args, **kw):
    return args, kw


kept = []
for i in range(3000):
    p = functools.partial(f, i, k=i)
    if i % 1000 == 0:
        kept.append(p)
    if p() != ((i,), {'k': i}):
        print('wrong', i)
    del p
gc.collect()
for i in range(3000):
    p = functools.partial(f, -i)
    if p.args != (-i,) or p.keywords != {} or p.func is not f:
        print('wrong', i)
print([p.args for p in kept], [p.keywords for p in kept])
q = functools.partial(kept[1], 'x', z=1)
print(q.args, q.keywords, q.func is f)
print(repr(functools.partial(len, 'ab')))
r = pickle.loads(pickle.dumps(functools.partial(max, 3, key=abs)))
print(r(-5), r.args, r.keywords)


class P(functools.partial):
    pass


s = P(f, 1)
s.attr = 2
print(s(2), s.__dict__, type(s).__name__)
try:
    s.args = ()
except AttributeError as e:
    print('AttributeError', e)
