"""Parse (absolute and relative) URLs.

urllib.parse as in CPython 3.6, written for gpython-ssl: splitting URLs
into components (urlsplit, urlparse) and joining them back (urlunsplit,
urlunparse, urljoin), percent-encoding (quote, unquote and their
variants) and query strings (urlencode, parse_qs, parse_qsl). The parsing
follows RFC 3986 with the same historical quirks as CPython 3.6.
"""

import sys
import collections

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag",
           "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult",
           "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

# Schemes, as CPython 3.6 lists them.
uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap', 'wais',
                 'file', 'https', 'shttp', 'mms', 'prospero', 'rtsp',
                 'rtspu', 'sftp', 'svn', 'svn+ssh', 'ws', 'wss']
uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet', 'imap',
               'wais', 'file', 'mms', 'https', 'shttp', 'snews',
               'prospero', 'rtsp', 'rtspu', 'rsync', 'svn', 'svn+ssh',
               'sftp', 'nfs', 'git', 'git+ssh', 'ws', 'wss']
uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap', 'https',
               'shttp', 'rtsp', 'rtspu', 'sip', 'sips', 'mms', 'sftp',
               'tel']
non_hierarchical = ['gopher', 'hdl', 'mailto', 'news', 'telnet', 'wais',
                    'imap', 'snews', 'sip', 'sips']
uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms',
              'gopher', 'rtsp', 'rtspu', 'sip', 'sips']
uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news', 'nntp',
                 'wais', 'https', 'shttp', 'snews', 'file', 'prospero']

scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')

# Characters urlsplit drops wherever they appear (bpo-43882).
_UNSAFE_URL_BYTES_TO_REMOVE = ['\t', '\r', '\n']

MAX_CACHE_SIZE = 20
_parse_cache = {}
_safe_quoters = {}


def clear_cache():
    """Clear the parse cache and the quoters cache."""
    _parse_cache.clear()
    _safe_quoters.clear()


# str/bytes handling: every parsing function works on str; bytes
# arguments are decoded as ASCII and the results encoded back.

def _identity(obj):
    return obj


def _to_bytes_result(obj, encoding='ascii', errors='strict'):
    return obj.encode(encoding, errors)


def _coerce_args(*args):
    as_str = isinstance(args[0], str)
    for arg in args[1:]:
        # an empty argument (the scheme='' default) goes with either kind
        if arg and isinstance(arg, str) != as_str:
            raise TypeError("Cannot mix str and non-str arguments")
    if as_str:
        return args + (_identity,)
    decoded = []
    for arg in args:
        decoded.append(arg.decode('ascii', 'strict') if arg else '')
    return tuple(decoded) + (_to_bytes_result,)


# The result types: named tuples with a few helpers.

class _ResultMixinStr(object):
    """Encoding of str results to their bytes counterpart."""
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        return self._encoded_counterpart(*[x.encode(encoding, errors) for x in self])


class _ResultMixinBytes(object):
    """Decoding of bytes results to their str counterpart."""
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        return self._decoded_counterpart(*[x.decode(encoding, errors) for x in self])


def _netloc_userinfo(netloc, at, colon):
    userinfo, sep, _ = netloc.rpartition(at)
    if not sep:
        return None, None
    user, has_password, password = userinfo.partition(colon)
    return user, (password if has_password else None)


def _netloc_hostinfo(netloc, at, colon, lbracket, rbracket):
    hostport = netloc.rpartition(at)[2]
    _, bracketed, inside = hostport.partition(lbracket)
    if bracketed:
        host, _, after = inside.partition(rbracket)
        port = after.partition(colon)[2]
    else:
        host, _, port = hostport.partition(colon)
    return host, (port or None)


class _NetlocResultMixinBase(object):
    """username, password, hostname and port of a result with a netloc."""
    __slots__ = ()

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        host = self._hostinfo[0]
        if not host:
            return None
        # the zone of a scoped IPv6 address keeps its case
        pct = '%' if isinstance(host, str) else b'%'
        addr, sep, zone = host.partition(pct)
        return addr.lower() + sep + zone

    @property
    def port(self):
        port = self._hostinfo[1]
        if port is None:
            return None
        port = int(port, 10)
        if port < 0 or port > 65535:
            raise ValueError("Port out of range 0-65535")
        return port


