"""URL handling for gpython-ssl, with the behaviour of CPython 3.6's urllib.parse.

The module splits URLs into their RFC 3986 parts and puts them back
together, resolves references against a base, reads and writes query
strings and applies percent-escapes.

Text is the working type.  Every entry point also takes bytes-like
arguments: they are decoded as ASCII on the way in and the answer is
encoded as ASCII on the way out.  Text and non-text arguments of one call
must not mix (empty ones count as either).
"""

import collections
import re

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag",
           "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult",
           "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

# Which schemes take part in which kind of processing.  These lists are
# public (and mutable) in CPython; their contents are CPython 3.6's.
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news',
                    'telnet', 'wais', 'imap', 'snews', 'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news',
                 'nntp', 'wais', 'https', 'shttp', 'snews',
                 'file', 'prospero']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet',
               'imap', 'wais', 'file', 'mms', 'https', 'shttp',
               'snews', 'prospero', 'rtsp', 'rtspu', 'rsync',
               'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh',
               'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap',
               'https', 'shttp', 'rtsp', 'rtspu', 'sip', 'sips',
               'mms', 'sftp', 'tel']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms',
              'gopher', 'rtsp', 'rtspu', 'sip', 'sips']
uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap',
                 'wais', 'file', 'https', 'shttp', 'mms',
                 'prospero', 'rtsp', 'rtspu', 'sftp',
                 'svn', 'svn+ssh', 'ws', 'wss']

_LOWER = 'abcdefghijklmnopqrstuvwxyz'
_DIGITS = '0123456789'
scheme_chars = _LOWER + _LOWER.upper() + _DIGITS + '+-.'
_SCHEME_SET = frozenset(scheme_chars)

# Characters urlsplit() deletes wherever they occur (bpo-43882).
_STRIPPED = ('\t', '\r', '\n')

# Non-ASCII characters whose NFKC form contains one of '/?#@:' (Unicode
# 9.0, CPython 3.6's database).  A host holding one would change meaning
# once normalised, so urlsplit() refuses it.
_NFKC_TRAPS = frozenset('\u2047\u2048\u2049\u2100\u2101\u2105\u2106'
                        '\u2a74\ufe13\ufe16\ufe55\ufe56\ufe5f\ufe6b'
                        '\uff03\uff0f\uff1a\uff1f\uff20')

MAX_CACHE_SIZE = 20
_split_memo = {}
_quoters = {}


def clear_cache():
    """Forget the remembered urlsplit() answers and quoting tables."""
    _split_memo.clear()
    _quoters.clear()


# -- text and bytes ---------------------------------------------------------

def _keep(value):
    return value


def _ascii_out(value, encoding='ascii', errors='strict'):
    return value.encode(encoding, errors)


def _unify(*args):
    """Return args as text, followed by the function that converts a text
    answer back to the callers' type."""
    textual = isinstance(args[0], str)
    for other in args[1:]:
        if other and isinstance(other, str) is not textual:
            raise TypeError("Cannot mix str and non-str arguments")
    if textual:
        return args + (_keep,)
    texts = [a.decode('ascii', 'strict') if a else '' for a in args]
    return tuple(texts) + (_ascii_out,)


# -- result types -----------------------------------------------------------

class _TextParts(object):
    """Results made of text; encode() gives the bytes twin."""
    __slots__ = ()
    _HASH = '#'

    def encode(self, encoding='ascii', errors='strict'):
        return self._twin(*[part.encode(encoding, errors) for part in self])


class _ByteParts(object):
    """Results made of bytes; decode() gives the text twin."""
    __slots__ = ()
    _HASH = b'#'

    def decode(self, encoding='ascii', errors='strict'):
        return self._twin(*[part.decode(encoding, errors) for part in self])


