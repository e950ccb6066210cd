"""Python's operators as plain functions (CPython 3.6's operator module).

operator.add(x, y) is x + y, operator.itemgetter(1) fetches item 1 of
its argument, and so on; each operator function is also available under
its special-method name (operator.__add__ is operator.add).
"""

__all__ = ['abs', 'add', 'and_', 'attrgetter', 'concat', 'contains',
           'countOf', 'delitem', 'eq', 'floordiv', 'ge', 'getitem', 'gt',
           'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imatmul',
           'imod', 'imul', 'index', 'indexOf', 'inv', 'invert', 'ior', 'ipow',
           'irshift', 'is_', 'is_not', 'isub', 'itemgetter', 'itruediv',
           'ixor', 'le', 'length_hint', 'lshift', 'lt', 'matmul',
           'methodcaller', 'mod', 'mul', 'ne', 'neg', 'not_', 'or_', 'pos',
           'pow', 'rshift', 'setitem', 'sub', 'truediv', 'truth', 'xor']

from builtins import abs as _builtin_abs

# The functions that are one Python expression or statement are generated
# from this table: name, parameters, body.  Generating them keeps each a
# plain function of its own name (fast, and named in tracebacks), while the
# table says at a glance which operator each one stands for.
_SIMPLE = (
    # comparisons
    ('lt', 'a, b', 'return a < b'),
    ('le', 'a, b', 'return a <= b'),
    ('eq', 'a, b', 'return a == b'),
    ('ne', 'a, b', 'return a != b'),
    ('ge', 'a, b', 'return a >= b'),
    ('gt', 'a, b', 'return a > b'),
    # truth and identity
    ('not_', 'a', 'return not a'),
    ('truth', 'a', 'return True if a else False'),
    ('is_', 'a, b', 'return a is b'),
    ('is_not', 'a, b', 'return a is not b'),
    # arithmetic and bitwise operators
    ('abs', 'a', 'return _builtin_abs(a)'),
    ('add', 'a, b', 'return a + b'),
    ('and_', 'a, b', 'return a & b'),
    ('floordiv', 'a, b', 'return a // b'),
    ('inv', 'a', 'return ~a'),
    ('invert', 'a', 'return ~a'),
    ('lshift', 'a, b', 'return a << b'),
    ('mod', 'a, b', 'return a % b'),
    ('mul', 'a, b', 'return a * b'),
    ('neg', 'a', 'return -a'),
    ('or_', 'a, b', 'return a | b'),
    ('pos', 'a', 'return +a'),
    ('pow', 'a, b', 'return a ** b'),
    ('rshift', 'a, b', 'return a >> b'),
    ('sub', 'a, b', 'return a - b'),
    ('truediv', 'a, b', 'return a / b'),
    ('xor', 'a, b', 'return a ^ b'),
    # containers
    ('contains', 'a, b', 'return b in a'),
    ('getitem', 'a, b', 'return a[b]'),
    ('setitem', 'a, b, c', 'a[b] = c'),
    ('delitem', 'a, b', 'del a[b]'),
    # in-place operators: the result is what the statement left in a
    ('iadd', 'a, b', 'a += b; return a'),
    ('iand', 'a, b', 'a &= b; return a'),
    ('ifloordiv', 'a, b', 'a //= b; return a'),
    ('ilshift', 'a, b', 'a <<= b; return a'),
    ('imod', 'a, b', 'a %= b; return a'),
    ('imul', 'a, b', 'a *= b; return a'),
    ('ior', 'a, b', 'a |= b; return a'),
    ('ipow', 'a, b', 'a **= b; return a'),
    ('irshift', 'a, b', 'a >>= b; return a'),
    ('isub', 'a, b', 'a -= b; return a'),
    ('itruediv', 'a, b', 'a /= b; return a'),
    ('ixor', 'a, b', 'a ^= b; return a'),
)


def _generate(table):
    for name, params, body in table:
        exec('def %s(%s):\n    %s\n' % (name, params, body), globals())
        globals()[name].__doc__ = 'Same as: %s.' % body.replace(
            'return ', '').replace('_builtin_abs', 'abs')


_generate(_SIMPLE)


def _type_name(obj):
    return type(obj).__name__


# The binary-operator protocol spelled out, for `@` and `@=` (which this
# interpreter has no syntax for) and for concat's sequences: the reflected
# method goes first when the right operand's type is a subclass overriding
# it.  NotImplemented when neither side takes the operation.

def _call_hook(obj, method, other):
    hook = getattr(type(obj), method, None)
    if hook is None:
        return NotImplemented
    return hook(obj, other)


def _binary(a, b, method, reflected):
    left, right = type(a), type(b)
    if right is left:
        return _call_hook(a, method, b)
    right_first = issubclass(right, left) and (
        getattr(right, reflected, None) is not getattr(left, reflected, None))
    if right_first:
        result = _call_hook(b, reflected, a)
        if result is not NotImplemented:
            return result
    result = _call_hook(a, method, b)
    if result is NotImplemented and not right_first:
        result = _call_hook(b, reflected, a)
    return result


