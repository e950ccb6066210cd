"""Type hints at run time, as CPython 3.6's typing module exposes them.

Design of this implementation:

* Special forms (Any, Union, Optional, ClassVar, NoReturn) are instances of
  small classes; subscribing Union or Optional gives a _Union value, or the
  single member type when the union collapses.
* Every generic alias (List, Dict, Iterable, Generic, user classes deriving
  from Generic[...]) is a class whose metaclass is GenericMeta. Subscribing
  such a class makes (and caches) a one-base subclass that records
  __origin__ and __args__; subclassing a subscripted form inherits from its
  unsubscripted original instead, so MROs stay those of plain classes.
* Every typing attribute (__origin__, __args__, __parameters__, __extra__)
  is stored on each class itself, never looked up through bases.
"""

import abc
import collections
import collections.abc as _cabc
import sys
import weakref

__all__ = [
    'Any', 'Callable', 'ClassVar', 'Generic', 'Optional', 'Tuple', 'Type',
    'TypeVar', 'Union', 'AbstractSet', 'ByteString', 'Container',
    'ContextManager', 'Hashable', 'ItemsView', 'Iterable', 'Iterator',
    'KeysView', 'Mapping', 'MappingView', 'MutableMapping',
    'MutableSequence', 'MutableSet', 'Sequence', 'Sized', 'ValuesView',
    'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection',
    'AsyncGenerator', 'AsyncContextManager', 'Reversible', 'SupportsAbs',
    'SupportsBytes', 'SupportsComplex', 'SupportsFloat', 'SupportsInt',
    'SupportsRound', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List',
    'Set', 'FrozenSet', 'NamedTuple', 'Generator', 'AnyStr', 'cast',
    'get_type_hints', 'NewType', 'no_type_check', 'no_type_check_decorator',
    'overload', 'Text', 'TYPE_CHECKING', 'ChainMap', 'GenericMeta',
]

TYPE_CHECKING = False
_NONE_TYPE = type(None)
_FUNCTION = type(lambda: None)


# --- naming and argument checks ---------------------------------------------

def _show(obj):
    """The text typing uses for obj inside a subscripted form's repr."""
    if obj is Ellipsis:
        return '...'
    if isinstance(obj, _FUNCTION):
        return obj.__name__
    if isinstance(obj, type) and not isinstance(obj, (GenericMeta,
                                                      _AliasMeta,
                                                      TypingMeta)):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    return repr(obj)


