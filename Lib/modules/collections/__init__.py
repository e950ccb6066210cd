"""Container datatypes: deque, defaultdict, namedtuple, OrderedDict, Counter,
ChainMap and the User* wrappers; the abstract base classes of
collections.abc are re-exported under their names.

Written for gpython-ssl in Python, with CPython 3.6's API, reprs and error
messages. The built-in dict keeps insertion order, which OrderedDict and
Counter rely on.
"""

import sys as _sys
import _thread
from _typenames import set_extension_name as _set_extension_name

from collections import abc
from collections.abc import *
from keyword import iskeyword as _iskeyword

__all__ = ["deque", "defaultdict", "namedtuple", "UserDict", "UserList",
           "UserString", "Counter", "OrderedDict", "ChainMap"]
__all__ += abc.__all__

def _index(value, message=None):
    """value as an int through __index__; TypeError with message (or the
    standard one) otherwise."""
    if isinstance(value, int):
        return int(value)
    method = getattr(type(value), "__index__", None)
    if method is None:
        raise TypeError(message or "'%s' object cannot be interpreted as an "
                        "integer" % type(value).__name__)
    return method(value)


def _count_arg(value):
    # An argument C code reads as a Py_ssize_t ("n"): floats get their own
    # message.
    if isinstance(value, float):
        raise TypeError("integer argument expected, got float")
    return _index(value)


class _ReprGuard:
    """Marks objects whose repr is being built, per thread, so that a
    container holding itself prints a placeholder instead of recursing."""

    def __init__(self):
        self._busy = set()

    def enter(self, obj):
        # True when obj is already being printed by this thread.
        key = (id(obj), _thread.get_ident())
        if key in self._busy:
            return True
        self._busy.add(key)
        return False

    def leave(self, obj):
        self._busy.discard((id(obj), _thread.get_ident()))


_repr_guard = _ReprGuard()


def _guarded_repr(placeholder):
    """Decorator for __repr__: a nested repr of the same object gives
    placeholder."""
    def wrap(method):
        def __repr__(self):
            return _repr_once(self, placeholder, method)
        __repr__.__doc__ = method.__doc__
        return __repr__
    return wrap


def _repr_once(obj, placeholder, render=repr):
    # render(obj), or placeholder when obj is already being rendered.
    if _repr_guard.enter(obj):
        return placeholder
    try:
        return render(obj)
    finally:
        _repr_guard.leave(obj)


def _too_many(args):
    return TypeError("expected at most 1 arguments, got %d" % len(args))


def _self_and_one(method, owner, args):
    """Split the *args of a method taking self and one optional positional
    argument: (self, the argument or None)."""
    if not args:
        raise TypeError("descriptor '%s' of '%s' object needs an argument"
                        % (method, owner))
    if len(args) > 2:
        raise _too_many(args[1:])
    return args[0], (args[1] if len(args) == 2 else None)


# -- deque -------------------------------------------------------------------

# deque and its iterators are Go types (modules/collections).
from _collections_accel import deque

MutableSequence.register(deque)


# -- defaultdict -------------------------------------------------------------