class _NetlocResultMixinStr(_NetlocResultMixinBase, _ResultMixinStr):
    __slots__ = ()

    @property
    def _userinfo(self):
        return _netloc_userinfo(self.netloc, '@', ':')

    @property
    def _hostinfo(self):
        return _netloc_hostinfo(self.netloc, '@', ':', '[', ']')


class _NetlocResultMixinBytes(_NetlocResultMixinBase, _ResultMixinBytes):
    __slots__ = ()

    @property
    def _userinfo(self):
        return _netloc_userinfo(self.netloc, b'@', b':')

    @property
    def _hostinfo(self):
        return _netloc_hostinfo(self.netloc, b'@', b':', b'[', b']')


_DefragResultBase = collections.namedtuple('DefragResult', 'url fragment')
_SplitResultBase = collections.namedtuple(
    'SplitResult', 'scheme netloc path query fragment')
_ParseResultBase = collections.namedtuple(
    'ParseResult', 'scheme netloc path params query fragment')

ResultBase = _NetlocResultMixinStr


class DefragResult(_DefragResultBase, _ResultMixinStr):
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + '#' + self.fragment
        return self.url


class SplitResult(_SplitResultBase, _NetlocResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseResultBase, _NetlocResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragResultBase, _ResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + b'#' + self.fragment
        return self.url


class SplitResultBytes(_SplitResultBase, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_ParseResultBase, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


DefragResult._encoded_counterpart = DefragResultBytes
SplitResult._encoded_counterpart = SplitResultBytes
ParseResult._encoded_counterpart = ParseResultBytes
DefragResultBytes._decoded_counterpart = DefragResult
SplitResultBytes._decoded_counterpart = SplitResult
ParseResultBytes._decoded_counterpart = ParseResult


# Splitting.

def _splitparams(path):
    # params follow the first ';' of the last path segment
    slash = path.rfind('/')
    if slash >= 0:
        i = path.find(';', slash)
        if i < 0:
            return path, ''
    else:
        i = path.find(';')
    return path[:i], path[i + 1:]


def _splitnetloc(url, start=0):
    end = len(url)
    for delim in '/?#':
        j = url.find(delim, start)
        if 0 <= j < end:
            end = j
    return url[start:end], url[end:]


def _checknetloc(netloc):
    if not netloc or all(ord(c) < 128 for c in netloc):
        return
    # characters such as U+2100 turn into '/', '?', '#', '@' or ':' under
    # NFKC, which IDNA applies
    try:
        import unicodedata
    except ImportError:
        return
    stripped = netloc
    for c in '@:#?':
        stripped = stripped.replace(c, '')
    normalized = unicodedata.normalize('NFKC', stripped)
    if normalized == stripped:
        return
    for c in '/?#@:':
        if c in normalized:
            raise ValueError("netloc '" + netloc + "' contains invalid " +
                             "characters under NFKC normalization")


def _drop_unsafe(s):
    for c in _UNSAFE_URL_BYTES_TO_REMOVE:
        s = s.replace(c, '')
    return s


def _is_scheme(s):
    for c in s:
        if c not in scheme_chars:
            return False
    return True


def _split_str(url, scheme, allow_fragments):
    netloc = query = fragment = ''
    colon = url.find(':')
    if colon > 0:
        head, rest = url[:colon], url[colon + 1:]
        if head == 'http':
            scheme, url = 'http', rest
        elif _is_scheme(head):
            # "path:123" is a path with a port-like tail, not a scheme
            if not rest or not all(c in '0123456789' for c in rest):
                scheme, url = head.lower(), rest
    if url[:2] == '//':
        netloc, url = _splitnetloc(url, 2)
        if ('[' in netloc) != (']' in netloc):
            raise ValueError("Invalid IPv6 URL")
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    _checknetloc(netloc)
    return SplitResult(scheme, netloc, url, query, fragment)


def urlsplit(url, scheme='', allow_fragments=True):
    """Parse a URL into 5 components:
    <scheme>://<netloc>/<path>?<query>#<fragment>
    Return a 5-tuple: (scheme, netloc, path, query, fragment).
    Note that we don't break the components up in smaller bits
    (e.g. netloc is a single string) and we don't expand % escapes."""
    url, scheme, coerce = _coerce_args(url, scheme)
    url = _drop_unsafe(url)
    scheme = _drop_unsafe(scheme)
    allow_fragments = bool(allow_fragments)
    key = (url, scheme, allow_fragments)
    result = _parse_cache.get(key)
    if result is None:
        if len(_parse_cache) >= MAX_CACHE_SIZE:
            clear_cache()
        result = _split_str(url, scheme, allow_fragments)
        _parse_cache[key] = result
    return coerce(result)


def urlparse(url, scheme='', allow_fragments=True):
    """Parse a URL into 6 components:
    <scheme>://<netloc>/<path>;<params>?<query>#<fragment>
    Return a 6-tuple: (scheme, netloc, path, params, query, fragment).
    Note that we don't break the components up in smaller bits
    (e.g. netloc is a single string) and we don't expand % escapes."""
    url, scheme, coerce = _coerce_args(url, scheme)
    scheme, netloc, path, query, fragment = urlsplit(url, scheme, allow_fragments)
    params = ''
    if scheme in uses_params and ';' in path:
        path, params = _splitparams(path)
    return coerce(ParseResult(scheme, netloc, path, params, query, fragment))


def urlunsplit(components):
    """Combine the elements of a tuple as returned by urlsplit() into a
    complete URL as a string. The data argument can be any five-item iterable.
    This may result in a slightly different, but equivalent URL, if the URL that
    was parsed originally had unnecessary delimiters (for example, a ? with an
    empty query; the RFC states that these are equivalent)."""
    scheme, netloc, url, query, fragment, coerce = _coerce_args(*components)
    if netloc or (scheme and scheme in uses_netloc and url[:2] != '//'):
        if url and url[:1] != '/':
            url = '/' + url
        url = '//' + (netloc or '') + url
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return coerce(url)


def urlunparse(components):
    """Put a parsed URL back together again.  This may result in a
    slightly different, but equivalent URL, if the URL that was parsed
    originally had redundant delimiters, e.g. a ? with an empty query
    (the draft states that these are equivalent)."""
    scheme, netloc, url, params, query, fragment, coerce = _coerce_args(*components)
    if params:
        url = url + ';' + params
    return coerce(urlunsplit((scheme, netloc, url, query, fragment)))


def _resolve_path(base_path, path):
    # RFC 3986 section 5.2: merge, then remove dot segments
    if path[:1] == '/':
        segments = path.split('/')
    else:
        base_segments = base_path.split('/')
        if base_segments[-1] != '':
            del base_segments[-1]  # the base's last segment is a file
        segments = base_segments + path.split('/')
        # no empty segments in the middle: no doubled slashes
        segments[1:-1] = [s for s in segments[1:-1] if s]
    out = []
    for seg in segments:
        if seg == '..':
            if out:
                out.pop()
        elif seg != '.':
            out.append(seg)
    if segments[-1] in ('.', '..'):
        out.append('')
    return '/'.join(out) or '/'


def urljoin(base, url, allow_fragments=True):
    """Join a base URL and a possibly relative URL to form an absolute
    interpretation of the latter."""
    if not base:
        return url
    if not url:
        return base
    base, url, coerce = _coerce_args(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return coerce(url)
    if scheme in uses_netloc:
        if netloc:
            return coerce(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = bnetloc
    if not path and not params:
        return coerce(urlunparse((scheme, netloc, bpath, bparams,
                                  query or bquery, fragment)))
    return coerce(urlunparse((scheme, netloc, _resolve_path(bpath, path),
                              params, query, fragment)))


def urldefrag(url):
    """Removes any existing fragment from URL.

    Returns a tuple of the defragmented URL and the fragment.  If
    the URL contained no fragments, the second element is the
    empty string.
    """
    url, coerce = _coerce_args(url)
    if '#' not in url:
        return coerce(DefragResult(url, ''))
    s, n, p, a, q, frag = urlparse(url)
    return coerce(DefragResult(urlunparse((s, n, p, a, q, '')), frag))


# Percent-encoding.

_HEX = '0123456789ABCDEFabcdef'


def _hexval(c):
    # c is an int (a byte); its value as a hex digit, or -1
    if 48 <= c <= 57:
        return c - 48
    if 65 <= c <= 70:
        return c - 55
    if 97 <= c <= 102:
        return c - 87
    return -1


def unquote_to_bytes(string):
    """unquote_to_bytes('abc%20def') -> b'abc def'."""
    if not string:
        string.split  # AttributeError for what is not str-like
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    if b'%' not in string:
        return string
    out = bytearray()
    n = len(string)
    i = 0
    while i < n:
        j = string.find(b'%', i)
        if j < 0:
            out += string[i:]
            break
        out += string[i:j]
        hi = _hexval(string[j + 1]) if j + 1 < n else -1
        lo = _hexval(string[j + 2]) if j + 2 < n else -1
        if hi >= 0 and lo >= 0:
            out.append(hi * 16 + lo)
            i = j + 3
        else:
            out.append(37)
            i = j + 1
    return bytes(out)


def unquote(string, encoding='utf-8', errors='replace'):
    """Replace %xx escapes by their single-character equivalent. The optional
    encoding and errors parameters specify how to decode percent-encoded
    sequences into Unicode characters, as accepted by the bytes.decode()
    method.
    By default, percent-encoded sequences are decoded with UTF-8, and invalid
    sequences are replaced by a placeholder character.

    unquote('abc%20def') -> 'abc def'.
    """
    if '%' not in string:
        string.split
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    # escapes are decoded within runs of ASCII characters; other
    # characters are kept as they are
    parts = []
    n = len(string)
    i = 0
    while i < n:
        j = i
        if ord(string[i]) < 128:
            while j < n and ord(string[j]) < 128:
                j += 1
            run = string[i:j]
            if '%' in run:
                run = unquote_to_bytes(run).decode(encoding, errors)
            parts.append(run)
        else:
            while j < n and ord(string[j]) >= 128:
                j += 1
            parts.append(string[i:j])
        i = j
    return ''.join(parts)


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """Like unquote(), but also replace plus signs by spaces, as required for
    unquoting HTML form values.

    unquote_plus('%7e/abc+def') -> '~/abc def'
    """
    return unquote(string.replace('+', ' '), encoding, errors)


_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                         b'abcdefghijklmnopqrstuvwxyz'
                         b'0123456789'
                         b'_.-')
_ALWAYS_SAFE_BYTES = bytes(_ALWAYS_SAFE)


def _quote_table(safe):
    # the 256 strings each byte quotes to, for a safe set (bytes)
    table = _safe_quoters.get(safe)
    if table is None:
        ok = _ALWAYS_SAFE.union(safe)
        table = []
        for b in range(256):
            table.append(chr(b) if b in ok else '%%%02X' % b)
        _safe_quoters[safe] = table
    return table


def quote_from_bytes(bs, safe='/'):
    """Like quote(), but accepts a bytes object rather than a str, and does
    not perform string-to-bytes encoding.  It always returns an ASCII string.
    quote_from_bytes(b'abc def\x3f') -> 'abc%20def%3f'
    """
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes([c for c in safe if c < 128])
    if not bs.rstrip(_ALWAYS_SAFE_BYTES + safe):
        return bs.decode()
    table = _quote_table(safe)
    return ''.join([table[b] for b in bs])


def quote(string, safe='/', encoding=None, errors=None):
    """quote('abc def') -> 'abc%20def'

    Each part of a URL, e.g. the path info, the query, etc., has a
    different set of reserved characters that must be quoted.

    By default, the quote function is intended for quoting the path
    section of a URL.  Thus, it will not encode '/'.

    string and safe may be either str or bytes objects. encoding and errors
    must not be specified if string is a bytes object.
    """
    if isinstance(string, str):
        if not string:
            return string
        string = string.encode(encoding or 'utf-8', errors or 'strict')
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """Like quote(), but also replace ' ' with '+', as required for quoting
    HTML form values. Plus signs in the original string are escaped unless
    they are included in safe. It also does not have safe default to '/'.
    """
    if isinstance(string, str):
        has_space = ' ' in string
    elif isinstance(string, bytes):
        has_space = b' ' in string
    else:
        has_space = True
    if not has_space:
        return quote(string, safe, encoding, errors)
    space = ' ' if isinstance(safe, str) else b' '
    return quote(string, safe + space, encoding, errors).replace(' ', '+')


def urlencode(query, doseq=False, safe='', encoding=None, errors=None,
              quote_via=quote_plus):
    """Encode a dict or sequence of two-element tuples into a URL query string.

    If any values in the query arg are sequences and doseq is true, each
    sequence element is converted to a separate parameter.

    If the query arg is a sequence of two-element tuples, the order of the
    parameters in the output will match the order of parameters in the
    input.
    """
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError:
            raise TypeError("not a valid non-string sequence "
                            "or mapping object").with_traceback(sys.exc_info()[2])

    def q(x):
        if isinstance(x, bytes):
            return quote_via(x, safe)
        return quote_via(str(x), safe, encoding, errors)

    pairs = []
    for k, v in query:
        k = q(k)
        if not doseq or isinstance(v, (str, bytes)):
            pairs.append(k + '=' + q(v))
            continue
        try:
            len(v)
        except TypeError:
            pairs.append(k + '=' + q(v))
            continue
        for item in v:
            pairs.append(k + '=' + q(item))
    return '&'.join(pairs)


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """Parse a query given as a string argument.

    Returns a list of (name, value) pairs.
    """
    qs, coerce = _coerce_args(qs)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if max_num_fields is not None and max_num_fields < 1 + qs.count(separator):
        raise ValueError('Max number of fields exceeded')
    result = []
    for field in qs.split(separator):
        if not field and not strict_parsing:
            continue
        name, eq, value = field.partition('=')
        if not eq:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            name = coerce(unquote(name.replace('+', ' '), encoding=encoding, errors=errors))
            value = coerce(unquote(value.replace('+', ' '), encoding=encoding, errors=errors))
            result.append((name, value))
    return result


def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None, separator='&'):
    """Parse a query given as a string argument.

    Returns a dictionary mapping each name to the list of its values.
    """
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing,
                                 encoding=encoding, errors=errors,
                                 max_num_fields=max_num_fields, separator=separator):
        result.setdefault(name, []).append(value)
    return result


# The older helpers CPython 3.6 still exports (undocumented).

def to_bytes(url):
    """to_bytes(u"URL") --> 'URL'."""
    if isinstance(url, str):
        try:
            url = url.encode("ASCII").decode()
        except UnicodeError:
            raise UnicodeError("URL " + repr(url) +
                               " contains non-ASCII characters")
    return url


def unwrap(url):
    """unwrap('<URL:type://host/path>') --> 'type://host/path'."""
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url


def splittype(url):
    """splittype('type:opaquestring') --> 'type', 'opaquestring'."""
    scheme, sep, data = url.partition(':')
    if sep and scheme and ('/' not in scheme):
        return scheme.lower(), data
    return None, url


def splithost(url):
    """splithost('//host[:port]/path') --> 'host[:port]', '/path'."""
    if url[:2] != '//':
        return None, url
    rest = url[2:]
    end = len(rest)
    for c in '/?#':
        i = rest.find(c)
        if 0 <= i < end:
            end = i
    host_port, path = rest[:end], rest[end:]
    if path and path[0] != '/':
        path = '/' + path
    return host_port, path


def splitport(host):
    """splitport('host:port') --> 'host', 'port' (None without digits)."""
    head, delim, port = host.rpartition(':')
    if delim and all('0' <= c <= '9' for c in port):
        return head, (port or None)
    return host, None


def splitnport(host, defport=-1):
    """splitnport('host:port') --> 'host', port as an int (defport
    without one, None if it is not a number)."""
    head, delim, port = host.rpartition(':')
    if not delim:
        return port, defport
    if port:
        try:
            return head, int(port)
        except ValueError:
            return head, None
    return head, defport


def splituser(host):
    """splituser('user[:passwd]@host[:port]') --> 'user[:passwd]', 'host[:port]'."""
    user, delim, host = host.rpartition('@')
    return (user if delim else None), host


def splitpasswd(user):
    """splitpasswd('user:passwd') -> 'user', 'passwd'."""
    user, delim, passwd = user.partition(':')
    return user, (passwd if delim else None)


def splitquery(url):
    """splitquery('/path?query') --> '/path', 'query'."""
    path, delim, query = url.rpartition('?')
    if delim:
        return path, query
    return url, None


def splittag(url):
    """splittag('/path#tag') --> '/path', 'tag'."""
    path, delim, tag = url.rpartition('#')
    if delim:
        return path, tag
    return url, None


def splitattr(url):
    """splitattr('/path;attr1=value1;attr2=value2;...') ->
        '/path', ['attr1=value1', 'attr2=value2', ...]."""
    words = url.split(';')
    return words[0], words[1:]


def splitvalue(attr):
    """splitvalue('attr=value') --> 'attr', 'value'."""
    attr, delim, value = attr.partition('=')
    return attr, (value if delim else None)
