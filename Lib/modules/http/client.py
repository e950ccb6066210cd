"""The client side of HTTP/1.1 for gpython-ssl, behaving as CPython 3.6's
http.client.

A connection object walks through three phases:

    Idle --putrequest()--> Request-started --endheaders()--> Request-sent
      ^                                                           |
      +---------------- getresponse() reads the reply ------------+

request() runs the whole request side in one call.  The connection may
carry the next request once the response to the previous one has been
read to its end (or the response asked for the connection to close, in
which case the next request opens a new one).

A response is a read-only binary stream over the socket.  Its body is
framed by chunked transfer coding, by Content-Length, or by the server
closing the connection, and the stream stops at the body's end.
"""

import binascii
import collections.abc
import email.message
import http
import io
import re
import socket
import urllib.parse

HTTP_PORT = 80
HTTPS_PORT = 443

__all__ = ["HTTPResponse", "HTTPConnection",
           "HTTPException", "NotConnected", "UnknownProtocol",
           "UnknownTransferEncoding", "UnimplementedFileMode",
           "IncompleteRead", "InvalidURL", "ImproperConnectionState",
           "CannotSendRequest", "CannotSendHeader", "ResponseNotReady",
           "BadStatusLine", "LineTooLong", "RemoteDisconnected", "error",
           "responses"]

# The status codes as module constants (OK, NOT_FOUND, ...) and their
# reason phrases, keyed by the HTTPStatus members.
globals().update(http.HTTPStatus.__members__)
responses = dict((status, status.phrase) for status in http.HTTPStatus)

MAXAMOUNT = 1048576         # largest single read from the socket
_MAXLINE = 65536            # longest status, header or chunk-size line
_MAXHEADERS = 100           # most header lines in one block

# Methods whose request carries a body even when it is empty
# (Content-Length: 0 is sent for them).
_METHODS_EXPECTING_BODY = {'PATCH', 'POST', 'PUT'}

_READ_BLOCK = 8192          # how much of a file body is read at a time
_LINE_ENDS = (b'\r\n', b'\n', b'')


# -- exceptions -------------------------------------------------------------

class HTTPException(Exception):
    """Base class of this module's errors."""


error = HTTPException


class NotConnected(HTTPException):
    """send() found no socket, and auto_open is off."""


class InvalidURL(HTTPException):
    """The host, port or request target cannot be used."""


class UnknownTransferEncoding(HTTPException):
    """Kept for compatibility; nothing here raises it."""


class UnimplementedFileMode(HTTPException):
    """Kept for compatibility; nothing here raises it."""


class UnknownProtocol(HTTPException):
    """The server answered with an HTTP version this module cannot speak."""

    def __init__(self, version):
        self.version = version
        self.args = (version,)


class IncompleteRead(HTTPException):
    """The body ended early: partial holds what arrived, expected (if
    known) how many more bytes were due."""

    def __init__(self, partial, expected=None):
        self.partial, self.expected = partial, expected
        self.args = (partial,)

    def __repr__(self):
        tail = ('' if self.expected is None
                else ', %i more expected' % self.expected)
        return '%s(%i bytes read%s)' % (type(self).__name__,
                                         len(self.partial), tail)

    __str__ = __repr__


class ImproperConnectionState(HTTPException):
    """A call came in the wrong phase of the request/response cycle."""


class CannotSendRequest(ImproperConnectionState):
    """putrequest() while the previous request is still in progress."""


class CannotSendHeader(ImproperConnectionState):
    """putheader() or endheaders() outside a request being written."""


class ResponseNotReady(ImproperConnectionState):
    """getresponse() with no request sent, or the previous response still
    unread."""


class BadStatusLine(HTTPException):
    """The first line of the reply is not an HTTP status line."""

    def __init__(self, line):
        self.line = line or repr(line)
        self.args = (self.line,)


class LineTooLong(HTTPException):
    """A line of the reply is longer than _MAXLINE bytes."""

    def __init__(self, line_type):
        text = "got more than %d bytes when reading %s" % (_MAXLINE, line_type)
        HTTPException.__init__(self, text)


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    """The server closed the connection before sending any reply."""

    def __init__(self, *args, **kwargs):
        BadStatusLine.__init__(self, "")
        ConnectionResetError.__init__(self, *args, **kwargs)


# -- header blocks ----------------------------------------------------------

# A header line: a name of printable ASCII other than ':' then ':', or a
# continuation (leading blank), or a Unix "From " envelope line.
_FIELD_START = re.compile(r'[\x21-\x39\x3b-\x7e]*:')
_EOL = re.compile(r'(\r\n|\r|\n)')
_RFC2231_NAME = re.compile(r'(\w+)\*(?:([0-9]+)\*?)?\Z', re.ASCII)


def _quote_param(text):
    return text.replace('\\', '\\\\').replace('"', '\\"')


