# A __slots__ entry is a member_descriptor: named, owned, a data
# descriptor for inspect, usable through __get__/__set__/__delete__.
import inspect


class S:
    __slots__ = ('a', 'b')


m = S.a
print(type(m).__name__, m.__name__, m.__objclass__.__name__, m.__qualname__, m.__doc__)
try:
    m.__name__ = 'x'
except AttributeError as e:
    print('AttributeError', e)
s = S()
S.a.__set__(s, 5)
print(S.a.__get__(s, S), s.a, S.a.__get__(None, S) is S.a)
S.a.__delete__(s)
print(hasattr(s, 'a'))
print(inspect.isdatadescriptor(m), inspect.ismethoddescriptor(m), inspect.isroutine(m), inspect.ismemberdescriptor(m))
print([(a.name, a.kind) for a in inspect.classify_class_attrs(S) if a.name in ('a', 'b')])
