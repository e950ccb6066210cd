"""Abstract base classes: ABCMeta, ABC, abstractmethod and friends.

Written for gpython-ssl from CPython 3.6's documented behaviour.
"""

from _weakrefset import WeakSet
from _weakref import _Verdicts, _ClassSet

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


def get_cache_token():
    """A token that changes whenever a class is registered with an ABC."""
    return ABCMeta._abc_invalidation_counter


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
    """Metaclass of abstract base classes.

    Each class it makes keeps weak sets (_weakrefset.WeakSet, as CPython
    3.6 does) of its registered virtual subclasses, of the classes found
    to be or not to be its subclasses, and of its ABC subclasses: a class
    that goes away leaves them at its collection."""

    # bumped by every register(): negative cache entries older than the
    # current value may be stale
    _abc_invalidation_counter = 0

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
                base._abc_subclasses.add(cls)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = WeakSet()
        cls._abc_subclasses = _ClassSet()
        cls._abc_cache = WeakSet()
        cls._abc_negative_cache = WeakSet()
        cls._abc_negative_cache_version = ABCMeta._abc_invalidation_counter
        cls._abc_known = _Verdicts()
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
        ABCMeta._abc_invalidation_counter += 1
        return subclass

    def _dump_registry(cls, file=None):
        """Prints the class's ABC bookkeeping (a debugging aid)."""
        print("Class: %s.%s" % (cls.__module__, cls.__qualname__), file=file)
        print("Inv.counter: %s" % ABCMeta._abc_invalidation_counter,
              file=file)
        for name in sorted(cls.__dict__):
            # _abc_subclasses and _abc_known are this implementation's own
            if name.startswith("_abc_") and name not in _OWN_NAMES:
                print("%s: %r" % (name, getattr(cls, name)), file=file)

    def __instancecheck__(cls, instance):
        declared = instance.__class__
        known = cls._abc_known.get(declared)
        if known:
            return True
        if known is False and type(instance) is declared and (
                cls._abc_negative_cache_version ==
                ABCMeta._abc_invalidation_counter):
            return False
        if declared in cls._abc_cache:
            cls._abc_known.set(declared, True)
            return True
        actual = type(instance)
        if actual is not declared:
            # a proxy: either class qualifies
            return any(cls.__subclasscheck__(k) for k in (declared, actual))
        fresh = (cls._abc_negative_cache_version ==
                 ABCMeta._abc_invalidation_counter)
        if fresh and declared in cls._abc_negative_cache:
            cls._abc_known.set(declared, False)
            return False
        return cls.__subclasscheck__(declared)

    def __subclasscheck__(cls, subclass):
        known = cls._abc_known.get(subclass)
        if known is not None and (known or cls._abc_negative_cache_version ==
                                  ABCMeta._abc_invalidation_counter):
            return known
        if subclass in cls._abc_cache:
            cls._abc_known.set(subclass, True)
            return True
        counter = ABCMeta._abc_invalidation_counter
        if cls._abc_negative_cache_version != counter:
            # a register() call since: earlier "no" answers may be stale
            cls._abc_negative_cache_version = counter
            cls._abc_negative_cache = WeakSet()
            cls._abc_known.clear()
        if subclass in cls._abc_negative_cache:
            cls._abc_known.set(subclass, False)
            return False
        verdict = _abc_verdict(cls, subclass)
        if verdict:
            cls._abc_cache.add(subclass)
        else:
            cls._abc_negative_cache.add(subclass)
        cls._abc_known.set(subclass, verdict)
        return verdict


# Names of ABCMeta's bookkeeping that CPython 3.6 does not have:
# _abc_subclasses (a _weakref._ClassSet) holds the ABC's subclasses
# weakly, by identity (a class joins before its metaclass may have made
# it hashable); _abc_known (a _weakref._Verdicts) mirrors the WeakSet caches for quick
# answers, one Go call that holds the class weakly; a negative answer
# there counts only while the negative cache is current.
_OWN_NAMES = frozenset({'_abc_subclasses', '_abc_known'})


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
