"""HTTP/1.1 client library, as CPython 3.6's http.client.

HTTPConnection (and HTTPSConnection over the ssl module) sends requests
and reads responses over one socket, reusing it while the server keeps
the connection alive:

    conn = HTTPConnection('example.com')
    conn.request('GET', '/')
    resp = conn.getresponse()
    body = resp.read()

A connection is idle, has a request started (putrequest) or a request
sent (endheaders); getresponse() is allowed only after the request is
sent, and the next request only after the previous response has been
read to its end. Responses with a Content-Length, chunked responses and
responses ending at connection close are read as CPython reads them.
"""

import http
import io
import socket
from urllib.parse import urlsplit

__all__ = ["HTTPResponse", "HTTPConnection",
           "HTTPException", "NotConnected", "UnknownProtocol",
           "UnknownTransferEncoding", "UnimplementedFileMode",
           "IncompleteRead", "InvalidURL", "ImproperConnectionState",
           "CannotSendRequest", "CannotSendHeader", "ResponseNotReady",
           "BadStatusLine", "LineTooLong", "RemoteDisconnected", "error",
           "responses"]

HTTP_PORT = 80
HTTPS_PORT = 443

_UNKNOWN = 'UNKNOWN'

# connection states
_CS_IDLE = 'Idle'
_CS_REQ_STARTED = 'Request-started'
_CS_REQ_SENT = 'Request-sent'

# the status codes as module constants (http.client.OK, ...)
for _status in http.HTTPStatus:
    globals()[_status.name] = _status
del _status

responses = {}
for _status in http.HTTPStatus:
    responses[_status.value] = _status.phrase
del _status

# the longest line read, and the most header lines
_MAXLINE = 65536
_MAXHEADERS = 100

# read at most this much at a time
MAXAMOUNT = 1048576

_METHODS_EXPECTING_BODY = {'PATCH', 'POST', 'PUT'}


def _first_char_in(s, lo, hi, extra=()):
    # the first character of s whose code is in [lo, hi] or in extra, or None
    for c in s:
        o = ord(c)
        if lo <= o <= hi or o in extra:
            return c
    return None


def _is_legal_header_name(name):
    # bytes: [^:\s][^:\r\n]*, the whole name
    if not name or name[0] in b':\t\n\x0b\x0c\r ':
        return False
    for b in name:
        if b in b':\r\n':
            return False
    return True


def _is_illegal_header_value(value):
    # a line break not followed by whitespace ends the header: an injection
    n = len(value)
    for i in range(n):
        b = value[i]
        if b == 10:
            if i + 1 >= n or value[i + 1] not in b' \t':
                return True
        elif b == 13:
            if i + 1 >= n or value[i + 1] not in b' \t\n':
                return True
    return False


def _encode(data, name='data'):
    """Call data.encode("latin-1") but show a better error message."""
    try:
        return data.encode("latin-1")
    except UnicodeEncodeError as err:
        raise UnicodeEncodeError(
            err.encoding,
            err.object,
            err.start,
            err.end,
            "%s (%.20r) is not valid Latin-1. Use %s.encode('utf-8') "
            "if you want to send it encoded in UTF-8." %
            (name.title(), data[err.start:err.end], name)) from None


