# The typing module as scripts use it: reprs, subscription, errors,
# Generic subclasses, NamedTuple, TypeVar, helpers.
import typing
from typing import (Any, Union, Optional, List, Dict, Set, FrozenSet, Tuple,
                    Callable, Iterable, Iterator, Sequence, Mapping, Type,
                    TypeVar, Generic, NamedTuple, cast, overload,
                    no_type_check, TYPE_CHECKING, Text, AnyStr, NoReturn)

T = TypeVar('T')
KT = TypeVar('KT')
T_co = TypeVar('T_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
N = TypeVar('N', int, float)
B = TypeVar('B', bound=int)
print(T, T_co, T_contra, N, B, T.__name__, N.__constraints__, B.__bound__)
print(Any, Union, Optional, List, Dict, Set, FrozenSet, Tuple, Callable)
print(Iterable, Iterator, Sequence, Mapping, Type, Generic, NoReturn)
print(List[int], Dict[str, int], Set[bytes], FrozenSet[int], Type[int])
print(Tuple[int, str], Tuple[int, ...], Tuple[()])
print(Callable[[int, str], bool], Callable[..., int], Callable[[], None])
print(Iterable[T], Iterator[int], Sequence[str], Mapping[str, List[int]])
print(Union[int, str], Union[int, None], Optional[int], Optional[Union[int, str]])
print(Union[int], Union[int, int], Union[int, str, int], Union[int, Union[str, bytes]])
print(Optional[None], Union[None, int])
print(List[T], Dict[KT, T], List[T][int], Dict[str, T][int])
print(List[int] is List[int], List[int] == List[int], Union[int, str] == Union[str, int])
print(Text is str, TYPE_CHECKING, AnyStr, AnyStr.__constraints__)
print(List['Foo'])
print(List.__args__, List[int].__args__, Dict[str, int].__args__, List[T].__parameters__)
print(List[int].__origin__, Union[int, str].__args__)

errors = [
    lambda: List[int, str],
    lambda: Dict[int],
    lambda: List[int][str],
    lambda: Optional[int, str],
    lambda: Union[()],
    lambda: Union[1],
    lambda: List[1],
    lambda: Callable[int, str],
    lambda: Generic[int],
    lambda: TypeVar('X', int),
    lambda: Tuple[int, ..., str],
    lambda: isinstance([], List[int]),
    lambda: Union(),
    lambda: Any(),
    lambda: TypeVar('Y')(),
    lambda: Generic(),
    lambda: class_with_bad_generic(),
]


def class_with_bad_generic():
    class Bad(Generic[T, T]):
        pass


for f in errors:
    try:
        print('no error', f())
    except TypeError as e:
        print('TypeError', e)

print(isinstance([], List), isinstance({}, Dict), isinstance((), Tuple))
print(isinstance(iter([]), Iterator), isinstance([], Iterable), isinstance({}, Mapping))
print(issubclass(list, List), issubclass(list, Sequence), isinstance(len, Callable))


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack()
s.push(1)
s.push(2)
print(s.pop(), s.items, Stack, Stack[int], Stack.__parameters__)
si = Stack[int]()
si.push(5)
print(si.items, type(si).__name__, isinstance(si, Stack))


class Pair(Generic[KT, T]):
    def __init__(self, k: KT, v: T) -> None:
        self.k, self.v = k, v


print(Pair('a', 1).k, Pair[str, int], Pair.__parameters__)


class MyList(List[int]):
    pass


ml = MyList([3, 1, 2])
print(sorted(ml), isinstance(ml, list), MyList.__mro__[1:3])


class Point(NamedTuple):
    x: int
    y: int = 0
    label: str = 'p'


p = Point(1)
print(p, p.x, p.y, p._fields, Point._field_types, Point(1, 2, 'q'), p._replace(y=5))
print(Point._field_defaults, p._asdict(), tuple(p), p == (1, 0, 'p'))
Emp = NamedTuple('Emp', [('name', str), ('id', int)])
e = Emp('ann', 3)
print(e, e.name, Emp._fields, Emp._field_types)
try:
    Point()
except TypeError as exc:
    print('TypeError', exc)
try:
    class BadNT(NamedTuple):
        x: int = 1
        y: int
except TypeError as exc:
    print('TypeError', exc)

print(cast(int, 'x'), cast('List[int]', [1]), cast(List[int], None))


@overload
def o(x: int) -> int: ...
@overload
def o(x: str) -> str: ...
def o(x):
    return x


print(o(3))


@no_type_check
def nt(x: 'nonsense') -> 'more':
    return x


print(nt(4), nt.__no_type_check__)


def ann(a: List[int], b: Optional[str] = None) -> Dict[str, Any]:
    return {}


print(ann.__annotations__['a'], ann.__annotations__['b'], ann.__annotations__['return'])
print(typing.get_type_hints(ann) == {'a': List[int], 'b': Optional[str], 'return': Dict[str, Any]})
print(typing.Container, typing.Collection)
print(typing.DefaultDict[str, int], typing.Counter[str], typing.Deque[int], typing.ByteString)
print(typing.IO, typing.TextIO, typing.BinaryIO)
print(typing.SupportsInt, typing.ClassVar[int], typing.Generator[int, None, None], typing.AbstractSet[int])
