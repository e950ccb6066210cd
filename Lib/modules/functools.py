"""Higher-order functions and operations on callables (CPython 3.6's functools)."""

from collections import namedtuple, OrderedDict
from reprlib import recursive_repr as _recursive_repr
from weakref import WeakKeyDictionary
from _weakref import _attach, _attached
from _typenames import set_extension_name as _set_extension_name

__all__ = ['update_wrapper', 'wraps', 'WRAPPER_ASSIGNMENTS', 'WRAPPER_UPDATES',
           'total_ordering', 'cmp_to_key', 'lru_cache', 'reduce', 'partial',
           'partialmethod', 'singledispatch']

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__',
                       '__annotations__')
WRAPPER_UPDATES = ('__dict__',)


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS,
                   updated=WRAPPER_UPDATES):
    """Make wrapper look like wrapped: copy the attributes named in assigned,
    merge those named in updated, and set wrapper.__wrapped__."""
    for name in assigned:
        try:
            value = getattr(wrapped, name)
        except AttributeError:
            continue
        setattr(wrapper, name, value)
    for name in updated:
        getattr(wrapper, name).update(getattr(wrapped, name, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    """Decorator form of update_wrapper: @wraps(wrapped) above a wrapper."""
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned,
                   updated=updated)


def reduce(*args):
    """reduce(function, sequence[, initial]) -> value

    Fold the items of sequence from the left with function of two
    arguments, starting from initial when given."""
    if len(args) < 2:
        raise TypeError('reduce expected at least 2 arguments, got %d' % len(args))
    if len(args) > 3:
        raise TypeError('reduce expected at most 3 arguments, got %d' % len(args))
    function = args[0]
    try:
        it = iter(args[1])
    except TypeError:
        raise TypeError('reduce() arg 2 must support iteration')
    if len(args) == 3:
        acc = args[2]
    else:
        for acc in it:
            break
        else:
            raise TypeError('reduce() of empty sequence with no initial value')
    for item in it:
        acc = function(acc, item)
    return acc


# The function, arguments and keywords of each partial are kept out of its
# __dict__ (which holds only the attributes set on it, as in CPython): the
# _weakref module attaches them to the partial in Go, for as long as the
# partial lives, with nothing to run when it dies.
_set_partial_parts = _attach
_partial_parts = _attached


class _ReadOnly:
    """A member of partial that can be read, not set or deleted."""

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return _partial_parts(obj)[self._index]

    def __set__(self, obj, value):
        raise AttributeError('readonly attribute')

    def __delete__(self, obj):
        raise AttributeError('readonly attribute')


class partial:
    """partial(func, *args, **keywords): a callable that calls func with args
    before its own positional arguments and keywords merged under its own.
"""

    def __new__(*args, **keywords):
        if len(args) < 2:
            raise TypeError("type 'partial' takes at least one argument")
        cls, func, args = args[0], args[1], args[2:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if type(func) is partial and cls is partial and not func.__dict__:
            # A partial of a plain partial is flattened into one.
            inner, preset, preset_kw = _partial_parts(func)
            args = preset + args
            merged = dict(preset_kw)
            merged.update(keywords)
            keywords = merged
            func = inner
        elif _flatten_nested and hasattr(func, "func"):
            # The pure-Python partial (when _functools is blocked) also
            # unwraps subclasses' instances and partial-like objects.
            merged = dict(func.keywords)
            merged.update(keywords)
            args, keywords, func = tuple(func.args) + args, merged, func.func
        self = object.__new__(cls)
        _set_partial_parts(self, (func, tuple(args), keywords))
        return self

    func = _ReadOnly(0, "the callable the partial calls")
    args = _ReadOnly(1, "the positional arguments put before each call's own")
    keywords = _ReadOnly(2, "the keyword arguments each call's own are merged into")

    def __call__(*args, **keywords):
        if not args:
            raise TypeError("descriptor '__call__' of 'partial' object needs an argument")
        func, preset, preset_kw = _partial_parts(args[0])
        if preset_kw:
            merged = dict(preset_kw)
            merged.update(keywords)
            keywords = merged
        return func(*(preset + args[1:]), **keywords)

    @_recursive_repr()
    def __repr__(self):
        if type(self) is partial:
            name = 'functools.partial'
        else:
            name = type(self).__name__
        func, preset, preset_kw = _partial_parts(self)
        parts = [repr(func)]
        parts.extend([repr(a) for a in preset])
        parts.extend(['%s=%r' % (k, v) for k, v in preset_kw.items()])
        return '%s(%s)' % (name, ', '.join(parts))

    def __delattr__(self, name):
        if name == '__dict__':
            raise TypeError("cannot delete __dict__")
        object.__delattr__(self, name)

    def __reduce__(self):
        func, preset, preset_kw = _partial_parts(self)
        return (type(self), (func,),
                (func, preset, preset_kw, self.__dict__ or None))

    def __setstate__(self, state):
        if not isinstance(state, tuple) or len(state) != 4:
            raise TypeError('invalid partial state')
        func, args, keywords, attrs = state
        if (not callable(func) or not isinstance(args, tuple) or
                (keywords is not None and not isinstance(keywords, dict))):
            raise TypeError('invalid partial state')
        # A plain tuple and dict are kept as they are (copy.copy shares
        # them); subclasses become the plain types.
        if type(args) is not tuple:
            args = tuple(args)
        if keywords is None:
            keywords = {}
        elif type(keywords) is not dict:
            keywords = dict(keywords)
        _set_partial_parts(self, (func, args, keywords))
        self.__dict__.clear()
        if attrs is not None:
            self.__dict__.update(attrs)


_set_extension_name(partial, 'functools.partial')  # a C type in CPython


class partialmethod:
    """partialmethod(func, *args, **keywords): partial for methods: the
    instance (or class) it is got from comes before args."""

    def __init__(*args, **keywords):
        if len(args) < 2:
            raise TypeError("descriptor '__init__' of partialmethod needs an argument")
        self = args[0]
        func = args[1]
        args = args[2:]
        if not callable(func) and not hasattr(func, '__get__'):
            raise TypeError('%r is not callable or a descriptor' % (func,))
        if isinstance(func, partialmethod):
            args = func.args + args
            merged = dict(func.keywords)
            merged.update(keywords)
            keywords = merged
            func = func.func
        self.func = func
        self.args = tuple(args)
        self.keywords = keywords

    def __repr__(self):
        # As 3.6: the function by str(), then the positional and the
        # keyword arguments as two fields, each written even when empty
        # ('f(<function g ...>, , )').
        args = ', '.join([repr(a) for a in self.args])
        keywords = ', '.join(['%s=%r' % (k, v) for k, v in self.keywords.items()])
        return '%s.%s(%s, %s, %s)' % (type(self).__module__, type(self).__qualname__,
                                      str(self.func), args, keywords)

    def _unbound(self):
        pm = self

        def method(*args, **keywords):
            if not args:
                raise TypeError('unbound partialmethod needs an instance or class')
            merged = dict(pm.keywords)
            merged.update(keywords)
            return pm.func(*((args[0],) + pm.args + args[1:]), **merged)
        method.__isabstractmethod__ = self.__isabstractmethod__
        method._partialmethod = self
        return method

    def __get__(self, obj, cls=None):
        get = getattr(self.func, '__get__', None)
        result = None
        if get is not None:
            bound = get(obj, cls)
            if bound is not self.func:
                result = partial(bound, *self.args, **self.keywords)
                try:
                    result.__self__ = bound.__self__
                except AttributeError:
                    pass
        if result is None:
            # A plain function, bound to obj like any method.
            result = self._unbound().__get__(obj, cls)
        return result

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, '__isabstractmethod__', False)


# total_ordering: each root comparison gives the other three. They return
# NotImplemented when the root does.

def _derive(root, name, combine):
    """The comparison name made from root: combine(r, self, other) of the
    root's result r. It is a module-level function (_gt_from_lt and so
    on), so that pickle finds the methods total_ordering installs."""
    def op(self, other):
        r = getattr(self, root)(other)
        if r is NotImplemented:
            return r
        return combine(r, self, other)
    op.__name__ = op.__qualname__ = '_%s_from_%s' % (name.strip('_'),
                                                     root.strip('_'))
    globals()[op.__name__] = op
    return op


def _not_and_ne(r, a, b):
    return not r and a != b


def _or_eq(r, a, b):
    return r or a == b


def _not_or_eq(r, a, b):
    return not r or a == b


def _and_ne(r, a, b):
    return r and a != b


def _not(r, a, b):
    return not r


# In order of preference for the root: the root, then each comparison it
# gives and how.
_DERIVED = tuple(
    (root, tuple((name, _derive(root, name, combine))
                 for name, combine in rules))
    for root, rules in (
        ('__lt__', (('__gt__', _not_and_ne), ('__le__', _or_eq), ('__ge__', _not))),
        ('__le__', (('__ge__', _not_or_eq), ('__lt__', _and_ne), ('__gt__', _not))),
        ('__gt__', (('__lt__', _not_and_ne), ('__ge__', _or_eq), ('__le__', _not))),
        ('__ge__', (('__le__', _not_or_eq), ('__gt__', _and_ne), ('__lt__', _not))),
    ))


def total_ordering(cls):
    """Class decorator: define the comparisons cls lacks from one it has."""
    defined = set()
    for name, _ in _DERIVED:
        if getattr(cls, name, None) is not getattr(object, name, None):
            defined.add(name)
    if not defined:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    for root, derived in _DERIVED:
        if root in defined:
            for name, method in derived:
                if name not in defined:
                    # As CPython, the shared function takes the name of
                    # the method it was last installed as.
                    method.__name__ = name
                    setattr(cls, name, method)
            break
    return cls


class KeyWrapper:
    """A sort key comparing its obj with another's by a comparison function."""
    __slots__ = ('obj', '_mycmp')

    def __init__(self, obj, mycmp):
        self.obj = obj
        self._mycmp = mycmp

    def _cmp(self, other):
        if not isinstance(other, KeyWrapper):
            raise TypeError('other argument must be K instance')
        return self._mycmp(self.obj, other.obj)

    def __lt__(self, other):
        return self._cmp(other) < 0

    def __gt__(self, other):
        return self._cmp(other) > 0

    def __eq__(self, other):
        return self._cmp(other) == 0

    def __le__(self, other):
        return self._cmp(other) <= 0

    def __ge__(self, other):
        return self._cmp(other) >= 0

    __hash__ = None

    def __call__(self, *args, **kwargs):
        # A KeyWrapper made by cmp_to_key is itself the key function: each
        # call wraps one object with the same comparison.
        if len(args) + len(kwargs) > 1:
            raise TypeError('K() takes at most 1 argument (%d given)' % (len(args) + len(kwargs)))
        if args:
            return KeyWrapper(args[0], self._mycmp)
        if 'obj' in kwargs:
            return KeyWrapper(kwargs['obj'], self._mycmp)
        raise TypeError("Required argument 'obj' (pos 1) not found")


_NO_OBJ = object()


def cmp_to_key(mycmp):
    """Turn an old-style comparison function into a key function."""
    return KeyWrapper(_NO_OBJ, mycmp)


# The native reduce and cmp_to_key (modules/functools) stand in for the
# ones above, as CPython's C versions do, unless _functools is blocked
# (import_fresh_module's blocked=): built-in functions, they are not bound
# when a class keeps one as an attribute. _functools.partial is this
# module's partial, which CPython also writes in C.
_flatten_nested = True
try:
    import _functools
except ImportError:
    pass
else:
    _flatten_nested = False
    reduce = _functools.reduce
    cmp_to_key = _functools.cmp_to_key
    # One partial class per interpreter, as CPython's C type is one:
    # a fresh import of functools (import_fresh_module) hands out the
    # class the first import made, so that its partials pickle as
    # functools.partial.
    partial = _functools._keep_partial(partial)
    _functools.partial = partial
    del _functools


_CacheInfo = namedtuple('CacheInfo', ['hits', 'misses', 'maxsize', 'currsize'])

_KWD_MARK = object()
_MISSING = object()


def _cache_key(args, kwds, typed):
    key = args
    if kwds:
        key = key + (_KWD_MARK,)
        for item in kwds.items():
            key = key + item
    if typed:
        key = key + tuple([type(v) for v in args])
        if kwds:
            key = key + tuple([type(v) for v in kwds.values()])
    return key


def lru_cache(maxsize=128, typed=False):
    """Decorator remembering the results of the maxsize most recent calls
    (all of them when maxsize is None); typed=True keeps arguments of
    different types apart. The wrapper has cache_info() and cache_clear()."""
    if maxsize is not None and not isinstance(maxsize, int):
        raise TypeError('Expected maxsize to be an integer or None')
    # A negative maxsize keeps one result (CPython's cache is "full" from
    # its first entry on), and cache_info() shows it as given.
    reported = maxsize
    if maxsize is not None and maxsize < 0:
        maxsize = 1

    def decorating_function(user_function):
        # key -> result (maxsize None) or [result, stamp]; a hit looks the
        # key up once and changes only order, whose keys are ints, so
        # that a key's __eq__ may call the function again (CPython's C
        # cache allows it).
        cache = {}
        order = {}       # stamp -> key, the least recently used first
        clock = [0]
        stats = [0, 0]   # hits, misses
        # bound once: builtins.len may itself be an lru_cache wrapper
        cache_len = cache.__len__

        if maxsize == 0:
            def _lru_cached(*args, **kwds):
                result = user_function(*args, **kwds)
                stats[1] += 1
                return result
        elif maxsize is None:
            def _lru_cached(*args, **kwds):
                key = _cache_key(args, kwds, typed)
                result = cache.get(key, _MISSING)
                if result is not _MISSING:
                    stats[0] += 1
                    return result
                result = user_function(*args, **kwds)
                stats[1] += 1
                cache[key] = result
                return result
        else:
            def stamp(key):
                clock[0] += 1
                order[clock[0]] = key
                return clock[0]

            def _lru_cached(*args, **kwds):
                key = _cache_key(args, kwds, typed)
                entry = cache.get(key, _MISSING)
                if entry is not _MISSING:
                    stats[0] += 1
                    order.pop(entry[1], None)
                    entry[1] = stamp(key)
                    return entry[0]
                result = user_function(*args, **kwds)
                stats[1] += 1
                if key in cache:
                    # A recursive call stored it meanwhile.
                    return result
                if cache_len() >= maxsize:
                    del cache[order.pop(next(iter(order)))]
                cache[key] = [result, stamp(key)]
                return result

        def cache_info():
            """The cache's statistics: hits, misses, maxsize, currsize."""
            return _CacheInfo(stats[0], stats[1], reported, cache_len())

        def cache_clear():
            """Empty the cache and reset its statistics."""
            cache.clear()
            order.clear()
            stats[0] = stats[1] = 0

        _lru_cached.cache_info = cache_info
        _lru_cached.cache_clear = cache_clear
        return update_wrapper(_lru_cached, user_function)

    return decorating_function


def _c3_merge(lines):
    """The C3 linearization of lines (each an MRO-like list, consumed):
    repeatedly take the first head that no line holds further back."""
    out = []
    while True:
        lines = [line for line in lines if line]
        if not lines:
            return out
        for line in lines:
            head = line[0]
            if not any(head in other[1:] for other in lines):
                break
        else:
            raise RuntimeError("Inconsistent hierarchy")
        out.append(head)
        for line in lines:
            if line[0] == head:
                del line[0]


def _c3_mro(cls, abcs=None):
    """cls's MRO by C3, with those of the abstract base classes abcs that
    cls is a virtual subclass of placed among its bases: after the last
    base that is itself abstract, before the plain ones."""
    bases = list(cls.__bases__)
    split = 0
    for i in range(len(bases), 0, -1):
        if hasattr(bases[i - 1], '__abstractmethods__'):
            split = i
            break
    pending = list(abcs) if abcs else []
    virtual = [a for a in pending
               if issubclass(cls, a) and not any(issubclass(b, a) for b in bases)]
    for a in virtual:
        pending.remove(a)
    groups = (bases[:split], virtual, bases[split:])
    lines = [[cls]]
    for group in groups:
        lines.extend(_c3_mro(b, abcs=pending) for b in group)
    lines.extend(list(group) for group in groups)
    return _c3_merge(lines)


def _compose_mro(cls, types):
    """cls's MRO with those of types (registered classes) that cls is only
    a virtual subclass of merged in by C3, one of their subclasses that
    cls derives from standing for each where there is one."""
    own = set(cls.__mro__)
    related = [t for t in types
               if t not in own and hasattr(t, '__mro__') and issubclass(cls, t)]
    # leave out the ones that are bases of another one
    related = [t for t in related
               if not any(t is not u and t in u.__mro__ for u in related)]
    wanted = set(related)
    abcs = []
    for t in related:
        chains = []
        for sub in t.__subclasses__():
            if sub not in own and issubclass(cls, sub):
                chains.append([c for c in sub.__mro__ if c in wanted])
        if not chains:
            abcs.append(t)
            continue
        chains.sort(key=len, reverse=True)
        for chain in chains:
            for c in chain:
                if c not in abcs:
                    abcs.append(c)
    return _c3_mro(cls, abcs=abcs)


def _find_impl(cls, registry):
    """The implementation registered for cls's nearest class in its
    composed MRO; two candidates neither of which is a real base of cls
    nor a subclass of the other are ambiguous (RuntimeError)."""
    mro = _compose_mro(cls, registry.keys())
    found = None
    for t in mro:
        if found is not None:
            if (t in registry and t not in cls.__mro__
                    and found not in cls.__mro__ and not issubclass(found, t)):
                raise RuntimeError("Ambiguous dispatch: {} or {}".format(found, t))
            break
        if t in registry:
            found = t
    return registry.get(found)


def singledispatch(func):
    """Make func a generic function of its first argument's type; register
    other implementations with its register(cls, func) attribute."""
    from abc import get_cache_token
    from types import MappingProxyType
    registry = {object: func}
    chosen = WeakKeyDictionary()   # class -> implementation
    token = [None]   # abc's cache token once an abstract class is registered

    def dispatch(cls):
        """The implementation registered for cls or its nearest base,
        abstract base classes it implements included."""
        if token[0] is not None:
            now = get_cache_token()
            if token[0] != now:
                chosen.clear()
                token[0] = now
        try:
            return chosen[cls]
        except KeyError:
            pass
        impl = registry.get(cls)
        if impl is None:
            impl = _find_impl(cls, registry)
        chosen[cls] = impl
        return impl

    def register(cls, func=None):
        """Register func for cls; as @register(cls) when func is missing."""
        if func is None:
            return lambda f: register(cls, f)
        registry[cls] = func
        if token[0] is None and hasattr(cls, '__abstractmethods__'):
            token[0] = get_cache_token()
        chosen.clear()
        return func

    funcname = getattr(func, '__name__', 'singledispatch function')

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(funcname + ' requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = MappingProxyType(registry)
    wrapper._clear_cache = chosen.clear
    update_wrapper(wrapper, func)
    return wrapper