class _Authority(object):
    """The username/password/hostname/port view of a result's netloc.

    Subclasses name the separators in their own type (str or bytes)."""
    __slots__ = ()

    @property
    def username(self):
        return self._userinfo()[0]

    @property
    def password(self):
        return self._userinfo()[1]

    @property
    def hostname(self):
        host = self._hostport()[0]
        if not host:
            return None
        # An IPv6 zone id (after '%') keeps its case.
        address, pct, zone = host.partition(self._PCT)
        return address.lower() + pct + zone

    @property
    def port(self):
        digits = self._hostport()[1]
        if digits is None:
            return None
        if isinstance(digits, str):
            number = int(digits, 10)
        else:
            try:
                number = int(digits.decode('ascii'), 10)
            except ValueError:
                number = None
            if number is None:
                raise ValueError('invalid literal for int() with base 10: %r'
                                 % (digits,))
        if number < 0 or number > 65535:
            raise ValueError("Port out of range 0-65535")
        return number

    def _userinfo(self):
        info, at, _ = self.netloc.rpartition(self._AT)
        if not at:
            return None, None
        user, colon, secret = info.partition(self._COLON)
        return user, (secret if colon else None)

    def _hostport(self):
        where = self.netloc.rpartition(self._AT)[2]
        _, bracket, inside = where.partition(self._OPEN)
        if bracket:
            host, _, after = inside.partition(self._CLOSE)
            port = after.partition(self._COLON)[2]
        else:
            host, _, port = where.partition(self._COLON)
        return host, (port or None)


class _TextAuthority(_Authority, _TextParts):
    __slots__ = ()
    _AT, _COLON, _OPEN, _CLOSE, _PCT = '@', ':', '[', ']', '%'


class _ByteAuthority(_Authority, _ByteParts):
    __slots__ = ()
    _AT, _COLON, _OPEN, _CLOSE, _PCT = b'@', b':', b'[', b']', b'%'


# Kept under its historical name.
ResultBase = _TextAuthority

_SplitTuple = collections.namedtuple(
    'SplitResult', 'scheme netloc path query fragment')
_ParseTuple = collections.namedtuple(
    'ParseResult', 'scheme netloc path params query fragment')
_DefragTuple = collections.namedtuple('DefragResult', 'url fragment')


class _SplitShape(_SplitTuple):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class _ParseShape(_ParseTuple):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class _DefragShape(_DefragTuple):
    __slots__ = ()

    def geturl(self):
        """The URL with its fragment put back."""
        if not self.fragment:
            return self.url
        return self.url + self._HASH + self.fragment


def _result_type(name, shape, flavour, doc):
    return type(name, (shape, flavour),
                {'__slots__': (), '__doc__': doc, '__module__': __name__})


DefragResult = _result_type('DefragResult', _DefragShape, _TextParts,
                            "urldefrag()'s answer (url, fragment), as text.")
DefragResultBytes = _result_type('DefragResultBytes', _DefragShape,
                                 _ByteParts, "DefragResult made of bytes.")
SplitResult = _result_type('SplitResult', _SplitShape, _TextAuthority,
                           "urlsplit()'s answer, as text.")
SplitResultBytes = _result_type('SplitResultBytes', _SplitShape,
                                _ByteAuthority, "SplitResult made of bytes.")
ParseResult = _result_type('ParseResult', _ParseShape, _TextAuthority,
                           "urlparse()'s answer, as text.")
ParseResultBytes = _result_type('ParseResultBytes', _ParseShape,
                                _ByteAuthority, "ParseResult made of bytes.")

for _text_cls, _byte_cls in ((DefragResult, DefragResultBytes),
                             (SplitResult, SplitResultBytes),
                             (ParseResult, ParseResultBytes)):
    _text_cls._twin = _byte_cls
    _byte_cls._twin = _text_cls
del _text_cls, _byte_cls


# -- splitting and joining --------------------------------------------------

def _scrub(text):
    for ch in _STRIPPED:
        text = text.replace(ch, '')
    return text


