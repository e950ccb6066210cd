"""Higher-order functions and operations on callables (CPython 3.6's functools)."""

from collections import namedtuple, OrderedDict

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


class partial:
    """partial(func, *args, **keywords): a callable that calls func with args
    and keywords before those it is called with."""

    def __init__(*args, **keywords):
        if len(args) < 2:
            raise TypeError("type 'partial' takes at least one argument")
        self = args[0]
        func = args[1]
        args = args[2:]
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if type(func) is partial and type(self) is partial:
            args = func.args + args
            merged = dict(func.keywords)
            merged.update(keywords)
            keywords = merged
            func = func.func
        self.func = func
        self.args = tuple(args)
        self.keywords = keywords

    def __call__(self, *args, **keywords):
        if self.keywords:
            merged = dict(self.keywords)
            merged.update(keywords)
            keywords = merged
        return self.func(*(self.args + args), **keywords)

    def __repr__(self):
        if type(self) is partial:
            name = 'functools.partial'
        else:
            name = type(self).__name__
        parts = [repr(self.func)]
        parts.extend([repr(a) for a in self.args])
        parts.extend(['%s=%r' % (k, v) for k, v in self.keywords.items()])
        return '%s(%s)' % (name, ', '.join(parts))

    def __reduce__(self):
        return (type(self), (self.func,), (self.func, self.args, self.keywords or None,
                                            self.__dict__ or None))


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
        parts = [repr(self.func)]
        parts.extend([repr(a) for a in self.args])
        parts.extend(['%s=%r' % (k, v) for k, v in self.keywords.items()])
        return '%s.%s(%s)' % (type(self).__module__, type(self).__qualname__, ', '.join(parts))

    def _unbound(self):
        pm = self

        def method(*args, **keywords):
            if not args:
                raise TypeError('unbound partialmethod needs an instance or class')
            merged = dict(pm.keywords)
            merged.update(keywords)
            return pm.func(*((args[0],) + pm.args + args[1:]), **merged)
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
            method = self._unbound()
            if obj is None:
                return method
            result = partial(method, obj)
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

        if maxsize == 0:
            def wrapper(*args, **kwds):
                result = user_function(*args, **kwds)
                stats[1] += 1
                return result
        elif maxsize is None:
            def wrapper(*args, **kwds):
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

            def wrapper(*args, **kwds):
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
                if len(cache) >= maxsize:
                    del cache[order.pop(next(iter(order)))]
                cache[key] = [result, stamp(key)]
                return result

        def cache_info():
            """The cache's statistics: hits, misses, maxsize, currsize."""
            return _CacheInfo(stats[0], stats[1], reported, len(cache))

        def cache_clear():
            """Empty the cache and reset its statistics."""
            cache.clear()
            order.clear()
            stats[0] = stats[1] = 0

        wrapper.cache_info = cache_info
        wrapper.cache_clear = cache_clear
        return update_wrapper(wrapper, user_function)

    return decorating_function


def _class_mro(cls):
    mro = list(getattr(cls, '__mro__', (cls, object)))
    if issubclass(cls, int) and int not in mro:
        mro.insert(mro.index(object), int)
    return mro


def _compose_mro(cls, types):
    """cls's MRO with the registered classes it is only a virtual subclass
    of (abstract base classes) inserted, each after the last class of the
    MRO that is a subclass of it."""
    mro = _class_mro(cls)
    extra = []
    for t in types:
        if t in mro or not isinstance(t, type):
            continue
        try:
            if issubclass(cls, t):
                extra.append(t)
        except TypeError:
            continue
    # The most derived first, so that a base of another one lands after it.
    ordered = []
    while extra:
        for t in extra:
            if not any(u is not t and issubclass(u, t) for u in extra):
                ordered.append(t)
                extra.remove(t)
                break
        else:
            ordered.extend(extra)
            break
    for t in ordered:
        at = 0
        for i, c in enumerate(mro):
            if issubclass(c, t):
                at = i
        mro.insert(at + 1, t)
    return mro


def singledispatch(func):
    """Make func a generic function of its first argument's type; register
    other implementations with its register(cls, func) attribute."""
    registry = {object: func}

    def dispatch(cls):
        """The implementation registered for cls or its nearest base,
        abstract base classes it implements included."""
        mro = _compose_mro(cls, registry)
        real = _class_mro(cls)
        match = None
        for t in mro:
            if match is not None:
                if (t in registry and t not in real and match not in real
                        and not issubclass(match, t)):
                    raise RuntimeError('Ambiguous dispatch: %s or %s' % (match, t))
                break
            if t in registry:
                match = t
        if match is None:
            return func
        return registry[match]

    def register(cls, func=None):
        """Register func for cls; as @register(cls) when func is missing."""
        if func is None:
            return lambda f: register(cls, f)
        registry[cls] = func
        return func

    funcname = getattr(func, '__name__', 'singledispatch function')

    def wrapper(*args, **kw):
        if not args:
            raise TypeError(funcname + ' requires at least 1 positional argument')
        return dispatch(args[0].__class__)(*args, **kw)

    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    update_wrapper(wrapper, func)
    return wrapper