class _ForwardRef:
    """A type named by a string, resolved later by get_type_hints()."""

    def __init__(self, text):
        if not isinstance(text, str):
            raise TypeError('Forward reference must be a string -- got %r'
                            % (text,))
        try:
            self.__forward_code__ = compile(text, '<string>', 'eval')
        except SyntaxError:
            raise SyntaxError('Forward reference must be an expression -- '
                              'got %r' % (text,))
        self.__forward_arg__ = text

    def _resolve(self, globalns, localns):
        scope = globalns if globalns is not None else (localns or {})
        found = eval(self.__forward_code__, scope,
                     scope if localns is None else localns)
        return _as_type(found, 'Forward references must evaluate to types.')

    def __eq__(self, other):
        if not isinstance(other, _ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__

    def __hash__(self):
        return hash(('fwd', self.__forward_arg__))

    def __repr__(self):
        return '_ForwardRef(%r)' % (self.__forward_arg__,)


def _as_type(arg, complaint):
    """arg as a type argument (None -> NoneType, str -> forward reference);
    TypeError with complaint when arg cannot stand for a type."""
    if arg is None:
        return _NONE_TYPE
    if isinstance(arg, str):
        return _ForwardRef(arg)
    if arg is Generic:
        raise TypeError('Plain typing.Generic is not valid as type argument')
    if isinstance(arg, _ClassVarForm) and arg._inner is not None:
        raise TypeError('%s Got %.100r.' % (complaint, arg))
    if arg is ClassVar or arg is Optional or arg is Union or (
            isinstance(arg, GenericMeta) and
            (arg._plain() is Generic or arg._plain() is _Protocol)):
        raise TypeError('Plain %s is not valid as type argument' % (arg,))
    if isinstance(arg, (type, TypeVar, _Form, _ForwardRef)) or callable(arg):
        return arg
    raise TypeError('%s Got %.100r.' % (complaint, arg))


def _trim_name(name):
    # How a generic class's name is shown: without one leading underscore
    # (typing._Protocol is typing.Protocol), as CPython 3.6 shows it.
    if name.startswith('_') and name not in (
            '_TypeAlias', '_ForwardRef', '_TypingBase', '_FinalTypingBase'):
        return name[1:]
    return name


def _free_vars(args):
    """The TypeVars found in args, each once, in order of appearance."""
    found = []
    for a in args:
        if isinstance(a, TypeVar):
            if a not in found:
                found.append(a)
        else:
            for v in getattr(a, '__parameters__', None) or ():
                if v not in found:
                    found.append(v)
    return tuple(found)


def _replace_vars(t, table):
    """t with each TypeVar in table replaced by its value."""
    if isinstance(t, TypeVar):
        return table.get(t, t)
    if isinstance(t, _Union):
        return Union[tuple(_replace_vars(a, table) for a in t.__args__)]
    if isinstance(t, GenericMeta) and t.__origin__ is not None:
        if not t.__parameters__:
            return t
        return t._rebuild(tuple(_replace_vars(a, table) for a in t.__args__))
    return t


# Every generic class and form, for _cleanups: their _forms caches of
# subscripted forms. CPython 3.6 lists in typing._cleanups the functions
# that clear its caches (test_typing calls them to start from new forms).
_generic_classes = weakref.WeakSet()


def _clear_forms():
    for cls in list(_generic_classes):
        cls._forms.clear()


_cleanups = [_clear_forms]


def _replace_arg(arg, tvars, args):
    """arg with the TypeVars of tvars replaced by the matching args (a
    generic form by its substitution tree, see _subs_tree): CPython 3.6's
    helper, which typing-aware code uses to read annotations of generic
    classes."""
    if tvars is None:
        tvars = []
    if isinstance(arg, GenericMeta):
        return arg._subs_tree(tvars, args)
    if isinstance(arg, TypeVar):
        for i, tvar in enumerate(tvars):
            if arg == tvar:
                return args[i]
    return arg


def _subs_tree(cls, tvars=None, args=None):
    """The arguments of the form cls, its TypeVars in tvars replaced by
    args, then carried down the chain of forms cls was made from: a list,
    or cls itself when it is not subscripted (CPython 3.6's helper)."""
    if cls.__origin__ is None:
        return cls
    chain = []
    current = cls.__origin__
    while current.__origin__ is not None:
        chain.append(current)
        current = current.__origin__
    tree = [_replace_arg(a, tvars, args) for a in cls.__args__]
    for form in chain:
        tree = [_replace_arg(a, form.__parameters__, tree)
                for a in form.__args__]
    return tree


def _caller_module(depth=2):
    try:
        return sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return '__main__'


# --- special forms ----------------------------------------------------------

class TypingMeta(type):
    """Metaclass of the classes of special values (Any, Union[...],
    TypeVar ...), shown as typing.NAME."""

    def __new__(mcls, name, bases, namespace, _root=False):
        # Only this module makes classes of this kind.
        if not _root:
            raise TypeError('Cannot subclass %s' % (
                ', '.join(_show(b) for b in bases) or '()'))
        return super().__new__(mcls, name, bases, namespace)

    def __init__(cls, name, bases, namespace, _root=False):
        super().__init__(name, bases, namespace)

    def __repr__(cls):
        return 'typing.' + cls.__dict__.get('_label', cls.__name__)


def _refuse_subclassing(cls, args):
    """A class statement naming a special value as its base calls the
    value's class with (name, bases, namespace): refused."""
    if len(args) == 3 and isinstance(args[0], str) and \
            isinstance(args[1], tuple):
        raise TypeError('Cannot subclass %r' % (cls,))


class _Form(metaclass=TypingMeta, _root=True):
    """Base of the special forms: values that are neither classes nor
    instantiable."""

    __slots__ = ()

    def __new__(cls, *args, _root=False, **kwargs):
        _refuse_subclassing(cls, args)
        if not _root:
            raise TypeError('Cannot instantiate %r' % (cls,))
        return object.__new__(cls)

    def __reduce__(self):
        # pickled by name: the module's own value, or an error for a
        # subscripted form, which is not
        return self._label

    def __call__(self, *args, **kwargs):
        raise TypeError('Cannot instantiate %r' % (self,))

    def __instancecheck__(self, obj):
        raise TypeError('%s cannot be used with isinstance().' % self._word)

    def __subclasscheck__(self, cls):
        raise TypeError('%s cannot be used with issubclass().' % self._word)


class _AnyForm(_Form, _root=True):
    _word = _label = 'Any'

    def __repr__(self):
        return 'typing.Any'


class _NoReturnForm(_Form, _root=True):
    _word = _label = 'NoReturn'

    def __repr__(self):
        return 'typing.NoReturn'


class _ClassVarForm(_Form, _root=True):
    _word = _label = 'ClassVar'

    def __init__(self, inner=None, _root=False):
        self._inner = inner

    def __getitem__(self, item):
        if self._inner is not None:
            raise TypeError('%s cannot be further subscripted' % (self,))
        item = _as_type(item, 'ClassVar accepts only single type.')
        return _ClassVarForm(item, _root=True)

    def __eq__(self, other):
        if not isinstance(other, _ClassVarForm):
            return NotImplemented
        return self._inner == other._inner

    def __hash__(self):
        return hash(('classvar', self._inner))

    def __repr__(self):
        if self._inner is None:
            return 'typing.ClassVar'
        return 'typing.ClassVar[%s]' % _show(self._inner)


def _union_members(args):
    """Flatten nested unions, drop repeats and members that are subclasses
    of another member class."""
    kept = []
    for a in args:
        for m in (a.__args__ if isinstance(a, _Union) else (a,)):
            if m not in kept:
                kept.append(m)

    def plain(c):
        if isinstance(c, _AliasMeta):
            return False
        return isinstance(c, type) and not (
            isinstance(c, GenericMeta) and c.__origin__ is not None)

    out = []
    for a in kept:
        covered = False
        if plain(a):
            for b in kept:
                if b is not a and plain(b) and issubclass(a, b):
                    covered = True
                    break
        elif isinstance(a, GenericMeta) and a.__origin__ is not None:
            base = a._plain()
            covered = any(b is base for b in kept)
        if not covered:
            out.append(a)
    return tuple(out)


# Union[...] results by the arguments as written.
_UNIONS = {}


class _Union(_Form, _root=True):
    """typing.Union itself (no arguments) and each of its subscriptions."""

    _word = 'Unions'
    _label = 'Union'

    def __call__(self, *args, **kwargs):
        raise TypeError('Cannot instantiate typing.Union')

    def __init__(self, members=None, _root=False):
        self.__args__ = members
        self.__parameters__ = _free_vars(members) if members else ()
        self.__origin__ = Union if members is not None else None

    def __getitem__(self, item):
        if self.__args__ is not None:
            if not self.__parameters__:
                raise TypeError('%s is not a generic class' % (self,))
            items = item if isinstance(item, tuple) else (item,)
            _check_count(self, items, len(self.__parameters__))
            table = dict(zip(self.__parameters__, items))
            return Union[tuple(_replace_vars(a, table)
                               for a in self.__args__)]
        if item == ():
            raise TypeError('Cannot take a Union of no types.')
        items = item if isinstance(item, tuple) else (item,)
        try:
            return _UNIONS[items]
        except (KeyError, TypeError):
            pass
        checked = tuple(_as_type(p, 'Union[arg, ...]: each arg must be a '
                                 'type.') for p in items)
        members = _union_members(checked)
        made = members[0] if len(members) == 1 else _Union(members,
                                                           _root=True)
        try:
            _UNIONS[items] = made
        except TypeError:
            pass
        return made

    def __eq__(self, other):
        if not isinstance(other, _Union):
            return NotImplemented
        if self.__args__ is None or other.__args__ is None:
            return self is other
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        if self.__args__ is None:
            return hash('typing.Union')
        return hash(frozenset(self.__args__))

    def __repr__(self):
        if self.__args__ is None:
            return 'typing.Union'
        return 'typing.Union[%s]' % ', '.join(_show(a) for a in self.__args__)


class _OptionalForm(_Form, _root=True):
    _word = _label = 'Optional'

    def __getitem__(self, item):
        item = _as_type(item, 'Optional[t] requires a single type.')
        return Union[item, _NONE_TYPE]

    def __repr__(self):
        return 'typing.Optional'


Any = _AnyForm(_root=True)
NoReturn = _NoReturnForm(_root=True)
ClassVar = _ClassVarForm(_root=True)
Union = _Union(_root=True)
Optional = _OptionalForm(_root=True)


# --- type variables ---------------------------------------------------------

class TypeVar(metaclass=TypingMeta, _root=True):
    """A type variable: TypeVar(name, *constraints, bound=None,
    covariant=False, contravariant=False)."""

    def __new__(cls, *args, **kwargs):
        _refuse_subclassing(cls, args)
        return object.__new__(cls)

    def __init__(self, name, *constraints, bound=None, covariant=False,
                 contravariant=False):
        if covariant and contravariant:
            raise ValueError('Bivariant types are not supported.')
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__name__ = name
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__constraints__ = tuple(
            _as_type(c, 'TypeVar(name, constraint, ...): constraints must '
                     'be types.') for c in constraints)
        if bound is not None:
            bound = _as_type(bound, 'Bound must be a type.')
        self.__bound__ = bound

    def __call__(self, *args, **kwargs):
        raise TypeError('Cannot instantiate typing.TypeVar')

    def __instancecheck__(self, obj):
        raise TypeError('Type variables cannot be used with isinstance().')

    def __subclasscheck__(self, cls):
        raise TypeError('Type variables cannot be used with issubclass().')

    def __repr__(self):
        # variance mark: + covariant, - contravariant, ~ invariant
        marks = {(True, False): '+', (False, True): '-'}
        key = (self.__covariant__, self.__contravariant__)
        return marks.get(key, '~') + self.__name__


# --- generic classes --------------------------------------------------------

def _check_count(form, given, wanted):
    if len(given) != wanted:
        which = 'many' if len(given) > wanted else 'few'
        raise TypeError('Too %s parameters for %s; actual %d, expected %d'
                        % (which, form, len(given), wanted))


def _settle_abstracts(cls):
    """A class built on a concrete built-in container (list, dict, ...)
    has no abstract methods left: abc's scan misses the built-in's slots
    (list has no visible __setitem__ in this interpreter)."""
    if not getattr(cls, '__abstractmethods__', None):
        return
    for k in cls.__mro__:
        if k.__module__ == 'builtins' and k is not object:
            cls.__abstractmethods__ = frozenset()
            return


# How the built-in concrete aliases refuse to be called: alias -> hint.
_NO_CALL = {}
# Aliases whose call makes the underlying collections class instead.
_CALL_EXTRA = set()


class GenericMeta(abc.ABCMeta):
    """Metaclass of the generic aliases and of Generic's subclasses."""

    def __new__(mcls, name, bases, namespace, extra=None, **kwargs):
        if Generic is not None and any(b is Generic for b in bases):
            raise TypeError('Cannot inherit from plain Generic')
        declared = None
        tvars = []
        plain_bases = []
        for b in bases:
            if isinstance(b, GenericMeta) and b.__origin__ is not None:
                if b.__origin__ is Generic:
                    if declared is not None:
                        raise TypeError(
                            'Cannot inherit from Generic[...] multiple types.')
                    declared = b.__args__
                for v in b.__parameters__:
                    if v not in tvars:
                        tvars.append(v)
                b = b._plain()
            if b not in plain_bases:
                plain_bases.append(b)
        if Generic in plain_bases and any(
                b is not Generic and isinstance(b, GenericMeta)
                for b in plain_bases):
            plain_bases.remove(Generic)
        if declared is not None:
            missing = [v for v in tvars if v not in declared]
            if missing:
                raise TypeError(
                    'Some type variables (%s) are not listed in Generic[%s]'
                    % (', '.join(str(v) for v in missing),
                       ', '.join(str(v) for v in declared)))
            tvars = list(declared)
        namespace = dict(namespace)
        namespace.setdefault('__orig_bases__', bases)
        cls = super().__new__(mcls, name, tuple(plain_bases), namespace,
                              **kwargs)
        _settle_abstracts(cls)
        cls.__parameters__ = tuple(tvars)
        cls.__args__ = None
        cls.__origin__ = None
        cls.__extra__ = extra
        cls._forms = {}
        _generic_classes.add(cls)
        return cls

    def __init__(cls, name, bases, namespace, extra=None, **kwargs):
        super().__init__(name, bases, namespace, **kwargs)

    def __setattr__(cls, attr, value):
        # A subscripted form stands for its class: what is set on it is
        # set on the class, but for the form's own bookkeeping.
        own = attr == '_forms' or attr.startswith('_abc_') or (
            attr.startswith('__') and attr.endswith('__'))
        if own or cls.__dict__.get('__origin__') is None:
            super().__setattr__(attr, value)
        else:
            setattr(cls._plain(), attr, value)

    def _plain(cls):
        """The unsubscripted class this form was made from."""
        while cls.__origin__ is not None:
            cls = cls.__origin__
        return cls

    def _make(cls, args):
        """cls[args], cached, with args already checked."""
        try:
            return cls._forms[args]
        except KeyError:
            pass
        except TypeError:
            return cls._build(args)
        form = cls._forms[args] = cls._build(args)
        return form

    def _build(cls, args):
        namespace = {'__module__': cls.__module__,
                     '__qualname__': cls.__qualname__}
        form = type.__new__(type(cls), cls.__name__, (cls,), namespace)
        form.__origin__ = cls
        form.__args__ = args
        form.__parameters__ = _free_vars(
            a for a in args if a is not Ellipsis and a != ())
        form.__extra__ = cls.__extra__
        form.__orig_bases__ = cls.__orig_bases__
        form._forms = {}
        _generic_classes.add(form)
        return form

    def _rebuild(cls, args):
        """The form with the same origin as cls and the given __args__."""
        return cls.__origin__._make(args)

    def __getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        try:
            # fast path: these exact, already accepted arguments
            return cls._forms[params]
        except (KeyError, TypeError):
            pass
        if cls.__origin__ is not None:
            if cls.__origin__ is Generic or cls.__origin__ is _Protocol:
                raise TypeError('Cannot subscript already-subscripted %s'
                                % (cls,))
            if not cls.__parameters__:
                raise TypeError('%s is not a generic class' % (cls,))
            _check_count(cls, params, len(cls.__parameters__))
            params = tuple(_as_type(p, 'Parameters to generic types must '
                                    'be types.') for p in params)
            table = dict(zip(cls.__parameters__, params))
            return cls._rebuild(tuple(_replace_vars(a, table)
                                      for a in cls.__args__))
        if cls is Generic:
            params = tuple(_as_type(p, 'Parameters to generic types must '
                                    'be types.') for p in params)
            if not params or not all(isinstance(p, TypeVar) for p in params):
                raise TypeError(
                    'Parameters to Generic[...] must all be type variables')
            if len(set(params)) != len(params):
                raise TypeError(
                    'Parameters to Generic[...] must all be unique')
            return cls._make(params)
        if cls is _Protocol:
            # The internal base of the protocols takes any parameters
            # (CPython 3.6 checks nothing either).
            return cls._make(tuple(_as_type(p, 'Parameters to generic types '
                                            'must be types.') for p in params))
        if not cls.__parameters__:
            raise TypeError('%s is not a generic class' % (cls,))
        _check_count(cls, params, len(cls.__parameters__))
        params = tuple(_as_type(p, 'Parameters to generic types must be '
                                'types.') for p in params)
        return cls._make(params)

    def __call__(cls, *args, **kwargs):
        plain = cls._plain()
        if plain in _NO_CALL:
            raise TypeError('Type %s cannot be instantiated; %s'
                            % (plain.__name__, _NO_CALL[plain]))
        if plain in _CALL_EXTRA:
            return plain.__extra__(*args, **kwargs)
        if plain is not cls:
            obj = plain(*args, **kwargs)
            try:
                obj.__orig_class__ = cls
            except AttributeError:
                pass
            return obj
        return super().__call__(*args, **kwargs)

    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        if cls.__origin__ is not None:
            raise TypeError('Parameterized generics cannot be used with '
                            'class or instance checks')
        if cls is Generic:
            raise TypeError('Class typing.Generic cannot be used with class '
                            'or instance checks')
        extra = cls.__extra__
        if extra is not None and isinstance(sub, type) and \
                issubclass(sub, extra):
            return True
        if not isinstance(sub, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls in sub.__mro__:
            return True
        needs = cls.__dict__.get('_needs')
        if needs is not None:
            return _defines(sub, needs)
        return super().__subclasscheck__(sub)

    def __repr__(cls):
        if cls.__origin__ is None:
            return '%s.%s' % (cls.__module__, _trim_name(cls.__qualname__))
        return '%r[%s]' % (cls.__origin__, cls._args_text())

    def _args_text(cls):
        return ', '.join(_show(a) for a in cls.__args__)

    def __eq__(cls, other):
        # Forms are equal when made from one class with equal arguments,
        # as CPython 3.6's are, even once _cleanups has dropped the cached
        # form one of them is; a plain class is equal to itself only.
        if not isinstance(other, GenericMeta):
            return NotImplemented
        if cls.__origin__ is None or other.__origin__ is None:
            return cls is other
        return (cls.__origin__ is other.__origin__ and
                cls.__args__ == other.__args__)

    def __hash__(cls):
        if cls.__origin__ is None:
            return type.__hash__(cls)
        return hash((id(cls.__origin__), cls.__args__))

    def _subs_tree(cls, tvars=None, args=None):
        # The substitution tree of a form: its plain class, then its
        # arguments' trees (CPython 3.6's GenericMeta._subs_tree).
        if cls.__origin__ is None:
            return cls
        return (cls._plain(),) + tuple(_subs_tree(cls, tvars, args))


# The internal base of the protocols, defined below with _ProtocolMeta.
_Protocol = None

Generic = None


class Generic(metaclass=GenericMeta):
    """Base class of the user's generic classes: class C(Generic[T])."""

    __slots__ = ()


_NO_CALL[Generic] = 'it can be used only as a base class'


class TupleMeta(GenericMeta):
    """Tuple: any number of arguments, or one and an Ellipsis."""

    def __getitem__(cls, params):
        if cls.__origin__ is not None or cls is not Tuple:
            # a subscripted Tuple, or a class deriving from one: its
            # type variables are its parameters
            return GenericMeta.__getitem__(cls, params)
        if params == ():
            return cls._make(((),))
        if not isinstance(params, tuple):
            params = (params,)
        complaint = 'Tuple[t0, t1, ...]: each t must be a type.'
        if len(params) == 2 and params[1] is Ellipsis:
            return cls._make((_as_type(params[0], complaint), Ellipsis))
        return cls._make(tuple(_as_type(p, complaint) for p in params))

    def __instancecheck__(cls, obj):
        if cls.__origin__ is not None:
            raise TypeError('Parameterized Tuple cannot be used with '
                            'isinstance().')
        return GenericMeta.__instancecheck__(cls, obj)

    def __subclasscheck__(cls, sub):
        if cls.__origin__ is not None:
            raise TypeError('Parameterized Tuple cannot be used with '
                            'issubclass().')
        return GenericMeta.__subclasscheck__(cls, sub)

    def _args_text(cls):
        if cls.__args__ == ((),) and cls._plain() is Tuple:
            return '()'
        return GenericMeta._args_text(cls)


class CallableMeta(GenericMeta):
    """Callable[[arg, ...], result] and Callable[..., result]."""

    def __getitem__(cls, params):
        if cls.__origin__ is not None or cls is not Callable:
            return GenericMeta.__getitem__(cls, params)
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as '
                            'Callable[[arg, ...], result].')
        accepts, result = params
        if accepts is Ellipsis:
            accepts = (Ellipsis,)
        else:
            if not isinstance(accepts, list):
                raise TypeError('Callable[args, result]: args must be a '
                                'list. Got %.100r.' % (accepts,))
            accepts = tuple(_as_type(a, 'Callable[[arg, ...], result]: each '
                                     'arg must be a type.') for a in accepts)
        result = _as_type(result, 'Callable[args, result]: result must be '
                          'a type.')
        return cls._make(accepts + (result,))

    def _args_text(cls):
        if cls._plain() is not Callable:
            return GenericMeta._args_text(cls)
        accepts = cls.__args__[:-1]
        result = _show(cls.__args__[-1])
        if accepts == (Ellipsis,):
            return '..., ' + result
        return '[%s], %s' % (', '.join(_show(a) for a in accepts), result)


def _alias(name, extra, parents, params=(), meta=GenericMeta, no_call=None):
    """Define the typing alias name over the runtime class extra."""
    bases = ((extra,) if extra is not None else ()) + tuple(parents)
    if params:
        bases += (Generic[params],)
    cls = meta(name, bases, {'__module__': 'typing', '__slots__': ()},
               extra=extra)
    if no_call is not None:
        _NO_CALL[cls] = no_call
    # The runtime class answers for cls through __extra__; left among its
    # ABC subclasses, cls would be asked back and recurse.
    if extra is not None and cls in getattr(extra, '_abc_subclasses', ()):
        extra._abc_subclasses.remove(cls)
    return cls


T = TypeVar('T')
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)
AnyStr = TypeVar('AnyStr', bytes, str)