def _unsupported(symbol, a, b):
    return TypeError("unsupported operand type(s) for %s: '%s' and '%s'"
                     % (symbol, _type_name(a), _type_name(b)))


def matmul(a, b):
    """Same as: a @ b."""
    result = _binary(a, b, '__matmul__', '__rmatmul__')
    if result is NotImplemented:
        raise _unsupported('@', a, b)
    return result


def imatmul(a, b):
    """Same as: a @= b; return a."""
    result = _call_hook(a, '__imatmul__', b)
    if result is NotImplemented:
        result = _binary(a, b, '__matmul__', '__rmatmul__')
    if result is NotImplemented:
        raise _unsupported('@=', a, b)
    return result


# Sequence helpers.  CPython decides whether two objects can be
# concatenated by their C slots: the built-in sequence types concatenate
# themselves (and word their own errors), other objects only when both are
# sequences (a __getitem__, and not a mapping such as dict).

_NATIVE_CONCAT = (str, bytes, bytearray, list, tuple)


def _is_sequence(obj):
    return not isinstance(obj, dict) and hasattr(type(obj), '__getitem__')


def _cannot_concat(a):
    return TypeError("'%s' object can't be concatenated" % _type_name(a))


def concat(a, b):
    """Same as: a + b, for sequences a and b."""
    if isinstance(a, _NATIVE_CONCAT):
        return a + b
    if _is_sequence(a) and _is_sequence(b):
        result = _binary(a, b, '__add__', '__radd__')
        if result is not NotImplemented:
            return result
    raise _cannot_concat(a)


def iconcat(a, b):
    """Same as: a += b; return a, for sequences a and b."""
    if isinstance(a, list):
        # CPython extends a list in place by any iterable here.
        a.extend(b)
        return a
    if isinstance(a, _NATIVE_CONCAT):
        a += b
        return a
    if _is_sequence(a) and _is_sequence(b):
        result = _call_hook(a, '__iadd__', b)
        if result is NotImplemented:
            result = _binary(a, b, '__add__', '__radd__')
        if result is not NotImplemented:
            return result
    raise _cannot_concat(a)


def _iterate(container):
    try:
        return iter(container)
    except TypeError:
        raise TypeError("argument of type '%s' is not iterable"
                        % _type_name(container)) from None


def countOf(a, b):
    """How many items of a are b or equal to b."""
    found = 0
    for item in _iterate(a):
        if item is b or item == b:
            found += 1
    return found


def indexOf(a, b):
    """Position of the first item of a that is b or equals b."""
    for position, item in enumerate(_iterate(a)):
        if item is b or item == b:
            return position
    raise ValueError('sequence.index(x): x not in sequence')


# Integer conversions.

_SSIZE_LIMIT = 1 << 63


def index(a):
    """a as an exact integer: a itself for an int, else a.__index__()."""
    if isinstance(a, int):
        return a
    hook = getattr(type(a), '__index__', None)
    if hook is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % _type_name(a))
    result = hook(a)
    if not isinstance(result, int):
        raise TypeError('__index__ returned non-int (type %s)'
                        % _type_name(result))
    return result


def _as_ssize(value):
    # A machine-sized integer, as C's Py_ssize_t arguments are read.
    if isinstance(value, float):
        raise TypeError('integer argument expected, got float')
    value = index(value)
    if not -_SSIZE_LIMIT <= value < _SSIZE_LIMIT:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return int(value)


def _declared_hint(obj):
    # What obj's type estimates through __length_hint__, or NotImplemented
    # when it gives nothing: no such method, or a TypeError inside it.
    hook = getattr(type(obj), '__length_hint__', None)
    if hook is not None:
        try:
            return hook(obj)
        except TypeError:
            pass
    return NotImplemented


def length_hint(obj, default=0):
    """An estimate of how many items obj holds or will yield.

    len(obj) when obj has a length, else what obj.__length_hint__()
    returns, else default.  The result is an integer >= 0 (default aside).
    """
    default = _as_ssize(default)
    try:
        return len(obj)
    except TypeError:
        pass
    hint = _declared_hint(obj)
    if hint is NotImplemented:
        return default
    if isinstance(hint, int):
        hint = _as_ssize(hint)
        if hint >= 0:
            return hint
        raise ValueError('__length_hint__() should return >= 0')
    raise TypeError('__length_hint__ must be an integer, not %s'
                    % _type_name(hint))


# The callable helper objects.  Like CPython's C types, they take their
# operand positionally only and cannot be subclassed.

def _check_operand(kind, args, kwargs):
    if kwargs:
        raise TypeError('%s does not take keyword arguments' % kind)
    if len(args) != 1:
        raise TypeError('%s expected 1 arguments, got %d' % (kind, len(args)))


class _Final:
    __slots__ = ()

    def __init_subclass__(cls, **kwargs):
        for base in cls.__bases__:
            if base is not _Final and base.__module__ == __name__:
                raise TypeError("type 'operator.%s' is not an acceptable "
                                "base type" % base.__name__)
        super().__init_subclass__(**kwargs)


