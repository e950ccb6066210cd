# dir() of a class lists the names of the __dict__ of each class along its
# MRO: __module__ only where a class statement made one, __dict__ and
# __weakref__ only where some class gives its instances those.
import types, collections, abc

class A: pass
class S:
    __slots__ = ('x',)
class W:
    __slots__ = ('__weakref__',)
class D(S): pass
class E(ValueError): pass
class I(int): pass
class Ab(abc.ABC): pass
NT = collections.namedtuple('NT', 'a b')
names = ('__dict__', '__module__', '__weakref__', '__doc__', '__class__', 'args', '__traceback__')
for t in (int, str, type(None), object, type(NotImplemented), type(Ellipsis),
          types.FunctionType, list, dict, bool, float, bytes, type, BaseException,
          ValueError, OSError, types.ModuleType, range, slice, staticmethod,
          classmethod, property, A, S, W, D, E, I, Ab, NT):
    d = dir(t)
    print(t.__name__, [n for n in names if n in d], d == sorted(d))
import rlcompleter
print([m for m in rlcompleter.Completer().attr_matches('None.') if 'dict' in m or 'module' in m])