Hashable = _cabc.Hashable
Sized = _cabc.Sized

Awaitable = _alias('Awaitable', _cabc.Awaitable, (), (T_co,))
Coroutine = _alias('Coroutine', _cabc.Coroutine, (Awaitable,),
                   (T_co, T_contra, V_co))
AsyncIterable = _alias('AsyncIterable', _cabc.AsyncIterable, (), (T_co,))
AsyncIterator = _alias('AsyncIterator', _cabc.AsyncIterator,
                       (AsyncIterable,), (T_co,))
Iterable = _alias('Iterable', _cabc.Iterable, (), (T_co,))
Iterator = _alias('Iterator', _cabc.Iterator, (Iterable,), (T_co,))
Reversible = _alias('Reversible', _cabc.Reversible, (Iterable,), (T_co,))
Container = _alias('Container', _cabc.Container, (), (T_co,))
Collection = _alias('Collection', _cabc.Collection,
                    (Sized, Iterable, Container), (T_co,))
AbstractSet = _alias('AbstractSet', _cabc.Set, (Collection,), (T_co,))
MutableSet = _alias('MutableSet', _cabc.MutableSet, (AbstractSet,), (T,))
Mapping = _alias('Mapping', _cabc.Mapping, (Collection,), (KT, VT_co))
MutableMapping = _alias('MutableMapping', _cabc.MutableMapping, (Mapping,),
                        (KT, VT))
