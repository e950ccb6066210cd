"""Shallow and deep copies of Python objects (CPython 3.6's copy).

copy(x) makes a new container holding the same items; deepcopy(x) copies
the items too, recursively, copying an object shared in x once only (memo
maps id(original) to its copy). A class takes over with __copy__() and
__deepcopy__(memo)."""

__all__ = ['Error', 'copy', 'deepcopy']


class Error(Exception):
    pass


error = Error


def _types_of(*values):
    return tuple([type(v) for v in values])


# Objects of these types are never copied: they cannot change, or (like
# functions and classes) they stand for themselves.
_ATOMIC = set(_types_of(None, 1, 1.0, True, 1j, '', b'', Ellipsis, NotImplemented,
                        len, lambda: None))
_ATOMIC.add(type)
_ATOMIC.add(type((lambda: None).__code__))


def _weakref_type():
    try:
        from _weakref import ref
    except ImportError:  # an embedding program without the weakref module
        return None
    return ref


if _weakref_type() is not None:
    _ATOMIC.add(_weakref_type())
_SHALLOW_SAME = set(_ATOMIC)
_SHALLOW_SAME.add(tuple)
_SHALLOW_SAME.add(frozenset)
# A deep copy of these is a new equal object, made through __reduce_ex__.
_SHALLOW_SAME.update(_types_of(range(0), slice(0)))


import sys as _sys

_MODULE_TYPE = type(_sys)
del _sys


class _Probe:
    def method(self):
        pass


_METHOD_TYPE = type(_Probe().method)


_probe = _Probe()
_probe.attr = None
# An instance's __dict__ may be of another type than dict in this
# interpreter, though it behaves (and prints its type) as one.
_DICT_TYPES = set([dict, type(_probe.__dict__)])
del _probe


def _is_class(x):
    return isinstance(x, type)


def copy(x):
    """Return a shallow copy of x."""
    cls = type(x)
    if cls in _SHALLOW_SAME or _is_class(x):
        return x
    if cls is list:
        return list(x)
    if cls in _DICT_TYPES:
        return dict(x)
    if cls is set or cls is bytearray:
        return x.copy()
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    _check_reducible(x, cls, 'shallow')
    reduced = _user_reduction(x, cls)
    if reduced is not None:
        return _from_reduction(x, reduced, None)
    return _rebuild(x, cls, None)


def _keep_alive(x, memo):
    key = id(memo)
    if key in memo:
        memo[key].append(x)
    else:
        memo[key] = [x]