def _scheme_of(url):
    """Return (scheme, rest) when url starts with a scheme, else None.

    A prefix made of scheme characters counts unless what follows the
    colon is a non-empty run of ASCII digits (then it reads as a port);
    the literal prefix 'http' always counts."""
    colon = url.find(':')
    if colon <= 0:
        return None
    head, tail = url[:colon], url[colon + 1:]
    if head != 'http':
        if any(ch not in _SCHEME_SET for ch in head):
            return None
        if tail and not tail.strip(_DIGITS):
            return None
    return head.lower(), tail


def _authority_end(url, start):
    """Index of the first '/', '?' or '#' at or after start (else len)."""
    end = len(url)
    for mark in '/?#':
        at = url.find(mark, start)
        if 0 <= at < end:
            end = at
    return end


def _refuse_nfkc_tricks(netloc):
    if any(ch in _NFKC_TRAPS for ch in netloc):
        raise ValueError("netloc '%s' contains invalid characters under "
                         "NFKC normalization" % (netloc,))


def urlsplit(url, scheme='', allow_fragments=True):
    """Split url into (scheme, netloc, path, query, fragment).

    scheme is used when url names none.  With allow_fragments false a '#'
    stays in the path or query."""
    url, scheme, back = _unify(url, scheme)
    url, scheme = _scrub(url), _scrub(scheme)
    key = (url, scheme, bool(allow_fragments))
    known = _split_memo.get(key)
    if known is not None:
        return back(known)
    found = _scheme_of(url)
    if found is not None:
        scheme, url = found
    netloc = query = fragment = ''
    if url[:2] == '//':
        end = _authority_end(url, 2)
        netloc, url = url[2:end], url[end:]
        if ('[' in netloc) != (']' in netloc):
            raise ValueError("Invalid IPv6 URL")
    if allow_fragments and '#' in url:
        url, _, fragment = url.partition('#')
    if '?' in url:
        url, _, query = url.partition('?')
    _refuse_nfkc_tricks(netloc)
    answer = SplitResult(scheme, netloc, url, query, fragment)
    if len(_split_memo) >= MAX_CACHE_SIZE:
        _split_memo.clear()
    _split_memo[key] = answer
    return back(answer)


def urlparse(url, scheme='', allow_fragments=True):
    """urlsplit() that also cuts ';params' off the last path segment, for
    the schemes in uses_params."""
    url, scheme, back = _unify(url, scheme)
    parts = urlsplit(url, scheme, allow_fragments)
    path, params = parts.path, ''
    if parts.scheme in uses_params and ';' in path:
        cut = path.find(';', max(path.rfind('/'), 0))
        if cut >= 0:
            path, params = path[:cut], path[cut + 1:]
    return back(ParseResult(parts.scheme, parts.netloc, path, params,
                            parts.query, parts.fragment))


def urlunsplit(components):
    """Inverse of urlsplit(): join a 5-item sequence into a URL."""
    scheme, netloc, url, query, fragment, back = _unify(*components)
    wants_slashes = scheme and scheme in uses_netloc and url[:2] != '//'
    if netloc or wants_slashes:
        if url and not url.startswith('/'):
            url = '/' + url
        url = '//' + (netloc or '') + url
    pieces = [url]
    if scheme:
        pieces.insert(0, scheme + ':')
    if query:
        pieces.append('?' + query)
    if fragment:
        pieces.append('#' + fragment)
    return back(''.join(pieces))


def urlunparse(components):
    """Inverse of urlparse(): join a 6-item sequence into a URL."""
    scheme, netloc, url, params, query, fragment, back = _unify(*components)
    if params:
        url = '%s;%s' % (url, params)
    return back(urlunsplit((scheme, netloc, url, query, fragment)))