Sequence = _alias('Sequence', _cabc.Sequence, (Reversible, Collection),
                  (T_co,))
MutableSequence = _alias('MutableSequence', _cabc.MutableSequence,
                         (Sequence,), (T,))
ByteString = _alias('ByteString', _cabc.ByteString, (Sequence,))
List = _alias('List', list, (MutableSequence,), (T,),
              no_call='use list() instead')
Deque = _alias('Deque', collections.deque, (MutableSequence,), (T,))
Set = _alias('Set', set, (MutableSet,), (T,), no_call='use set() instead')
FrozenSet = _alias('FrozenSet', frozenset, (AbstractSet,), (T_co,),
                   no_call='use frozenset() instead')
MappingView = _alias('MappingView', _cabc.MappingView, (Sized, Iterable),
                     (T_co,))
KeysView = _alias('KeysView', _cabc.KeysView, (MappingView, AbstractSet),
                  (KT,))
ItemsView = _alias('ItemsView', _cabc.ItemsView, (MappingView, AbstractSet),
                   (KT, VT_co))
ValuesView = _alias('ValuesView', _cabc.ValuesView, (MappingView,),
                    (VT_co,))
Dict = _alias('Dict', dict, (MutableMapping,), (KT, VT),
              no_call='use dict() instead')
