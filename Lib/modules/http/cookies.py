"""HTTP cookie state (RFC 2109): parse Cookie headers and write Set-Cookie
headers.

A SimpleCookie is a dict of Morsels, one per cookie name. Assigning a
value to a name makes (or updates) its Morsel; a Morsel holds the
cookie's value, its value as written on the wire (quoted when it needs
to be) and attributes such as path, domain, expires and max-age.

    C = SimpleCookie()
    C["session"] = "abc"
    C["session"]["path"] = "/"
    print(C)                  # Set-Cookie: session=abc; Path=/
    C.load('a=1; b="x y"')    # parse a Cookie header

BaseCookie keeps the values as given; SimpleCookie quotes and unquotes
them. CookieError reports an invalid attribute, key or header.
"""

__all__ = ["CookieError", "BaseCookie", "SimpleCookie"]

import string
import re


class CookieError(Exception):
    """An invalid cookie attribute, key or header."""


# --- Quoting ------------------------------------------------------------
#
# A value made only of the legal characters goes out as it is; any other
# is written in double quotes, with '"' and '\\' escaped by a backslash
# and the characters below outside the unescaped set as \\ooo octal.

_LegalChars = string.ascii_letters + string.digits + "!#$%&'*+-.^_`|~:"
_UnescapedChars = _LegalChars + ' ()/<=>?@[]{}'

_Translator = {}
for _code in range(256):
    if chr(_code) not in _UnescapedChars:
        _Translator[_code] = '\\%03o' % _code
_Translator[ord('"')] = '\\"'
_Translator[ord('\\')] = '\\\\'
del _code

_is_legal_key = re.compile('[%s]+' % re.escape(_LegalChars)).fullmatch


def _quote(str):
    """str as written in a header: as it is when every character is legal,
    otherwise quoted and escaped."""
    if str is None or _is_legal_key(str):
        return str
    return '"' + str.translate(_Translator) + '"'


_escape_patt = re.compile(r'\\(?:([0-3][0-7][0-7])|(.))', re.DOTALL)


def _unquote(str):
    """The value a quoted header value stands for; anything not in double
    quotes is returned as it is."""
    if str is None or len(str) < 2 or str[0] != '"' or str[-1] != '"':
        return str
    inner = str[1:-1]

    def unescape(m):
        octal, other = m.group(1), m.group(2)
        return chr(int(octal, 8)) if octal else other
    return _escape_patt.sub(unescape, inner)


_weekdayname = 'Mon Tue Wed Thu Fri Sat Sun'.split()
_monthname = [None] + 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split()


def _getdate(future=0, weekdayname=_weekdayname, monthname=_monthname):
    # An expires date future seconds from now, in the cookie format.
    import time
    t = time.gmtime(time.time() + future)
    return "%s, %02d %3s %4d %02d:%02d:%02d GMT" % (
        weekdayname[t[6]], t[2], monthname[t[1]], t[0], t[3], t[4], t[5])


# --- Morsel -------------------------------------------------------------

def _wire_accessors(name):
    # Getter and (deprecated) setter of a Morsel's key, value or
    # coded_value, kept in the attribute _NAME.
    slot = '_' + name

    def get(self):
        return getattr(self, slot)

    def put(self, new):
        _setter_deprecated(name)
        setattr(self, slot, new)
    return get, put


