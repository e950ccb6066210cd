"""Policies: the settings that steer parsing and generating messages.
Policy is the abstract base; Compat32 keeps the behaviour of the email
package before policies existed (headers as plain strings)."""

import abc

from email import header
from email import charset as _charset
from email.utils import _has_surrogates

__all__ = ["Policy", "Compat32", "compat32"]


def _bad_keyword(policy, name):
    return TypeError("{!r} is an invalid keyword argument for {}".format(
        name, type(policy).__name__))


class _PolicyBase:
    """Immutable settings: attributes are given as keywords to the
    constructor or clone() and may not be set afterwards; p1 + p2 is p1
    with p2's own settings applied."""

    def __init__(self, **kw):
        for name, value in kw.items():
            if not hasattr(self, name):
                raise _bad_keyword(self, name)
            object.__setattr__(self, name, value)

    def __repr__(self):
        settings = ", ".join("{}={!r}".format(k, v)
                             for k, v in self.__dict__.items())
        return "{}({})".format(type(self).__name__, settings)

    def clone(self, **kw):
        """A copy with the given settings changed."""
        twin = type(self).__new__(type(self))
        for name, value in self.__dict__.items():
            object.__setattr__(twin, name, value)
        for name, value in kw.items():
            if not hasattr(self, name):
                raise _bad_keyword(self, name)
            object.__setattr__(twin, name, value)
        return twin

    def __setattr__(self, name, value):
        if hasattr(self, name):
            text = "{!r} object attribute {!r} is read-only"
        else:
            text = "{!r} object has no attribute {!r}"
        raise AttributeError(text.format(type(self).__name__, name))

    def __add__(self, other):
        return self.clone(**other.__dict__)

    def __copy__(self):
        return self.clone()

    def __deepcopy__(self, memo):
        # settings are never changed in place, so a clone is a deep copy
        return self.clone()


class Policy(_PolicyBase, metaclass=abc.ABCMeta):
    """The settings every policy has:

    raise_on_defect -- raise defects instead of recording them
    linesep         -- the line end of generated text
    cte_type        -- '7bit' or '8bit': what the transport carries
    max_line_length -- where headers are folded (0 or None: never)
    mangle_from_    -- quote body lines starting 'From ' when generating
    message_factory -- the class new messages are made of
    """

    raise_on_defect = False
    linesep = "\n"
    cte_type = "8bit"
    max_line_length = 78
    mangle_from_ = False
    message_factory = None

    def handle_defect(self, obj, defect):
        """Raise defect, or record it on obj."""
        if self.raise_on_defect:
            raise defect
        self.register_defect(obj, defect)

    def register_defect(self, obj, defect):
        obj.defects.append(defect)

    def header_max_count(self, name):
        """How many headers called name a message may hold (None: any)."""
        return None

    @abc.abstractmethod
    def header_source_parse(self, sourcelines):
        """(name, value) from a header's source lines."""
        raise NotImplementedError

    @abc.abstractmethod
    def header_store_parse(self, name, value):
        """(name, value) to store for a value set by a program."""
        raise NotImplementedError

    @abc.abstractmethod
    def header_fetch_parse(self, name, value):
        """The value a program gets for a stored header."""
        raise NotImplementedError

    @abc.abstractmethod
    def fold(self, name, value):
        """The header as text lines ended by linesep."""
        raise NotImplementedError

    @abc.abstractmethod
    def fold_binary(self, name, value):
        """The header as bytes lines ended by linesep."""
        raise NotImplementedError


class Compat32(Policy):
    """The policy of the email package of Python 3.2: header values stay
    strings (or Header objects) and are folded by email.header."""

    mangle_from_ = True

    def _sanitize_header(self, name, value):
        # Text holding undecodable bytes comes back as a Header.
        if isinstance(value, str) and _has_surrogates(value):
            return header.Header(value, charset=_charset.UNKNOWN8BIT,
                                 header_name=name)
        return value

    def header_source_parse(self, sourcelines):
        name, rest = sourcelines[0].split(":", 1)
        value = rest.lstrip(" \t") + "".join(sourcelines[1:])
        return (name, value.rstrip("\r\n"))

    def header_store_parse(self, name, value):
        return (name, value)

    def header_fetch_parse(self, name, value):
        return self._sanitize_header(name, value)

    def fold(self, name, value):
        return self._fold(name, value, sanitize=True)

    def fold_binary(self, name, value):
        text = self._fold(name, value, sanitize=self.cte_type == "7bit")
        return text.encode("ascii", "surrogateescape")

    def _fold(self, name, value, sanitize):
        out = name + ": "
        h = value
        if isinstance(value, str):
            if not _has_surrogates(value):
                h = header.Header(value, header_name=name)
            elif sanitize:
                h = header.Header(value, charset=_charset.UNKNOWN8BIT,
                                  header_name=name)
            else:
                out += value
                h = None
        if h is not None:
            width = self.max_line_length or 0
            out += h.encode(linesep=self.linesep, maxlinelen=width)
        return out + self.linesep


compat32 = Compat32()