DefaultDict = _alias('DefaultDict', collections.defaultdict,
                     (MutableMapping,), (KT, VT))
Counter = _alias('Counter', collections.Counter, (Dict,), (T,))
ChainMap = _alias('ChainMap', collections.ChainMap, (MutableMapping,),
                  (KT, VT))
Generator = _alias('Generator', _cabc.Generator, (Iterator,),
                   (T_co, T_contra, V_co),
                   no_call='create a subclass instead')
AsyncGenerator = _alias('AsyncGenerator',
                        getattr(_cabc, 'AsyncGenerator', None),
                        (AsyncIterator,), (T_co, T_contra),
                        no_call='create a subclass instead')
Type = _alias('Type', None, (), (CT_co,))
Type.__extra__ = type
Tuple = _alias('Tuple', tuple, (), meta=TupleMeta,
               no_call='use tuple() instead')
Callable = _alias('Callable', _cabc.Callable, (), meta=CallableMeta,
                  no_call='use a non-abstract subclass instead')
_CALL_EXTRA.update((Deque, DefaultDict, Counter, ChainMap))

# The context-manager aliases recognise any class defining both methods.
ContextManager = _alias('ContextManager', None, (), (T_co,))
ContextManager._needs = ('__enter__', '__exit__')
AsyncContextManager = _alias('AsyncContextManager', None, (), (T_co,))
AsyncContextManager._needs = ('__aenter__', '__aexit__')