class HTTPMessage(object):
    """The headers of a response, in the order received.

    Lookups ignore case; get() and [] give the first value of a name,
    get_all() every value.
    """

    def __init__(self):
        self._headers = []
        self._payload = None
        self.preamble = self.epilogue = None
        self.defects = []

    def __len__(self):
        return len(self._headers)

    def __iter__(self):
        for name, _ in self._headers:
            yield name

    def __contains__(self, name):
        name = name.lower()
        for k, _ in self._headers:
            if k.lower() == name:
                return True
        return False

    def __getitem__(self, name):
        return self.get(name)

    def __setitem__(self, name, value):
        self._headers.append((name, value))

    def __delitem__(self, name):
        name = name.lower()
        self._headers = [(k, v) for k, v in self._headers if k.lower() != name]

    def get(self, name, failobj=None):
        name = name.lower()
        for k, v in self._headers:
            if k.lower() == name:
                return v
        return failobj

    def get_all(self, name, failobj=None):
        name = name.lower()
        values = [v for k, v in self._headers if k.lower() == name]
        if not values:
            return failobj
        return values

    def keys(self):
        return [k for k, _ in self._headers]

    def values(self):
        return [v for _, v in self._headers]

    def items(self):
        return list(self._headers)

    def add_header(self, name, value, **params):
        parts = [value] if value is not None else []
        for k, v in params.items():
            k = k.replace('_', '-')
            parts.append(k if v is None else '%s="%s"' % (k, v))
        self._headers.append((name, '; '.join(parts)))

    def replace_header(self, name, value):
        lname = name.lower()
        for i, (k, _) in enumerate(self._headers):
            if k.lower() == lname:
                self._headers[i] = (k, value)
                return
        raise KeyError(name)

    def get_payload(self):
        return self._payload

    def is_multipart(self):
        return False

    def _split_type(self):
        value = self.get('content-type')
        if value is None:
            return None, []
        main, _, rest = value.partition(';')
        params = []
        for p in rest.split(';'):
            k, eq, v = p.strip().partition('=')
            if k:
                v = v.strip()
                if len(v) >= 2 and v[0] == v[-1] == '"':
                    v = v[1:-1]
                params.append((k.strip().lower(), v))
        return main.strip().lower(), params

    def get_content_type(self):
        ctype, _ = self._split_type()
        if ctype is None or ctype.count('/') != 1:
            return 'text/plain'
        return ctype

    def get_content_maintype(self):
        return self.get_content_type().split('/')[0]

    def get_content_subtype(self):
        return self.get_content_type().split('/')[1]

    def get_default_type(self):
        return 'text/plain'

    def get_param(self, param, failobj=None, header='content-type', unquote=True):
        if header.lower() != 'content-type':
            return failobj
        _, params = self._split_type()
        param = param.lower()
        for k, v in params:
            if k == param:
                return v
        return failobj

    def get_content_charset(self, failobj=None):
        charset = self.get_param('charset')
        if charset is None:
            return failobj
        return charset.lower()

    def get_filename(self, failobj=None):
        value = self.get('content-disposition')
        if value is None:
            return failobj
        for p in value.split(';')[1:]:
            k, _, v = p.strip().partition('=')
            if k.strip().lower() == 'filename':
                v = v.strip()
                if len(v) >= 2 and v[0] == v[-1] == '"':
                    v = v[1:-1]
                return v
        return failobj

    def as_string(self, unixfrom=False, maxheaderlen=0, policy=None):
        lines = ['%s: %s\n' % (k, v) for k, v in self._headers]
        return ''.join(lines) + '\n'

    def __str__(self):
        return self.as_string()

    def as_bytes(self, unixfrom=False, policy=None):
        return self.as_string().encode('utf-8')

    def getallmatchingheaders(self, name):
        """Find all header lines matching a given header name (kept for
        http.server's CGI handler, as in CPython)."""
        name = name.lower() + ':'
        n = len(name)
        found = []
        hit = False
        for line in self.keys():
            if line[:n].lower() == name:
                hit = True
            elif not line[:1].isspace():
                hit = False
            if hit:
                found.append(line)
        return found


def _read_headers(fp):
    """The raw header lines up to and including the blank line, within
    _MAXLINE bytes a line and _MAXHEADERS lines."""
    lines = []
    while True:
        line = fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("header line")
        lines.append(line)
        if len(lines) > _MAXHEADERS:
            raise HTTPException("got more than %d headers" % _MAXHEADERS)
        if line in (b'\r\n', b'\n', b''):
            return lines


def _is_header_start(line):
    # a field name (printable ASCII but ':') then ':'
    for i, c in enumerate(line):
        if c == ':':
            return True
        o = ord(c)
        if o < 0x21 or o > 0x7e:
            return False
    return False


def _parse_header_text(text, _class):
    # RFC 5322 fields as the email package's compat32 parser reads them:
    # folded lines continue a field; a line that starts no field ends them.
    msg = _class()
    name = None
    value = []

    def flush():
        if name is not None:
            msg[name] = ''.join(value).rstrip('\r\n')

    lines = text.splitlines(True)
    for i, line in enumerate(lines):
        if line in ('\r\n', '\n'):
            break
        if line[:1] in (' ', '\t'):
            if name is not None:
                value.append(line)
                continue
            msg.defects.append('FirstHeaderLineIsContinuationDefect')
            continue
        if not _is_header_start(line):
            # the rest is the "body", which HTTP headers never have
            msg._payload = ''.join(lines[i:])
            break
        flush()
        name, _, rest = line.partition(':')
        value = [rest.lstrip(' \t')]
    flush()
    return msg


