# The special methods of built-in types called directly: slot wrappers
# (int.__add__) and method-wrappers ((1).__add__).
import re
calls = [
    "int.__add__(1, 2)", "(1).__add__(2)", "int.__add__(1, 'a')", "int.__sub__(5, 2.0)",
    "int.__mul__(3, 4)", "int.__mod__(7, 3)", "int.__pow__(2, 10)", "int.__lt__(1, 2)",
    "int.__eq__(1, 1)", "int.__neg__(3)", "int.__hash__(5)", "int.__bool__(0)",
    "float.__mul__(2.0, 3)", "float.__truediv__(1.0, 2)", "float.__radd__(1.0, 2)", "float.__int__(2.5)",
    "str.__len__('ab')", "str.__add__('a', 'b')", "str.__mul__('ab', 2)", "str.__contains__('abc', 'b')",
    "str.__hash__('a') == hash('a')", "'x'.__eq__(1)", "str.__lt__('a', 'b')",
    "bytes.__add__(b'a', b'b')", "bytes.__len__(b'abc')", "bytes.__getitem__(b'ab', 1)",
    "list.__getitem__([1], 0)", "list.__len__([1, 2])", "list.__add__([1], [2])", "list.__contains__([1], 1)",
    "tuple.__contains__((1, 2), 2)", "tuple.__getitem__((1, 2), 1)", "tuple.__len__(())",
    "dict.__len__({1: 2})", "dict.__contains__({1: 2}, 1)", "dict.__getitem__({'a': 1}, 'a')",
    "set.__or__({1}, {2})", "set.__and__({1, 2}, {2})", "set.__len__({1})",
    "object.__eq__(1, 1)", "object.__eq__(1, 2)",
    "repr(int.__add__)", "repr(float.__mul__)", "repr(object.__eq__)",
    "type(int.__add__).__name__", "type((1).__add__).__name__", "int.__add__.__name__",
    "int.__add__.__objclass__", "(7).__add__.__self__", "(7).__add__.__name__",
    "iter([]).__next__.__self__.__class__.__name__", "iter([5]).__next__()",
]
for c in calls:
    try:
        print(c, '->', eval(c))
    except Exception as e:
        print(c, '->', type(e).__name__, e)
print(re.sub('0x[0-9a-f]+', 'ADDR', repr((1).__add__)))
for bad in ["int.__add__('a', 1)", "int.__add__(1)", "int.__add__()"]:
    try:
        eval(bad)
    except TypeError as e:
        print(bad, '->', e)
d = {}
dict.__setitem__(d, 'k', 'v')
print(d)
class I(int):
    def __add__(self, other):
        return ('I', super().__add__(other))
    def __lt__(self, other):
        return ('lt', int.__lt__(self, other))
print(I(3) + 4, I(3) < 5, int.__add__(I(3), 4))
