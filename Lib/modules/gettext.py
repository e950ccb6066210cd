"""Message catalogs for translating a program's messages (GNU gettext).

A catalog is a compiled .mo file found as
localedir/LANG/LC_MESSAGES/DOMAIN.mo for the first of the user's
languages that has one. The class-based interface:

    t = gettext.translation('myapp', localedir, fallback=True)
    _ = t.gettext
    print(_('Hello'), t.ngettext('%d file', '%d files', n) % n)

and the GNU-style global one: bindtextdomain(), textdomain(), then
gettext(), ngettext(), dgettext() ... on the current domain.
"""

import locale
import os
import sys
from errno import ENOENT

__all__ = ['NullTranslations', 'GNUTranslations', 'Catalog',
           'find', 'translation', 'install', 'textdomain', 'bindtextdomain',
           'bind_textdomain_codeset', 'dgettext', 'dngettext', 'gettext',
           'lgettext', 'ldgettext', 'ldngettext', 'lngettext', 'ngettext']

_default_localedir = os.path.join(sys.base_prefix, 'share', 'locale')


# --- Plural-Forms expressions -------------------------------------------
#
# A catalog's Plural-Forms header holds a C expression of n that picks
# the plural form. c2py() checks it against the small C grammar allowed
# there (n, decimal numbers, parentheses, ! * / % + - < > <= >= == !=
# && || ?:) and turns it into a Python function; the text is rewritten,
# never evaluated as given.

# Binding strength of the binary operators, and their Python spelling.
_binary_ops = {'||': 1, '&&': 2, '==': 3, '!=': 3, '<': 4, '>': 4, '<=': 4,
               '>=': 4, '+': 5, '-': 5, '*': 6, '/': 6, '%': 6}
_c2py_ops = {'||': 'or', '&&': 'and', '/': '//'}

_TWO_CHAR_OPS = ('==', '!=', '<=', '>=', '&&', '||')
_ONE_CHAR_OPS = '-*/%+?:<>!()'


def _word_end(text, i):
    # Where the run of word characters starting at i ends.
    while i < len(text) and (text[i].isalnum() or text[i] == '_'):
        i += 1
    return i


def _tokenize(plural):
    # The tokens of plural, then '' for ever. A character sequence
    # outside the grammar is reported when the parser reaches it.
    i = 0
    while i < len(plural):
        c = plural[i]
        if c in ' \t':
            i += 1
            continue
        if c.isdigit() and c in '0123456789':
            j = i
            while j < len(plural) and plural[j] in '0123456789':
                j += 1
            end = _word_end(plural, j)
            if end != j:
                raise ValueError('invalid token in plural form: %s' % plural[i:end])
            yield plural[i:j]
            i = j
            continue
        if c.isalnum() or c == '_':
            end = _word_end(plural, i)
            if plural[i:end] != 'n':
                raise ValueError('invalid token in plural form: %s' % plural[i:end])
            yield 'n'
            i = end
            continue
        if plural[i:i + 2] in _TWO_CHAR_OPS:
            yield plural[i:i + 2]
            i += 2
            continue
        if c in _ONE_CHAR_OPS:
            yield c
            i += 1
            continue
        raise ValueError('invalid token in plural form: %s' % c)
    while True:
        yield ''


def _error(token):
    if token:
        return ValueError('unexpected token in plural form: %s' % token)
    return ValueError('unexpected end of plural form')


class _PluralParser:
    # Rewrites a Plural-Forms expression as Python text, one token of
    # look-ahead in self.tok. Comparisons are parenthesised so that
    # Python does not chain them (C does not), '!' becomes 'not ', '/'
    # '//', '&&' 'and', '||' 'or', and a ? b : c 'b if a else c'.

    def __init__(self, plural):
        self.tokens = _tokenize(plural)
        self.tok = next(self.tokens)

    def take(self):
        tok, self.tok = self.tok, next(self.tokens)
        return tok

    def operand(self):
        # '!'* then n, a number or a parenthesised expression.
        prefix = ''
        while self.tok == '!':
            self.take()
            prefix += 'not '
        tok = self.take()
        if tok == '(':
            inner = self.expression(-1)
            if self.tok != ')':
                raise ValueError('unbalanced parenthesis in plural form')
            self.take()
            return prefix + '(' + inner + ')'
        if tok == 'n' or tok.isdigit():
            return prefix + (tok if tok == 'n' else str(int(tok, 10)))
        raise _error(tok)

    def expression(self, floor):
        # Binary operators binding at least as tightly as floor; with
        # floor -1 or 0 a conditional may follow (wrapped when nested).
        text = self.operand()
        previous = None
        while _binary_ops.get(self.tok, -2) >= floor:
            level = _binary_ops[self.tok]
            comparison = level in (3, 4)
            if comparison and previous in (3, 4):
                text = '(' + text + ')'
            op = self.take()
            text = ' '.join((text, _c2py_ops.get(op, op), self.expression(level + 1)))
            previous = level
        if floor == 4 == previous:
            text = '(' + text + ')'
        if floor > 0 or self.tok != '?':
            return text
        self.take()
        chosen = self.expression(0)
        if self.tok != ':':
            raise _error(self.tok)
        self.take()
        whole = ' '.join((chosen, 'if', text, 'else', self.expression(-1)))
        return whole if floor < 0 else '(' + whole + ')'


