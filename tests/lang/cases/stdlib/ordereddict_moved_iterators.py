# An OrderedDict iterator stops after a move_to_end of its own dict (one
# RuntimeError, then StopIteration, as 3.6), and not for another dict's;
# only moved dicts keep a cell in collections' bookkeeping.
from collections import OrderedDict
import gc
od = OrderedDict.fromkeys('abcde')
for mk in (lambda: iter(od), lambda: reversed(od), lambda: iter(od.items()), lambda: reversed(od.values())):
    it = mk()
    print(next(it))
    od.move_to_end(list(od)[1])
    for i in range(3):
        try:
            print(next(it))
        except Exception as e:
            print(type(e).__name__, e)
    print(list(od))
# another dict moving does not disturb
a = OrderedDict.fromkeys('xyz'); b = OrderedDict.fromkeys('pq')
it = iter(a); next(it); b.move_to_end('p'); print(list(it))
it = iter(b); next(it); a.move_to_end('x', last=False); print(list(it), list(a))
it = iter(b); b.move_to_end('q', last=False); print(list(b))
try: print(list(it))
except RuntimeError as e: print('RE', e)
# size change
it = iter(a); next(it); a['n'] = 1
try: next(it)
except RuntimeError as e: print('RE', e)
# many dicts moved and dropped
for i in range(200):
    d = OrderedDict.fromkeys(range(3)); d.move_to_end(0)
    it = iter(d); print(list(it)) if i == 199 else None
del d, it
gc.collect()
import collections
print(len(getattr(collections, '_move_counts', ())) <= 2)