class Morsel(dict):
    """One cookie: its key, value and coded (wire) value, and, as dict
    items, its attributes: expires, path, comment, domain, max-age,
    secure, httponly and version (an attribute is omitted from the output
    while it is the empty string). Other keys are a CookieError."""

    # Attribute names, as lower-case keys and as written in headers.
    _reserved = {
        "expires": "expires",
        "path": "Path",
        "comment": "Comment",
        "domain": "Domain",
        "max-age": "Max-Age",
        "secure": "Secure",
        "httponly": "HttpOnly",
        "version": "Version",
    }

    # Attributes written as a bare word when true.
    _flags = {'secure', 'httponly'}

    def __init__(self):
        dict.update(self, dict.fromkeys(self._reserved, ""))
        self._coded_value = self._value = self._key = None

    key = property(*_wire_accessors('key'))
    value = property(*_wire_accessors('value'))
    coded_value = property(*_wire_accessors('coded_value'))

    def _attribute(self, name):
        # The lower-case attribute name for name; CookieError if it is none.
        lower = name.lower()
        if lower not in self._reserved:
            raise CookieError("Invalid attribute %r" % (lower,))
        return lower

    def __setitem__(self, K, V):
        dict.__setitem__(self, self._attribute(K), V)

    def setdefault(self, key, val=None):
        return dict.setdefault(self, self._attribute(key), val)

    def __eq__(self, morsel):
        if not isinstance(morsel, Morsel):
            return NotImplemented
        same_attrs = dict(self) == dict(morsel)
        return (same_attrs and
                (self._key, self._value, self._coded_value) ==
                (morsel._key, morsel._value, morsel._coded_value))

    __ne__ = object.__ne__

    def copy(self):
        """A new Morsel with the same key, values and attributes."""
        twin = Morsel()
        twin.__dict__.update(self.__dict__)
        dict.update(twin, self)
        return twin

    def update(self, values):
        """Set the attributes in values (all or none: an invalid name is
        a CookieError before anything changes)."""
        dict.update(self, {self._attribute(name): val for name, val in dict(values).items()})

    def isReservedKey(self, K):
        """Whether K names an attribute (in any case)."""
        return K.lower() in self._reserved

    def set(self, key, val, coded_val, LegalChars=_LegalChars):
        """Set the cookie's key, value and coded value."""
        if LegalChars != _LegalChars:
            import warnings
            warnings.warn(_LEGALCHARS_NOTE, DeprecationWarning, stacklevel=2)
        problem = None
        if key.lower() in self._reserved:
            problem = 'Attempt to set a reserved key %r'
        elif not _is_legal_key(key):
            problem = 'Illegal key %r'
        if problem:
            raise CookieError(problem % (key,))
        self._key, self._value, self._coded_value = key, val, coded_val

    def __getstate__(self):
        return {'key': self._key, 'value': self._value, 'coded_value': self._coded_value}

    def __setstate__(self, state):
        self._key, self._value, self._coded_value = (
            state['key'], state['value'], state['coded_value'])

    def __repr__(self):
        return '<%s: %s>' % (self.__class__.__name__, self.OutputString())

    def __str__(self, attrs=None, header="Set-Cookie:"):
        return self.output(attrs, header)

    def output(self, attrs=None, header="Set-Cookie:"):
        """The Set-Cookie header line for this cookie (with only the
        attributes named in attrs, when given)."""
        return header + " " + self.OutputString(attrs)

    def js_output(self, attrs=None):
        """A <script> snippet that sets the cookie from JavaScript."""
        text = self.OutputString(attrs).replace('"', r'\"')
        return ('\n        <script type="text/javascript">\n'
                '        <!-- begin hiding\n'
                '        document.cookie = "%s";\n'
                '        // end hiding -->\n'
                '        </script>\n'
                '        ') % text

    def OutputString(self, attrs=None):
        """key=coded_value followed by the set attributes (those in attrs,
        when given), in name order, joined by '; '."""
        parts = ["%s=%s" % (self.key, self.coded_value)]
        wanted = self._reserved if attrs is None else attrs
        for name, value in sorted(self.items()):
            if value == "" or name not in wanted:
                continue
            label = self._reserved[name]
            if name in self._flags:
                if value:
                    parts.append(str(label))
            elif name == "expires" and isinstance(value, int):
                parts.append("%s=%s" % (label, _getdate(value)))
            elif name == "max-age" and isinstance(value, int):
                parts.append("%s=%d" % (label, value))
            elif name == "comment" and isinstance(value, str):
                parts.append("%s=%s" % (label, _quote(value)))
            else:
                parts.append("%s=%s" % (label, value))
        return "; ".join(parts)


_LEGALCHARS_NOTE = ('LegalChars parameter is deprecated, ignored and will '
                    'be removed in future versions.')


def _setter_deprecated(name):
    import warnings
    warnings.warn('The %s setter is deprecated, use the set() method instead.' % name,
                  DeprecationWarning, stacklevel=3)