def _as_int(n):
    # Plural functions take numbers; anything round() refuses is an error.
    try:
        round(n)
    except TypeError:
        raise TypeError('Plural value must be an integer, got %s' % (n.__class__.__name__,)) from None
    return n


def c2py(plural):
    """Turn the C expression plural (of a Plural-Forms header) into a
    function of n returning the index of the plural form; ValueError
    when it is not a valid expression."""
    if len(plural) > 1000:
        raise ValueError('plural form expression is too long')
    try:
        parser = _PluralParser(plural)
        expr = parser.expression(-1)
    except RecursionError:
        raise ValueError('plural form expression is too complex') from None
    if parser.tok:
        raise _error(parser.tok)
    depth = 0
    for ch in expr:
        # far deeper nesting than any language's rule needs, and more
        # than the compiler should be asked to take
        depth += (ch == '(') - (ch == ')')
        if depth > 20:
            raise ValueError('plural form expression is too complex')
    namespace = {'_as_int': _as_int}
    exec("def func(n):\n"
         "    if not isinstance(n, int):\n"
         "        n = _as_int(n)\n"
         "    return int(%s)\n" % expr, namespace)
    return namespace['func']


# --- Locating catalogs --------------------------------------------------

def _expand_lang(loc):
    # The names to try for the locale loc, most specific first: with and
    # without its territory, codeset and modifier.
    loc = locale.normalize(loc)
    language, territory, codeset, modifier = loc, '', '', ''
    at = language.find('@')
    if at >= 0:
        language, modifier = language[:at], language[at:]
    dot = language.find('.')
    if dot >= 0:
        language, codeset = language[:dot], language[dot:]
    under = language.find('_')
    if under >= 0:
        language, territory = language[:under], language[under:]
    # Subsets of the optional parts, from none to all, the present ones
    # only; reversed, the fullest name comes first.
    parts = [p for p in (codeset, modifier, territory)]
    names = []
    for mask in range(8):
        if any(mask & (1 << k) and not parts[k] for k in range(3)):
            continue
        name = language
        if mask & 4:
            name += territory
        if mask & 1:
            name += codeset
        if mask & 2:
            name += modifier
        names.append(name)
    names.reverse()
    return names


def _user_languages():
    # The first of $LANGUAGE, $LC_ALL, $LC_MESSAGES and $LANG that is
    # set, split at colons; ['C'] when none is.
    for var in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
        value = os.environ.get(var)
        if value:
            return value.split(':')
    return ['C']


def find(domain, localedir=None, languages=None, all=False):
    """The path of the .mo file for domain under localedir for the first
    of languages (default: the user's, from the environment) that has
    one, or None; with all, the list of every one found, in order of
    preference. Languages after 'C' are not looked at."""
    if localedir is None:
        localedir = _default_localedir
    if languages is None:
        languages = _user_languages()
    if 'C' not in languages:
        languages = list(languages) + ['C']
    candidates = []
    for lang in languages:
        for name in _expand_lang(lang):
            if name not in candidates:
                candidates.append(name)
    found = []
    for name in candidates:
        if name == 'C':
            break
        path = os.path.join(localedir, name, 'LC_MESSAGES', '%s.mo' % domain)
        if os.path.exists(path):
            if not all:
                return path
            found.append(path)
    return found if all else None


# --- Translation classes ------------------------------------------------

