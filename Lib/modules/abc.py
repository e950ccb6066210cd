"""Abstract base classes: ABCMeta, ABC, abstractmethod and friends.

Written for gpython-ssl from CPython 3.6's documented behaviour.
"""

__all__ = ['ABCMeta', 'ABC', 'abstractmethod', 'abstractclassmethod',
           'abstractstaticmethod', 'abstractproperty', 'get_cache_token']


def abstractmethod(funcobj):
    """Marks a method abstract: a class keeping it cannot be instantiated."""
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    """A classmethod that is also abstract (deprecated form)."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        # this interpreter's classmethod takes its callable in __new__ and
        # has no __init__ of its own (object's refuses arguments)
        if '__init__' in classmethod.__dict__:
            super().__init__(callable)


class abstractstaticmethod(staticmethod):
    """A staticmethod that is also abstract (deprecated form)."""
    __isabstractmethod__ = True

    def __init__(self, callable):
        callable.__isabstractmethod__ = True
        # this interpreter's staticmethod takes its callable in __new__ and
        # has no __init__ of its own (object's refuses arguments)
        if '__init__' in staticmethod.__dict__:
            super().__init__(callable)


class abstractproperty(object):
    """A property that is also abstract (deprecated form). The
    interpreter's property cannot be subclassed, so this builds a property
    whose getter is marked abstract."""

    def __new__(cls, fget=None, fset=None, fdel=None, doc=None):
        for f in (fget, fset, fdel):
            if f is not None:
                try:
                    f.__isabstractmethod__ = True
                except AttributeError:
                    pass
        return property(fget, fset, fdel, doc)


_token = [0]


def get_cache_token():
    """A token that changes whenever a class is registered with an ABC."""
    return _token[0]


# Types whose instances never have __isabstractmethod__: the values a
# class body holds besides its functions (__module__, __qualname__,
# __doc__, __slots__, constants). Checked by exact type, so a subclass
# that adds the attribute is still asked; getattr() of a missing
# attribute raises and catches an AttributeError, the scan's main cost.
_NEVER_ABSTRACT = frozenset({str, int, float, bool, tuple, bytes,
                             frozenset, type(None)})


_FUNCTION = type(lambda: None)


def _is_abstract(value):
    kind = type(value)
    if kind in _NEVER_ABSTRACT:
        return False
    if kind is _FUNCTION:
        # A function's attributes are its __dict__'s (its type defines no
        # __isabstractmethod__): a dict lookup, no AttributeError.
        return bool(value.__dict__.get('__isabstractmethod__', False))
    if getattr(value, '__isabstractmethod__', False):
        return True
    if isinstance(value, property):
        for f in (value.fget, value.fset, value.fdel):
            if f is not None and getattr(f, '__isabstractmethod__', False):
                return True
    elif isinstance(value, (classmethod, staticmethod)):
        f = getattr(value, '__func__', None)
        if f is not None and getattr(f, '__isabstractmethod__', False):
            return True
    return False


_MISSING = object()


def _lookup(cls, name, default=None):
    # getattr() on a class whose metaclass is written in Python does not
    # find inherited attributes in this interpreter: walk the MRO.
    for klass in cls.__mro__:
        d = klass.__dict__
        if name in d:
            return d[name]
    return default


class ABCMeta(type):
    """Metaclass of abstract base classes."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        # type.__new__ rather than super(): the same call without the
        # super object (ABCMeta's base is type alone).
        cls = type.__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {key for key, value in namespace.items()
                     if _is_abstract(value)}
        for base in bases:
            if base is object:
                continue
            for key in getattr(base, '__abstractmethods__', ()):
                if key not in abstracts and _is_abstract(_lookup(cls, key)):
                    abstracts.add(key)
            if isinstance(base, ABCMeta):
                base._abc_subclasses.append(cls)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = set()
        cls._abc_subclasses = []
        cls._abc_cache = set()
        cls._abc_negative_cache = set()
        cls._abc_negative_cache_version = _token[0]
        # Setting __abstractmethods__ above is what makes the class
        # refuse instances while the set is not empty: the interpreter
        # checks it when the class is called (vm/subclass.go's
        # checkAbstract), as CPython's object.__new__ does. No __new__ of
        # our own, so that C.__new__ is object.__new__ and calls of
        # concrete subclasses take the loop's fast path.
        return cls

    def register(cls, subclass):
        """Registers subclass as a virtual subclass of cls."""
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.add(subclass)
        _token[0] += 1
        return subclass

    def __instancecheck__(cls, instance):
        declared = instance.__class__
        if declared in cls._abc_cache:
            return True
        actual = type(instance)
        if actual is not declared:
            # a proxy: either class qualifies
            return any(cls.__subclasscheck__(k) for k in (declared, actual))
        fresh = cls._abc_negative_cache_version == _token[0]
        if fresh and declared in cls._abc_negative_cache:
            return False
        return cls.__subclasscheck__(declared)

    def __subclasscheck__(cls, subclass):
        if subclass in cls._abc_cache:
            return True
        if cls._abc_negative_cache_version != _token[0]:
            # a register() call since: earlier "no" answers may be stale
            cls._abc_negative_cache_version = _token[0]
            cls._abc_negative_cache = set()
        if subclass in cls._abc_negative_cache:
            return False
        verdict = _abc_verdict(cls, subclass)
        if verdict:
            cls._abc_cache.add(subclass)
        else:
            cls._abc_negative_cache.add(subclass)
        return verdict


def _abc_verdict(cls, subclass):
    # Uncached answer to issubclass(subclass, cls): the class's
    # __subclasshook__ decides when it returns a bool; otherwise real
    # inheritance, then registered classes and ABC subclasses (recursively).
    hook = _lookup(cls, '__subclasshook__')
    if hook is not None:
        answer = hook.__get__(None, cls)(subclass)
        if answer is not NotImplemented:
            if not isinstance(answer, bool):
                raise AssertionError
            return answer
    if cls in getattr(subclass, '__mro__', ()):
        return True
    related = list(cls._abc_registry) + list(cls._abc_subclasses)
    return any(issubclass(subclass, other) for other in related)


class ABC(metaclass=ABCMeta):
    """A class to inherit from to get ABCMeta as metaclass."""
    pass