# --- Parsing ------------------------------------------------------------
#
# One "name[=value]" item of a header: the name is the shortest run of
# key characters after which an optional "= value" and the end of the
# item (white space, ';' or the end of the text) follow; the value is a
# double-quoted string, an expires date (which holds a comma and spaces)
# or a run of value characters.

_LegalKeyChars = r"\w\d!#%&'~_`><@,:/\$\*\+\-\.\^\|\)\(\?\}\{\="
_LegalValueChars = _LegalKeyChars + r'\[\]'
_CookiePattern = re.compile(
    r'\s*(?P<key>[' + _LegalKeyChars + r']+?)'
    r'(\s*=\s*(?P<val>'
    r'"(?:[^\\"]|\\.)*"'
    r'|\w{3},\s[\w\d\s-]{9,11}\s[\d:]{8}\sGMT'
    r'|[' + _LegalValueChars + r']*'
    r'))?'
    r'\s*(\s+|;|$)', re.ASCII)


class BaseCookie(dict):
    """A dict of Morsels keyed by cookie name, read from and written as
    headers. Values are kept as given; subclasses define how they are
    encoded (value_encode) and decoded (value_decode)."""

    def __init__(self, input=None):
        if input:
            self.load(input)

    def __setitem__(self, key, value):
        if not isinstance(value, Morsel):
            self._store(key, *self.value_encode(value))
        else:
            dict.__setitem__(self, key, value)

    def _store(self, key, real_value, coded_value):
        # Set key's Morsel (a new one unless there is one).
        morsel = self.get(key, Morsel())
        morsel.set(key, real_value, coded_value)
        dict.__setitem__(self, key, morsel)

    def value_decode(self, val):
        """(real value, coded value) for a value read from a header."""
        return val, val

    def value_encode(self, val):
        """(real value, coded value) for a value being set."""
        return str(val), str(val)

    def output(self, attrs=None, header="Set-Cookie:", sep="\015\012"):
        """A Set-Cookie header for each cookie, in name order, joined by
        sep."""
        return sep.join(morsel.output(attrs, header) for _, morsel in sorted(self.items()))

    __str__ = output

    def __repr__(self):
        shown = ' '.join('%s=%s' % (key, repr(morsel.value))
                         for key, morsel in sorted(self.items()))
        return '<%s: %s>' % (self.__class__.__name__, shown)

    def js_output(self, attrs=None):
        """The js_output() of every cookie, in name order."""
        return "".join(morsel.js_output(attrs) for _, morsel in sorted(self.items()))

    def load(self, rawdata):
        """Read cookies from a Cookie header string, or from a dict of
        name to value."""
        if isinstance(rawdata, str):
            self._parse_string(rawdata)
        else:
            for key, value in rawdata.items():
                self[key] = value

    def _parse_string(self, text, patt=_CookiePattern):
        # Read the whole header before changing anything: a header with
        # an attribute before any cookie, an attribute that needs a value
        # without one, or a bare name that is no flag is ignored entirely.
        found = []
        seen_cookie = False
        pos = 0
        while 0 <= pos < len(text):
            m = patt.match(text, pos)
            if not m:
                break
            key, value = m.group("key"), m.group("val")
            pos = m.end(0)
            lower = key.lower()
            if key[0] == "$":
                # $Version and the like: attributes of the cookie before.
                if seen_cookie:
                    found.append((True, key[1:], value))
            elif lower in Morsel._reserved:
                if not seen_cookie:
                    return
                if value is not None:
                    found.append((True, key, _unquote(value)))
                elif lower in Morsel._flags:
                    found.append((True, key, True))
                else:
                    return
            elif value is None:
                return
            else:
                found.append((False, key, self.value_decode(value)))
                seen_cookie = True
        current = None
        for is_attribute, key, value in found:
            if is_attribute:
                current[key] = value
            else:
                self._store(key, value[0], value[1])
                current = self[key]


class SimpleCookie(BaseCookie):
    """A BaseCookie whose values are strings: str(value) quoted as needed
    on the way out, unquoted on the way in."""

    def value_decode(self, val):
        return _unquote(val), val

    def value_encode(self, val):
        text = str(val)
        return text, _quote(text)
