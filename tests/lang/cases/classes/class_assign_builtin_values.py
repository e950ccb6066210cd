# obj.__class__ = C on values of built-in types is refused with
# TypeError, the class checked first.


class MyList(list):
    pass


class Plain:
    pass


values = [[1], 2, 'three', {'k': 4}, (5,), 6.5, None, len, b'x', range(3)]
for value in values:
    for target in (MyList, Plain, 'not a class'):
        try:
            value.__class__ = target
        except TypeError as e:
            print(type(value).__name__, '->', target if isinstance(target, str) else target.__name__, ':', e)
        else:
            print(type(value).__name__, 'changed?')

m = MyList([1, 2])
m.__class__ = MyList
print(type(m).__name__, m)
