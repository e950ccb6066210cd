# Methods of built-in types: read from the type they are method
# descriptors; bound to a value they are built-in methods (the type of
# len), not types.MethodType.
import copy
import inspect
import pickle
import types

items = [3]
bound = items.append
print(type(bound).__name__, bound.__self__ is items, bound.__name__, bound.__qualname__, bound.__module__)
print(type(bound) is types.BuiltinMethodType, type(bound) is types.BuiltinFunctionType, isinstance(bound, types.MethodType))
print(inspect.ismethod(bound), inspect.isbuiltin(bound), inspect.isroutine(bound), inspect.isfunction(bound), inspect.ismethoddescriptor(bound))
print(repr(bound).split(' at ')[0])

descr = list.append
print(type(descr).__name__, descr, descr.__name__, descr.__qualname__, descr.__objclass__)
print(inspect.ismethod(descr), inspect.isbuiltin(descr), inspect.isroutine(descr), inspect.ismethoddescriptor(descr), inspect.isdatadescriptor(descr))
print(descr is list.append, descr == list.append, hash(descr) == hash(list.append), callable(descr), descr.__doc__ is not None)
again = descr.__get__(items, list)
again(4)
descr(items, 5)
print(items, again.__self__ is items, descr.__get__(None, list) is descr)
for args in ((), (1, 2)):
    try:
        descr(*args)
    except TypeError as exc:
        print('TypeError', exc)
try:
    descr.__get__(1)
except TypeError as exc:
    print('TypeError', exc)
print(bound == items.append, bound != items.append, bound == [].append, str.upper == str.upper)

fromkeys = dict.fromkeys
print(type(fromkeys).__name__, fromkeys.__self__, fromkeys.__qualname__, fromkeys('ab'))
print(repr(fromkeys).split(' at ')[0], repr({}.fromkeys).split(' at ')[0])
print(type(str.maketrans).__name__, str.join(',', 'ab'), sorted(['b', 'A', 'c'], key=str.lower))
print(type(str.join).__name__, str.join, str.upper.__objclass__, type({}.get).__name__, {}.get.__qualname__)
print(list(map(str.strip, [' a ', 'b '])), list(map(int.bit_length, [1, 255])), int.bit_length(True))
print({}.keys.__name__, 'x'.upper.__qualname__, (1).bit_length.__qualname__, b''.hex.__qualname__)
text = 'abc'
print(text.upper.__self__ is text, text.upper(), getattr(text, 'upper')())


class Stack(list):
    def top(self):
        return self[-1]


s = Stack([1])
s.append(2)
Stack.append(s, 3)
print(s, Stack.append, type(Stack.append).__name__, type(s.append).__name__, type(s.top).__name__)
print(s.append.__self__ is s, s.append.__qualname__)

print(pickle.loads(pickle.dumps(list.append)) is list.append, pickle.loads(pickle.dumps(len)) is len)
restored = pickle.loads(pickle.dumps(items.append))
print(type(restored).__name__, restored.__self__ == items)
print(len.__reduce__(), str.upper.__reduce__()[1], [].append.__reduce__()[1])
print(copy.copy(bound) == bound, copy.deepcopy(str.upper) is str.upper)
print(type((1).__add__).__name__, type(int.__add__).__name__, type(object.__init__).__name__)
