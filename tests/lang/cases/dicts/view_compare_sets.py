# Keys and items views compare with sets and views as sets do.
d = {'a': 1, 'b': 2}
print(d.keys() == {'a', 'b'}, d.keys() != {'a'}, d.keys() == frozenset('ab'))
print(d.keys() < {'a', 'b', 'c'}, d.keys() <= {'a', 'b'}, d.keys() > {'a'}, d.keys() >= {'z'})
print(d.items() == {('a', 1), ('b', 2)}, d.items() < {('a', 1), ('b', 2), ('c', 3)}, d.items() >= {('a', 1)})
print(d.keys() == {'a': 0, 'b': 0}.keys(), d.items() == {'b': 2, 'a': 1}.items(), d.items() == {'a': 1, 'b': 3}.items())
print(d.keys() == ['a', 'b'], d.values() == d.values(), d.keys() == d.items())
try:
    d.keys() < ['a']
except TypeError as exc:
    print('TypeError:', exc)