def _resolve_path(base_path, ref_path):
    """Merge a relative reference's path with the base path and remove the
    '.' and '..' segments (RFC 3986, 5.2.3 and 5.2.4)."""
    if ref_path.startswith('/'):
        segs = ref_path.split('/')
    else:
        segs = base_path.split('/')
        if segs[-1]:
            segs.pop()          # the base's last segment is replaced
        segs.extend(ref_path.split('/'))
        if len(segs) > 2:       # inner empty segments collapse here only
            segs = [segs[0]] + [s for s in segs[1:-1] if s] + [segs[-1]]
    kept = []
    for seg in segs:
        if seg == '..':
            if kept:
                kept.pop()
        elif seg != '.':
            kept.append(seg)
    if segs[-1] in ('.', '..'):
        kept.append('')
    return '/'.join(kept) or '/'


def urljoin(base, url, allow_fragments=True):
    """Resolve url against base, as a browser resolves a link."""
    if not base or not url:
        return base or url
    base, url, back = _unify(base, url)
    b = urlparse(base, '', allow_fragments)
    r = urlparse(url, b.scheme, allow_fragments)
    scheme = r.scheme
    if scheme != b.scheme or scheme not in uses_relative:
        return back(url)
    netloc = r.netloc
    if scheme in uses_netloc:
        if netloc:
            return back(urlunparse(r))
        netloc = b.netloc
    if r.path or r.params:
        path, params, query = _resolve_path(b.path, r.path), r.params, r.query
    else:
        path, params, query = b.path, b.params, r.query or b.query
    return back(urlunparse((scheme, netloc, path, params, query, r.fragment)))


def urldefrag(url):
    """Return (url without its fragment, fragment)."""
    url, back = _unify(url)
    if '#' not in url:
        return back(DefragResult(url, ''))
    parts = urlparse(url)
    return back(DefragResult(urlunparse(parts._replace(fragment='')),
                             parts.fragment))


# -- percent-escapes --------------------------------------------------------

_HEX_VALUE = {}
for _i, _ch in enumerate('0123456789abcdef'):
    _HEX_VALUE[ord(_ch)] = _HEX_VALUE[ord(_ch.upper())] = _i
del _i, _ch


def unquote_to_bytes(string):
    """Replace every %XX escape of string with the byte it names; text is
    encoded as UTF-8 first."""
    if not string:
        getattr(string, 'split')    # None and friends fail as in 3.6
        return b''
    raw = string.encode('utf-8') if isinstance(string, str) else string
    first, *chunks = raw.split(b'%')
    if not chunks:
        return raw
    if isinstance(raw, bytearray):
        # 3.6 looks escapes up in a table keyed by bytes
        raise TypeError("unhashable type: 'bytearray'")
    out = [first]
    for chunk in chunks:
        hi = _HEX_VALUE.get(chunk[0]) if len(chunk) > 1 else None
        lo = _HEX_VALUE.get(chunk[1]) if hi is not None else None
        if lo is None:
            out.append(b'%')
            out.append(chunk)
        else:
            out.append(bytes((hi * 16 + lo,)))
            out.append(chunk[2:])
    return b''.join(out)


_ASCII_RUN = re.compile('[\x00-\x7f]+')


def unquote(string, encoding='utf-8', errors='replace'):
    """Replace %XX escapes by the characters they encode.

    Each run of ASCII characters is unescaped to bytes and decoded with
    encoding and errors on its own; other characters are kept as they are."""
    if '%' not in string:
        getattr(string, 'split')    # only text gets through unchanged
        return string
    codec = 'utf-8' if encoding is None else encoding
    policy = 'replace' if errors is None else errors
    return _ASCII_RUN.sub(
        lambda m: unquote_to_bytes(m.group()).decode(codec, policy), string)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """unquote() that first turns '+' into a space (form encoding)."""
    return unquote(string.replace('+', ' '), encoding, errors)


_UNRESERVED = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                        b'abcdefghijklmnopqrstuvwxyz'
                        b'0123456789_.-')


