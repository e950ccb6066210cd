# o[key] on an object whose class has no __getitem__: a class statement's
# type answers an integer key (converted first) with "does not support
# indexing", other keys and built-in types with "is not subscriptable".
class F: pass
class F2(int): pass
class F3(Exception): pass
class Ix:
    def __index__(self): return 1
def check(f):
    try:
        f()
    except (TypeError, IndexError) as e:
        print(e)
for k in (0, True, 'a', 1.5, slice(1), Ix(), 2**70, -2**70):
    check(lambda: F()[k])
check(lambda: object()[0])
check(lambda: F2()[0])
check(lambda: F3()[0])
check(lambda: F3()['a'])
check(lambda: (lambda: 0)[0])
def setit(): F()[0] = 1
def delit(): del F()[0]
check(setit)
check(delit)
def g(o): return o[0]
for i in range(2):
    check(lambda: g(F()))

import collections, array
for base, v in [(str, 'abc'), (bytes, b'abc'), (list, [1,2,3]), (tuple, (1,2,3)), (bytearray, b'abc'), (dict, {0: 'z', 1: 'y'}), (collections.OrderedDict, {0: 1}), (collections.Counter, 'aab'), (collections.deque, [1,2]), (array.array, None), (memoryview, None), (range, None), (frozenset, None), (int, None), (float, None), (complex, None), (type(None), None), (object, None), (Exception, None), (OSError, None), (set, None)]:
    try:
        class S(base): pass
    except TypeError as e:
        print(base.__name__, 'TypeError', e); continue
    try:
        if base is array.array: o = S('i', [5, 6])
        elif base is memoryview: o = S(b'xy')
        elif base is range: o = S(3)
        elif v is None: o = S()
        else: o = S(v)
        print(base.__name__, o[0], o[0:1] if base not in (dict, collections.OrderedDict, collections.Counter) else '')
    except Exception as e:
        print(base.__name__, type(e).__name__, e)