def parse_headers(fp, _class=HTTPMessage):
    """Parses only RFC2822 headers from a file pointer."""
    text = b''.join(_read_headers(fp)).decode('iso-8859-1')
    return _parse_header_text(text, _class)


class HTTPResponse(io.BufferedIOBase):
    """The response to one request: status line, headers and body."""

    def __init__(self, sock, debuglevel=0, method=None, url=None):
        self.fp = sock.makefile("rb")
        self.debuglevel = debuglevel
        self._method = method
        self.headers = self.msg = None
        self.version = _UNKNOWN
        self.status = _UNKNOWN
        self.reason = _UNKNOWN
        self.chunked = _UNKNOWN
        self.chunk_left = _UNKNOWN
        self.length = _UNKNOWN
        self.will_close = _UNKNOWN

    def _read_status(self):
        line = str(self.fp.readline(_MAXLINE + 1), "iso-8859-1")
        if len(line) > _MAXLINE:
            raise LineTooLong("status line")
        if self.debuglevel > 0:
            print("reply:", repr(line))
        if not line:
            # the server closed the connection before answering
            raise RemoteDisconnected("Remote end closed connection without"
                                     " response")
        parts = line.split(None, 2)
        if len(parts) == 3:
            version, status, reason = parts
        elif len(parts) == 2:
            version, status = parts
            reason = ""
        else:
            version, status, reason = "", "", ""
        if not version.startswith("HTTP/"):
            self._close_conn()
            raise BadStatusLine(line)
        try:
            status = int(status)
        except ValueError:
            raise BadStatusLine(line)
        if status < 100 or status > 999:
            raise BadStatusLine(line)
        return version, status, reason

    def begin(self):
        if self.headers is not None:
            return  # already read
        while True:
            version, status, reason = self._read_status()
            if status != CONTINUE:
                break
            # skip the headers of a 100 Continue
            for line in _read_headers_skip(self.fp):
                if self.debuglevel > 0:
                    print("header:", line)
        self.code = self.status = status
        self.reason = reason.strip()
        if version == 'HTTP/1.0':
            self.version = 10
        elif version.startswith('HTTP/1.'):
            self.version = 11  # HTTP/1.x for x >= 1 is read as 1.1
        else:
            raise UnknownProtocol(version)

        self.headers = self.msg = parse_headers(self.fp)
        if self.debuglevel > 0:
            for name, value in self.headers.items():
                print("header:", name + ":", value)

        tr_enc = self.headers.get("transfer-encoding")
        if tr_enc and tr_enc.lower() == "chunked":
            self.chunked = True
            self.chunk_left = None
        else:
            self.chunked = False

        self.will_close = self._check_close()

        self.length = None
        length = self.headers.get("content-length")
        if length and not self.chunked:
            try:
                self.length = int(length)
            except ValueError:
                self.length = None
            else:
                if self.length < 0:
                    self.length = None

        if (status == NO_CONTENT or status == NOT_MODIFIED or
                100 <= status < 200 or self._method == "HEAD"):
            self.length = 0

        # with neither a length nor chunks the body ends at connection close
        if not self.will_close and not self.chunked and self.length is None:
            self.will_close = True

    def _check_close(self):
        conn = self.headers.get("connection")
        if self.version == 11:
            return bool(conn and "close" in conn.lower())
        # HTTP/1.0 closes unless the server asks to keep the connection
        if self.headers.get("keep-alive"):
            return False
        if conn and "keep-alive" in conn.lower():
            return False
        pconn = self.headers.get("proxy-connection")
        if pconn and "keep-alive" in pconn.lower():
            return False
        return True

    def _close_conn(self):
        fp = self.fp
        self.fp = None
        fp.close()

    def close(self):
        try:
            super().close()
        finally:
            if self.fp:
                self._close_conn()

    def flush(self):
        super().flush()
        if self.fp:
            self.fp.flush()

    def readable(self):
        return True

    def isclosed(self):
        """True if the connection is closed."""
        return self.fp is None

    def read(self, amt=None):
        if self.fp is None:
            return b""
        if self._method == "HEAD":
            self._close_conn()
            return b""
        if amt is not None:
            if amt < 0:
                # 3.6 sizes its buffer with the amount first.
                raise ValueError("negative count")
            return self._read_amt(amt)
        if self.chunked:
            return self._readall_chunked()
        if self.length is None:
            data = self.fp.read()
        else:
            try:
                data = self._safe_read(self.length)
            except IncompleteRead:
                self._close_conn()
                raise
            self.length = 0
        self._close_conn()
        return data

    def _read_amt(self, amt):
        if self.chunked:
            return self._read_chunked_amt(amt)
        if self.length is not None and amt > self.length:
            amt = self.length
        data = self.fp.read(amt) if amt else b""
        if not data and amt:
            self._close_conn()
        elif self.length is not None:
            self.length -= len(data)
            if not self.length:
                self._close_conn()
        return data

    def readinto(self, b):
        """Read up to len(b) bytes into b; the number of bytes read."""
        if self.fp is None:
            return 0
        if self._method == "HEAD":
            self._close_conn()
            return 0
        data = self._read_amt(len(b))
        n = len(data)
        b[:n] = data
        return n

    def _read_next_chunk_size(self):
        line = self.fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("chunk size")
        semi = line.find(b";")
        if semi >= 0:
            line = line[:semi]  # chunk extensions are ignored
        try:
            return int(line, 16)
        except ValueError:
            self._close_conn()
            raise

    def _read_and_discard_trailer(self):
        while True:
            line = self.fp.readline(_MAXLINE + 1)
            if len(line) > _MAXLINE:
                raise LineTooLong("trailer line")
            if not line or line in (b'\r\n', b'\n'):
                return

    def _get_chunk_left(self):
        # the bytes left in the current chunk; None at the end of the body
        chunk_left = self.chunk_left
        if not chunk_left:
            if chunk_left is not None:
                self._safe_read(2)  # the CRLF after a chunk's data
            try:
                chunk_left = self._read_next_chunk_size()
            except ValueError:
                raise IncompleteRead(b'')
            if chunk_left == 0:
                self._read_and_discard_trailer()
                self._close_conn()
                chunk_left = None
            self.chunk_left = chunk_left
        return chunk_left

    def _readall_chunked(self):
        parts = []
        try:
            while True:
                chunk_left = self._get_chunk_left()
                if chunk_left is None:
                    return b''.join(parts)
                parts.append(self._safe_read(chunk_left))
                self.chunk_left = 0
        except IncompleteRead:
            raise IncompleteRead(b''.join(parts))

    def _read_chunked_amt(self, amt):
        parts = []
        total = 0
        try:
            while total < amt:
                chunk_left = self._get_chunk_left()
                if chunk_left is None:
                    break
                want = min(chunk_left, amt - total)
                data = self._safe_read(want)
                parts.append(data)
                total += len(data)
                self.chunk_left = chunk_left - len(data)
        except IncompleteRead as e:
            raise IncompleteRead(b''.join(parts) + e.partial)
        return b''.join(parts)

    def _safe_read(self, amt):
        """Exactly amt bytes, or IncompleteRead(partial, bytes missing)."""
        parts = []
        while amt > 0:
            chunk = self.fp.read(min(amt, MAXAMOUNT))
            if not chunk:
                raise IncompleteRead(b''.join(parts), amt)
            parts.append(chunk)
            amt -= len(chunk)
        return b"".join(parts)

    def read1(self, n=-1):
        if self.fp is None or self._method == "HEAD":
            return b""
        if n is None or n < 0:
            n = 16 * 1024
        return self._read_amt(n)

    def peek(self, n=-1):
        if self.fp is None or self._method == "HEAD":
            return b""
        return b""

    def readline(self, limit=-1):
        if self.fp is None or self._method == "HEAD":
            return b""
        if limit is None:
            limit = -1
        if self.chunked:
            out = []
            while limit < 0 or len(out) < limit:
                c = self._read_chunked_amt(1)
                if not c:
                    break
                out.append(c)
                if c == b"\n":
                    break
            return b"".join(out)
        if self.length is not None and (limit < 0 or limit > self.length):
            limit = self.length
        result = self.fp.readline(limit)
        if not result and limit:
            self._close_conn()
        elif self.length is not None:
            self.length -= len(result)
        return result

    def fileno(self):
        return self.fp.fileno()

    def getheader(self, name, default=None):
        """The value of header name (several joined by ', '), or default."""
        if self.headers is None:
            raise ResponseNotReady()
        headers = self.headers.get_all(name) or default
        if isinstance(headers, str) or not hasattr(headers, '__iter__'):
            return headers
        return ', '.join(headers)

    def getheaders(self):
        """Return list of (header, value) tuples."""
        if self.headers is None:
            raise ResponseNotReady()
        return list(self.headers.items())

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def info(self):
        return self.headers

    def geturl(self):
        return self.url

    def getcode(self):
        return self.status