class defaultdict(dict):
    """defaultdict(default_factory=None, *dict_args): a dict that fills in
    missing keys.

    A missing key is added with default_factory() as its value (KeyError
    when the factory is None). Other arguments are those of dict()."""

    # default_factory is a slot, a data descriptor on the class as in
    # 3.6's C type, whose instances have no __dict__ either.
    __slots__ = ('default_factory',)

    def __init__(*args, **kwargs):
        self, args = args[0], args[1:]
        factory = args[0] if args else None
        if factory is not None and not callable(factory):
            raise TypeError("first argument must be callable or None")
        self.default_factory = factory
        dict.__init__(self, *args[1:], **kwargs)

    def __missing__(self, key):
        """The value for a key d[key] did not find: default_factory()'s,
        stored under key; KeyError without a factory."""
        if self.default_factory is None:
            raise KeyError(key)
        self[key] = made = self.default_factory()
        return made

    def __repr__(self):
        # 3.6 prints "defaultdict" for subclasses too; a factory or a dict
        # met again while printing shows as "..." or "{...}".
        return "defaultdict(%s, %s)" % (
            _repr_once(self.default_factory, "..."),
            _repr_once(self, "{...}", dict.__repr__))

    def copy(self):
        """A new defaultdict with the same factory and items."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        args = () if self.default_factory is None else (self.default_factory,)
        return type(self), args, None, None, iter(list(self.items()))


_set_extension_name(defaultdict, 'collections.defaultdict')  # a C type in CPython


# -- namedtuple --------------------------------------------------------------

def _split_fields(field_names):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    return [str(name) for name in field_names]


def _unusable(name):
    # A field name that rename=True replaces.
    return (not name.isidentifier() or _iskeyword(name)
            or name.startswith("_"))


def _check_names(typename, fields, renamed):
    # Every name must be a usable identifier before field-specific rules
    # (leading underscore, duplicates) are looked at, in field order.
    for name in [typename] + fields:
        flaw = ("must be valid identifiers" if not name.isidentifier()
                else "cannot be a keyword" if _iskeyword(name) else None)
        if flaw:
            raise ValueError("Type names and field names %s: %r"
                             % (flaw, name))
    for position, name in enumerate(fields):
        if not renamed and name.startswith("_"):
            raise ValueError("Field names cannot start with an underscore: "
                             "%r" % name)
        if name in fields[:position]:
            raise ValueError("Encountered duplicate field name: %r" % name)


# The fields' docstring, as help() shows it in CPython 3.6.
_FIELD_DOC = "Alias for field number %d"


def _field_property(position):
    def fetch(self):
        return tuple.__getitem__(self, position)
    return property(fetch, doc=_FIELD_DOC % position)


def _constructor(typename, fields):
    # __new__ is compiled so that argument errors name the fields.
    params = ", ".join(fields)
    signature = ", ".join(["_cls"] + fields)
    packed = "(%s,)" % params if fields else "()"
    code = "def __new__(%s):\n    return _make_tuple(_cls, %s)\n" % (
        signature, packed)
    scope = {"_make_tuple": tuple.__new__}
    exec(code, scope)
    built = scope["__new__"]
    built.__doc__ = "Make a %s from its fields (%s)" % (typename, params)
    return built, code


def _describe(typename, fields, new_code):
    # The class as Python text, kept as _source (and printed by verbose).
    lines = ["from builtins import property as _property, tuple as _tuple",
             "from collections import OrderedDict",
             "_make_tuple = _tuple.__new__",
             "",
             "class %s(tuple):" % typename,
             "    %r" % ("%s(%s)" % (typename, ", ".join(fields))),
             "    __slots__ = ()",
             "    _fields = %r" % (tuple(fields),),
             ""]
    lines += ["    " + line for line in new_code.splitlines()]
    lines += ["",
              "    @classmethod",
              "    def _make(cls, iterable):",
              "        made = _make_tuple(cls, iterable)",
              "        if len(made) != %d:" % len(fields),
              "            raise TypeError('Expected %d arguments, got %%d'"
              " %% len(made))" % len(fields),
              "        return made",
              "",
              "    def _replace(_self, **kwds):",
              "        made = _self._make([kwds.pop(f, v) for f, v in"
              " zip(_self._fields, _self)])",
              "        if kwds:",
              "            raise ValueError('Got unexpected field names: %r'"
              " % list(kwds))",
              "        return made",
              "",
              "    def __repr__(self):",
              "        return type(self).__name__ + '(' + ', '.join("
              "'%s=%r' % p for p in zip(self._fields, self)) + ')'",
              "",
              "    def _asdict(self):",
              "        return OrderedDict(zip(self._fields, self))",
              "",
              "    def __getnewargs__(self):",
              "        return _tuple(self)",
              ""]
    for position, name in enumerate(fields):
        lines.append("    %s = _property(lambda self: self[%d], doc=%r)"
                     % (name, position, _FIELD_DOC % position))
    return "\n".join(lines) + "\n"


def _calling_module():
    # __name__ of the module whose code called namedtuple; None when the
    # interpreter cannot tell.
    try:
        frame = _sys._getframe(2)
    except (AttributeError, ValueError):
        return None
    return frame.f_globals.get("__name__", "__main__")


def namedtuple(typename, field_names, *, verbose=False, rename=False,
               module=None):
    """Return a new tuple subclass, typename, whose items are also
    attributes named by field_names (a sequence of strings, or one string
    of names separated by spaces or commas).

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point(11, y=22)
    Point(x=11, y=22)
    """
    fields = _split_fields(field_names)
    typename = str(typename)
    if rename:
        seen = set()
        for position, name in enumerate(list(fields)):
            if _unusable(name) or name in seen:
                fields[position] = "_%d" % position
            seen.add(name)
    _check_names(typename, fields, rename)
    fields_tuple = tuple(fields)
    width = len(fields)
    new, new_code = _constructor(typename, fields)

    def _make(cls, iterable):
        made = tuple.__new__(cls, iterable)
        if len(made) != width:
            raise TypeError("Expected %d arguments, got %d" % (width, len(made)))
        return made
    _make.__doc__ = "A %s of the items of an iterable, in field order" % typename

    def _replace(_self, **kwds):
        made = _self._make([kwds.pop(name, value)
                            for name, value in zip(fields_tuple, _self)])
        if kwds:
            raise ValueError("Got unexpected field names: %r" % list(kwds))
        return made
    _replace.__doc__ = ("A copy of this %s with the named fields changed"
                        % typename)

    def __repr__(self):
        body = ", ".join("%s=%r" % pair for pair in zip(fields_tuple, self))
        return "%s(%s)" % (type(self).__name__, body)
    __repr__.__doc__ = "TypeName(field=value, ...)"

    def _asdict(self):
        """The fields as an OrderedDict of name to value."""
        return OrderedDict(zip(fields_tuple, self))

    def __getnewargs__(self):
        """The values as a plain tuple (what copying rebuilds it from)."""
        return tuple(self)

    namespace = {
        "__doc__": "%s(%s)" % (typename, ", ".join(fields)),
        "__slots__": (),
        "_fields": fields_tuple,
        "__new__": new,
        "_make": classmethod(_make),
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "_source": _describe(typename, fields, new_code),
    }
    for method in (_make, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = "%s.%s" % (typename, method.__name__)
    for position, name in enumerate(fields):
        namespace[name] = _field_property(position)
    cls = type(typename, (tuple,), namespace)
    # The class belongs to the caller's module (pickle finds it there).
    home = module if module is not None else _calling_module()
    if home is not None:
        cls.__module__ = home
    if verbose:
        print(cls._source)
    return cls


# -- OrderedDict ---------------------------------------------------------------

# Written in Go (vm/dict_ordered*.go), as CPython 3.6 writes it in C: a dict
# whose own record of its keys' order is kept apart from the dict's items.
from _odict import OrderedDict


# -- Counter -------------------------------------------------------------------

def _count_elements(mapping, iterable):
    # Add one to mapping[item] for each item (Counter's counting loop,
    # under the name CPython's collections gives it).
    fetch = mapping.get
    for item in iterable:
        mapping[item] = fetch(item, 0) + 1


class Counter(dict):
    """A multiset: a dict from hashable elements to how many times each
    was counted; a missing element counts zero.

    >>> Counter('abracadabra').most_common(3)
    [('a', 5), ('b', 2), ('r', 2)]
    """

    def __init__(*args, **kwds):
        """Create a new, empty Counter object, then count the elements of an
        iterable or a mapping of counts, and keyword counts."""
        self, source = _self_and_one("__init__", "Counter", args)
        dict.__init__(self)
        self.update(*args[1:], **kwds)

    def __missing__(self, key):
        """A key not counted counts 0 (and is not added)."""
        return 0

    def most_common(self, n=None):
        """(element, count) pairs, highest count first (ties in insertion
        order); the first n of them, or all when n is None."""
        ranked = sorted(self.items(), key=lambda pair: pair[1], reverse=True)
        if n is None:
            return ranked
        return ranked[:max(n, 0)]

    def elements(self):
        """Each element as many times as it was counted (elements counted
        less than once are left out)."""
        for element, count in list(self.items()):
            for _ in range(_count_arg(count)):
                yield element

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(*args, **kwds):
        """Add counts from an iterable or a mapping (and keywords); unlike
        dict.update, counts are added, not replaced."""
        self, source = _self_and_one("update", "Counter", args)
        if source is not None:
            if not isinstance(source, Mapping):
                _count_elements(self, source)
            elif not self:
                # Nothing to add to: the counts are taken as they are.
                dict.update(self, source)
            else:
                fetch = self.get
                for element, count in source.items():
                    self[element] = count + fetch(element, 0)
        if kwds:
            self.update(kwds)

    def subtract(*args, **kwds):
        """Subtract counts from an iterable or a mapping (and keywords).
        Counts may become zero or negative."""
        self, source = _self_and_one("subtract", "Counter", args)
        if source is not None:
            fetch = self.get
            if isinstance(source, Mapping):
                pairs = source.items()
            else:
                pairs = ((element, 1) for element in source)
            for element, count in pairs:
                self[element] = fetch(element, 0) - count
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """A new Counter with the same counts."""
        return type(self)(self)

    def __reduce__(self):
        return type(self), (dict(self),)

    def __delitem__(self, elem):
        """Forget elem's count; an element not counted is no error."""
        if elem in self:
            dict.__delitem__(self, elem)

    def __repr__(self):
        name = type(self).__name__
        if not self:
            return "%s()" % name
        try:
            shown = ", ".join("%r: %r" % pair for pair in self.most_common())
        except TypeError:
            # counts that do not sort
            return "%s(%r)" % (name, dict(self))
        return "%s({%s})" % (name, shown)

    # Multiset arithmetic: the result keeps only positive counts; elements
    # of self come first, then those found only in other.

    def _combine(self, other, pick, only_other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for element, count in self.items():
            value = pick(count, other[element])
            if value > 0:
                result[element] = value
        for element, count in other.items():
            if element not in self:
                value = only_other(count)
                if value > 0:
                    result[element] = value
        return result

    def __add__(self, other):
        """Add counts from two counters."""
        return self._combine(other, lambda a, b: a + b, lambda b: b)

    def __sub__(self, other):
        """Counts of self less other's, where still positive."""
        return self._combine(other, lambda a, b: a - b, lambda b: 0 - b)

    def __or__(self, other):
        """For each element the larger of the two counts (positive ones)."""
        return self._combine(other, lambda a, b: b if a < b else a,
                             lambda b: b)

    def __and__(self, other):
        """For each element the smaller of the two counts (positive ones)."""
        return self._combine(other, lambda a, b: a if a < b else b,
                             lambda b: 0)

    def __pos__(self):
        """A Counter of the positive counts only."""
        return Counter({e: c for e, c in self.items() if c > 0})

    def __neg__(self):
        """A Counter of the negative counts, made positive."""
        return Counter({e: 0 - c for e, c in self.items() if c < 0})

    def _drop_nonpositive(self):
        for element in [e for e, c in self.items() if not c > 0]:
            del self[element]
        return self

    def __iadd__(self, other):
        """Add other's counts in place, then drop what is not positive."""
        for element, count in other.items():
            self[element] += count
        return self._drop_nonpositive()

    def __isub__(self, other):
        """Subtract other's counts in place, then drop what is not positive."""
        for element, count in other.items():
            self[element] -= count
        return self._drop_nonpositive()

    def __ior__(self, other):
        """Keep the larger count of each element, in place."""
        for element, count in other.items():
            if count > self[element]:
                self[element] = count
        return self._drop_nonpositive()

    def __iand__(self, other):
        """Keep the smaller count of each element, in place."""
        for element, count in list(self.items()):
            if other[element] < count:
                self[element] = other[element]
        return self._drop_nonpositive()


# -- ChainMap ------------------------------------------------------------------

class ChainMap(MutableMapping):
    """A view of several mappings as one: lookups search them in order,
    writes and deletions go to the first (maps[0])."""

    def __init__(self, *maps):
        """Search the given mappings in order (one empty dict when none is
        given); writes go to the first."""
        self.maps = list(maps) or [{}]

    def __getitem__(self, key):
        # Indexing (not "in") so that a mapping's __missing__ answers.
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                continue
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def _merged_keys(self):
        # Every key once, in the order of the last mapping first.
        order = {}
        for mapping in reversed(self.maps):
            for key in mapping:
                order[key] = None
        return order

    def __len__(self):
        return len(self._merged_keys())

    def __iter__(self):
        return iter(list(self._merged_keys()))

    def __contains__(self, key):
        return any(key in mapping for mapping in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_guarded_repr("...")
    def __repr__(self):
        return "%s(%s)" % (type(self).__name__,
                           ", ".join(repr(m) for m in self.maps))

    @classmethod
    def fromkeys(cls, iterable, *args):
        """A ChainMap over one new dict, dict.fromkeys(iterable, *args)."""
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        """A ChainMap of the same class whose first mapping is a copy; the
        others are shared."""
        return type(self)(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None):
        """A ChainMap with m (a new dict when None) in front of these
        mappings."""
        return type(self)({} if m is None else m, *self.maps)

    @property
    def parents(self):
        """The ChainMap of every mapping but the first."""
        return type(self)(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def _first_key_error(self, key):
        return KeyError("Key not found in the first mapping: {!r}".format(key))

    def __delitem__(self, key):
        try:
            self.maps[0].__delitem__(key)
        except KeyError:
            raise self._first_key_error(key)

    def popitem(self):
        """popitem() of the first mapping (KeyError when it is empty)."""
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.")

    def pop(self, key, *args):
        """pop() from the first mapping only (KeyError when key is not
        there)."""
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise self._first_key_error(key)

    def clear(self):
        """Empty the first mapping; the others keep their items."""
        self.maps[0].clear()


# -- UserDict, UserList, UserString -------------------------------------------

# The three wrappers keep their contents in .data, a real dict, list or str,
# and meet most of the protocol by handing .data to a built-in function
# (_on_data) or by calling the same method of .data (_to_data).

def _on_data(function):
    def apply(self):
        return function(self.data)
    return apply


def _to_data(method):
    def call(self, *args, **kwds):
        return getattr(self.data, method)(*args, **kwds)
    call.__name__ = method
    return call


def _settle_abstract(cls):
    # Methods attached after the class statement do not reach the abstract
    # set ABCMeta computed then: recompute it.
    cls.__abstractmethods__ = frozenset(
        name for name in cls.__abstractmethods__
        if getattr(getattr(cls, name, None), "__isabstractmethod__", False))


def _unwrap(value, wrapper):
    # The payload of a User* wrapper, or value itself.
    return value.data if isinstance(value, wrapper) else value


def _fill_from_keys(cls, iterable, value):
    made = cls()
    for key in iterable:
        made[key] = value
    return made


class UserDict(MutableMapping):
    """A dict-like class keeping its items in a real dict, self.data; meant
    to be subclassed."""

    def __init__(*args, **kwargs):
        self, initial = _self_and_one("__init__", "UserDict", args)
        if initial is None and "dict" in kwargs:
            initial = kwargs.pop("dict")
            import warnings
            warnings.warn("Passing 'dict' as keyword argument is deprecated",
                          DeprecationWarning, stacklevel=2)
        self.data = {}
        for source in (initial, kwargs or None):
            if source is not None:
                self.update(source)

    def __getitem__(self, key):
        if key not in self.data:
            # A subclass may supply defaults, as dict subclasses do.
            missing = getattr(type(self), "__missing__", None)
            if missing is None:
                raise KeyError(key)
            return missing(self, key)
        return self.data[key]

    def copy(self):
        if type(self) is UserDict:
            return UserDict(self.data.copy())
        import copy
        # A shallow copy of a subclass instance, given a dict of its own.
        saved, self.data = self.data, {}
        try:
            twin = copy.copy(self)
        finally:
            self.data = saved
        twin.update(self)
        return twin

    fromkeys = classmethod(lambda cls, iterable, value=None:
                           _fill_from_keys(cls, iterable, value))


for _name, _function in (("__len__", len), ("__iter__", iter),
                         ("__repr__", repr)):
    setattr(UserDict, _name, _on_data(_function))
for _name in ("__setitem__", "__delitem__", "__contains__"):
    setattr(UserDict, _name, _to_data(_name))


class UserList(MutableSequence):
    """A list-like class keeping its items in a real list, self.data."""

    def __init__(self, initlist=None):
        if initlist is None:
            self.data = []
        elif isinstance(initlist, UserList):
            self.data = list(initlist.data)
        else:
            self.data = list(initlist)

    __hash__ = None

    def _as_list(self, other):
        if isinstance(other, UserList):
            return other.data
        return other if isinstance(other, list) else list(other)

    def __add__(self, other):
        return type(self)(self.data + self._as_list(other))

    def __radd__(self, other):
        return type(self)(self._as_list(other) + self.data)

    def __iadd__(self, other):
        self.data += self._as_list(other)
        return self

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def copy(self):
        return type(self)(self)

    def extend(self, other):
        self.data.extend(_unwrap(other, UserList))


def _compare_data(test, wrapper):
    # A rich comparison of .data with other (or other's .data).
    def compare(self, other):
        return test(self.data, _unwrap(other, wrapper))
    return compare


_COMPARISONS = (("__eq__", lambda a, b: a == b),
                ("__lt__", lambda a, b: a < b),
                ("__le__", lambda a, b: a <= b),
                ("__gt__", lambda a, b: a > b),
                ("__ge__", lambda a, b: a >= b))

for _name, _function in (("__len__", len), ("__repr__", repr)):
    setattr(UserList, _name, _on_data(_function))
for _name in ("__contains__", "__getitem__", "__setitem__", "__delitem__",
              "append", "insert", "pop", "remove", "clear", "count",
              "index", "reverse", "sort"):
    setattr(UserList, _name, _to_data(_name))
for _name, _test in _COMPARISONS:
    setattr(UserList, _name, _compare_data(_test, UserList))


class UserString(Sequence):
    """A str-like class keeping its text in a real str, self.data; methods
    that give text give instances of the class."""

    def __init__(self, seq):
        if isinstance(seq, UserString):
            seq = seq.data
        self.data = seq if isinstance(seq, str) else str(seq)

    def __getnewargs__(self):
        return (self.data,)

    def __contains__(self, char):
        return _unwrap(char, UserString) in self.data

    def __getitem__(self, index):
        return type(self)(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            other = other.data
        return type(self)(self.data + (other if isinstance(other, str)
                                       else str(other)))

    def __radd__(self, other):
        return type(self)((other if isinstance(other, str) else str(other))
                          + self.data)

    def __mul__(self, n):
        return type(self)(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return type(self)(self.data % args)

    def __rmod__(self, format):
        # CPython 3.6's version names a variable it never defined.
        raise NameError("name 'args' is not defined")

    maketrans = str.maketrans


for _name, _function in (("__str__", str), ("__repr__", repr),
                         ("__int__", int), ("__float__", float),
                         ("__complex__", complex), ("__hash__", hash),
                         ("__len__", len)):
    setattr(UserString, _name, _on_data(_function))


# str methods UserString forwards: those whose result is text give an
# instance of the caller's class; _UNWRAPS lists those that accept a
# UserString argument in place of a str.
_TEXT_RESULT = ("capitalize", "casefold", "center", "expandtabs", "ljust",
                "lower", "lstrip", "replace", "rjust", "rstrip", "strip",
                "swapcase", "title", "translate", "upper", "zfill")
_OTHER_RESULT = ("count", "endswith", "find", "format", "format_map",
                 "index", "isalpha", "isalnum", "isdecimal", "isdigit",
                 "isidentifier", "islower", "isnumeric", "isprintable",
                 "isspace", "istitle", "isupper", "join", "partition",
                 "rfind", "rindex", "rpartition", "rsplit", "split",
                 "splitlines", "startswith")
_UNWRAPS = ("count", "find", "index", "rfind", "rindex", "replace")


def _user_string_method(method, wrap):
    loosen = method in _UNWRAPS

    def call(self, *args, **kwds):
        if loosen:
            args = [_unwrap(a, UserString) for a in args]
        result = getattr(self.data, method)(*args, **kwds)
        return type(self)(result) if wrap else result
    call.__name__ = method
    return call


def _user_string_encode(self, encoding=None, errors=None):
    # 3.6 wraps the bytes too (str() of them becomes the text).
    options = [v for v in (encoding, errors) if v] if encoding else []
    return type(self)(self.data.encode(*options))


UserString.encode = _user_string_encode

for _name, _test in _COMPARISONS:
    setattr(UserString, _name, _compare_data(_test, UserString))

for _name in _TEXT_RESULT:
    setattr(UserString, _name, _user_string_method(_name, True))
for _name in _OTHER_RESULT:
    setattr(UserString, _name, _user_string_method(_name, False))

del _name, _test, _function

for _cls in (UserDict, UserList, UserString):
    _settle_abstract(_cls)
del _cls