def deepcopy(x, memo=None, _nil=[]):
    """Return a deep copy of x; memo maps the id of each object already
    copied to its copy."""
    if memo is None:
        memo = {}
    elif id(x) in memo:
        return memo[id(x)]
    d = id(x)
    cls = type(x)
    if cls in _ATOMIC or _is_class(x):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for item in x:
            y.append(deepcopy(item, memo))
    elif cls in _DICT_TYPES:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(item, memo) for item in x]
        if d in memo:
            # x was reached again through its items: that copy stands.
            return memo[d]
        same = True
        for a, b in zip(x, items):
            if a is not b:
                same = False
                break
        y = x if same else tuple(items)
    elif cls is set or cls is frozenset:
        y = cls([deepcopy(item, memo) for item in x])
    elif cls is bytearray:
        y = bytearray(x)
    elif cls is range:
        y = range(x.start, x.stop, x.step)
    elif cls is slice:
        y = slice(deepcopy(x.start, memo), deepcopy(x.stop, memo),
                  deepcopy(x.step, memo))
    elif cls is _METHOD_TYPE and hasattr(x, '__func__'):
        y = cls(x.__func__, deepcopy(x.__self__, memo))
    else:
        copier = getattr(cls, '__deepcopy__', None)
        reduced = None
        if copier is None:
            _check_reducible(x, cls, 'deep')
            reduced = _user_reduction(x, cls)
        if copier is not None:
            y = copier(x, memo)
        elif reduced is not None:
            y = _from_reduction(x, reduced, memo)
        else:
            y = _rebuild(x, cls, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


_BUILTIN_BASES = (object, dict, list, set, frozenset, tuple, int, float, str,
                  bytes, bytearray, complex)


def _slot_names(cls):
    names = []
    for base in getattr(cls, '__mro__', (cls,)):
        if base in _BUILTIN_BASES:
            continue
        slots = base.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__') or name in names:
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = '_%s%s' % (base.__name__.lstrip('_'), name)
            names.append(name)
    return names


_OBJECT_REDUCE_EX = getattr(object, '__reduce_ex__', None)
_OBJECT_REDUCE = getattr(object, '__reduce__', None)


def _check_reducible(x, cls, kind):
    # CPython copies what pickle could: an object that hides both
    # __reduce_ex__ and __reduce__ (and has no copyreg entry) cannot be.
    # (Some built-in types here have neither, and are copied anyway.)
    import copyreg
    if (cls in copyreg.dispatch_table or cls is _MODULE_TYPE or
            not hasattr(cls, '__reduce_ex__')):
        return
    if (getattr(x, '__reduce_ex__', None) is None and
            getattr(x, '__reduce__', None) is None):
        if getattr(cls, '__module__', None) == 'builtins':
            # What object.__reduce_ex__ says of a built-in type's objects
            # that pickle cannot take apart.
            raise TypeError("can't pickle %s objects" % cls.__name__)
        raise Error('un(%s)copyable object of type %s' % (kind, cls))


def _user_reduction(x, cls):
    """What copyreg's table or a class's own __reduce_ex__(4) or
    __reduce__ gives for x (as pickle would use it), or None when x is
    copied by the default rules."""
    import copyreg
    reducer = copyreg.dispatch_table.get(cls)
    if reducer is not None:
        reduced = reducer(x)
    else:
        method = getattr(cls, '__reduce_ex__', None)
        if method is not None and method is not _OBJECT_REDUCE_EX:
            reduced = x.__reduce_ex__(4)
        else:
            method = getattr(cls, '__reduce__', None)
            if method is None or method is _OBJECT_REDUCE:
                return None
            reduced = x.__reduce__()
    if isinstance(reduced, str):
        return x
    if not isinstance(reduced, tuple):
        raise Error('un(deep)copyable object of type %s' % cls)
    return reduced


def _from_reduction(x, reduced, memo):
    """The copy of x that reduced (a tuple __reduce__ returns, or x itself
    for a global's name) describes, its parts copied again when memo is
    given."""
    if reduced is x:
        return x
    deep = memo is not None
    parts = tuple(reduced) + (None,) * (5 - len(reduced))
    func, args, state, items, pairs = parts[:5]
    if deep:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
        if state is not None:
            state = deepcopy(state, memo)
    if state is not None:
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None:
            setstate(state)
        else:
            slots = None
            if isinstance(state, tuple) and len(state) == 2:
                state, slots = state
            if state:
                y.__dict__.update(state)
            if slots:
                for name, value in slots.items():
                    setattr(y, name, value)
    if items is not None:
        for item in items:
            y.append(deepcopy(item, memo) if deep else item)
    if pairs is not None:
        for key, value in pairs:
            if deep:
                key, value = deepcopy(key, memo), deepcopy(value, memo)
            y[key] = value
    return y


def _rebuild(x, cls, memo):
    """Copy an instance of a class: a new object of cls (made without
    __init__) with x's items, attributes and slots, copied again when memo
    is given."""
    deep = memo is not None

    def dup(v):
        if deep:
            return deepcopy(v, memo)
        return v

    if cls is _MODULE_TYPE:
        raise TypeError("can't pickle module objects")
    args, kwargs = _new_arguments(x, cls)
    if deep and (args or kwargs):
        args, kwargs = deepcopy((args, kwargs), memo)
    if isinstance(x, (set, frozenset)):
        y = cls([dup(v) for v in x])
    else:
        # A TypeError here (a __new__ that wants arguments) is the
        # caller's, as CPython's copyreg.__newobj__ raises it.
        y = cls.__new__(cls, *args, **kwargs)
    if deep:
        memo[id(x)] = y
    # The state first, then the items: a subclass's __setitem__ may need
    # the attributes.
    _copy_state(x, y, cls, dup, deep, memo)
    if isinstance(x, list):
        for v in x:
            y.append(dup(v))
    elif isinstance(x, dict):
        for k, v in x.items():
            y[dup(k)] = dup(v)
    return y


def _new_arguments(x, cls):
    # The (args, kwargs) cls.__new__ is called with for a copy of x.
    # Looked up on x and called bound, as object.__reduce_ex__ does (a
    # classmethod __getnewargs__ gets the class).
    getnewargs_ex = getattr(x, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        args, kwargs = getnewargs_ex()
        return tuple(args), dict(kwargs)
    getnewargs = getattr(x, '__getnewargs__', None)
    if getnewargs is not None:
        return tuple(getnewargs()), {}
    if isinstance(x, tuple):
        return (tuple(x),), {}
    return (), {}


def _copy_state(x, y, cls, dup, deep, memo):
    getstate = getattr(x, '__getstate__', None)
    if getstate is not None:
        state = getstate()
        if deep:
            state = deepcopy(state, memo)
        setstate = getattr(y, '__setstate__', None)
        if setstate is not None:
            setstate(state)
        elif state:
            y.__dict__.update(state)
        return
    attrs = getattr(x, '__dict__', None)
    if attrs:
        if deep:
            attrs = deepcopy(attrs, memo)
        for k, v in attrs.items():
            if isinstance(k, str):
                setattr(y, k, v)
            else:
                y.__dict__[k] = v
    for name in _slot_names(cls):
        try:
            value = getattr(x, name)
        except AttributeError:
            continue
        setattr(y, name, dup(value))