def _read_headers_skip(fp):
    # the header lines of an interim (1xx) response, read and dropped
    lines = []
    while True:
        line = fp.readline(_MAXLINE + 1)
        if len(line) > _MAXLINE:
            raise LineTooLong("header line")
        line = line.strip()
        if not line:
            return lines
        lines.append(line)


class HTTPConnection:
    """One HTTP/1.1 connection to host:port."""

    _http_vsn = 11
    _http_vsn_str = 'HTTP/1.1'

    response_class = HTTPResponse
    default_port = HTTP_PORT
    auto_open = 1
    debuglevel = 0

    @staticmethod
    def _is_textIO(stream):
        return isinstance(stream, io.TextIOBase)

    @staticmethod
    def _get_content_length(body, method):
        """The Content-Length of body, or None when it cannot be known
        beforehand (a file, an iterable): the body is sent chunked."""
        if body is None:
            if method.upper() in _METHODS_EXPECTING_BODY:
                return 0
            return None
        if hasattr(body, 'read'):
            return None
        if isinstance(body, (bytes, bytearray)):
            return len(body)
        try:
            return memoryview(body).nbytes
        except TypeError:
            pass
        if isinstance(body, str):
            return len(body)
        return None

    def __init__(self, host, port=None, timeout=socket._GLOBAL_DEFAULT_TIMEOUT,
                 source_address=None):
        self.timeout = timeout
        self.source_address = source_address
        self.sock = None
        self._buffer = []
        self._HTTPConnection__response = None
        self._HTTPConnection__state = _CS_IDLE
        self._method = None
        self._tunnel_host = None
        self._tunnel_port = None
        self._tunnel_headers = {}

        (self.host, self.port) = self._get_hostport(host, port)
        self._validate_host(self.host)
        self._create_connection = socket.create_connection

    def set_tunnel(self, host, port=None, headers=None):
        """Set up host and port for HTTP CONNECT tunnelling."""
        if self.sock:
            raise RuntimeError("Can't set up tunnel for established connection")
        self._tunnel_host, self._tunnel_port = self._get_hostport(host, port)
        if headers:
            self._tunnel_headers = headers
        else:
            self._tunnel_headers.clear()

    def _get_hostport(self, host, port):
        if port is None:
            colon = host.rfind(':')
            bracket = host.rfind(']')  # an IPv6 address
            if colon > bracket:
                try:
                    port = int(host[colon + 1:])
                except ValueError:
                    if host[colon + 1:] == "":  # "host:" means the default
                        port = self.default_port
                    else:
                        raise InvalidURL("nonnumeric port: '%s'" % host[colon + 1:])
                host = host[:colon]
            else:
                port = self.default_port
            if host and host[0] == '[' and host[-1] == ']':
                host = host[1:-1]
        return (host, port)

    def set_debuglevel(self, level):
        self.debuglevel = level

    def _tunnel(self):
        connect = "CONNECT %s:%d HTTP/1.0\r\n" % (self._tunnel_host, self._tunnel_port)
        parts = [connect.encode("ascii")]
        for header, value in self._tunnel_headers.items():
            parts.append(("%s: %s\r\n" % (header, value)).encode("latin-1"))
        parts.append(b"\r\n")
        self.send(b"".join(parts))

        response = self.response_class(self.sock, method=self._method)
        (version, code, message) = response._read_status()
        if code != http.HTTPStatus.OK:
            self.close()
            raise OSError("Tunnel connection failed: %d %s" % (code, message.strip()))
        while True:
            line = response.fp.readline(_MAXLINE + 1)
            if len(line) > _MAXLINE:
                raise LineTooLong("header line")
            if not line or line in (b'\r\n', b'\n'):
                break
            if self.debuglevel > 0:
                print('header:', line.decode())

    def connect(self):
        """Connect to the host and port specified in __init__."""
        self.sock = self._create_connection((self.host, self.port), self.timeout,
                                            self.source_address)
        self.sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        if self._tunnel_host:
            self._tunnel()

    def close(self):
        """Close the connection to the HTTP server."""
        self._HTTPConnection__state = _CS_IDLE
        try:
            sock = self.sock
            if sock:
                self.sock = None
                sock.close()
        finally:
            response = self._HTTPConnection__response
            if response:
                self._HTTPConnection__response = None
                response.close()

    def send(self, data):
        """Send data (bytes, a file object or an iterable of bytes) to the
        server, connecting first if needed."""
        if self.sock is None:
            if self.auto_open:
                self.connect()
            else:
                raise NotConnected()
        if self.debuglevel > 0:
            print("send:", repr(data))
        if hasattr(data, "read"):
            encode = self._is_textIO(data)
            while True:
                block = data.read(8192)
                if not block:
                    break
                if encode:
                    block = block.encode("iso-8859-1")
                self.sock.sendall(block)
            return
        try:
            self.sock.sendall(data)
        except TypeError:
            if isinstance(data, (str, int, float)) or not hasattr(data, '__iter__'):
                raise TypeError("data should be a bytes-like object "
                                "or an iterable, got %r" % type(data))
            for d in data:
                self.sock.sendall(d)

    def _output(self, s):
        """Add a line of output to the current request buffer."""
        self._buffer.append(s)

    def _read_readable(self, readable):
        encode = self._is_textIO(readable)
        while True:
            block = readable.read(8192)
            if not block:
                break
            if encode:
                block = block.encode("iso-8859-1")
            yield block

    def _send_output(self, message_body=None, encode_chunked=False):
        """Send the request line and headers, then the body if any."""
        self._buffer.extend((b"", b""))
        msg = b"\r\n".join(self._buffer)
        del self._buffer[:]
        self.send(msg)

        if message_body is None:
            return
        if hasattr(message_body, 'read'):
            chunks = self._read_readable(message_body)
        elif isinstance(message_body, (bytes, bytearray, memoryview)):
            chunks = (message_body,)
        else:
            try:
                memoryview(message_body)
            except TypeError:
                try:
                    chunks = iter(message_body)
                except TypeError:
                    raise TypeError("message_body should be a bytes-like "
                                    "object or an iterable, got %r"
                                    % type(message_body))
            else:
                chunks = (message_body,)

        chunked = encode_chunked and self._http_vsn == 11
        for chunk in chunks:
            if not chunk:
                if self.debuglevel > 0:
                    print('Zero length chunk ignored')
                continue
            if chunked:
                chunk = ('%X\r\n' % len(chunk)).encode('ascii') + chunk + b'\r\n'
            self.send(chunk)
        if chunked:
            self.send(b'0\r\n\r\n')

    def putrequest(self, method, url, skip_host=False,
                   skip_accept_encoding=False):
        """Send a request to the server.

        `method' specifies an HTTP request method, e.g. 'GET'.
        `url' specifies the object being requested, e.g. '/index.html'.
        `skip_host' if True does not add automatically a 'Host:' header
        `skip_accept_encoding' if True does not add automatically an
           'Accept-Encoding:' header
        """
        response = self._HTTPConnection__response
        if response and response.isclosed():
            self._HTTPConnection__response = None

        if self._HTTPConnection__state == _CS_IDLE:
            self._HTTPConnection__state = _CS_REQ_STARTED
        else:
            raise CannotSendRequest(self._HTTPConnection__state)

        self._validate_method(method)
        self._method = method
        url = url or '/'
        self._validate_path(url)

        request = '%s %s %s' % (method, url, self._http_vsn_str)
        self._output(self._encode_request(request))

        if self._http_vsn != 11:
            return
        if not skip_host:
            netloc = ''
            if url.startswith('http'):
                netloc = urlsplit(url)[1]
            if netloc:
                try:
                    netloc_enc = netloc.encode("ascii")
                except UnicodeEncodeError:
                    netloc_enc = netloc.encode("idna")
                self.putheader('Host', netloc_enc)
            else:
                if self._tunnel_host:
                    host, port = self._tunnel_host, self._tunnel_port
                else:
                    host, port = self.host, self.port
                try:
                    host_enc = host.encode("ascii")
                except UnicodeEncodeError:
                    host_enc = host.encode("idna")
                if host.find(':') >= 0:  # an IPv6 address
                    host_enc = b'[' + host_enc + b']'
                if port == self.default_port:
                    self.putheader('Host', host_enc)
                else:
                    self.putheader('Host', "%s:%s" % (host_enc.decode("ascii"), port))
        if not skip_accept_encoding:
            self.putheader('Accept-Encoding', 'identity')

    def _encode_request(self, request):
        return request.encode('ascii')

    def _validate_method(self, method):
        bad = _first_char_in(method, 0, 0x1f)
        if bad is not None:
            raise ValueError("method can't contain control characters. %r "
                             "(found at least %r)" % (method, bad))

    def _validate_path(self, url):
        bad = _first_char_in(url, 0, 0x20, (0x7f,))
        if bad is not None:
            raise InvalidURL("URL can't contain control characters. %r "
                             "(found at least %r)" % (url, bad))

    def _validate_host(self, host):
        bad = _first_char_in(host, 0, 0x20, (0x7f,))
        if bad is not None:
            raise InvalidURL("URL can't contain control characters. %r "
                             "(found at least %r)" % (host, bad))

    def putheader(self, header, *values):
        """Send a request header line to the server.

        For example: h.putheader('Accept', 'text/html')
        """
        if self._HTTPConnection__state != _CS_REQ_STARTED:
            raise CannotSendHeader()

        if hasattr(header, 'encode'):
            header = header.encode('ascii')
        if not _is_legal_header_name(header):
            raise ValueError('Invalid header name %r' % (header,))

        values = list(values)
        for i, one_value in enumerate(values):
            if hasattr(one_value, 'encode'):
                values[i] = one_value.encode('latin-1')
            elif isinstance(one_value, int):
                values[i] = str(one_value).encode('ascii')
            if _is_illegal_header_value(values[i]):
                raise ValueError('Invalid header value %r' % (values[i],))

        self._output(header + b': ' + b'\r\n\t'.join(values))

    def endheaders(self, message_body=None, *, encode_chunked=False):
        """Indicate that the last header line has been sent to the server,
        and send the body, if any."""
        if self._HTTPConnection__state == _CS_REQ_STARTED:
            self._HTTPConnection__state = _CS_REQ_SENT
        else:
            raise CannotSendHeader()
        self._send_output(message_body, encode_chunked=encode_chunked)

    def request(self, method, url, body=None, headers={}, *,
                encode_chunked=False):
        """Send a complete request to the server."""
        self._send_request(method, url, body, headers, encode_chunked)

    def _send_request(self, method, url, body, headers, encode_chunked):
        header_names = frozenset(k.lower() for k in headers)
        skips = {}
        if 'host' in header_names:
            skips['skip_host'] = 1
        if 'accept-encoding' in header_names:
            skips['skip_accept_encoding'] = 1

        self.putrequest(method, url, **skips)

        if 'content-length' not in header_names:
            if 'transfer-encoding' not in header_names:
                # a body of unknown length goes chunked, one of known
                # length with its Content-Length
                encode_chunked = False
                content_length = self._get_content_length(body, method)
                if content_length is None:
                    if body is not None:
                        if self.debuglevel > 0:
                            print('Unable to determine size of %r' % body)
                        encode_chunked = True
                        self.putheader('Transfer-Encoding', 'chunked')
                else:
                    self.putheader('Content-Length', str(content_length))
        else:
            encode_chunked = False

        for hdr, value in headers.items():
            self.putheader(hdr, value)
        if isinstance(body, str):
            body = _encode(body, 'body')
        self.endheaders(body, encode_chunked=encode_chunked)

    def getresponse(self):
        """Get the response from the server.

        If the HTTPConnection is in the correct state, returns an
        instance of HTTPResponse or of whatever object is returned by
        the response_class variable.
        """
        response = self._HTTPConnection__response
        if response and response.isclosed():
            self._HTTPConnection__response = None

        if (self._HTTPConnection__state != _CS_REQ_SENT or
                self._HTTPConnection__response):
            raise ResponseNotReady(self._HTTPConnection__state)

        if self.debuglevel > 0:
            response = self.response_class(self.sock, self.debuglevel,
                                           method=self._method)
        else:
            response = self.response_class(self.sock, method=self._method)

        try:
            try:
                response.begin()
            except ConnectionError:
                self.close()
                raise
            self._HTTPConnection__state = _CS_IDLE
            if response.will_close:
                # the socket goes; the response keeps its file until read
                self.close()
            else:
                self._HTTPConnection__response = response
            return response
        except:
            response.close()
            raise


