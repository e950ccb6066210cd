# operator.length_hint of the iterators: it counts down as items are
# taken, a range iterator has no len(), a spent deque iterator and a
# reversed list that shrank say 0; list() passes on an error other
# than TypeError from __len__ or __length_hint__.
from operator import length_hint
import collections
for mk in [lambda: iter(list(range(10))), lambda: reversed(list(range(10))), lambda: iter(range(10)), lambda: reversed(range(10)), lambda: iter(tuple(range(10))), lambda: iter('abcdefghij'), lambda: reversed('abcdefghij'), lambda: iter(collections.deque(range(10))), lambda: reversed(collections.deque(range(10))), lambda: enumerate(range(10)), lambda: iter(dict.fromkeys(range(10))), lambda: iter(set(range(10)))]:
    it = mk()
    hs = []
    for i in range(3):
        hs.append(length_hint(it)); next(it)
    print(type(it).__name__, hs, length_hint(it))
d = collections.deque(range(10)); it = iter(d); next(it); d.append(1)
try: next(it)
except RuntimeError as e: print(e)
print(length_hint(it))
l = list(range(10)); it = reversed(l); next(it); next(it); l.extend(range(10)); print(length_hint(it))
l = list(range(10)); it = reversed(l); next(it); next(it); del l[3:]; print(length_hint(it))
class BadLen(object):
    def __iter__(self): return iter(range(10))
    def __len__(self):
        raise RuntimeError('hello')
try: list(BadLen())
except RuntimeError as e: print(e)
class BadHint:
    def __iter__(self): return iter(range(10))
    def __length_hint__(self): raise RuntimeError('hint')
try: list(BadHint())
except RuntimeError as e: print(e)
try:
    len(iter(range(3)))
except TypeError as e:
    print(e)
print(list(reversed('hello')), [len(list(reversed(s))) for s in ('abc', (1, 2), [3], range(4))])
for target in ([], bytearray(b'ab')):
    for src in (BadLen(), BadHint()):
        try:
            target.extend(src)
        except RuntimeError as e:
            print(type(target).__name__, e, len(target))