def _unquote_param(text):
    """Strip one level of "..." (undoing backslash escapes) or <...>."""
    if len(text) > 1:
        if text[0] == '"' and text[-1] == '"':
            return text[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        if text[0] == '<' and text[-1] == '>':
            return text[1:-1]
    return text


def _unquote_value(value):
    if isinstance(value, tuple):
        return value[0], value[1], _unquote_param(value[2])
    return _unquote_param(value)


def _param_segments(text):
    """Cut a header value at the ';' that stand outside quoted strings;
    'key = value' segments come back as 'key=value' with key lower-cased."""
    segments = []
    rest = text
    while True:
        end = rest.find(';')
        while end > 0 and (rest.count('"', 0, end)
                           - rest.count('\\"', 0, end)) % 2:
            end = rest.find(';', end + 1)
        piece = rest if end < 0 else rest[:end]
        key, eq, val = piece.partition('=')
        if eq:
            piece = key.strip().lower() + '=' + val.strip()
        segments.append(piece.strip())
        if end < 0:
            return segments
        rest = rest[end + 1:]


def _rfc2231_join(pieces):
    """Assemble RFC 2231 continuations: pieces are (index, text, encoded)."""
    pieces.sort(key=lambda p: (-1 if p[0] is None else p[0]))
    extended = any(encoded for _, _, encoded in pieces)
    from urllib.parse import unquote
    joined = ''.join(unquote(text, encoding='latin-1') if encoded else text
                     for _, text, encoded in pieces)
    joined = _quote_param(joined)
    if not extended:
        return '"%s"' % joined
    parts = joined.split("'", 2)
    if len(parts) < 3:
        return None, None, '"%s"' % joined
    return parts[0], parts[1], '"%s"' % parts[2]


def _text_of(value, charset):
    try:
        return value.encode('latin-1').decode(charset or 'us-ascii', 'replace')
    except (LookupError, UnicodeError):
        return value


class HTTPMessage(email.message.Message):
    """The header block of an HTTP message: (name, value) fields in the
    order they came, names matched without regard to case.

    It offers the parts of email.message.Message (policy compat32) that
    HTTP code uses.  Assigning to a name adds a field; it never replaces
    one (replace_header() does)."""

    def __init__(self, policy=None):
        email.message.Message.__init__(self, policy)
        # one list of fields, shared with the Message methods not redefined
        # here
        self._fields = self._headers
        self._payload = None
        self._unixfrom = None
        self._default_type = 'text/plain'

    # mapping view
    def __len__(self):
        return len(self._fields)

    def __iter__(self):
        return iter([name for name, _ in self._fields])

    def __contains__(self, name):
        wanted = name.lower()
        return any(key.lower() == wanted for key, _ in self._fields)

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, value):
        self._fields.append((name, value))

    def __delitem__(self, name):
        wanted = name.lower()
        self._fields[:] = [f for f in self._fields if f[0].lower() != wanted]

    def keys(self):
        return [name for name, _ in self._fields]

    def values(self):
        return [value for _, value in self._fields]

    def items(self):
        return list(self._fields)

    def raw_items(self):
        return iter(list(self._fields))

    def set_raw(self, name, value):
        """Append a field as it was read, without any processing."""
        self._fields.append((name, value))

    def get(self, name, failobj=None):
        """The first value of the field name, or failobj."""
        wanted = name.lower()
        for key, value in self._fields:
            if key.lower() == wanted:
                return value
        return failobj

    def get_all(self, name, failobj=None):
        """Every value of the field name, in order, or failobj if none."""
        wanted = name.lower()
        found = [value for key, value in self._fields
                 if key.lower() == wanted]
        return found or failobj

    def replace_header(self, _name, _value):
        """Give the first field called _name the value _value; KeyError
        when there is none."""
        wanted = _name.lower()
        for at, (key, _) in enumerate(self._fields):
            if key.lower() == wanted:
                self._fields[at] = (key, _value)
                return
        raise KeyError(_name)

    def add_header(self, _name, _value, **_params):
        """Add a field whose value is _value followed by '; key="value"'
        parameters (underscores in keys become dashes; a None value gives
        a bare key, a non-ASCII one RFC 2231 form)."""
        parts = [] if _value is None else [_value]
        for key, val in _params.items():
            parts.append(_format_param(key.replace('_', '-'), val))
        self[_name] = '; '.join(parts)

    def getallmatchingheaders(self, name):
        """Python 2's API: the stored names starting with 'name:' and the
        continuation entries after them (names hold no colon, so this is
        normally empty, as in CPython 3)."""
        prefix = name.lower() + ':'
        hits, inside = [], False
        for key in self.keys():
            if key.lower().startswith(prefix):
                inside = True
            elif not key[:1].isspace():
                inside = False
            if inside:
                hits.append(key)
        return hits

    # content type and parameters
    def get_default_type(self):
        return self._default_type

    def set_default_type(self, ctype):
        self._default_type = ctype

    def get_content_type(self):
        """'maintype/subtype' in lower case: the default type when there is
        no Content-Type, 'text/plain' when it is malformed."""
        value = self.get('content-type')
        if value is None:
            return self.get_default_type()
        ctype = str(value).partition(';')[0].strip().lower()
        return ctype if ctype.count('/') == 1 else 'text/plain'

    def get_content_maintype(self):
        return self.get_content_type().split('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().split('/')[1]

    def get_content_disposition(self):
        value = self.get('content-disposition')
        if value is None:
            return None
        return str(value).partition(';')[0].strip().lower()

    def _raw_params(self, header):
        """[(name, value)] of a header's parameters, the first being the
        main value; values are quoted, RFC 2231 ones are tuples."""
        value = self.get(header)
        if value is None:
            return None
        pairs = []
        for seg in _param_segments(str(value)):
            key, eq, val = seg.partition('=')
            pairs.append((key.strip(), val.strip()) if eq else (seg.strip(), ''))
        out = [pairs[0]]
        continued = {}
        for key, val in pairs[1:]:
            val = _unquote_param(val)
            split = _RFC2231_NAME.match(key)
            if split is None:
                out.append((key, '"%s"' % _quote_param(val)))
                continue
            index = split.group(2)
            continued.setdefault(split.group(1), []).append(
                (None if index is None else int(index), val,
                 key.endswith('*')))
        for key, pieces in continued.items():
            out.append((key, _rfc2231_join(pieces)))
        return out

    def get_params(self, failobj=None, header='content-type', unquote=True):
        """The parameters of header as (name, value) pairs, the first
        being its main value; failobj when the header is missing."""
        params = self._raw_params(header)
        if params is None:
            return failobj
        if unquote:
            return [(key, _unquote_value(val)) for key, val in params]
        return params

    def get_param(self, param, failobj=None, header='content-type',
                  unquote=True):
        """The value of one parameter of header (matched without regard to
        case), or failobj."""
        params = self._raw_params(header) or []
        wanted = param.lower()
        for key, val in params:
            if key.lower() == wanted:
                return _unquote_value(val) if unquote else val
        return failobj

    def get_content_charset(self, failobj=None):
        """The charset parameter of Content-Type in lower case, or failobj
        (also for a charset that is not ASCII)."""
        missing = []
        charset = self.get_param('charset', missing)
        if charset is missing:
            return failobj
        if isinstance(charset, tuple):
            charset = _text_of(charset[2], charset[0])
        try:
            charset.encode('us-ascii')
        except UnicodeError:
            return failobj
        return charset.lower()

    def get_charsets(self, failobj=None):
        return [self.get_content_charset(failobj)]

    def get_filename(self, failobj=None):
        """The filename parameter of Content-Disposition (or else the name
        parameter of Content-Type), or failobj."""
        missing = []
        name = self.get_param('filename', missing, 'content-disposition')
        if name is missing:
            name = self.get_param('name', missing, 'content-type')
        if name is missing:
            return failobj
        if isinstance(name, tuple):
            name = _text_of(_unquote_param(name[2]), name[0])
        else:
            name = _unquote_param(name)
        return name.strip()

    # payload and rendering
    def is_multipart(self):
        return isinstance(self._payload, list)

    def get_payload(self, i=None, decode=False):
        return self._payload

    def set_payload(self, payload, charset=None):
        self._payload = payload

    def get_unixfrom(self):
        return self._unixfrom

    def set_unixfrom(self, unixfrom):
        self._unixfrom = unixfrom

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        """The fields as 'Name: value' lines, a blank line and the payload,
        with '\\n' line ends."""
        lines = []
        if unixfrom and self._unixfrom is not None:
            lines.append(self._unixfrom + '\n')
        for name, value in self._fields:
            folded = _EOL.split(str(value))[::2]
            if any(ord(ch) > 127 for ch in str(value)):
                folded = [_encoded_word(folded[0])] + [
                    part[:1] + _encoded_word(part) for part in folded[1:]]
            lines.append('%s: %s\n' % (name, '\n'.join(folded)))
        lines.append('\n')
        if self._payload:
            lines.append(_EOL.sub('\n', self._payload))
        return ''.join(lines)

    def __str__(self):
        return self.as_string()

    def as_bytes(self, unixfrom=False, policy=None):
        return self.as_string(unixfrom).encode('ascii', 'surrogateescape')

    def __bytes__(self):
        return self.as_bytes()


_Q_SAFE = frozenset(b'-!*+/0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                    b'abcdefghijklmnopqrstuvwxyz')


def _encoded_word(text):
    """text as one RFC 2047 UTF-8 encoded word, in whichever of the 'b'
    and 'q' encodings is shorter ('q' on a tie)."""
    raw = text.encode('utf-8')
    q = ''.join('_' if byte == 32 else chr(byte) if byte in _Q_SAFE
                else '=%02X' % byte for byte in raw)
    if (len(raw) + 2) // 3 * 4 < len(q):
        b = binascii.b2a_base64(raw).decode('ascii').rstrip('\n')
        return '=?utf-8?b?%s?=' % b
    return '=?utf-8?q?%s?=' % q


def _format_param(key, value):
    if value is None or not len(value):
        return key
    if isinstance(value, tuple):
        charset, language, text = value
        from urllib.parse import quote
        return "%s*=%s'%s'%s" % (key, charset, language or '',
                                 quote(text, safe='',
                                       encoding=charset or 'ascii'))
    try:
        value.encode('ascii')
    except UnicodeEncodeError:
        from urllib.parse import quote
        return "%s*=utf-8''%s" % (key, quote(value, safe=''))
    return '%s="%s"' % (key, _quote_param(value))


# a block of "Name: value" lines, each ended by CRLF, then the blank line
_PLAIN_BLOCK = re.compile(r'(?:[\x21-\x39\x3b-\x7e]+:[^\r\n]*\r\n)+\r\n\Z')


def _plain_header_block(text):
    # The usual block (_PLAIN_BLOCK: no bare CR or LF, no continuation
    # and no envelope line) split without the general parser's per-line
    # work; None for any other block.
    if _PLAIN_BLOCK.match(text) is None:
        return None
    parsed = []
    for line in text[:-4].split('\r\n'):
        name, _, value = line.partition(':')
        parsed.append((name, value.lstrip(' \t')))
    return parsed, '', None


def _split_header_block(text):
    """Read a header block as email's parser does: (fields, payload,
    unixfrom).  Reading stops at the blank line or at the first line that
    is not a header line; what follows is the payload."""
    plain = _plain_header_block(text)
    if plain is not None:
        return plain
    pieces = _EOL.split(text)
    lines = [pieces[i] + pieces[i + 1] for i in range(0, len(pieces) - 1, 2)]
    if pieces[-1]:
        lines.append(pieces[-1])
    header_lines, body = [], []
    for at, line in enumerate(lines):
        if line[:1] in (' ', '\t') or line.startswith('From ') \
                or _FIELD_START.match(line):
            header_lines.append(line)
            continue
        body = lines[at + 1:] if line[:1] in ('\r', '\n') else lines[at:]
        break
    fields, unixfrom = [], None
    current = None
    last = len(header_lines) - 1
    for at, line in enumerate(header_lines):
        if line[:1] in (' ', '\t'):
            if current is not None:         # a leading one is dropped
                current.append(line)
            continue
        if current is not None:
            fields.append(current)
            current = None
        if line.startswith('From '):
            if at == 0:
                unixfrom = _EOL.sub('', line)
            elif at == last:
                body.insert(0, line)        # it starts the body
                break
            continue                        # elsewhere it is ignored
        if line.startswith(':'):
            continue                        # a field without a name
        current = [line]
    if current is not None:
        fields.append(current)
    parsed = []
    for group in fields:
        name, _, first = group[0].partition(':')
        value = first.lstrip(' \t') + ''.join(group[1:])
        parsed.append((name, value.rstrip('\r\n')))
    return parsed, ''.join(body), unixfrom


def _bounded_line(fp, what):
    """One line from fp, LineTooLong when it runs past _MAXLINE bytes."""
    line = fp.readline(_MAXLINE + 1)
    if len(line) > _MAXLINE:
        raise LineTooLong(what)
    return line


def _read_headers(fp):
    """The header lines up to and including the blank line (or the end of
    input), at most _MAXHEADERS of them."""
    lines = []
    while not lines or lines[-1] not in _LINE_ENDS:
        if len(lines) == _MAXHEADERS:
            _bounded_line(fp, "header line")
            raise HTTPException("got more than %d headers" % _MAXHEADERS)
        lines.append(_bounded_line(fp, "header line"))
    return lines


def parse_headers(fp, _class=HTTPMessage):
    """Read a header block from the binary stream fp into a new _class
    instance (HTTPMessage or a class with its set_raw/set_payload API)."""
    text = b''.join(_read_headers(fp)).decode('iso-8859-1')
    fields, payload, unixfrom = _split_header_block(text)
    msg = _class()
    if unixfrom is not None:
        msg.set_unixfrom(unixfrom)
    for name, value in fields:
        msg.set_raw(name, value)
    msg.set_payload(payload)
    return msg


# -- responses --------------------------------------------------------------

_UNKNOWN = 'UNKNOWN'       # response attributes before begin() has run


class HTTPResponse(io.BufferedIOBase):
    """The reply to one request: status line, headers and a body to read.

    The body ends where its framing says (chunks, Content-Length or end of
    connection); once it has been read the underlying file is released and
    isclosed() is true."""

    def __init__(self, sock, debuglevel=0, method=None, url=None):
        self._method = method
        self.debuglevel = debuglevel
        self.headers = self.msg = None
        self.fp = sock.makefile("rb")
        for name in ('version', 'status', 'reason', 'chunked', 'chunk_left',
                     'length', 'will_close'):
            setattr(self, name, _UNKNOWN)

    # status line and headers
    def _read_status(self):
        """Read one status line: (version, status, reason)."""
        line = str(_bounded_line(self.fp, "status line"), "iso-8859-1")
        if self.debuglevel > 0:
            print("reply:", repr(line))
        if not line:
            raise RemoteDisconnected(
                "Remote end closed connection without response")
        words = line.split(None, 2) + ['', '']
        if len(line.split(None, 1)) < 2 or not words[0].startswith('HTTP/'):
            self._close_conn()
            raise BadStatusLine(line)
        try:
            status = int(words[1])
        except ValueError:
            status = None
        if status is None or not 100 <= status <= 999:
            raise BadStatusLine(line)
        return words[0], status, words[2]

    def begin(self):
        """Read the status line and headers (skipping interim 100
        replies) and work out how the body is framed.  Later calls do
        nothing."""
        if self.headers is not None:
            return
        version, status, reason = self._read_status()
        while status == CONTINUE:
            interim = _read_headers(self.fp)
            if self.debuglevel > 0:
                print("headers:", interim)
            version, status, reason = self._read_status()
        self.code = self.status = status
        self.reason = reason.strip()
        if version in ('HTTP/1.0', 'HTTP/0.9'):
            self.version = 10
        elif version.startswith('HTTP/1.'):
            self.version = 11
        else:
            raise UnknownProtocol(version)
        self.headers = self.msg = parse_headers(self.fp)
        self._settle_framing()

    def _settle_framing(self):
        if self.debuglevel > 0:
            for name in self.headers:
                print("header:", name + ":", self.headers.get(name))
        coding = self.headers.get('transfer-encoding') or ''
        self.chunked = coding.lower() == 'chunked'
        if self.chunked:
            self.chunk_left = None
        self.will_close = self._check_close()
        if (self.status in (NO_CONTENT, NOT_MODIFIED)
                or 100 <= self.status < 200 or self._method == 'HEAD'):
            self.length = 0
        elif self.chunked:
            self.length = None
        else:
            self.length = _declared_length(self.headers.get('content-length'))
        if self.length is None and not self.chunked:
            self.will_close = True      # the body ends when the peer closes

    def _check_close(self):
        """Whether the server means to close the connection after this
        response."""
        def says(name, word):
            return word in (self.headers.get(name) or '').lower()
        if self.version == 11:
            return says('connection', 'close')
        keeps = (self.headers.get('keep-alive')
                 or says('connection', 'keep-alive')
                 or says('proxy-connection', 'keep-alive'))
        return not keeps

    # the stream
    def _close_conn(self):
        fp, self.fp = self.fp, None
        fp.close()

    def isclosed(self):
        """True once the body has been read or the response closed."""
        return self.fp is None

    def readable(self):
        return True

    def fileno(self):
        return self.fp.fileno()

    def flush(self):
        super().flush()
        if self.fp is not None:
            self.fp.flush()

    def close(self):
        """Close the stream and release the socket file."""
        try:
            super().close()
        finally:
            if self.fp is not None:
                self._close_conn()

    def _no_body_left(self):
        """True when nothing can be read; a HEAD reply is released here."""
        if self.fp is not None and self._method == 'HEAD':
            self._close_conn()
        return self.fp is None

    def read(self, amt=None):
        """Read amt bytes of the body, or all of it."""
        if self._no_body_left():
            return b''
        if amt is not None:
            room = bytearray(amt)
            got = self.readinto(room)
            return bytes(room[:got])
        if self.chunked:
            return self._chunk_bytes(None)
        data = self._whole_declared() if self.length is not None \
            else self.fp.read()
        self._close_conn()
        return data

    def _whole_declared(self):
        """The rest of a body whose length is known; a short one releases
        the file before IncompleteRead propagates."""
        try:
            data = self._exactly(self.length)
        except IncompleteRead:
            self._close_conn()
            raise
        else:
            self.length = 0
            return data

    def readinto(self, b):
        """Read body bytes into the writable buffer b; returns the count."""
        if self._no_body_left():
            return 0
        if self.chunked:
            data = self._chunk_bytes(len(b), b)
        else:
            want = len(b) if self.length is None else min(len(b), self.length)
            data = self.fp.read(want)
            self._account(data, want, True)
        b[:len(data)] = data
        return len(data)

    def read1(self, n=-1):
        """Read up to n bytes with at most one read of the socket."""
        if self.fp is None or self._method == 'HEAD':
            return b''
        if self.chunked:
            left = self._chunk_room()
            if left is None or n == 0:
                return b''
            data = self._read_some(n if 0 <= n <= left else left)
            self.chunk_left -= len(data)
            if not data:
                raise IncompleteRead(b'')
            return data
        if self.length is not None and not 0 <= n <= self.length:
            n = self.length
        try:
            data = self._read_some(n)
        except ValueError:
            if n >= 0:
                raise
            data = self._read_some(16 * 1024)
        self._account(data, n, False)
        return data

    def peek(self, n=-1):
        """Bytes of the body that can be had without a socket read."""
        if self.fp is None or self._method == 'HEAD':
            return b''
        if not self.chunked:
            return self._peek_file(n)
        try:
            left = self._chunk_room()
        except IncompleteRead:
            left = None
        return b'' if left is None else self._peek_file(left)[:left]

    def readline(self, limit=-1):
        """Read one line of the body (at most limit bytes)."""
        if self.fp is None or self._method == 'HEAD':
            return b''
        if self.chunked:
            return self._chunk_line(limit)
        if self.length is not None and not 0 <= limit <= self.length:
            limit = self.length
        line = self.fp.readline(limit)
        self._account(line, limit, False)
        return line

    def _account(self, data, asked, release_at_end):
        """Book data read from a length- or close-framed body: an empty
        read of a non-empty request means the end; release_at_end also
        releases the file once the declared length is used up."""
        if not data and asked:
            self._close_conn()
            return
        if self.length is not None:
            self.length -= len(data)
            if release_at_end and not self.length:
                self._close_conn()

    def _read_some(self, n):
        # A socket file without read1() (the project's SocketIO) is read
        # with read(), which returns what one receive brought.
        reader = getattr(self.fp, 'read1', None) or self.fp.read
        return reader(n)

    def _peek_file(self, n):
        peek = getattr(self.fp, 'peek', None)
        return b'' if peek is None else peek(n)

    def _exactly(self, amt):
        """Read exactly amt bytes; IncompleteRead if the stream ends."""
        got = bytearray()
        while len(got) < amt:
            piece = self.fp.read(min(amt - len(got), MAXAMOUNT))
            if not piece:
                raise IncompleteRead(bytes(got), amt - len(got))
            got += piece
        return bytes(got)

    # chunked transfer coding
    def _chunk_room(self):
        """Bytes left in the current chunk, after starting the next one if
        it is used up; None past the last chunk (whose trailer is then read
        and the file released)."""
        if self.chunk_left:
            return self.chunk_left
        if self.chunk_left is not None:
            self._exactly(2)                # CRLF ending the chunk's data
        size = _bounded_line(self.fp, "chunk size").partition(b';')[0]
        try:
            size = int(size, 16)            # extensions after ';' ignored
        except ValueError:
            self._close_conn()
            raise IncompleteRead(b'')
        if size == 0:
            while _bounded_line(self.fp, "trailer line") not in _LINE_ENDS:
                pass
            self._close_conn()
            size = None
        self.chunk_left = size
        return size

    def _chunk_bytes(self, limit, into=None):
        """Up to limit (None: all) bytes of chunk data.  IncompleteRead
        carries the pieces read in full before the stream broke; the
        buffer into, if given, also gets the bytes of the broken piece."""
        parts, total = [], 0
        while limit is None or total < limit:
            left = self._chunk_room_or_fail(parts)
            if left is None:
                break
            take = left if limit is None else min(left, limit - total)
            try:
                parts.append(self._exactly(take))
            except IncompleteRead as short:
                if into is not None:
                    landed = b''.join(parts) + short.partial
                    into[:len(landed)] = landed
                raise IncompleteRead(b''.join(parts))
            total += take
            self.chunk_left = left - take
        return b''.join(parts)

    def _chunk_room_or_fail(self, parts):
        try:
            return self._chunk_room()
        except IncompleteRead:
            raise IncompleteRead(b''.join(parts))

    def _chunk_line(self, limit):
        # As CPython's line reading through peek(): a size line that cannot
        # be read releases the file and ends the line; a body cut short
        # raises IncompleteRead for the read that found nothing.
        line = bytearray()
        while limit < 0 or len(line) < limit:
            try:
                left = self._chunk_room()
            except IncompleteRead:
                if self.fp is None:
                    break
                raise IncompleteRead(b'')
            if left is None:
                break
            want = left if limit < 0 else min(left, limit - len(line))
            piece = self.fp.readline(want)
            if not piece:
                raise IncompleteRead(b'')
            self.chunk_left = left - len(piece)
            line += piece
            if piece.endswith(b'\n'):
                break
        return bytes(line)

    # header access
    def _known_headers(self):
        if self.headers is None:
            raise ResponseNotReady()
        return self.headers

    def getheader(self, name, default=None):
        """The values of header name joined by ', ', or default."""
        found = self._known_headers().get_all(name) or default
        if isinstance(found, str) or not hasattr(found, '__iter__'):
            return found
        return ', '.join(found)

    def getheaders(self):
        """All (name, value) header pairs."""
        return list(self._known_headers().items())

    def info(self):
        return self.headers

    def getcode(self):
        return self.status

    def geturl(self):
        return self.url

    def __iter__(self):
        return self


# A response whose file is gone (its body read to the end, or closed) has
# nothing left for the finalizer's close() to do: dropping it costs no
# collection (the loop's drop hints, vm/finalize_ration.go).
__import__('_io')._finalizer_inert(HTTPResponse, 'fp')


def _declared_length(value):
    """A Content-Length value as a count, or None when it is not one."""
    try:
        count = int(value)
    except (TypeError, ValueError):
        return None
    return count if count >= 0 else None


# -- requests ---------------------------------------------------------------

_URL_FORBIDDEN = re.compile('[\x00-\x20\x7f]')     # controls and space
_METHOD_FORBIDDEN = re.compile('[\x00-\x1f]')
_NAME_FORBIDDEN = re.compile(rb'[:\r\n]')
# CR or LF that does not start a folded continuation line.
_BARE_EOL = re.compile(rb'\r(?:[^ \t\n]|\Z)|\n(?:[^ \t]|\Z)')


def _encode(data, name='data'):
    """data encoded as Latin-1, with a hint about UTF-8 when it cannot be."""
    try:
        return data.encode("latin-1")
    except UnicodeEncodeError as exc:
        problem = exc
    raise UnicodeEncodeError(
        problem.encoding, problem.object, problem.start, problem.end,
        "%s (%.20r) is not valid Latin-1. Use %s.encode('utf-8') if you "
        "want to send it encoded in UTF-8." %
        (name.title(), data[problem.start:problem.end], name))


def _header_bytes(value):
    """A header value as bytes: text as Latin-1, integers in decimal."""
    if hasattr(value, 'encode'):
        return value.encode('latin-1')
    if isinstance(value, int):
        return str(value).encode('ascii')
    return value


def _host_header_value(host):
    try:
        return host.encode('ascii')
    except UnicodeEncodeError:
        return host.encode('idna')


# The connection's phases, as the exceptions name them.
_CS_IDLE, _CS_REQ_STARTED, _CS_REQ_SENT = \
    'Idle', 'Request-started', 'Request-sent'


class HTTPConnection:
    """One HTTP/1.1 connection to host:port (port defaults to what host
    names after a ':', else 80), opened on first use."""

    default_port = HTTP_PORT
    response_class = HTTPResponse
    debuglevel = 0
    auto_open = 1               # connect on first send()
    _http_vsn, _http_vsn_str = 11, 'HTTP/1.1'

    @staticmethod
    def _is_textIO(stream):
        return isinstance(stream, io.TextIOBase)

    @staticmethod
    def _get_content_length(body, method):
        """The Content-Length to send for body, or None when the body must
        go chunked (or, without a body, when method expects none)."""
        if body is None:
            return 0 if method.upper() in _METHODS_EXPECTING_BODY else None
        if hasattr(body, 'read'):
            return None
        try:
            return memoryview(body).nbytes
        except TypeError:
            pass
        return len(body) if isinstance(body, str) else None

    def __init__(self, host, port=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT,
                 source_address=None):
        self.host, self.port = self._get_hostport(host, port)
        self._validate_host(self.host)
        self.timeout, self.source_address = timeout, source_address
        self._create_connection = socket.create_connection
        self.sock = None
        self._method = None
        self._buffer = []               # request head lines not yet sent
        self._phase = _CS_IDLE
        self._pending = None            # the response still being read
        self._tunnel_host = self._tunnel_port = None
        self._tunnel_headers = {}

    def set_tunnel(self, host, port=None, headers=None):
        """Make connect() go through the proxy this connection names and
        CONNECT to host:port, sending headers with the CONNECT."""
        if self.sock:
            raise RuntimeError("Can't set up tunnel for established connection")
        self._tunnel_host, self._tunnel_port = self._get_hostport(host, port)
        if not headers:
            self._tunnel_headers.clear()
        else:
            self._tunnel_headers = headers

    def _get_hostport(self, host, port):
        """Split an optional ':port' off host ('[v6addr]:port' too)."""
        if port is None:
            colon, bracket = host.rfind(':'), host.rfind(']')
            if colon > bracket:
                digits = host[colon + 1:]
                if not digits:
                    port = self.default_port
                else:
                    try:
                        port = int(digits)
                    except ValueError:
                        port = None
                    if port is None:
                        raise InvalidURL("nonnumeric port: '%s'" % digits)
                host = host[:colon]
            else:
                port = self.default_port
            if host[:1] == '[' and host[-1:] == ']':
                host = host[1:-1]
        return host, port

    def set_debuglevel(self, level):
        self.debuglevel = level

    def _tunnel(self):
        request = "CONNECT %s:%d HTTP/1.0\r\n" % (self._tunnel_host,
                                                  self._tunnel_port)
        self.send(request.encode("ascii"))
        for name, value in self._tunnel_headers.items():
            self.send(("%s: %s\r\n" % (name, value)).encode("latin-1"))
        self.send(b"\r\n")
        reply = self.response_class(self.sock, method=self._method)
        version, code, message = reply._read_status()
        if code != http.HTTPStatus.OK:
            self.close()
            raise OSError("Tunnel connection failed: %d %s"
                          % (code, message.strip()))
        while True:
            line = reply.fp.readline(_MAXLINE + 1)
            if len(line) > _MAXLINE:
                raise LineTooLong("header line")
            if line in _LINE_ENDS:
                break
            if self.debuglevel > 0:
                print('header:', line.decode())

    def connect(self):
        """Open the TCP connection (and the tunnel, when set)."""
        sock = self._create_connection((self.host, self.port), self.timeout,
                                       self.source_address)
        sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.sock = sock
        if self._tunnel_host:
            self._tunnel()

    def close(self):
        """Close the socket and any response still open; the next request
        reconnects."""
        self._phase = _CS_IDLE
        try:
            sock, self.sock = self.sock, None
            if sock:
                sock.close()
        finally:
            pending, self._pending = self._pending, None
            if pending:
                pending.close()

    def send(self, data):
        """Send bytes, a file-like object (text files as Latin-1) or an
        iterable of bytes, connecting first when auto_open allows."""
        if self.sock is None:
            if not self.auto_open:
                raise NotConnected()
            self.connect()
        if self.debuglevel > 0:
            print("send:", repr(data))
        if hasattr(data, "read"):
            for block in self._read_readable(data):
                self.sock.sendall(block)
            return
        try:
            self.sock.sendall(data)
        except TypeError:
            if not isinstance(data, collections.abc.Iterable):
                raise TypeError("data should be a bytes-like object "
                                "or an iterable, got %r" % type(data))
            for piece in data:
                self.sock.sendall(piece)

    def _output(self, s):
        """Queue one line of the request head (without its CRLF)."""
        self._buffer.append(s)

    def _read_readable(self, readable):
        """The blocks of a file body; a text file's are encoded Latin-1."""
        verbose = self.debuglevel > 0
        if verbose:
            print("sendIng a read()able")
        textual = self._is_textIO(readable)
        if textual and verbose:
            print("encoding file using iso-8859-1")
        block = readable.read(_READ_BLOCK)
        while block:
            yield block.encode("iso-8859-1") if textual else block
            block = readable.read(_READ_BLOCK)

    def _body_pieces(self, body):
        if hasattr(body, 'read'):
            return self._read_readable(body)
        try:
            memoryview(body)
        except TypeError:
            pass
        else:
            return (body,)
        try:
            return iter(body)
        except TypeError:
            raise TypeError("message_body should be a bytes-like object "
                            "or an iterable, got %r" % type(body))

    def _send_output(self, message_body=None, encode_chunked=False):
        """Send the queued head, then the body (chunk-coded on request)."""
        head = b'\r\n'.join(self._buffer + [b'', b''])
        del self._buffer[:]
        self.send(head)
        if message_body is None:
            return
        chunking = encode_chunked and self._http_vsn == 11
        for piece in self._body_pieces(message_body):
            if not piece:
                if self.debuglevel > 0:
                    print('Zero length chunk ignored')
                continue
            if chunking:
                piece = (('%X\r\n' % len(piece)).encode('ascii')
                         + piece + b'\r\n')
            self.send(piece)
        if chunking:
            self.send(b'0\r\n\r\n')

    def _validate_method(self, method):
        found = _METHOD_FORBIDDEN.search(method)
        if found:
            raise ValueError(
                "method can't contain control characters. %r "
                "(found at least %r)" % (method, found.group()))

    def _validate_path(self, url):
        found = _URL_FORBIDDEN.search(url)
        if found:
            raise InvalidURL("URL can't contain control characters. %r "
                             "(found at least %r)" % (url, found.group()))

    def _validate_host(self, host):
        self._validate_path(host)

    def _encode_request(self, request):
        return request.encode('ascii')

    def _drop_finished_response(self):
        if self._pending and self._pending.isclosed():
            self._pending = None

    def putrequest(self, method, url, skip_host=False,
                   skip_accept_encoding=False):
        """Start a request: queue its request line and, for HTTP/1.1, the
        Host and Accept-Encoding headers unless told to skip them."""
        self._drop_finished_response()
        if self._phase != _CS_IDLE:
            raise CannotSendRequest(self._phase)
        self._phase = _CS_REQ_STARTED
        self._validate_method(method)
        url = url or '/'
        self._validate_path(url)
        self._method = method
        self._output(self._encode_request(
            '%s %s %s' % (method, url, self._http_vsn_str)))
        if self._http_vsn != 11:
            return
        if not skip_host:
            self.putheader('Host', self._host_for(url))
        if not skip_accept_encoding:
            self.putheader('Accept-Encoding', 'identity')

    def _host_for(self, url):
        """The Host header value: from an absolute URL, else the server
        (or tunnel) host, with the port when it is not the default."""
        if url.startswith('http'):
            netloc = urllib.parse.urlsplit(url).netloc
            if netloc:
                return _host_header_value(netloc)
        if self._tunnel_host:
            host, port = self._tunnel_host, self._tunnel_port
        else:
            host, port = self.host, self.port
        value = _host_header_value(host)
        if ':' in host:
            value = b'[' + value + b']'     # an IPv6 address
        if port == self.default_port:
            return value
        return "%s:%s" % (value.decode('ascii'), port)

    def putheader(self, header, *values):
        """Queue a header line; several values are folded into one."""
        if self._phase != _CS_REQ_STARTED:
            raise CannotSendHeader()
        if hasattr(header, 'encode'):
            header = header.encode('ascii')
        if (_NAME_FORBIDDEN.search(header) or not header
                or header[:1] in b' \t\n\r\x0b\x0c'):
            raise ValueError('Invalid header name %r' % (header,))
        encoded = []
        for value in values:
            value = _header_bytes(value)
            if _BARE_EOL.search(value):
                raise ValueError('Invalid header value %r' % (value,))
            encoded.append(value)
        self._output(header + b': ' + b'\r\n\t'.join(encoded))

    def endheaders(self, message_body=None, *, encode_chunked=False):
        """Finish the head and send it, followed by message_body if any."""
        if self._phase != _CS_REQ_STARTED:
            raise CannotSendHeader()
        self._phase = _CS_REQ_SENT
        self._send_output(message_body, encode_chunked=encode_chunked)

    def request(self, method, url, body=None, headers={}, *,
                encode_chunked=False):
        """Send a whole request.

        body may be bytes, text (sent as Latin-1), a file object or an
        iterable of bytes.  Unless headers give Content-Length or
        Transfer-Encoding, a body of known size gets Content-Length and
        any other body is sent chunked."""
        self._send_request(method, url, body, headers, encode_chunked)

    def _send_request(self, method, url, body, headers, encode_chunked):
        given = frozenset(name.lower() for name in headers)
        self.putrequest(method, url,
                        skip_host='host' in given,
                        skip_accept_encoding='accept-encoding' in given)
        if 'content-length' in given:
            encode_chunked = False
        elif 'transfer-encoding' not in given:
            encode_chunked = self._frame_body(body, method)
        for name, value in headers.items():
            self.putheader(name, value)
        if isinstance(body, str):
            body = _encode(body, 'body')
        self.endheaders(body, encode_chunked=encode_chunked)

    def _frame_body(self, body, method):
        """Announce how body is framed; True when it must go chunked."""
        size = self._get_content_length(body, method)
        if size is not None:
            self.putheader('Content-Length', str(size))
            return False
        if body is None:
            return False
        if self.debuglevel > 0:
            print('Unable to determine size of %r' % body)
        self.putheader('Transfer-Encoding', 'chunked')
        return True

    def _new_response(self):
        if self.debuglevel > 0:
            return self.response_class(self.sock, self.debuglevel,
                                       method=self._method)
        return self.response_class(self.sock, method=self._method)

    def getresponse(self):
        """Read the response to the request sent last.

        The connection becomes idle again; when the response says the
        connection ends with it, the socket passes to the response."""
        self._drop_finished_response()
        if self._phase != _CS_REQ_SENT or self._pending:
            raise ResponseNotReady(self._phase)
        reply = self._new_response()
        try:
            self._start_reply(reply)
        except BaseException:
            reply.close()
            raise
        return reply

    def _start_reply(self, reply):
        try:
            reply.begin()
        except ConnectionError:
            self.close()
            raise
        self._phase = _CS_IDLE
        if reply.will_close:
            self.close()                # the response owns the socket now
        else:
            self._pending = reply


try:
    import ssl
except ImportError:
    ssl = None


_OLD_TLS_ARGS = ("key_file, cert_file and check_hostname are deprecated, "
                 "use a custom context instead.")


def _https_context(context, check_hostname, key_file, cert_file):
    """The context and host-check setting an HTTPSConnection uses."""
    if context is None:
        context = ssl._create_default_https_context()
    if check_hostname is None:
        check_hostname = context.check_hostname
    if check_hostname and context.verify_mode == ssl.CERT_NONE:
        raise ValueError("check_hostname needs a SSL context with "
                         "either CERT_OPTIONAL or CERT_REQUIRED")
    if key_file or cert_file:
        context.load_cert_chain(cert_file, key_file)
    return context, check_hostname


class HTTPSConnection(HTTPConnection):
    """HTTPConnection over TLS, with the settings of context (by default
    ssl's default HTTPS context)."""

    def __init__(self, host, port=None, key_file=None, cert_file=None,
                 timeout=socket._GLOBAL_DEFAULT_TIMEOUT,
                 source_address=None, *, context=None,
                 check_hostname=None):
        HTTPConnection.__init__(self, host, port, timeout, source_address)
        if (key_file, cert_file, check_hostname) != (None, None, None):
            import warnings
            warnings.warn(_OLD_TLS_ARGS, DeprecationWarning, 2)
        self.key_file, self.cert_file = key_file, cert_file
        self._context, self._check_hostname = _https_context(
            context, check_hostname, key_file, cert_file)

    default_port = HTTPS_PORT

    def connect(self):
        """Connect, then run the TLS handshake, checking the peer's name
        here when asked to and the context does not check it."""
        HTTPConnection.connect(self)
        name = self._tunnel_host or self.host
        tls = self._context.wrap_socket(self.sock, server_hostname=name)
        self.sock = tls
        if not self._check_hostname or self._context.check_hostname:
            return
        try:
            ssl.match_hostname(tls.getpeercert(), name)
        except Exception:
            tls.shutdown(socket.SHUT_RDWR)
            tls.close()
            raise


if ssl is None:
    del HTTPSConnection
else:
    __all__.append("HTTPSConnection")