try:
    import ssl
except ImportError:
    pass
else:
    class HTTPSConnection(HTTPConnection):
        "This class allows communication via SSL."

        default_port = HTTPS_PORT

        def __init__(self, host, port=None, key_file=None, cert_file=None,
                     timeout=socket._GLOBAL_DEFAULT_TIMEOUT,
                     source_address=None, *, context=None,
                     check_hostname=None):
            super(HTTPSConnection, self).__init__(host, port, timeout,
                                                  source_address)
            self.key_file = key_file
            self.cert_file = cert_file
            if context is None:
                context = ssl._create_default_https_context()
            will_verify = context.verify_mode != ssl.CERT_NONE
            if check_hostname is None:
                check_hostname = context.check_hostname
            if check_hostname and not will_verify:
                raise ValueError("check_hostname needs a SSL context with "
                                 "either CERT_OPTIONAL or CERT_REQUIRED")
            if key_file or cert_file:
                context.load_cert_chain(cert_file, key_file)
            self._context = context
            self._check_hostname = check_hostname

        def connect(self):
            "Connect to a host on a given (SSL) port."
            super().connect()
            if self._tunnel_host:
                server_hostname = self._tunnel_host
            else:
                server_hostname = self.host
            self.sock = self._context.wrap_socket(self.sock,
                                                  server_hostname=server_hostname)
            if not self._context.check_hostname and self._check_hostname:
                try:
                    ssl.match_hostname(self.sock.getpeercert(), server_hostname)
                except Exception:
                    self.sock.shutdown(socket.SHUT_RDWR)
                    self.sock.close()
                    raise

    __all__.append("HTTPSConnection")