class Quoter(collections.defaultdict):
    """Maps a byte value to how it appears in a quoted URL: the character
    itself when it is unreserved or in safe, else %XX.  Entries are
    computed on first use."""

    def __init__(self, safe):
        self.safe = _UNRESERVED.union(safe)

    def __repr__(self):
        return '<Quoter %r>' % (dict(self),)

    def __missing__(self, byte):
        text = chr(byte) if byte in self.safe else '%%%02X' % byte
        self[byte] = text
        return text


def _ascii_only(safe):
    """safe as bytes, without the characters beyond ASCII."""
    if isinstance(safe, str):
        return safe.encode('ascii', 'ignore')
    return bytes([c for c in safe if c < 128])


def quote_from_bytes(bs, safe='/'):
    """Percent-escape the bytes bs, keeping unreserved ASCII and the ASCII
    characters in safe; returns text."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    keep = _ascii_only(safe)
    table = _quoters.get(keep)
    if table is None:
        table = _quoters[keep] = Quoter(keep)
    return ''.join([table[b] for b in bs]) if bs else ''


def quote(string, safe='/', encoding=None, errors=None):
    """Percent-escape string for use in a URL path.

    Text is encoded first (UTF-8 and 'strict' unless told otherwise);
    bytes are taken as they are and refuse encoding and errors."""
    if not isinstance(string, str):
        for what, given in (('encoding', encoding), ('errors', errors)):
            if given is not None:
                raise TypeError("quote() doesn't support '%s' for bytes"
                                % what)
        return quote_from_bytes(string, safe)
    if not string:
        return string
    if encoding is None:
        encoding = 'utf-8'
    return quote_from_bytes(
        string.encode(encoding, 'strict' if errors is None else errors), safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """quote() for form values: spaces become '+', and '/' is escaped by
    default."""
    no_space = ((isinstance(string, str) and ' ' not in string) or
                (isinstance(string, bytes) and b' ' not in string))
    if no_space:
        return quote(string, safe, encoding, errors)
    safe = safe + (' ' if isinstance(safe, str) else b' ')
    return quote(string, safe, encoding, errors).replace(' ', '+')


# -- query strings ----------------------------------------------------------

def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None,
              separator='&'):
    """Read a query string into a list of (name, value) pairs.

    Fields are cut at separator; '+' means a space and %XX escapes are
    decoded with encoding and errors.  Fields without a value are dropped
    unless keep_blank_values; with strict_parsing a malformed field raises
    ValueError.  More than max_num_fields fields raise ValueError too."""
    qs, back = _unify(qs)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if isinstance(separator, bytes):
        # The query is text by now, and str methods refuse a bytes argument.
        raise TypeError('must be str, not bytes' if max_num_fields is not None
                        else 'must be str or None, not bytes')
    if max_num_fields is not None:
        if max_num_fields < qs.count(separator) + 1:
            raise ValueError('Max number of fields exceeded')
    found = []
    for field in qs.split(separator):
        if not field and not strict_parsing:
            continue
        name, eq, value = field.partition('=')
        if not eq:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
        if not value and not keep_blank_values:
            continue
        name = unquote(name.replace('+', ' '), encoding=encoding,
                       errors=errors)
        value = unquote(value.replace('+', ' '), encoding=encoding,
                        errors=errors)
        found.append((back(name), back(value)))
    return found


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None,
             separator='&'):
    """parse_qsl() gathered into a dict of name -> list of values."""
    fields = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing,
                                 encoding=encoding, errors=errors,
                                 max_num_fields=max_num_fields,
                                 separator=separator):
        fields.setdefault(name, []).append(value)
    return fields


def urlencode(query, doseq=False, safe='', encoding=None, errors=None,
              quote_via=quote_plus):
    """Write a mapping or a sequence of pairs as 'name=value&...'.

    Names and values go through quote_via (bytes as they are, anything
    else through str()).  With doseq, a value that is a sequence but not
    text or bytes gives one field per item."""
    if hasattr(query, 'items'):
        query = query.items()
    else:
        try:
            bad = len(query) and not isinstance(query[0], tuple)
        except TypeError:
            bad = True
        if bad:
            raise TypeError("not a valid non-string sequence or mapping object")

    def esc(item):
        if isinstance(item, bytes):
            return quote_via(item, safe)
        return quote_via(str(item), safe, encoding, errors)

    fields = []
    for name, value in query:
        name = esc(name) + '='
        if doseq and not isinstance(value, (str, bytes)):
            try:
                len(value)
            except TypeError:
                pass
            else:
                fields.extend([name + esc(item) for item in value])
                continue
        fields.append(name + esc(value))
    return '&'.join(fields)


# -- the older splitting helpers --------------------------------------------

def _needs_text(value):
    """Fail as a str regular expression fails on anything but text."""
    if isinstance(value, (bytes, bytearray)):
        raise TypeError("cannot use a string pattern on a bytes-like object")
    if not isinstance(value, str):
        raise TypeError("expected string or bytes-like object")


def to_bytes(url):
    """Return url, refusing text that is not pure ASCII."""
    if isinstance(url, str) and any(ord(ch) > 127 for ch in url):
        raise UnicodeError("URL %r contains non-ASCII characters" % (url,))
    return url


def unwrap(url):
    """Remove the '<URL:...>' wrapping of url, if any."""
    url = str(url).strip()
    if url.startswith('<') and url.endswith('>'):
        url = url[1:-1].strip()
    if url.startswith('URL:'):
        url = url[4:].strip()
    return url


def splittype(url):
    """'scheme:rest' -> (scheme lower-cased, rest); else (None, url)."""
    _needs_text(url)
    colon = url.find(':')
    if colon > 0 and '/' not in url[:colon]:
        return url[:colon].lower(), url[colon + 1:]
    return None, url


def splithost(url):
    """'//host/path' -> (host, '/path'); else (None, url)."""
    _needs_text(url)
    if not url.startswith('//'):
        return None, url
    end = _authority_end(url, 2)
    path = url[end:]
    if path and not path.startswith('/'):
        path = '/' + path
    return url[2:end], path


def _cut(text, mark, last=False):
    """(before, after) around the first (or last) mark; None without one."""
    head, found, tail = text.rpartition(mark) if last else text.partition(mark)
    return (head, tail) if found else None


def splituser(host):
    """'user:pw@host' -> ('user:pw', 'host'); no '@' gives (None, host)."""
    return _cut(host, '@', True) or (None, host)


def splitpasswd(user):
    """'user:pw' -> ('user', 'pw'); no ':' gives (user, None)."""
    return _cut(user, ':') or (user, None)


def splitport(host):
    """'host:digits' -> ('host', 'digits'); otherwise (host, None)."""
    _needs_text(host)
    head, colon, digits = host.rpartition(':')
    if colon:
        if digits.endswith('\n'):     # '$' also matches before a last newline
            digits = digits[:-1]
        if not digits.strip(_DIGITS):
            return head, (digits or None)
    return host, None


def splitnport(host, defport=-1):
    """'host:port' -> ('host', int port, or None if it is not a number);
    without a port the port is defport."""
    _needs_text(host)
    head, colon, port = host.rpartition(':')
    if not colon:
        return host, defport
    if not port:
        return head, defport
    try:
        return head, int(port)
    except ValueError:
        return head, None


def splitquery(url):
    """'path?query' -> ('path', 'query'); no '?' gives (url, None)."""
    return _cut(url, '?', True) or (url, None)


def splittag(url):
    """'url#tag' -> ('url', 'tag'); no '#' gives (url, None)."""
    return _cut(url, '#', True) or (url, None)


def splitattr(url):
    """'path;a;b' -> ('path', ['a', 'b'])."""
    path, *attrs = url.split(';')
    return path, attrs


def splitvalue(attr):
    """'name=value' -> ('name', 'value'); no '=' gives (attr, None)."""
    return _cut(attr, '=') or (attr, None)
