# The dict views' special methods live in their types' dicts, as in 3.6.
d = {1: 2, 3: 4}
k, v, i = d.keys(), d.values(), d.items()
print(type(k).__and__(k, {1}), k.__or__([5]), k.__rsub__({1, 9}), k.__xor__({1, 7}))
print(i.__contains__((1, 2)), k.__len__(), list(v.__iter__()), v.__len__())
print(k.__eq__({1, 3}), k.__lt__({1, 3, 5}), k.__rand__([3]), i.__ror__({0}) == {0, (1, 2), (3, 4)})
print(hash(v) == hash(v), type(k).__hash__, type(i).__hash__)
print(type(k).__dict__['__sub__'], type(v).__dict__['__iter__'])
print([n for n in sorted(type(k).__dict__) if n not in ('__doc__', '__getattribute__', '__repr__')])
print([n for n in sorted(type(v).__dict__) if n not in ('__doc__', '__getattribute__', '__repr__')])
print('__bool__' in dir(k), '__sub__' in dir(i), '__sub__' in dir(v))
print(k == {1, 3}, {1, 3} == k, k - {1}, {1, 8} - k, k & v, k | v)
try:
    hash(k)
except TypeError as e:
    print(e)
for e in ['k & 5', '5 & k', 'k | 5', 'k - 5', '5 - k', 'k ^ 5', 'k.__and__(5)', 'k.__rsub__(5)', 'k < 5', 'k.__lt__(5)']:
    try:
        print(e, eval(e))
    except Exception as x:
        print(e, type(x).__name__, x)