class HTTPException(Exception):
    pass


class NotConnected(HTTPException):
    pass


class InvalidURL(HTTPException):
    pass


class UnknownProtocol(HTTPException):
    def __init__(self, version):
        self.args = version,
        self.version = version


class UnknownTransferEncoding(HTTPException):
    pass


class UnimplementedFileMode(HTTPException):
    pass


class IncompleteRead(HTTPException):
    def __init__(self, partial, expected=None):
        self.args = partial,
        self.partial = partial
        self.expected = expected

    def __repr__(self):
        more = ''
        if self.expected is not None:
            more = ', %i more expected' % self.expected
        return '%s(%i bytes read%s)' % (type(self).__name__, len(self.partial), more)

    def __str__(self):
        return repr(self)


class ImproperConnectionState(HTTPException):
    pass


class CannotSendRequest(ImproperConnectionState):
    pass


class CannotSendHeader(ImproperConnectionState):
    pass


class ResponseNotReady(ImproperConnectionState):
    pass


class BadStatusLine(HTTPException):
    def __init__(self, line):
        if not line:
            line = repr(line)
        self.args = line,
        self.line = line


class LineTooLong(HTTPException):
    def __init__(self, line_type):
        HTTPException.__init__(self, "got more than %d bytes when reading %s"
                               % (_MAXLINE, line_type))


class RemoteDisconnected(ConnectionResetError, BadStatusLine):
    def __init__(self, *pos, **kw):
        BadStatusLine.__init__(self, "")
        ConnectionResetError.__init__(self, *pos, **kw)


# for backwards compatibility
error = HTTPException
