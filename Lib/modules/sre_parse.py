"""The regular expression parser, under CPython 3.6's name for it.

The engine here is the Go module re, whose parser checks a pattern as
3.6's does (the same re.error messages and positions); this module
gives code that imports sre_parse the parts it reaches for: the
character classes and flag table, the Tokenizer that walks a pattern's
characters, the Pattern state (flags, named groups, group widths),
parse() with a SubPattern that knows its width and prints re.DEBUG's
tree, fix_flags, and the replacement templates of parse_template and
expand_template.  A SubPattern does not hold 3.6's list of opcodes: the
Go engine keeps its tree to itself.
"""

import _sre
from sre_constants import *

SPECIAL_CHARS = ".\\[{()*+?^$|"
REPEAT_CHARS = "*+?{"

OCTDIGITS = frozenset(map(str, range(8)))
DIGITS = OCTDIGITS | frozenset("89")
HEXDIGITS = DIGITS | frozenset("abcdef") | frozenset("ABCDEF")
ASCIILETTERS = frozenset("abcdefghijklmnopqrstuvwxyz"
                         "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
WHITESPACE = frozenset(" \t\n\r\v\f")

# The inline flag letters, (?aiLmsux), and the flags they stand for.
FLAGS = dict(zip("iLmsxatu", (
    SRE_FLAG_IGNORECASE, SRE_FLAG_LOCALE, SRE_FLAG_MULTILINE, SRE_FLAG_DOTALL,
    SRE_FLAG_VERBOSE, SRE_FLAG_ASCII, SRE_FLAG_TEMPLATE, SRE_FLAG_UNICODE)))

# The flags only the whole pattern may set: those choosing how characters
# are classified, DEBUG and TEMPLATE.
GLOBAL_FLAGS = (FLAGS["a"] | FLAGS["L"] | FLAGS["u"] | FLAGS["t"] |
                SRE_FLAG_DEBUG)


class _NamedInt(int):
    # An int that shows its name, as 3.6's sre_constants shows MAXREPEAT
    # where a width was capped to it.
    def __new__(cls, value, name):
        self = super().__new__(cls, value)
        self.name = name
        return self

    def __repr__(self):
        return self.name

    __str__ = __repr__


_MAXREPEAT = MAXREPEAT = _NamedInt(MAXREPEAT, 'MAXREPEAT')


class Verbose(Exception):
    """Raised inside a parse to start again in verbose mode."""


class Pattern:
    """What a parse knows about the whole pattern: its flags, the numbers
    of its named groups and the (min, max) width of each closed group
    (group 0 is the whole match)."""

    def __init__(self):
        self.groupwidths = [None]
        self.groupdict = {}
        self.lookbehindgroups = None
        self.flags = 0

    @property
    def groups(self):
        """The number of groups opened so far, counting group 0."""
        return len(self.groupwidths)

    def opengroup(self, name=None):
        """Number a new group, recording name when given."""
        gid = len(self.groupwidths)
        self.groupwidths.append(None)
        if len(self.groupwidths) > MAXGROUPS:
            raise error("too many groups")
        if name is not None:
            old = self.groupdict.get(name)
            if old is not None:
                raise error("redefinition of group name %r as group %d; "
                            "was group %d" % (name, gid, old))
            self.groupdict[name] = gid
        return gid

    def closegroup(self, gid, p):
        """Close group gid, whose contents are the SubPattern p."""
        self.groupwidths[gid] = p.getwidth()

    def checkgroup(self, gid):
        """Whether group gid exists and is closed."""
        return gid < len(self.groupwidths) and self.groupwidths[gid] is not None

    def checklookbehindgroup(self, gid, source):
        """Inside a lookbehind, refuse a reference to an open group or to
        one the lookbehind defines; source is the Tokenizer."""
        if self.lookbehindgroups is None:
            return
        if not self.checkgroup(gid):
            raise source.error("cannot refer to an open group")
        if gid >= self.lookbehindgroups:
            raise source.error("cannot refer to group defined in the same "
                               "lookbehind subpattern")


class SubPattern:
    """A parsed pattern: its Pattern state, its (min, max) width and the
    tree re.DEBUG prints."""

    def __init__(self, pattern, width=(0, 0), tree=""):
        self.pattern = pattern
        self.width = width
        self._tree = tree

    def getwidth(self):
        """The (min, max) number of characters a match spans, each capped
        (max at MAXREPEAT when unbounded)."""
        lo, hi = self.width
        return min(lo, MAXREPEAT - 1), min(hi, _MAXREPEAT)

    def dump(self):
        """Print the parsed tree, one opcode a line, as re.DEBUG does."""
        print(self._tree, end="")


class Tokenizer:
    """A pattern's characters, one token at a time: a character, or a
    backslash with the character after it.  next is the coming token (None
    at the end); index is where the token after it starts."""

    def __init__(self, string):
        self.string = string
        self.istext = isinstance(string, str)
        # A bytes pattern is walked as the str of the same code points.
        self.decoded_string = string if self.istext else str(string, "latin1")
        self.next, self.index = None, 0
        self.__next()

    def __next(self):
        i = self.index
        s = self.decoded_string
        if i >= len(s):
            self.next = None
            return
        token = s[i]
        if token == "\\":
            i += 1
            if i >= len(s):
                raise error("bad escape (end of pattern)",
                            self.string, len(self.string) - 1)
            token += s[i]
        self.index = i + 1
        self.next = token

    def match(self, char):
        """Consume the coming token when it is char; say whether it was."""
        if char != self.next:
            return False
        self.__next()
        return True

    def get(self):
        """Consume and return the coming token."""
        token = self.next
        self.__next()
        return token

    def getwhile(self, n, charset):
        """Consume up to n tokens while they are in charset; return them."""
        taken = ""
        while len(taken) < n and self.next in charset:
            taken += self.next
            self.__next()
        return taken

    def getuntil(self, terminator):
        """Consume a group name up to terminator (consumed too)."""
        name = ""
        while True:
            token = self.next
            self.__next()
            if token is None:
                if not name:
                    raise self.error("missing group name")
                raise self.error("missing %s, unterminated name" % terminator,
                                 len(name))
            if token == terminator:
                if not name:
                    raise self.error("missing group name", 1)
                return name
            name += token

    @property
    def pos(self):
        """Where the coming token starts."""
        return self.index - len(self.next or "")

    def tell(self):
        """Where the coming token starts."""
        return self.index - len(self.next or "")

    def seek(self, index):
        """Go back (or on) to the token starting at index."""
        self.index = index
        self.__next()

    def error(self, msg, offset=0):
        """re.error at offset characters before the coming token."""
        return error(msg, self.string, self.tell() - offset)


def fix_flags(src, flags):
    """flags checked against the pattern's type, with UNICODE added for a
    str pattern that asks for no ASCII."""
    text = isinstance(src, str)
    for refused, needs_text, message in _FLAG_CONFLICTS:
        if text == needs_text and flags & refused == refused:
            raise ValueError(message)
    if text and not flags & SRE_FLAG_ASCII:
        flags |= SRE_FLAG_UNICODE
    return flags


# The flag combinations fix_flags refuses, for str (True) or bytes
# patterns, in the order it checks them.
_FLAG_CONFLICTS = [
    (SRE_FLAG_LOCALE, True, "cannot use LOCALE flag with a str pattern"),
    (SRE_FLAG_ASCII | SRE_FLAG_UNICODE, True,
     "ASCII and UNICODE flags are incompatible"),
    (SRE_FLAG_UNICODE, False, "cannot use UNICODE flag with a bytes pattern"),
    (SRE_FLAG_ASCII | SRE_FLAG_LOCALE, False,
     "ASCII and LOCALE flags are incompatible"),
]


def parse(str, flags=0, pattern=None):
    """Parse the pattern str (a str or bytes) under flags into a
    SubPattern, filling pattern (a new Pattern by default); a bad pattern
    raises re.error.  Under DEBUG (given or inline) the tree is printed."""
    if pattern is None:
        pattern = Pattern()
    allflags, groupdict, widths, width, tree = _sre._parse_info(str, flags)
    # flags | allflags is allflags, of flags' type (a RegexFlag stays one).
    pattern.flags = flags | allflags
    pattern.groupdict = groupdict
    # Group 0, the whole match, is never closed.
    widths[0] = None
    pattern.groupwidths = widths
    p = SubPattern(pattern, width, tree)
    if allflags & SRE_FLAG_DEBUG:
        p.dump()
    return p


def parse_template(source, pattern):
    """The replacement template source, parsed against the compiled
    pattern: (groups, literals), literals the runs of text with None where
    a group goes, groups the (index, group number) pairs filling them."""
    return _sre._parse_template(source, pattern)


def expand_template(template, match):
    """The text of a parse_template result for match."""
    groups, literals = template
    empty = match.string[:0]
    pieces = list(literals)
    for index, group in groups:
        try:
            pieces[index] = match.group(group) or empty
        except IndexError:
            # 3.6 names the position in literals, not the group.
            raise error("invalid group reference %d" % index)
    return empty.join(pieces)
