package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// typing against CPython 3.6, beyond the two lang cases
// (tests/lang/cases/misc/typing_*.py): the messages of each kind of bad
// subscription, substitution of type variables, unions' normal form and
// equality, the instance checks each kind of form allows or refuses,
// calling the aliases, NamedTuple's two forms, get_type_hints and the small
// helpers.

const typingPrelude = pytesting.ShowRepr + `import typing, sys
from typing import *
T = TypeVar('T')
U = TypeVar('U')
S = TypeVar('S', int, str)
class Box(Generic[T]):
    def __init__(self, v=None):
        self.v = v
class Pair(Box[T], Generic[T, U]):
    pass
class IntBox(Box[int]):
    pass
class Named(NamedTuple):
    a: int
    b: str = 'x'
    def both(self):
        return '%s%s' % (self.a, self.b)
class Holder:
    count: int
    name: 'str' = ''
class SubHolder(Holder):
    extra: 'List[Holder]'
def hinted(a: 'int', b: List['Holder'], c: str = None, *, d: 'float' = None) -> None:
    pass
def raw(a, b=1):
    pass
def starred(x: int, *a: str, k: float = 1, **kw: bytes) -> None:
    pass
`

var typingCases = []pytesting.Case{
	// TypeVar
	{"typevar_attrs", `(T.__name__, T.__bound__, T.__constraints__, T.__covariant__, T.__contravariant__)`},
	{"typevar_reprs", `(TypeVar('A'), TypeVar('B', covariant=True), TypeVar('C', contravariant=True), S, S.__constraints__)`},
	{"typevar_bound", `(TypeVar('X', bound='Box').__bound__, TypeVar('Y', bound=int).__bound__)`},
	{"typevar_bivariant", `TypeVar('X', covariant=True, contravariant=True)`},
	{"typevar_bound_and_constraints", `TypeVar('X', int, str, bound=int)`},
	{"typevar_single_constraint", `TypeVar('X', int)`},
	{"typevar_call", `T()`},
	{"typevar_equality", `(T == T, T == TypeVar('T'), len({T, U, T}))`},
	// subscription errors
	{"list_too_many", `List[int, str]`},
	{"dict_too_few", `Dict[int]`},
	{"subscripted_again", `List[int][str]`},
	{"substitute_too_many", `List[T][int, str]`},
	{"substitute_too_few", `Dict[T, U][int]`},
	{"generic_subscripted_again", `Generic[T][int]`},
	{"generic_not_typevars", `Generic[int]`},
	{"generic_repeated", `Generic[T, T]`},
	{"plain_generic_argument", `List[Generic]`},
	{"bad_argument", `(Set[1])`},
	{"classvar_argument", `List[ClassVar[int]]`},
	{"tuple_bad_ellipsis", `Tuple[int, ..., str]`},
	{"tuple_bad_member", `Tuple[1]`},
	{"callable_shapes", `[repr(e) for e in []] or Callable[int]`},
	{"callable_three", `Callable[[int], str, int]`},
	{"callable_bad_arg", `Callable[[1], int]`},
	{"callable_bad_result", `Callable[[int], 1]`},
	{"callable_args_not_list", `Callable[int, str]`},
	{"not_generic_user_class", `IntBox[int]`},
	{"user_too_many", `Box[int, str]`},
	// forms and their attributes
	{"reprs_plain", `(Any, Union, Optional, ClassVar, Tuple, Callable, Type, Generic, Text, AnyStr)`},
	{"reprs_subscripted", `(List[Tuple[int, ...]], Dict[str, Callable[..., Any]], Type[Box], FrozenSet[str], Iterator[T])`},
	{"reprs_user", `(Box, Box[int], Pair[int, str], Box[List[T]], Pair.__parameters__, IntBox.__parameters__)`},
	{"forward_refs", `(List['Box'], Optional['X'], List['int'].__args__)`},
	{"args_and_origin", `(List.__args__, List[int].__args__, List[int].__origin__, Dict[str, T].__parameters__, Generic.__parameters__)`},
	{"tuple_args", `(Tuple[()].__args__, Tuple.__args__, Tuple[int, ...].__args__, Tuple[T, ...][int], Tuple[int, T][str])`},
	{"callable_args", `(Callable.__args__, Callable[..., int].__args__, Callable[[], int].__args__, Callable[[T], U][int, str])`},
	{"subscription_cached", `(List[int] is List[int], Dict[str, T][int] == Dict[str, int], Box[int] is Box[int])`},
	{"none_argument", `(List[None], Callable[[None], None], Tuple[None, int])`},
	// unions
	{"union_normal_form", `(Union[int], Union[int, int], Union[int, Union[str, int]], Union[int, None], Optional[Optional[int]])`},
	{"union_subclasses", `(Union[int, bool], Union[bool, int], Union[object, int], Union[Box, IntBox], Union[List[int], List], Union[int, Any])`},
	{"union_equality", `(Union[int, str] == Union[str, int], hash(Union[int, str]) == hash(Union[str, int]), Union[int, str] == int, Union[int, str] == Union[int, bytes])`},
	{"union_attrs", `(Union.__args__, Union[int, str].__args__, Union[int, str].__origin__, Union[T, int].__parameters__)`},
	{"union_substitution", `(Union[T, int][str], Union[T, U][int, str], Optional[List[T]][bytes])`},
	{"union_errors", `[_err(f) for f in (lambda: Union[()], lambda: Union[1], lambda: Optional[int, str], lambda: Optional[1], lambda: Union[int, str][int], lambda: Union())]`},
	{"special_calls", `[_err(f) for f in (Any, Optional, ClassVar, lambda: Union[int, str]())]`},
	{"classvar_forms", `(ClassVar[int], ClassVar[List[T]], _err(lambda: ClassVar[1]), _err(lambda: ClassVar[int, str]))`},
	// instance and subclass checks
	{"isinstance_plain", `(isinstance([], List), isinstance({}, Dict), isinstance((), Tuple), isinstance(set(), Set), isinstance(frozenset(), FrozenSet), isinstance('', Sequence))`},
	{"isinstance_abcs", `(isinstance(iter([]), Iterator), isinstance([], Iterable), isinstance({}, Mapping), isinstance({}, MutableMapping), isinstance((x for x in ()), Generator), isinstance(len, Callable), isinstance(3, Iterable))`},
	{"issubclass_plain", `(issubclass(list, List), issubclass(list, Sequence), issubclass(dict, Mapping), issubclass(tuple, List), issubclass(int, Type), isinstance(int, Type), isinstance(3, Type))`},
	{"isinstance_subscripted", `[_err(f) for f in (lambda: isinstance([], List[int]), lambda: issubclass(list, List[int]), lambda: isinstance(len, Callable[[], int]), lambda: isinstance((), Tuple[int]))]`},
	{"isinstance_user", `(isinstance(IntBox(), Box), issubclass(Pair, Box), isinstance(Box[int](), Box), type(Box[int](3)).__name__, Box[int](3).v, isinstance(Box(), Generic))`},
	{"user_mro", `(IntBox.__mro__, Pair.__bases__)`},
	{"alias_calls", `[_err(f) for f in (List, lambda: List[int](), Dict, Tuple, Set, FrozenSet, Callable, Generic, lambda: Tuple[int]())]`},
	{"alias_calls_made", `(DefaultDict(), Counter('aab'), Deque([1]), Counter[str]())`},
	{"subclass_of_alias", `(lambda C: (C([2, 1]), sorted(C([2, 1])), C.__mro__[1:3], isinstance(C(), list)))(type('L', (List[int],), {}))`},
	{"subclass_of_dict_alias", `(lambda C: (C(a=1), C.__parameters__))(type('D', (Dict[str, T],), {}))`},
	{"missing_generic_var", `type('W', (Box[T], Generic[U]), {})`},
	// NamedTuple
	{"namedtuple_class", `(Named(1), Named(2, 'y').both(), Named._fields, Named._field_types, Named._field_defaults, Named.__annotations__)`},
	{"namedtuple_methods", `(Named(1)._replace(b='z'), Named._make([5, 'q']), Named(1)._asdict(), tuple(Named(3)), Named(1) == (1, 'x'))`},
	{"namedtuple_errors", `[_err(f) for f in (Named, lambda: Named(1, 'a', 2), lambda: Named(1, c=2), lambda: NamedTuple('X', [('a', 1)]), lambda: NamedTuple('X', [('a', int)], b=str))]`},
	{"namedtuple_functional", `(lambda P: (P(1, 'a'), P._fields, P._field_types, P.__name__))(NamedTuple('P', [('x', int), ('y', str)]))`},
	{"namedtuple_keywords", `(lambda P: (P(1, 'a'), P._fields))(NamedTuple('K', x=int, y=str))`},
	{"namedtuple_order_error", `type(Named)('Bad', (NamedTuple,), {'__annotations__': {'a': int, 'b': int, 'c': int}, 'a': 1, 'b': 2})`},
	{"namedtuple_protected", `type(Named)('Bad', (NamedTuple,), {'__annotations__': {'a': int}, '_make': 1})`},
	// get_type_hints and helpers
	{"hints_function", `sorted(get_type_hints(hinted).items(), key=repr)`},
	{"hints_order", `(list(get_type_hints(hinted)), get_type_hints(starred))`},
	{"hints_class", `(get_type_hints(Holder), get_type_hints(SubHolder))`},
	{"hints_plain", `(get_type_hints(raw), get_type_hints(sys), get_type_hints(lambda x: x))`},
	{"hints_errors", `[_err(f) for f in (lambda: get_type_hints(3), lambda: get_type_hints(None), lambda: get_type_hints('x'))]`},
	{"hints_no_type_check", `get_type_hints(no_type_check(hinted))`},
	{"helpers", `(cast(int, 'x'), cast('List[int]', [1]), NewType('UserId', int)(5), NewType('UserId', int).__name__, NewType('UserId', int).__supertype__)`},
	{"overload_call", `_err(lambda: overload(raw)(1))`},
	{"constants", `(TYPE_CHECKING, Text is str, Hashable, Sized, AnyStr.__constraints__)`},
	{"protocols", `(SupportsInt, SupportsAbs[int], issubclass(int, SupportsInt), issubclass(str, SupportsInt), issubclass(float, SupportsFloat), _err(lambda: isinstance(3, SupportsInt)))`},
	{"io_types", `(typing.IO, typing.TextIO, typing.BinaryIO, typing.IO[str], typing.IO.__parameters__, typing.TextIO.__parameters__)`},
	{"re_aliases", `(typing.Pattern, typing.Match[bytes], typing.List[typing.Pattern[str]], typing.Pattern[str] == typing.Pattern[str], typing.Union[typing.Pattern, int])`},
	{"re_alias_checks", `(isinstance(__import__('re').compile('x'), typing.Pattern), isinstance(__import__('re').match('a', 'a'), typing.Match), isinstance('x', typing.Pattern), [_err(f) for f in (lambda: typing.Pattern[int], lambda: typing.Pattern[str][str], typing.Pattern, lambda: isinstance(1, typing.Pattern[str]))])`},
	{"noreturn_and_union_class", `(typing.NoReturn, Union[int, str].__class__, Optional[int].__class__, _err(typing.NoReturn))`},
	{"generic_instance_checks", `[_err(f) for f in (lambda: isinstance(1, Generic), lambda: issubclass(int, Generic), lambda: issubclass(tuple, Tuple[int]), lambda: isinstance(1, Generic[T]))]`},
	{"namespaces", `(typing.io.__all__, typing.re.__all__, typing.io.__name__, typing.io.IO, typing.re.Pattern is typing.Pattern, sys.modules['typing.re'] is typing.re)`},
	{"all_names", `sorted(typing.__all__)`},
	{"metaclasses", `(type(List), type(Tuple), type(Callable), type(Box), type(Named).__name__, type(T), type(Any), type(Union))`},
	{"context_managers", `((lambda f: (isinstance(f, typing.ContextManager), f.close())[0])(open('/dev/null')), isinstance(3, typing.ContextManager), issubclass(type('C', (), {'__enter__': lambda s: s, '__exit__': lambda s, *a: None}), typing.ContextManager), typing.ContextManager[int])`},
	{"supports_more", `(issubclass(complex, SupportsComplex), issubclass(int, SupportsRound), issubclass(float, SupportsAbs), issubclass(bool, SupportsAbs), issubclass(str, SupportsAbs), issubclass(bytes, SupportsBytes), issubclass(type('I', (), {'__int__': lambda s: 1}), SupportsInt), _err(lambda: SupportsInt()))`},
	{"subscript_loop_stable", `len({id(List[int]) for _ in range(50)} | {id(Optional[int]) for _ in range(50)})`},
	// the helpers CPython 3.6's test_typing reaches into: _subs_tree and
	// _replace_arg read a generic class's annotations; the functions in
	// _cleanups drop the cached forms, and new forms equal the old ones
	{"subs_tree", `(lambda KT, VT: (lambda M: (lambda o: (typing._subs_tree(o.__orig_class__), sorted((k, typing._replace_arg(v, type(o).__parameters__, typing._subs_tree(o.__orig_class__))) for k, v in M.meth.__annotations__.items())))(M[str, KT][int]()))(type('M', (Generic[KT, VT],), {'meth': _annotated(KT, VT)})))(TypeVar('KT'), TypeVar('VT'))`},
	{"subs_tree_nested", `(typing._subs_tree(Box), typing._subs_tree(Pair[List[T], int], [T], [str]), typing._subs_tree(Box[int]), typing._replace_arg(T, [T], [int]), typing._replace_arg(int, None, None), typing._replace_arg(Box[T], [T], [str]))`},
	{"cleanups", `(lambda a: ([f() for f in typing._cleanups] and None, a == Box[int], a is Box[int], hash(a) == hash(Box[int]), a != Box[str], Box == Box, Box[int] == Box, {Box[int]: 1}.get(a)))(Box[int])`},
	// the protocols' internal base, typing._Protocol, shown as
	// typing.Protocol; a leading underscore is not shown in a generic
	// class's name
	{"protocol_base", `(typing._Protocol, typing._Protocol[T], typing._Protocol.__name__, typing._Protocol.__mro__, SupportsInt.__mro__, SupportsAbs.__mro__, SupportsRound[int], issubclass(int, typing._Protocol), isinstance(1, typing._Protocol))`},
	{"protocol_errors", `[_err(f) for f in (lambda: List[typing._Protocol], lambda: Tuple[typing._Protocol[T]], lambda: typing._Protocol[T][int], lambda: isinstance(1, SupportsInt), lambda: issubclass(str, SupportsInt))]`},
	{"protocol_subclass", `(lambda P: (P.__mro__, P[int], P.__parameters__))(type('P', (typing._Protocol[T],), {'m': lambda self: None, '__module__': 'mod'}))`},
	{"underscore_names", `(lambda F: (F, F[int], type('_TypeAlias', (Generic[T],), {'__module__': 'mod'}), type('__B', (List[int],), {'__module__': 'mod'})))(type('_Foo', (Generic[T],), {'__module__': 'mod'}))`},
	{"more_aliases", `(AbstractSet[int], MutableSet[str], KeysView[int], ItemsView[int, str], ValuesView[str], Generator[int, None, None], Awaitable[int], Coroutine[int, str, None], ContextManager[int])`},
}

func TestTyping(t *testing.T) {
	prelude := typingPrelude + `def _err(f):
    try:
        return f()
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
def _annotated(k, v):
    def meth(self, k: k, v: v):
        pass
    return meth
`
	pytesting.DiffCases(t, "typing", prelude, typingCases)
}