# --- protocols: classes recognised by the methods they define ---------------

# Methods the numeric built-ins have in CPython that this interpreter
# implements without exposing them as attributes.
_UNLISTED = {int: ('__round__', '__abs__'), float: ('__round__', '__abs__'),
             complex: ('__abs__',)}


def _defines(cls, names):
    """Whether class cls has (or inherits) every method in names."""
    mro = getattr(cls, '__mro__', ())
    for name in names:
        if any(name in k.__dict__ or name in _UNLISTED.get(k, ())
               for k in mro):
            continue
        if not hasattr(cls, name):
            return False
    return True


class _ProtocolMeta(GenericMeta):
    """Metaclass of the Supports* protocols."""

    # The protocols themselves hold _needs; a class deriving from one is
    # checked as any generic class.

    def __instancecheck__(cls, obj):
        if '_needs' not in cls.__dict__:
            return super().__instancecheck__(obj)
        raise TypeError('Protocols cannot be used with isinstance().')

    def __subclasscheck__(cls, sub):
        if cls.__origin__ is not None:
            raise TypeError('Parameterized generics cannot be used with '
                            'class or instance checks')
        if '_needs' not in cls.__dict__:
            if super().__subclasscheck__(sub):
                return True
            # still structural: what the protocols and the classes
            # between ask for
            needs = set()
            for k in cls.__mro__:
                needs.update(k.__dict__.get('_needs', ()))
                if '_needs' not in k.__dict__ and isinstance(k, _ProtocolMeta):
                    needs.update(n for n, v in k.__dict__.items()
                                 if isinstance(v, _FUNCTION))
            return _defines(sub, needs)
        return _defines(sub, cls.__dict__['_needs'])


class _Protocol(metaclass=_ProtocolMeta):
    """The base of the Supports* protocols (CPython 3.6's internal
    _Protocol, shown as typing.Protocol)."""

    __slots__ = ()


def _protocol(name, method, params=()):
    def stub(self):
        pass
    stub = abc.abstractmethod(stub)
    namespace = {'__module__': 'typing', '__slots__': (), method: stub,
                 '_needs': (method,)}
    bases = (_Protocol[params],) if params else (_Protocol,)
    return _ProtocolMeta(name, bases, namespace)


SupportsInt = _protocol('SupportsInt', '__int__')
SupportsFloat = _protocol('SupportsFloat', '__float__')
SupportsComplex = _protocol('SupportsComplex', '__complex__')
SupportsBytes = _protocol('SupportsBytes', '__bytes__')
SupportsAbs = _protocol('SupportsAbs', '__abs__', (T_co,))
SupportsRound = _protocol('SupportsRound', '__round__', (T_co,))


# --- I/O stream types -------------------------------------------------------

class IO(Generic[AnyStr]):
    """The interface of a stream of str or bytes."""

    __slots__ = ()