class attrgetter(_Final):
    """attrgetter(attr, ...) --> attrgetter object

    A callable fetching the named attributes of its operand: with
    f = attrgetter('x', 'y.z'), f(obj) is (obj.x, obj.y.z); with one name
    the result is that attribute alone.  Dotted names walk through the
    attributes in turn.
    """
    __slots__ = ('_names', '_paths')

    def __init__(self, *names, **kwargs):
        if kwargs:
            raise TypeError('attrgetter() does not take keyword arguments')
        if not names:
            raise TypeError('attrgetter expected 1 arguments, got 0')
        for name in names:
            if not isinstance(name, str):
                raise TypeError('attribute name must be a string')
        self._names = names
        self._paths = tuple(tuple(name.split('.')) for name in names)

    def __call__(self, *args, **kwargs):
        if kwargs or len(args) != 1:
            _check_operand('attrgetter', args, kwargs)
        found = []
        for path in self._paths:
            value = args[0]
            for step in path:
                value = getattr(value, step)
            found.append(value)
        return found[0] if len(found) == 1 else tuple(found)

    def __repr__(self):
        return 'operator.attrgetter(%s)' % ', '.join(map(repr, self._names))

    def __reduce__(self):
        return type(self), self._names


class itemgetter(_Final):
    """itemgetter(item, ...) --> itemgetter object

    A callable fetching the given items of its operand: with
    f = itemgetter(2, 0), f(seq) is (seq[2], seq[0]); with one item the
    result is that item alone.
    """
    __slots__ = ('_keys',)

    def __init__(self, *keys, **kwargs):
        if kwargs:
            raise TypeError('itemgetter() does not take keyword arguments')
        if not keys:
            raise TypeError('itemgetter expected 1 arguments, got 0')
        self._keys = keys

    def __call__(self, *args, **kwargs):
        if kwargs or len(args) != 1:
            _check_operand('itemgetter', args, kwargs)
        source = args[0]
        keys = self._keys
        if len(keys) == 1:
            return source[keys[0]]
        return tuple([source[key] for key in keys])

    def __repr__(self):
        return 'operator.itemgetter(%s)' % ', '.join(map(repr, self._keys))

    def __reduce__(self):
        return type(self), self._keys


class methodcaller(_Final):
    """methodcaller(name, ...) --> methodcaller object

    A callable calling the named method of its operand with the arguments
    given here: with f = methodcaller('split', ',', maxsplit=1), f(s) is
    s.split(',', maxsplit=1).
    """
    __slots__ = ('_name', '_args', '_kwargs')

    def __init__(*args, **kwargs):
        # self travels in args so that any keyword name reaches kwargs.
        if len(args) < 2:
            raise TypeError('methodcaller needs at least one argument, '
                            'the method name')
        self, name = args[0], args[1]
        if not isinstance(name, str):
            raise TypeError('method name must be a string')
        self._name = name
        self._args = args[2:]
        self._kwargs = kwargs

    def __call__(self, *args, **kwargs):
        if kwargs or len(args) != 1:
            _check_operand('methodcaller', args, kwargs)
        return getattr(args[0], self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        shown = [repr(self._name)]
        shown.extend(map(repr, self._args))
        shown.extend('%s=%r' % pair for pair in self._kwargs.items())
        return 'operator.methodcaller(%s)' % ', '.join(shown)

    def __reduce__(self):
        if not self._kwargs:
            return type(self), (self._name,) + self._args
        from functools import partial
        return partial(type(self), self._name, **self._kwargs), self._args


# The built-in versions (modules/operator, the _operator module) replace
# the definitions above when they are there: they are faster, and do not
# bind as methods when kept in a class.  The Python ones remain what a
# program that blocks _operator gets.  methodcaller stays the Python class:
# only a Python __init__ sees keyword arguments in the order they were
# written, which its repr shows.
_python_methodcaller = methodcaller
try:
    from _operator import *
except ImportError:
    pass
else:
    from _operator import __doc__
methodcaller = _python_methodcaller
del _python_methodcaller

# Every operator function is also reachable under its special-method name:
# __add__ for add, __and__ for and_, and so on.
for _name in ('abs', 'add', 'and_', 'concat', 'contains', 'delitem', 'eq',
              'floordiv', 'ge', 'getitem', 'gt', 'iadd', 'iand', 'iconcat',
              'ifloordiv', 'ilshift', 'imatmul', 'imod', 'imul', 'index',
              'inv', 'invert', 'ior', 'ipow', 'irshift', 'isub', 'itruediv',
              'ixor', 'le', 'lshift', 'lt', 'matmul', 'mod', 'mul', 'ne',
              'neg', 'not_', 'or_', 'pos', 'pow', 'rshift', 'setitem', 'sub',
              'truediv', 'xor'):
    globals()['__%s__' % _name.rstrip('_')] = globals()[_name]
del _name
