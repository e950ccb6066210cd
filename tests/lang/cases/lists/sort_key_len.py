# sorted and list.sort with key=len: the lengths of str (code points), bytes,
# tuples, lists and of other objects through __len__; errors from len;
# len rebound as a global or in builtins is the one called.
class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __repr__(self): return 'L(%d)' % self.n
items = ['ééé', 'ab', b'xyzw', (1,), [1, 2, 3, 4, 5], L(0), bytearray(b'zz'), 'a' * 300, 'x', {1: 2}]
print([repr(x)[:12] for x in sorted(items, key=len)])
big = ['x' * (i * 37 % 1000) for i in range(500)]
print([len(s) for s in sorted(big, key=len)][::50])
try:
    sorted(['a', 1], key=len)
except TypeError as e:
    print('TypeError', e)
class Bad:
    def __len__(self): raise ValueError('no len')
try:
    sorted(['a', Bad()], key=len)
except ValueError as e:
    print('ValueError', e)
import builtins
words = ['ccc', 'a', 'bb']
def len(x):
    return -builtins.len(x)
print(sorted(words, key=len))
del len
real = builtins.len
builtins.len = lambda x: real(x) % 2
print(sorted(words, key=len))
builtins.len = real
words.sort(key=len)
print(words)