class BinaryIO(IO[bytes]):
    """A stream of bytes."""

    __slots__ = ()


class TextIO(IO[str]):
    """A stream of str."""

    __slots__ = ()


Text = str


# --- Pattern and Match ------------------------------------------------------

class _AliasMeta(type):
    """Metaclass of Pattern and Match, which stand for the re module's
    compiled-pattern and match types over str or bytes."""

    def __new__(mcls, name, bases, namespace):
        if any(isinstance(b, _AliasMeta) for b in bases):
            raise TypeError('Cannot subclass typing._TypeAlias')
        return super().__new__(mcls, name, bases, namespace)

    def __getitem__(cls, param):
        if cls._param is not AnyStr:
            raise TypeError('%r cannot be further parameterized.' % (cls,))
        # a class must fit AnyStr's constraints; a type variable can only
        # be AnyStr itself; other forms (Any, a Union) are taken as given
        if isinstance(param, type) and not issubclass(param, (str, bytes)):
            raise TypeError('%s is not a valid substitution for ~AnyStr.'
                            % (param,))
        if isinstance(param, TypeVar) and param is not AnyStr:
            raise TypeError('%r cannot be re-parameterized.' % (cls,))
        made = cls._made.get(param)
        if made is None:
            made = cls._made[param] = _AliasMeta(
                cls.__name__, (), {'_param': param, '_target': cls._target,
                                   '_made': {}, '__module__': 'typing'})
        return made

    def __call__(cls, *args, **kwargs):
        raise TypeError('Cannot instantiate typing._TypeAlias')

    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        if cls._param is not AnyStr:
            raise TypeError('Parameterized type aliases cannot be used '
                            'with isinstance().')
        # not isinstance(sub, type): the re types are native types, which
        # this interpreter does not count as instances of type
        try:
            return issubclass(sub, cls._target)
        except TypeError:
            return False

    def __repr__(cls):
        return '%s[%s]' % (cls.__name__, _show(cls._param))


def _re_alias(name, target):
    return _AliasMeta(name, (), {'_param': AnyStr, '_target': target,
                                 '_made': {}, '__module__': 'typing'})


def _re_types():
    try:
        import re
        pattern = re.compile('')
        return type(pattern), type(pattern.match(''))
    except Exception:
        return _NONE_TYPE, _NONE_TYPE


Pattern, Match = [_re_alias(n, t) for n, t in
                  zip(('Pattern', 'Match'), _re_types())]


# --- the typing.io and typing.re namespaces ---------------------------------

def _namespace(short, members):
    """A class standing as the importable pseudo-module typing.<short>."""
    body = dict(members)
    body['__all__'] = [name for name, _ in members]
    body['__module__'] = 'typing'
    space = type(short, (), body)
    space.__name__ = 'typing.' + short
    sys.modules[space.__name__] = space
    return space


io = _namespace('io', [('IO', IO), ('TextIO', TextIO),
                       ('BinaryIO', BinaryIO)])
re = _namespace('re', [('Pattern', Pattern), ('Match', Match)])


# --- NamedTuple -------------------------------------------------------------

_NT_PROTECTED = frozenset((
    '__new__', '__init__', '__slots__', '__getnewargs__', '_fields',
    '_field_defaults', '_field_types', '_make', '_replace', '_asdict',
    '_source'))
_NT_SKIP = frozenset(('__module__', '__qualname__', '__annotations__'))


def _typed_tuple(name, pairs, module):
    checked = [(f, _as_type(t, "NamedTuple('Name', [(f0, t0), (f1, t1), "
                            "...]); each t must be a type"))
               for f, t in pairs]
    fields = [f for f, _ in checked]
    made = collections.namedtuple(name, fields, module=module)
    made.__annotations__ = collections.OrderedDict(checked)
    made._field_types = made.__annotations__
    return made


class NamedTupleMeta(type):
    """Turns `class P(NamedTuple)` bodies into collections.namedtuple
    classes."""

    def __new__(mcls, name, bases, namespace):
        if namespace.get('_root', False):
            return super().__new__(mcls, name, bases, namespace)
        hints = namespace.get('__annotations__', {})
        pairs = list(hints.items())
        defaults = []
        defaulted = []
        for field, _ in pairs:
            if field in namespace:
                defaults.append(namespace[field])
                defaulted.append(field)
            elif defaulted:
                raise TypeError('Non-default namedtuple field %s cannot '
                                'follow default field(s) %s'
                                % (field, ', '.join(defaulted)))
        made = _typed_tuple(name, pairs,
                            namespace.get('__module__', '__main__'))
        made.__new__.__defaults__ = tuple(defaults)
        try:
            made.__new__.__annotations__ = collections.OrderedDict(
                made.__annotations__)
        except TypeError:  # a function's annotations are a plain dict here
            made.__new__.__annotations__ = dict(made.__annotations__)
        made._field_defaults = dict(zip(defaulted, defaults))
        for key, value in namespace.items():
            if key in _NT_PROTECTED:
                raise AttributeError('Cannot overwrite NamedTuple attribute '
                                     + key)
            if key not in _NT_SKIP and key not in made._fields:
                setattr(made, key, value)
        return made


class NamedTuple(metaclass=NamedTupleMeta):
    """Typed namedtuple: class syntax with annotations, or
    NamedTuple(name, [(field, type), ...]) / NamedTuple(name, f=type)."""

    _root = True

    def __new__(cls, typename, fields=None, **kwargs):
        if fields is None:
            fields = kwargs.items()
        elif kwargs:
            raise TypeError('Either list of fields or keywords can be '
                            'provided to NamedTuple, not both')
        return _typed_tuple(typename, list(fields), _caller_module())


