# collections.abc.Callable recognises the built-in kinds of callables
# (method_descriptor, wrapper_descriptor, method-wrapper); UserDict's
# dict= keyword warns with DeprecationWarning.
import collections
import collections.abc
import warnings

for x in (len, list.append, [].append, int.__add__, (1).__add__, object.__init__,
          str.join, object().__str__, print, type, int, lambda: None):
    print(type(x).__name__, isinstance(x, collections.abc.Callable),
          issubclass(type(x), collections.abc.Callable))
for x in (None, 42, 'a', (), [], {}):
    print(type(x).__name__, isinstance(x, collections.abc.Callable))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    u = collections.UserDict(dict=[('one', 1)])
print(u, [(x.category.__name__, str(x.message)) for x in w])
print(collections.UserDict({}, dict=42))