class NullTranslations:
    """Translations that translate nothing: each message is returned as
    given (or as a fallback added with add_fallback() translates it).
    The base class of the others; fp, if given, is handed to _parse()."""

    def __init__(self, fp=None):
        self._fallback = self._charset = self._output_charset = None
        self._info = {}
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        # Subclasses read their catalog from fp here.
        return None

    def add_fallback(self, fallback):
        """Ask fallback (at the end of the chain of fallbacks) for the
        messages this object does not translate."""
        if not self._fallback:
            self._fallback = fallback
            return
        self._fallback.add_fallback(fallback)

    def set_output_charset(self, charset):
        """Set the charset lgettext() and lngettext() encode in."""
        self._output_charset = charset

    def output_charset(self):
        """The charset lgettext() and lngettext() encode in."""
        return self._output_charset

    def _encoded(self, text):
        return text.encode(self._output_charset or locale.getpreferredencoding())

    def gettext(self, message):
        """The translation of message."""
        return self._fallback.gettext(message) if self._fallback else message

    def lgettext(self, message):
        """gettext() encoded in the output charset (or the locale's)."""
        if self._fallback:
            return self._fallback.lgettext(message)
        return self._encoded(message)

    def ngettext(self, msgid1, msgid2, n):
        """The translation of msgid1 (singular) or msgid2 (plural) for n."""
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def lngettext(self, msgid1, msgid2, n):
        """ngettext() encoded in the output charset (or the locale's)."""
        if self._fallback:
            return self._fallback.lngettext(msgid1, msgid2, n)
        return self._encoded(msgid1 if n == 1 else msgid2)

    def install(self, names=None):
        """Make self.gettext the builtin _, and (for each of 'gettext',
        'ngettext', 'lgettext', 'lngettext' in names) that method the
        builtin of its name."""
        import builtins
        builtins.__dict__['_'] = self.gettext
        if hasattr(names, '__contains__'):
            for name in ('gettext', 'ngettext', 'lgettext', 'lngettext'):
                if name in names:
                    builtins.__dict__[name] = getattr(self, name)

    def charset(self):
        """The catalog's charset (from its Content-Type header)."""
        return self._charset

    def info(self):
        """The catalog's metadata header, as a dict of lower-case keys."""
        return self._info


# What a catalog lookup finds for a message it does not hold.
_MISSING = object()


class GNUTranslations(NullTranslations):
    """Translations read from a GNU .mo file (fp, opened in binary mode)."""

    # The two byte orders' magic numbers and the major versions read.
    VERSIONS = (0, 1)
    BE_MAGIC = 0xde120495
    LE_MAGIC = 0x950412de

    def _get_versions(self, version):
        """(major, minor) of a .mo file's version number."""
        return (version >> 16, version & 0xffff)

    def _parse(self, fp):
        """Read the catalog of the .mo file fp."""
        import struct
        filename = getattr(fp, 'name', '')
        self._catalog = catalog = {}
        self.plural = lambda n: int(n != 1)
        data = fp.read()
        size = len(data)
        magic = struct.unpack('<I', data[:4])[0]
        if magic == self.LE_MAGIC:
            order = '<'
        elif magic == self.BE_MAGIC:
            order = '>'
        else:
            raise OSError(0, 'Bad magic number', filename)
        version, count, originals, translations = struct.unpack(order + '4I', data[4:20])
        major = self._get_versions(version)[0]
        if major not in self.VERSIONS:
            raise OSError(0, 'Bad version number ' + str(major), filename)
        pair = order + 'II'
        for k in range(count):
            olen, ooff = struct.unpack(pair, data[originals + 8 * k:originals + 8 * k + 8])
            tlen, toff = struct.unpack(pair, data[translations + 8 * k:translations + 8 * k + 8])
            if ooff + olen >= size or toff + tlen >= size:
                raise OSError(0, 'File is corrupt', filename)
            original = data[ooff:ooff + olen]
            translated = data[toff:toff + tlen]
            if olen == 0:
                self._read_header(translated)
            encoding = self._charset or 'ascii'
            if b'\x00' in original:
                singular = str(original.split(b'\x00')[0], encoding)
                for form, text in enumerate(translated.split(b'\x00')):
                    catalog[(singular, form)] = str(text, encoding)
            else:
                catalog[str(original, encoding)] = str(translated, encoding)

    def _read_header(self, header):
        # The metadata entry: "Key: value" lines (a line without a colon
        # continues the previous value); Content-Type gives the charset
        # and Plural-Forms the plural function.
        previous = None
        for raw in header.split(b'\n'):
            line = raw.decode().strip()
            if line and ':' not in line:
                if previous:
                    self._info[previous] += '\n' + line
                continue
            if not line:
                continue
            name, _, value = line.partition(':')
            previous = name.strip().lower()
            value = self._info[previous] = value.strip()
            if previous == 'content-type':
                self._charset = value.split('charset=')[1]
            elif previous == 'plural-forms':
                self.plural = c2py(value.split(';')[1].split('plural=')[1])

    def gettext(self, message):
        """The translation of message, from the catalog or a fallback."""
        try:
            return self._catalog[message]
        except KeyError:
            pass
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def lgettext(self, message):
        """gettext() encoded in the output charset (or the locale's)."""
        try:
            text = self._catalog[message]
        except KeyError:
            if self._fallback:
                return self._fallback.lgettext(message)
            text = message
        return self._encoded(text)

    def ngettext(self, msgid1, msgid2, n):
        """The plural form self.plural(n) of msgid1's translation."""
        text = self._catalog.get((msgid1, self.plural(n)), _MISSING)
        if text is not _MISSING:
            return text
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def lngettext(self, msgid1, msgid2, n):
        """ngettext() encoded in the output charset (or the locale's)."""
        text = self._catalog.get((msgid1, self.plural(n)), _MISSING)
        if text is _MISSING and self._fallback:
            return self._fallback.lngettext(msgid1, msgid2, n)
        if text is _MISSING:
            text = msgid1 if n == 1 else msgid2
        return self._encoded(text)


