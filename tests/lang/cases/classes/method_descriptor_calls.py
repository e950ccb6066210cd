# Calling method descriptors of built-in types directly: receivers of
# subclasses work, wrong receivers raise 3.6's TypeError.
class MyStr(str):
    pass


class MyList(list):
    pass


print(str.upper(MyStr('ab')), str.join(MyStr('-'), ['a', 'b']), list.append.__get__(MyList())(1))
ml = MyList([3, 1])
list.sort(ml)
list.extend(ml, [9])
print(ml, dict.get({'a': 1}, 'a'), set.union({1}, {2}), int.bit_length(True))
cases = [
    (str.upper, (b'x',)),
    (list.append, ((), 1)),
    (dict.keys, ([],)),
    (set.add, (frozenset(), 1)),
    (str.join, ()),
    (bytes.hex, ('ab',)),
]
for fn, args in cases:
    try:
        fn(*args)
    except TypeError as exc:
        print('TypeError', exc)
