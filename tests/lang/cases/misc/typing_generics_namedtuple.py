# typing: generic class hierarchies, substitution, unions of subclasses,
# NamedTuple methods, get_type_hints with forward references.
from typing import (Any, Dict, Generic, Iterable, List, Mapping, NamedTuple,
                    Optional, Sequence, Tuple, TypeVar, Union, Callable, Type,
                    get_type_hints, NewType)
import typing

T = TypeVar('T')
U = TypeVar('U')
K = TypeVar('K')


class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item

    def __repr__(self):
        return 'Box(%r)' % (self.item,)


class IntBox(Box[int]):
    pass


class PairBox(Box[T], Generic[T, U]):
    pass


class Registry(Dict[str, T]):
    pass


print(Box(1), IntBox(2).get(), IntBox.__parameters__, PairBox.__parameters__)
print(PairBox[int, str], Box[List[T]][int], Box[Tuple[T, U]][int, str])
print(isinstance(IntBox(1), Box), issubclass(IntBox, Box), issubclass(PairBox, Box))
r = Registry()
r['a'] = 1
print(r, isinstance(r, dict), Registry.__parameters__, Registry[int])
print(Union[int, bool], Union[bool, int], Union[Box, IntBox], Union[int, Any])
print(Union[T, int][str], Union[T, U][int, str], Union[List[T], None][int])
print(Dict[K, List[T]][str, int], Mapping[str, Tuple[int, ...]])
print(Callable[[T], U][int, str], Type[Box], Optional[Callable[..., Any]])
print(Sequence[int].__origin__, Iterable[int].__args__, Tuple[int, str].__args__)
print(Callable[[int], str].__args__, Tuple[int, ...].__args__)
try:
    Box[int, str]
except TypeError as e:
    print('TypeError', e)
try:
    IntBox[int]
except TypeError as e:
    print('TypeError', e)
try:
    class Wrong(Box[T], Generic[U]):
        pass
except TypeError as e:
    print('TypeError', e)


class Employee(NamedTuple):
    """An employee."""
    name: str
    id: int = 3

    def describe(self) -> str:
        return '%s <%d>' % (self.name, self.id)


e = Employee('guido')
print(e, e.describe(), Employee.__doc__, Employee._make(['x', 1]))
print(Employee('a', id=5), Employee(name='b'), e._asdict()['name'])
print(isinstance(e, tuple), len(e), e[0], Employee.__annotations__)
try:
    Employee('a', 1, 2)
except TypeError as exc:
    print('TypeError', exc)
try:
    Employee('a', bogus=1)
except TypeError as exc:
    print('TypeError', exc)
Kw = NamedTuple('Kw', x=int, y=str)
print(Kw(1, 'a'), Kw._fields)
UserId = NewType('UserId', int)
print(UserId(5), UserId.__name__, UserId.__supertype__)


class Node:
    next: 'Node'
    value: int = 0


def walk(n: 'Node', depth: 'int' = 0, label: str = None) -> 'List[Node]':
    return []


print(get_type_hints(Node))
print(sorted(get_type_hints(walk).items()))
print(typing.Text, typing.AnyStr, typing.TYPE_CHECKING)
print(typing.Generic[T], typing.Iterable[Tuple[int, str]])
try:
    typing.overload(walk)()
except NotImplementedError as exc:
    print('NotImplementedError', exc)
