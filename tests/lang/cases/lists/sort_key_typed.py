# Sorts whose keys are all ints, all floats or all str (sorted through
# typed key pairs): equal keys keep their items' order, also reversed;
# NaN keys; big ints next to small ones; an int key among floats and a
# str subclass's instance among str take the general comparison.
import json

items = list(range(40))
print(sorted(items, key=lambda i: i % 4))
print(sorted(items, key=lambda i: i % 4, reverse=True))
print(sorted(items, key=lambda i: -(i % 3) * 2 ** 70 if i % 5 else i % 3))
print(sorted(items, key=lambda i: [0.5, -1.5, 2.25][i % 3]))
nan = float('nan')
print(sorted(range(8), key=lambda i: nan if i % 3 == 0 else -i / 2))
print(sorted(range(6), key=lambda i: [1.5, 2, 0.5][i % 3]))
print(sorted(['b', 'a', 'é', 'A', 'ab', ''], key=str.lower))
print(sorted(range(6), key=lambda i: 'xy'[i % 2] * (3 - i % 3)))


class S(str):
    pass


print(sorted(['b', S('a'), 'c'], key=lambda s: s))
words = ['pear', 'fig', 'apple', 'kiwi']
words.sort(key=len, reverse=True)
print(words)
print(json.dumps({'b': 1, 'a': 2, 'é': 3, 'A': 4}, sort_keys=True))
try:
    sorted(range(4), key=lambda i: [1, 'x'][i % 2])
except TypeError as e:
    print('TypeError', e)
