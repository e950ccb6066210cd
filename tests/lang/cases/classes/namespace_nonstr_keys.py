# Keys other than str in an instance's __dict__ and in a class's namespace.
class C:
    pass

c = C()
c.a = 1
d = vars(c)
d[1.5] = 'f'
d[None] = 'n'
c.b = 2
print(d, len(d), bool(d))
print(list(d), list(d.keys()), list(d.values()), list(d.items()))
print(dict(d), d[1.5], 1.5 in d, 7 in d, d.get(None), d.get(7, 'no'))
print(d == {'a': 1, 1.5: 'f', None: 'n', 'b': 2}, d == {'a': 1, 'b': 2})
print(d.pop(None), d)
d[3] = 4
print(d.setdefault(3, 5), d.setdefault(6, 7), d)
d.update({8: 9, 'z': 1})
print(d)
print(d.copy())
print(d.popitem(), d.popitem(), d)
for bad in ([1], {}):
    try:
        d[bad] = 1
    except TypeError as e:
        print('TypeError', e)
    try:
        d[bad]
    except TypeError as e:
        print('TypeError', e)
try:
    d[99]
except KeyError as e:
    print('KeyError', e)
try:
    del d[99]
except KeyError as e:
    print('KeyError', e)
del d[1.5]
print(d, c.a, c.b)
c.__dict__[(1, 2)] = 'tuple'
print(c.__dict__)
d.clear()
print(d, len(d), bool(d))

e = C()
e.__dict__[5] = 6
e.x = 1
import copy
print(copy.copy(e).__dict__, copy.deepcopy(e).__dict__)

A = type('A', (), {1: 2, 'a': 3, (1, 2): 'x'})
print(A.__dict__[1], A.__dict__[(1, 2)], 1 in A.__dict__, 2 in A.__dict__, A.a)
print([k for k in A.__dict__ if not isinstance(k, str) or not k.startswith('__')])
B = type('B', (object,), {1: 2, '__slots__': ()})
print([k for k in B.__dict__ if not isinstance(k, str) or not k.startswith('__')], B.__dict__[1])