# Catalogs read so far, by (class, absolute path).
_translations = {}


def translation(domain, localedir=None, languages=None, class_=None,
                fallback=False, codeset=None):
    """The translations of domain (see find()): an instance of class_
    (GNUTranslations) for the preferred catalog, with the others found as
    its fallbacks. Without any catalog, a NullTranslations when fallback
    is true, FileNotFoundError otherwise. codeset is the output charset
    of lgettext()."""
    import copy
    paths = find(domain, localedir, languages, all=True)
    if not paths:
        if not fallback:
            raise OSError(ENOENT, 'No translation file found for domain', domain)
        return NullTranslations()
    # Each caller gets copies of its own: charsets and fallbacks differ.
    chain = [copy.copy(_load(class_ or GNUTranslations, path)) for path in paths]
    for t in chain:
        if codeset:
            t.set_output_charset(codeset)
    for t in chain[1:]:
        chain[0].add_fallback(t)
    return chain[0]


def _load(cls, path):
    # The catalog at path read by cls, once per (cls, absolute path).
    key = (cls, os.path.abspath(path))
    if key not in _translations:
        with open(path, 'rb') as fp:
            _translations[key] = cls(fp)
    return _translations[key]


def install(domain, localedir=None, codeset=None, names=None):
    """Install domain's translations (NullTranslations when there are
    none) as the builtin _, as NullTranslations.install() does."""
    translation(domain, localedir, fallback=True, codeset=codeset).install(names)


# --- The GNU gettext API ------------------------------------------------

# The domain of gettext(), ngettext(), lgettext() and lngettext().
_current_domain = 'messages'
# The directory and output charset bound to each domain.
_localecodesets = {}
_localedirs = {}


def textdomain(domain=None):
    """Set the current domain, if domain is given; return it."""
    global _current_domain
    _current_domain = _current_domain if domain is None else domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    """Bind domain to localedir, if given; return its directory."""
    if localedir is None:
        return _localedirs.get(domain, _default_localedir)
    _localedirs[domain] = localedir
    return localedir


def bind_textdomain_codeset(domain, codeset=None):
    """Bind domain to the output charset codeset, if given; return it."""
    if codeset is None:
        return _localecodesets.get(domain)
    _localecodesets[domain] = codeset
    return codeset


def _domain_translation(domain):
    # domain's translations; a NullTranslations encoding in the domain's
    # codeset when it has no catalog.
    codeset = _localecodesets.get(domain)
    try:
        return translation(domain, _localedirs.get(domain, None), codeset=codeset)
    except OSError:
        null = NullTranslations()
        null.set_output_charset(codeset)
        return null


def dgettext(domain, message):
    """message translated in domain."""
    return _domain_translation(domain).gettext(message)


def gettext(message):
    """message translated in the current domain."""
    return dgettext(_current_domain, message)


def ldgettext(domain, message):
    """dgettext() encoded in domain's codeset (or the locale's)."""
    return _domain_translation(domain).lgettext(message)


def lgettext(message):
    """ldgettext() in the current domain."""
    return ldgettext(_current_domain, message)


def dngettext(domain, msgid1, msgid2, n):
    """The singular or plural form for n, translated in domain."""
    return _domain_translation(domain).ngettext(msgid1, msgid2, n)


def ngettext(msgid1, msgid2, n):
    """dngettext() in the current domain."""
    return dngettext(_current_domain, msgid1, msgid2, n)


def ldngettext(domain, msgid1, msgid2, n):
    """dngettext() encoded in domain's codeset (or the locale's)."""
    return _domain_translation(domain).lngettext(msgid1, msgid2, n)


def lngettext(msgid1, msgid2, n):
    """ldngettext() in the current domain."""
    return ldngettext(_current_domain, msgid1, msgid2, n)


# The classic name of translation().
Catalog = translation
