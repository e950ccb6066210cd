"""Enumerated constants: Enum, IntEnum, Flag and IntFlag, with auto() and
unique(), behaving as in Python 3.6.

An enum class is built by EnumMeta from a class statement (or from
Enum('Name', names) calls): every public, non-descriptor name bound in the
class body becomes a member, an instance of the class made once, at class
creation. Members with equal values collapse into one canonical member; the
later names are aliases of it.
"""

import builtins
import sys
from collections import OrderedDict
from types import DynamicClassAttribute, MappingProxyType

try:
    from _pyenum import kind as _go_enum_kind
except ImportError:  # an interpreter built without the Go enum classes
    def _go_enum_kind(cls):
        return None

__all__ = ['EnumMeta', 'Enum', 'IntEnum', 'Flag', 'IntFlag', 'auto', 'unique']


# -- names in a class body ---------------------------------------------------

def _dunder(name):
    """'__x__' with a real stem ('__' and '___' excluded)."""
    return (len(name) > 4 and name.startswith('__') and name.endswith('__')
            and name[2] != '_' and name[-3] != '_')


def _sunder(name):
    """'_x_', single underscores each side."""
    return (len(name) > 2 and name[0] == '_' and name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


# Exact types whose instances never act as attributes: built-in types
# cannot be given a __get__, so _binds need not ask (each hasattr that
# fails costs an AttributeError).
_INERT_TYPES = frozenset([int, str, float, bytes, tuple, bool, complex,
                          frozenset, type(None)])


# The type of built-in functions (len): 3.6's have no __get__, so they
# become members; this interpreter's answer hasattr(len, '__get__').
_BUILTIN_FUNCTION = type(len)


def _binds(obj):
    """True for objects that act as attributes (functions, properties...):
    they stay class attributes instead of becoming members."""
    if type(obj) in _INERT_TYPES or type(obj) is _BUILTIN_FUNCTION:
        return False
    for hook in ('__get__', '__set__', '__delete__'):
        if hasattr(obj, hook):
            return True
    return False


# Sunder names a class body may bind in 3.6; all others are reserved.
_BODY_SUNDERS = frozenset(['_order_', '_generate_next_value_', '_missing_',
                           '_create_pseudo_member_'])


# The value of an auto() not yet given one.
_UNSET = object()


class auto:
    """Stands for the value the enum class will choose for this member
    (its _generate_next_value_)."""
    value = _UNSET


class _BodyNamespace(dict):
    """The namespace a class body of an enum runs in: it records member
    names in order, fills in auto() values and rejects rebinding."""

    def __init__(self):
        dict.__init__(self)
        self.member_order = []
        self.seen_values = []
        self.next_value = None

    def __setitem__(self, key, value):
        if key[:1] != '_':  # neither _sunder_ nor __dunder__: the usual case
            value = self._plain(key, value)
        elif _sunder(key):
            self._hook(key, value)
        elif _dunder(key):
            # 3.6 still accepts the Python 2 spelling of _order_.
            key = '_order_' if key == '__order__' else key
        else:
            value = self._plain(key, value)
        dict.__setitem__(self, key, value)

    def _fill(self, names):
        """self[key] = value for each entry of the functional API's names
        (pairs, or the keys of a mapping), in order, with __setitem__'s
        checks for a public name bound to a plain value done in this one
        loop: the calls of __setitem__ and _plain per member cost more
        than the checks."""
        order = self.member_order
        seen = self.seen_values
        store = dict.__setitem__
        for entry in names:
            if isinstance(entry, str):
                key, value = entry, names[entry]
            else:
                key, value = entry
            if key[:1] == '_' or type(value) not in _INERT_TYPES:
                self[key] = value
                continue
            if key in order:
                raise TypeError('Attempted to reuse key: %r' % key)
            if key in self:
                raise TypeError('%r already defined as: %r' % (key, self[key]))
            order.append(key)
            seen.append(value)
            store(self, key, value)

    @property
    def _member_names(self):
        # The name 3.6's own namespace gives its member list; metaclasses
        # derived from EnumMeta read it.
        return self.member_order

    def _hook(self, key, value):
        """A _sunder_ name: only the enum hooks may be bound."""
        if key not in _BODY_SUNDERS:
            raise ValueError('_names_ are reserved for future Enum use')
        if key == '_generate_next_value_':
            self.next_value = value

    def _plain(self, key, value):
        """A public name: it becomes a member unless value binds as an
        attribute. Returns what the namespace keeps under key."""
        if key in self.member_order:
            raise TypeError('Attempted to reuse key: %r' % key)
        if _binds(value):
            return value
        if key in self:
            raise TypeError('%r already defined as: %r' % (key, self[key]))
        if isinstance(value, auto):
            if value.value is _UNSET:
                so_far = list(self.seen_values)
                value.value = self.next_value(key, 1, len(so_far), so_far)
            value = value.value
        self.member_order.append(key)
        self.seen_values.append(value)
        return value


# -- member attributes -------------------------------------------------------

class _MemberField(DynamicClassAttribute):
    """name/value of a member. Read on the class, it gives the member of
    that name if there is one (so members may be called 'name' or
    'value'); it cannot be assigned or deleted. A DynamicClassAttribute,
    as 3.6's are (inspect.getmembers lists them for enum classes)."""

    def __init__(self, slot, attr):
        def fget(member):
            return getattr(member, slot)
        fget.__name__ = attr
        # The docs are 3.6's (PSF wording): help() shows them.
        DynamicClassAttribute.__init__(
            self, fget, doc="The %s of the Enum member." % attr)
        self.slot = slot
        self.attr = attr

    def __get__(self, member, cls=None):
        if member is None:
            table = getattr(cls, '_member_map_', None) or {}
            if self.attr in table:
                return table[self.attr]
            raise AttributeError(self.attr)
        return getattr(member, self.slot)

    def __set__(self, member, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, member):
        raise AttributeError("can't delete attribute")


_HEAPTYPE = 1 << 9  # __flags__ bit of classes made by class statements


def _field_names(cls, names):
    """Those of names bound to attribute fields in cls's MRO: members
    with those names are reached through the field, not set on the
    class. Only the names a class binds at all are looked at (a set
    intersection), not every entry of every class."""
    fields = set()
    for klass in cls.__mro__:
        if not klass.__flags__ & _HEAPTYPE:
            # A type made in Go (int, object) holds no fields, and
            # listing its __dict__ builds a copy of the whole namespace.
            continue
        namespace = klass.__dict__
        for key in namespace.keys() & names:
            if isinstance(namespace[key], (_MemberField, DynamicClassAttribute)):
                fields.add(key)
    return fields


# -- class layout ------------------------------------------------------------

def _enum_bases(bases):
    """(data type of the members, first enum class) for a new enum class
    with these bases; (object, None) when bases is empty, which only the
    root Enum has."""
    if not bases:
        return object, None
    for base in bases:
        if base is not Enum and _is_enum(base) and _populated(base):
            raise TypeError('Cannot extend enumerations')
    if not _is_enum(bases[-1]):
        raise TypeError('new enumerations must be created as '
                        '`ClassName([mixin_type,] enum_type)`')
    head = bases[0]
    if not _is_enum(head):
        return head, bases[-1]
    data_type = enum_type = None
    for klass in head.__mro__:
        if _is_enum(klass):
            if enum_type is None:
                enum_type = klass
        elif data_type is None:
            data_type = klass
    return data_type, enum_type


def _is_enum(klass):
    """issubclass(klass, Enum), without EnumMeta.__subclasscheck__'s Python
    call for the classes that have Enum in their MRO."""
    if Enum in getattr(klass, '__mro__', ()):
        return True
    return issubclass(klass, Enum)


def _populated(enum_class):
    """True if enum_class has members (a class built in Go has no
    _member_names_ but has a length)."""
    try:
        return bool(enum_class._member_names_)
    except AttributeError:
        return len(enum_class) > 0


def _member_constructor(body, data_type, enum_type):
    """How members are made: (constructor, whether the class body defined
    __new__ itself, whether the constructor takes the value's items)."""
    own = body.get('__new__')
    if own is not None:
        return own, True, own is not object.__new__
    skip = (None, object.__new__, Enum.__new__ if Enum is not None else None)
    for attr in ('__new_member__', '__new__'):
        for source in (data_type, enum_type):
            found = getattr(source, attr, None)
            if not any(found is s for s in skip):
                return found, False, True
    return object.__new__, False, False


def _lookup(cls, attr):
    """attr as cls's instances inherit it (the metaclass not consulted)."""
    for klass in cls.__mro__:
        if attr in klass.__dict__:
            return klass.__dict__[attr]
    return None


def _builtin(klass):
    """True for the interpreter's own types (int, str, object...)."""
    return (klass.__module__ == 'builtins'
            and getattr(builtins, klass.__name__, None) is klass)


def _owner(cls, attr):
    """The class in cls's MRO that provides attr; a built-in type counts as
    providing every special method."""
    for klass in cls.__mro__:
        if attr in klass.__dict__ or _builtin(klass):
            return klass
    return None


# Methods an enum class must take from its enum base rather than from a
# mixed-in data type, whose versions would print or reduce the plain value.
_ENUM_FACE = ('__repr__', '__str__', '__format__', '__reduce_ex__')
# Special methods a built-in data type lacks, which Python reaches on the
# enum base after it; this interpreter stops at the built-in type, so the
# class gets them in its own dictionary.
_PAST_BUILTIN = ('__dir__', '__contains__')


# A mixed-in data type defining none of these in its own namespace cannot
# be pickled by value, so its enum classes refuse pickling altogether.
_PICKLE_HOOKS = ('__getnewargs_ex__', '__getnewargs__', '__reduce_ex__',
                 '__reduce__')


def _no_pickle(self, proto):
    raise TypeError('%r cannot be pickled' % self)


def _refuse_pickling(enum_class):
    """Make members of enum_class raise TypeError when pickled; the class
    then claims no module, as 3.6 marks it."""
    type.__setattr__(enum_class, '__reduce_ex__', _no_pickle)
    type.__setattr__(enum_class, '__module__', '<unknown>')


# The private helpers 3.6's enum module has under these names (its tests
# and a few libraries reach for them).
_is_descriptor = _binds
_is_dunder = _dunder
_is_sunder = _sunder
_make_class_unpicklable = _refuse_pickling


class _Filing(object):
    """Makes the members of one new enum class and files them. What every
    member needs is found once per class: how members are made, whether
    their __init__ runs, whether _value_ must be asked for; the canonical
    members so far are kept with their values, in the same order."""

    def __init__(self, enum_class, ctor, spread, data_type):
        self.enum_class = enum_class
        self.ctor = ctor
        self.spread = spread
        self.data_type = data_type
        self.mixed = spread and data_type is not object
        # Member names are never dunders, so filing one cannot change
        # which class provides __init__.
        self.init = not _builtin(_owner(enum_class, '__init__'))
        self.ask_value = not _bare_instances(enum_class, ctor, data_type)
        self.canonical = []
        self.values = []

    def file(self, values, fields):
        """Make the members (values: name -> value, in order) and file
        them, each an alias of an earlier member whose value is equal if
        there is one; a name in fields is not set on the class. One loop
        over locals: per member, a method call and a dozen attribute
        reads of self cost more than making the member."""
        enum_class = self.enum_class
        ctor, spread, data_type = self.ctor, self.spread, self.data_type
        mixed, init, ask_value = self.mixed, self.init, self.ask_value
        tuples = data_type is not tuple
        canonical, seen = self.canonical, self.values
        alias_of = self._alias_of
        put = type.__setattr__
        for name, value in values.items():
            if tuples and isinstance(value, tuple):
                items = value
            else:
                items = (value,)
            member = ctor(enum_class, *items) if spread else ctor(enum_class)
            if not ask_value or not hasattr(member, '_value_'):
                member._value_ = data_type(*items) if mixed else value
            member._name_ = name
            member.__objclass__ = enum_class
            if init:
                member.__init__(*items)
            value = member._value_
            same = alias_of(value) if seen else None
            if same is not None:
                member = same
            else:
                enum_class._member_names_.append(name)
                canonical.append(member)
                seen.append(value)
            enum_class._member_map_[name] = member
            if name not in fields:
                put(enum_class, name, member)
            try:
                enum_class._value2member_map_[value] = member
            except TypeError:
                pass  # unhashable values are found by comparison

    def _alias_of(self, value):
        """The first canonical member whose value == value, or None.
        list.index finds a candidate without reading each member's
        _value_, but matches identity first where 3.6 asks ==."""
        values = self.values
        try:
            at = values.index(value)
        except ValueError:
            return None
        if values[at] == value:
            return self.canonical[at]
        for earlier, member in zip(values, self.canonical):
            if earlier == value:
                return member
        return None


def _bare_instances(enum_class, ctor, data_type):
    """True when members that ctor makes cannot have a _value_ before it
    is set: ctor is a built-in type's own __new__ (which sets no
    attributes) and no class of ours in the MRO supplies _value_ or hooks
    attribute lookup. Asking hasattr then costs an AttributeError for an
    answer known in advance."""
    if not any(_builtin(klass) and ctor is klass.__new__
               for klass in (data_type, object)):
        return False
    for klass in enum_class.__mro__:
        if _builtin(klass):
            continue
        names = klass.__dict__
        if ('_value_' in names or '__getattr__' in names
                or '__getattribute__' in names):
            return False
    return True


# -- the metaclass -----------------------------------------------------------

class EnumMeta(type):
    """The type of enum classes: it turns a class body's plain names into
    members, and lets the class be iterated, indexed by name and called
    with a value."""

    def __new__(metacls, cls, bases, classdict):
        data_type, enum_type = _enum_bases(bases)
        ctor, body_new, spread = _member_constructor(classdict, data_type,
                                                     enum_type)
        order = list(getattr(classdict, 'member_order', ()))
        values = OrderedDict((key, classdict[key]) for key in order)
        if 'mro' in values:
            raise ValueError('Invalid enum member name: mro')
        attrs = dict((k, v) for k, v in classdict.items() if k not in values)
        wanted_order = attrs.pop('_order_', None)
        attrs.setdefault('__doc__', 'An enumeration.')
        if '__module__' not in attrs:
            attrs['__module__'] = __name__
        enum_class = type.__new__(metacls, cls, bases, attrs)
        put = type.__setattr__
        put(enum_class, '_member_names_', [])
        put(enum_class, '_member_map_', OrderedDict())
        put(enum_class, '_member_type_', data_type)
        put(enum_class, '_value2member_map_', {})
        fields = _field_names(enum_class, values)

        filing = _Filing(enum_class, ctor, spread, data_type)
        filing.file(values, fields)

        if data_type is not object:
            for attr in _ENUM_FACE:
                if attr in classdict:
                    continue
                owner = _owner(enum_class, attr)
                if owner is not None and owner in data_type.__mro__:
                    put(enum_class, attr, _lookup(enum_type, attr))
            if _builtin(data_type):
                for attr in _PAST_BUILTIN:
                    if attr in classdict or attr in data_type.__dict__:
                        continue
                    found = _lookup(enum_type, attr)
                    if found is not None:
                        put(enum_class, attr, found)

        if (data_type is not object and not _builtin(data_type)
                and '__reduce_ex__' not in classdict
                and not any(hook in data_type.__dict__
                            for hook in _PICKLE_HOOKS)):
            _refuse_pickling(enum_class)

        if Enum is not None:
            if body_new:
                put(enum_class, '__new_member__', ctor)
            put(enum_class, '__new__', Enum.__new__)

        if wanted_order is not None:
            if isinstance(wanted_order, str):
                wanted_order = wanted_order.replace(',', ' ').split()
            if list(wanted_order) != enum_class._member_names_:
                raise TypeError('member order does not match _order_')
        return enum_class

    @classmethod
    def __prepare__(metacls, cls, bases):
        # auto() values come from the enum base's generator unless the
        # body defines its own.
        _, enum_type = _enum_bases(bases)
        body = _BodyNamespace()
        if enum_type is not None:
            # As in 3.6, the inherited generator is in every enum class's
            # namespace (vars(Color) lists it), set as a body would.
            body['_generate_next_value_'] = getattr(
                enum_type, '_generate_next_value_', None)
        return body

    # -- the class as a container of its members

    def __iter__(cls):
        table = cls._member_map_
        return iter([table[name] for name in cls._member_names_])

    def __reversed__(cls):
        table = cls._member_map_
        return iter([table[name] for name in reversed(cls._member_names_)])

    def __len__(cls):
        return len(cls._member_names_)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __contains__(cls, member):
        if not isinstance(member, cls):
            return False
        return member._name_ in cls._member_map_

    @property
    def __members__(cls):
        """Returns a mapping of member name->value.

        This mapping lists all enum members, including aliases. Note that this
        is a read-only view of the internal mapping.
        """
        return MappingProxyType(cls._member_map_)

    def __bool__(cls):
        return True

    # -- attributes: members are read-only

    def __getattr__(cls, name):
        if _dunder(name) or name == '_member_map_':
            raise AttributeError(name)
        table = cls._member_map_
        if name not in table:
            raise AttributeError(name)
        return table[name]

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', ()):
            raise AttributeError('Cannot reassign members.')
        type.__setattr__(cls, name, value)

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError('%s: cannot delete Enum member.' % cls.__name__)
        type.__delattr__(cls, attr)

    def __repr__(cls):
        return '<enum %r>' % cls.__name__

    def __dir__(cls):
        return ['__class__', '__doc__', '__members__', '__module__'] + \
            list(cls._member_names_)

    # -- calling: Cls(value) finds a member, Cls('Name', names) makes a class

    def __call__(cls, value, names=None, *, module=None, qualname=None,
                 type=None, start=1):
        if names is not None:
            return _make_enum(cls, value, names, module, qualname, type, start)
        return cls.__new__(cls, value)

    # isinstance()/issubclass() also place the enum classes built in Go
    # (the ssl ones) under Enum, IntEnum, Flag and IntFlag.
    def __instancecheck__(cls, obj):
        return cls.__subclasscheck__(type(obj))

    def __subclasscheck__(cls, sub):
        if not isinstance(sub, type) and not isinstance(getattr(sub, '__bases__', None), tuple):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls in getattr(sub, '__mro__', ()):
            return True
        stand_in = _python_kind(_go_enum_kind(sub))
        return stand_in is not None and cls in stand_in.__mro__


def _python_kind(kind):
    """The class of this module a Go-built enum class of kind stands under
    ('Enum', 'IntEnum', 'IntFlag'); None for any other kind."""
    if kind not in ('Enum', 'IntEnum', 'IntFlag'):
        return None
    return globals().get(kind)


def _calling_module(depth):
    """__name__ of the module running depth frames above our caller, or
    None when it cannot be told."""
    try:
        frame = sys._getframe(depth + 1)
    except (AttributeError, ValueError):
        return None
    return frame.f_globals.get('__name__')


def _make_enum(base, class_name, names, module, qualname, data_type, start):
    """The functional API: a new enum class class_name under base, with
    members from names (a string of names, a sequence of names or of
    (name, value) pairs, or a mapping)."""
    metacls = type(base)
    bases = (base,) if data_type is None else (data_type, base)
    body = metacls.__prepare__(class_name, bases)
    if isinstance(names, str):
        names = names.replace(',', ' ').split()
    if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
        _, enum_type = _enum_bases(bases)
        pairs = []
        made = []
        for index, name in enumerate(names):
            val = enum_type._generate_next_value_(name, start, index, list(made))
            made.append(val)
            pairs.append((name, val))
        names = pairs
    if type(body) is _BodyNamespace:
        body._fill(names)
    else:
        for entry in names:
            if isinstance(entry, str):
                body[entry] = names[entry]
            else:
                key, val = entry
                body[key] = val
    if module is None:
        module = _calling_module(2)
    dict.__setitem__(body, '__module__', module if module is not None else __name__)
    if qualname is not None:
        dict.__setitem__(body, '__qualname__', qualname)
    return metacls.__new__(metacls, class_name, bases, body)


def _after_last(values, default):
    """One more than the latest of values that can be incremented; default
    when none can."""
    index = len(values)
    while index:
        index -= 1
        try:
            return values[index] + 1
        except TypeError:
            pass
    return default


# -- the base classes --------------------------------------------------------

Enum = None  # EnumMeta.__new__ tells the root class by this being None


class Enum(metaclass=EnumMeta):
    """A set of named constants.

    Subclass it and bind names in the class body to make an enumeration;
    Enum('Name', 'A B C') builds one in a single call.
    """

    def _generate_next_value_(name, start, count, last_values):
        return _after_last(last_values, start)

    @classmethod
    def _missing_(cls, value):
        raise ValueError('%r is not a valid %s' % (value, cls.__name__))

    def __new__(cls, value):
        # Calling an enum class looks a member up; it never makes one.
        if type(value) is cls:
            return value
        table = cls._value2member_map_
        try:
            if value in table:
                return table[value]
        except TypeError:
            # An unhashable value: compare it with every member's.
            for candidate in cls._member_map_.values():
                if candidate._value_ == value:
                    return candidate
        return cls._missing_(value)

    def __repr__(self):
        return '<%s.%s: %r>' % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        return '%s.%s' % (type(self).__name__, self._name_)

    def __dir__(self):
        members = type(self)._member_map_
        public = []
        for klass in type(self).__mro__:
            for key in list(klass.__dict__):
                if not key.startswith('_') and key not in members:
                    public.append(key)
        return ['__class__', '__doc__', '__module__'] + public

    def __format__(self, format_spec):
        # A plain enum formats as its str(); a mixed-in one as its value.
        if type(self)._member_type_ is object:
            return format(str(self), format_spec)
        return format(self._value_, format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return type(self), (self._value_,)

    # copy and deepcopy give the member itself, as pickling by value does.
    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    name = _MemberField('_name_', 'name')
    value = _MemberField('_value_', 'value')

    @classmethod
    def _convert(cls, name, module, filter, source=None):
        """Build the enum class name (in module) from that module's
        constants whose names pass filter, and put it and its members
        into the module."""
        namespace = vars(sys.modules[module])
        where = vars(source) if source else namespace
        chosen = [(key, val) for key, val in where.items() if filter(key)]
        return _convert_members(cls, name, module, chosen)


def _convert_members(base, name, module, chosen):
    """_convert once its (name, value) pairs are chosen, in any order:
    the enum class name under base, its members ordered by value (by name
    where values do not compare), put with the class into module. A
    module that knows its members' names (ssl) calls this directly, and
    spares a call of its filter per name of the source."""
    namespace = vars(sys.modules[module])
    try:
        chosen.sort(key=lambda kv: (kv[1], kv[0]))
    except TypeError:
        chosen.sort(key=lambda kv: kv[0])
    made = base(name, chosen, module=module)
    type.__setattr__(made, '__reduce_ex__', _reduce_by_name)
    namespace.update(made.__members__)
    namespace[name] = made
    return made


def _reduce_by_name(self, proto):
    return self._name_


_reduce_ex_by_name = _reduce_by_name  # 3.6's name for it


class IntEnum(int, Enum):
    """An Enum whose members are ints as well, usable wherever an int is."""


# -- flags -------------------------------------------------------------------

def _top_bit(number):
    """Index of the highest bit of number (of ~number when negative)."""
    return number.bit_length() - 1


def _single_bit(number):
    return number >= 1 and number == 1 << _top_bit(number)


def _flag_parts(cls, number):
    """(members that make up number, highest value first; the bits of
    number none of them covers). Named members count, and for non-negative
    numbers also unnamed single-bit ones."""
    table = cls._value2member_map_

    def usable(val, member):
        if member._name_ is None and (number < 0 or not _single_bit(val)):
            return False
        return val != 0 and val & number == val

    chosen = [m for v, m in list(table.items()) if usable(v, m)]
    covered = 0
    for member in chosen:
        covered |= member._value_
    if not chosen and number in table:
        chosen = [table[number]]
    chosen = sorted(chosen, key=lambda m: m._value_, reverse=True)
    # A member equal to the whole number is shown by its parts.
    if len(chosen) > 1 and chosen[0]._value_ == number:
        chosen = chosen[1:]
    return chosen, number & ~covered


def _bit_above(number):
    """The single-bit value just above number's highest bit."""
    try:
        return 1 << number.bit_length()
    except Exception:
        raise TypeError('Invalid Flag value: %r' % number) from None


def _flag_operator(name, combine, ints_too):
    """A binary operator method of flag classes: the other operand is a
    member of the same class (or, if ints_too, an int), the result the
    member for combine(both values)."""
    def operator(self, other):
        cls = type(self)
        if isinstance(other, cls):
            theirs = other._value_
        elif ints_too and isinstance(other, int):
            theirs = cls(other)._value_
        else:
            return NotImplemented
        return cls(combine(self._value_, theirs))
    operator.__name__ = name
    return operator


def _part_label(member):
    return str(member._name_ or member._value_)


class Flag(Enum):
    """An Enum whose members combine with |, & and ^ into flag sets."""

    def _generate_next_value_(name, start, count, last_values):
        if count:
            return _bit_above(last_values[-1])
        return 1 if start is None else start

    @classmethod
    def _missing_(cls, value):
        if value < 0:
            return ~cls._create_pseudo_member_(~value)
        return cls._create_pseudo_member_(value)

    @classmethod
    def _create_pseudo_member_(cls, value):
        # An unnamed member for a combination of the named members' bits.
        table = cls._value2member_map_
        if value not in table:
            if _flag_parts(cls, value)[1]:
                raise ValueError('%r is not a valid %s' % (value, cls.__name__))
            combo = object.__new__(cls)
            combo._name_, combo._value_ = None, value
            table.setdefault(value, combo)
        return table[value]

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            return NotImplemented
        return other._value_ & self._value_ == other._value_

    def __repr__(self):
        cls = type(self)
        if self._name_ is not None:
            label = self._name_
        else:
            parts, _ = _flag_parts(cls, self._value_)
            label = '|'.join(_part_label(m) for m in parts)
        return '<%s.%s: %r>' % (cls.__name__, label, self._value_)

    def __str__(self):
        cls = type(self)
        if self._name_ is not None:
            return '%s.%s' % (cls.__name__, self._name_)
        parts, _ = _flag_parts(cls, self._value_)
        if len(parts) == 1 and parts[0]._name_ is None:
            return '%s.%r' % (cls.__name__, parts[0]._value_)
        return '%s.%s' % (cls.__name__, '|'.join(_part_label(m) for m in parts))

    def __bool__(self):
        return bool(self._value_)

    __or__ = _flag_operator('__or__', lambda a, b: a | b, False)
    __and__ = _flag_operator('__and__', lambda a, b: a & b, False)
    __xor__ = _flag_operator('__xor__', lambda a, b: a ^ b, False)

    def __invert__(self):
        cls = type(self)
        parts, _ = _flag_parts(cls, self._value_)
        result = cls(0)
        for member in cls:
            if member not in parts and not member._value_ & self._value_:
                result = result | member
        return cls(result)


class IntFlag(int, Flag):
    """A Flag whose members are ints as well: bit operations with ints work."""

    @classmethod
    def _create_pseudo_member_(cls, value):
        table = cls._value2member_map_
        found = table.get(value)
        if found is not None:
            return found
        # Each bit no member covers gets an unnamed member of its own, so
        # that later combinations show it by number.
        pending = [value]
        _, rest = _flag_parts(cls, value)
        while rest:
            bit = 2 ** _top_bit(rest)
            if bit not in table and bit not in pending:
                pending.append(bit)
            rest = 0 if rest == -bit else rest ^ bit
        for number in reversed(pending):
            made = int.__new__(cls, number)
            made._name_ = None
            made._value_ = number
            found = table.setdefault(number, made)
        return found

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError('%r is not a valid %s' % (value, cls.__name__))
        return cls._create_pseudo_member_(value)

    __or__ = _flag_operator('__or__', lambda a, b: a | b, True)
    __and__ = _flag_operator('__and__', lambda a, b: a & b, True)
    __xor__ = _flag_operator('__xor__', lambda a, b: a ^ b, True)

    def __invert__(self):
        return type(self)(~self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


def unique(enumeration):
    """Class decorator: raise ValueError if enumeration has aliases
    (two names for one value)."""
    aliases = []
    for alias, member in enumeration.__members__.items():
        if alias != member.name:
            aliases.append('%s -> %s' % (alias, member.name))
    if aliases:
        raise ValueError('duplicate values found in %r: %s'
                         % (enumeration, ', '.join(aliases)))
    return enumeration
