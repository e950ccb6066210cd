"""Registry of the reduction functions pickle and copy consult.

A reducer registered with pickle(cls, fn) is called with an object of
exactly that class and returns what __reduce__ would.  The module also
keeps the table of extension codes (two-byte names for globals that
protocol 2 and later can write instead of module and attribute names).
"""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension",
           "clear_extension_cache"]

# Maps a class to the function that reduces its instances.
dispatch_table = {}


def _need_callable(candidate, what):
    if not callable(candidate):
        raise TypeError(what + " must be callable")


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Register pickle_function as the reducer of ob_type's instances."""
    _need_callable(pickle_function, "reduction functions")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is None:
        return
    constructor(constructor_ob)


def constructor(object):
    """Check that object can serve as a constructor (it must be callable)."""
    _need_callable(object, "constructors")


def pickle_complex(c):
    return (complex, (c.real, c.imag))


dispatch_table[complex] = pickle_complex


# The protocol 0 and 1 way of rebuilding an instance: make the object with
# the first built-in class of its mro, then adjust its class.

def _reconstructor(cls, base, state):
    if base is not object:
        made = base.__new__(cls, state)
    else:
        return object.__new__(cls)
    if base.__init__ != object.__init__:
        base.__init__(made, state)
    return made


_HEAPTYPE = 1 << 9

# The classes this interpreter implements natively: the first of them met
# in a class's mro is the one _reduce_ex rebuilds the object from.
_NATIVE = (object, int, float, complex, str, bytes, bytearray, list, tuple,
           dict, set, frozenset, bool, BaseException)


def _native_base(cls):
    for klass in cls.__mro__:
        if klass in _NATIVE:
            return klass
        if klass.__module__ == 'builtins':
            return klass
    return object


def _reduce_ex(self, proto):
    """The reduction protocols 0 and 1 use for instances of classes
    without a __reduce__ of their own."""
    assert proto < 2
    cls = self.__class__
    base = _native_base(cls)
    if base is cls and base is not object:
        raise TypeError("can't pickle %s objects" % base.__name__)
    state = None if base is object else base(self)
    args = (cls, base, state)
    getstate = getattr(self, '__getstate__', None)
    if getstate is None:
        if _slotnames(cls):
            raise TypeError("a class that defines __slots__ without "
                            "defining __getstate__ cannot be pickled")
        contents = getattr(self, '__dict__', None)
    else:
        contents = getstate()
    if contents:
        return _reconstructor, args, contents
    return _reconstructor, args


def __newobj__(cls, *args):
    """Stands for cls.__new__(cls, *args) in protocol 2's NEWOBJ."""
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """Stands for cls.__new__(cls, *args, **kwargs) in protocol 4's
    NEWOBJ_EX."""
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of the slots of cls and of its bases, private names
    mangled, __dict__ and __weakref__ left out. The answer is kept in
    cls.__slotnames__."""
    if '__slotnames__' in cls.__dict__:
        return cls.__dict__['__slotnames__']
    found = []
    if hasattr(cls, '__slots__'):
        for klass in cls.__mro__:
            if '__slots__' not in klass.__dict__:
                continue
            declared = klass.__dict__['__slots__']
            if isinstance(declared, str):
                declared = (declared,)
            for name in declared:
                if name == '__dict__' or name == '__weakref__':
                    continue
                if name.startswith('__') and not name.endswith('__'):
                    owner = klass.__name__.lstrip('_')
                    if owner:
                        name = '_' + owner + name
                found.append(name)
    try:
        cls.__slotnames__ = found
    except Exception:
        pass
    return found


# Extension codes: (module, name) <-> code, with a cache of the objects
# the unpickler has looked up by code.
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def _holds(key, code):
    return (_extension_registry.get(key) == code and
            _inverted_registry.get(code) == key)


def add_extension(module, name, code):
    """Give the global module.name the extension code code."""
    code = int(code)
    if code < 1 or code > 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if _holds(key, code):
        return
    taken = _extension_registry.get(key)
    if taken is not None:
        raise ValueError("key %s is already registered with code %s" % (key, taken))
    owner = _inverted_registry.get(code)
    if owner is not None:
        raise ValueError("code %s is already in use for key %s" % (code, owner))
    _inverted_registry[code] = key
    _extension_registry[key] = code


def remove_extension(module, name, code):
    """Take back the extension code of module.name (tests use this)."""
    key = (module, name)
    if not _holds(key, code):
        raise ValueError("key %s is not registered with code %s" % (key, code))
    _extension_cache.pop(code, None)
    _inverted_registry.pop(code)
    _extension_registry.pop(key)


def clear_extension_cache():
    """Forget the objects looked up by extension code."""
    _extension_cache.clear()