# --- helpers ----------------------------------------------------------------

def cast(typ, val):
    """Tell a type checker val has type typ; returns val unchanged."""
    return val


def NewType(name, tp):
    """A distinct name for tp for type checkers; at run time a function
    returning its argument."""
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


def _overload_stub(*args, **kwargs):
    raise NotImplementedError(
        'You should not call an overloaded function. A series of @overload-'
        'decorated functions outside a stub module should always be '
        'followed by an implementation that is not @overload-ed.')


def overload(func):
    """Mark a signature variant; the decorated name raises when called."""
    return _overload_stub


def no_type_check(arg):
    """Mark a class or function as carrying no type hints."""
    if isinstance(arg, type):
        skip = arg.__bases__ + (arg,)
        for value in list(arg.__dict__.values()):
            if isinstance(value, _FUNCTION):
                value.__no_type_check__ = True
            elif isinstance(value, type) and value not in skip:
                no_type_check(value)
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass  # a built-in class
    return arg


def no_type_check_decorator(decorator):
    """Make decorator's results no_type_check'ed."""
    def wrapping(*args, **kwargs):
        return no_type_check(decorator(*args, **kwargs))
    wrapping.__name__ = getattr(decorator, '__name__', 'wrapping')
    wrapping.__wrapped__ = decorator
    return wrapping


def _evaluate(t, globalns, localns):
    """t with forward references resolved, recursively."""
    if isinstance(t, _ForwardRef):
        return t._resolve(globalns, localns)
    if isinstance(t, _Union):
        if t.__args__ is None:
            return t
        return Union[tuple(_evaluate(a, globalns, localns)
                           for a in t.__args__)]
    if isinstance(t, _ClassVarForm) and t._inner is not None:
        return _ClassVarForm(_evaluate(t._inner, globalns, localns),
                             _root=True)
    if isinstance(t, GenericMeta) and t.__origin__ is not None:
        args = tuple(_evaluate(a, globalns, localns) for a in t.__args__)
        if args == t.__args__:
            return t
        return t._rebuild(args)
    return t


def _hint(value, globalns, localns):
    if value is None:
        return _NONE_TYPE
    if isinstance(value, str):
        value = _ForwardRef(value)
    return _evaluate(value, globalns, localns)


def _module_globals(name):
    """The globals of the module called name: from sys.modules, else from
    the nearest calling frame running in it (a __main__ that an embedding
    program did not enter in sys.modules)."""
    module = sys.modules.get(name)
    if module is not None:
        return vars(module)
    try:
        frame = sys._getframe(1)
    except (AttributeError, ValueError):
        return {}
    while frame is not None:
        if frame.f_globals.get('__name__') == name:
            return frame.f_globals
        frame = frame.f_back
    return {}


def _class_hints(cls, globalns, localns):
    """Annotations of cls and its bases, the most basic first; each string
    is evaluated in its own class's module unless globalns is given."""
    merged = {}
    for owner in cls.__mro__[::-1]:
        scope = globalns
        if scope is None:
            scope = _module_globals(owner.__module__)
        table = owner.__dict__.get('__annotations__') or {}
        merged.update((k, _hint(v, scope, localns)) for k, v in table.items())
    return merged


def get_type_hints(obj, globalns=None, localns=None):
    """The annotations of obj (module, class, method or function) with
    strings evaluated and None read as NoneType; a parameter whose default
    is None gets Optional[...]."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    if isinstance(obj, type):
        return _class_hints(obj, globalns, localns)
    table = getattr(obj, '__annotations__', None)
    if table is None:
        if not (callable(obj) or isinstance(obj, type(sys))):
            raise TypeError('%r is not a module, class, method, or '
                            'function.' % (obj,))
        return {}
    if globalns is None:
        globalns = vars(obj) if isinstance(obj, type(sys)) \
            else getattr(obj, '__globals__', {})
    localns = globalns if localns is None else localns
    nullable = _none_defaults(obj)
    hints = {}
    for key in _signature_order(obj, table):
        t = _hint(table[key], globalns, localns)
        hints[key] = Optional[t] if key in nullable else t
    return hints


def _signature_order(func, table):
    """table's keys as the signature lists them, 'return' last (this
    interpreter may store a function's annotations in another order)."""
    code = getattr(func, '__code__', None)
    if code is None:
        return list(table)
    names = code.co_varnames
    npos, nkw = code.co_argcount, code.co_kwonlyargcount
    rest = npos + nkw
    order = list(names[:npos])
    if code.co_flags & 0x04:      # *args comes before keyword-only ones
        order.append(names[rest])
        rest += 1
    order.extend(names[npos:npos + nkw])
    if code.co_flags & 0x08:      # **kwargs
        order.append(names[rest])
    places = {name: i for i, name in enumerate(order)}
    return sorted(table, key=lambda k: places.get(k, len(order)))


def _none_defaults(func):
    """Names of func's parameters whose default value is None."""
    code = getattr(func, '__code__', None)
    if code is None:
        return set()
    names = code.co_varnames
    out = set()
    positional = code.co_argcount
    values = getattr(func, '__defaults__', None) or ()
    first = positional - len(values)
    for i, v in enumerate(values):
        if v is None:
            out.add(names[first + i])
    for name, v in (getattr(func, '__kwdefaults__', None) or {}).items():
        if v is None:
            out.add(name)
    return out
