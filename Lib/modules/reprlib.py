"""Size-limited representations of Python objects.

Repr produces repr()-like text but shortens long containers, strings and
numbers and stops descending after a given nesting depth; recursive_repr
guards a __repr__ method against re-entering itself for the same object.
"""

import builtins
from itertools import islice
from _thread import get_ident

__all__ = ["Repr", "repr", "recursive_repr"]


def recursive_repr(fillvalue='...'):
    """Return a decorator for __repr__ methods that yields fillvalue when
    the method is re-entered for an object it is already describing in the
    same thread."""

    def wrap(method):
        active = set()

        def wrapper(self):
            token = (id(self), get_ident())
            if token not in active:
                active.add(token)
                try:
                    return method(self)
                finally:
                    active.remove(token)
            return fillvalue

        for attr in ('__module__', '__doc__', '__name__', '__qualname__'):
            try:
                setattr(wrapper, attr, getattr(method, attr))
            except AttributeError:
                pass
        wrapper.__annotations__ = getattr(method, '__annotations__', {})
        return wrapper

    return wrap


def _shorten(text, limit):
    # Keep both ends of text around an ellipsis so the result is at most
    # limit characters long (never fewer than the ellipsis itself).
    if len(text) <= limit:
        return text
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return text[:head] + '...' + text[len(text) - tail:]


def _possibly_sorted(items):
    # Sorted when the elements allow it, in iteration order otherwise.
    try:
        return sorted(items)
    except Exception:
        return list(items)


# Every Repr starts with these limits (attribute name, value).
_DEFAULT_LIMITS = (
    ('maxlevel', 6), ('maxtuple', 6), ('maxlist', 6), ('maxarray', 5),
    ('maxdict', 4), ('maxset', 6), ('maxfrozenset', 6), ('maxdeque', 6),
    ('maxstring', 30), ('maxlong', 40), ('maxother', 30),
)


def _bracketed(kind, left, right, limit, trail='', empty=None, ordered=False):
    # Builds the repr_KIND method for a sized container shown between left
    # and right, at most getattr(self, limit) elements.  empty, when given,
    # is the whole text for an empty container; ordered sorts the elements
    # first where they can be sorted.
    def method(self, x, level):
        if empty is not None and not x:
            return empty(x)
        items = _possibly_sorted(x) if ordered else x
        return self._repr_iterable(items, level, left(x), right,
                                   getattr(self, limit), trail)
    method.__name__ = 'repr_' + kind
    method.__qualname__ = 'Repr.repr_' + kind
    return method


class Repr:
    """Builds abbreviated representations; the max* attributes set the
    limits and repr_TYPENAME methods handle individual types."""

    def __init__(self):
        for name, value in _DEFAULT_LIMITS:
            setattr(self, name, value)

    def repr(self, x):
        """Abbreviated representation of x, starting at maxlevel."""
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        """Dispatch x to repr_TYPENAME (spaces in the type name become
        underscores), or to repr_instance when there is none."""
        name = '_'.join(type(x).__name__.split())
        handler = getattr(self, 'repr_' + name, None)
        if handler is None:
            return self.repr_instance(x, level)
        return handler(x, level)

    def _repr_iterable(self, x, level, left, right, limit, trail=''):
        count = len(x)
        if count and level <= 0:
            return left + '...' + right
        shown = [self.repr1(item, level - 1) for item in islice(x, limit)]
        if count > limit:
            shown.append('...')
        if count == 1:
            right = trail + right
        return left + ', '.join(shown) + right

    repr_tuple = _bracketed('tuple', lambda x: '(', ')', 'maxtuple', ',')
    repr_list = _bracketed('list', lambda x: '[', ']', 'maxlist')
    repr_array = _bracketed(
        'array', lambda x: "array('%s', [" % x.typecode, '])', 'maxarray',
        empty=lambda x: "array('%s')" % x.typecode)
    repr_set = _bracketed('set', lambda x: '{', '}', 'maxset',
                          empty=lambda x: 'set()', ordered=True)
    repr_frozenset = _bracketed('frozenset', lambda x: 'frozenset({', '})',
                                'maxfrozenset',
                                empty=lambda x: 'frozenset()', ordered=True)
    repr_deque = _bracketed('deque', lambda x: 'deque([', '])', 'maxdeque')

    def repr_dict(self, x, level):
        if not x:
            return '{}'
        if level <= 0:
            return '{...}'
        deeper = level - 1
        parts = []
        for key in islice(_possibly_sorted(x), self.maxdict):
            parts.append('%s: %s' % (self.repr1(key, deeper),
                                     self.repr1(x[key], deeper)))
        if len(x) > self.maxdict:
            parts.append('...')
        return '{%s}' % ', '.join(parts)

    def repr_str(self, x, level):
        text = builtins.repr(x[:self.maxstring])
        if len(text) > self.maxstring:
            text = _shorten(builtins.repr(x), self.maxstring)
        return text

    def repr_int(self, x, level):
        return _shorten(builtins.repr(x), self.maxlong)

    def repr_instance(self, x, level):
        try:
            text = builtins.repr(x)
        except Exception:
            return '<%s instance at %#x>' % (x.__class__.__name__, id(x))
        return _shorten(text, self.maxother)


aRepr = Repr()
repr = aRepr.repr
