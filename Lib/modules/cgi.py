"""Helpers for CGI scripts: reading form data from the request.

FieldStorage reads a query string (GET, HEAD) or a request body
(urlencoded or multipart/form-data) into MiniFieldStorage and
FieldStorage items; parse() and parse_multipart() are the simpler
dictionary-returning forms.  The print_* functions write HTML reports
used when debugging a script.
"""

import html, locale, os, sys, tempfile, urllib.parse
from collections.abc import Mapping
from email.message import Message
try:
    from email.parser import FeedParser
except ImportError:
    # An email package without the incremental parser: parse the part's
    # whole header block at once.
    from email.parser import HeaderParser as _HeaderParser

    class FeedParser:
        def __init__(self):
            self._text = []

        def feed(self, data):
            self._text.append(data)

        def close(self):
            return _HeaderParser().parsestr("".join(self._text))
from io import BytesIO, StringIO, TextIOWrapper
from warnings import warn

__all__ = ["MiniFieldStorage", "FieldStorage", "parse", "parse_qs",
           "parse_qsl", "parse_multipart", "parse_header", "test",
           "print_exception", "print_environ", "print_form",
           "print_directory", "print_arguments", "print_environ_usage",
           "escape"]


# Logging, off unless logfile names a file before the first log() call.

logfile = ""
logfp = None


def nolog(*allargs):
    """The log() of a module without a log file: does nothing."""


def dolog(fmt, *args):
    """Append fmt % args as a line to the log file."""
    logfp.write((fmt % args) + "\n")


def initlog(*allargs):
    """The first log() call: open logfile if it is set, then become
    dolog or nolog and log the message."""
    global log, logfp
    if logfile and not logfp:
        try:
            logfp = open(logfile, "a")
        except OSError:
            logfp = None    # logging stays off
    log = dolog if logfp else nolog
    log(*allargs)


def closelog():
    """Close the log file; the next log() call starts afresh."""
    global log, logfile, logfp
    fp, logfp, logfile, log = logfp, None, '', initlog
    if fp:
        fp.close()


log = initlog

# Largest request body accepted; 0 means no limit.
maxlen = 0


def parse(fp=None, environ=os.environ, keep_blank_values=0,
          strict_parsing=0, separator='&'):
    """Return the request's form as a dict of lists of values."""
    if fp is None:
        fp = sys.stdin
    encoding = fp.encoding if hasattr(fp, 'encoding') else 'latin-1'
    if isinstance(fp, TextIOWrapper):
        fp = fp.buffer
    method = environ.setdefault('REQUEST_METHOD', 'GET')
    if method == 'POST':
        ctype, params = parse_header(environ['CONTENT_TYPE'])
        if ctype == 'multipart/form-data':
            return parse_multipart(fp, params)
        qs = ''
        if ctype == 'application/x-www-form-urlencoded':
            size = int(environ['CONTENT_LENGTH'])
            if maxlen and size > maxlen:
                raise ValueError('Maximum content length exceeded')
            qs = fp.read(size).decode(encoding)
        extra = None
        if 'QUERY_STRING' in environ:
            extra = environ['QUERY_STRING']
        elif sys.argv[1:]:
            extra = sys.argv[1]
        if extra is not None:
            qs = qs + '&' + extra if qs else extra
        environ['QUERY_STRING'] = qs
    elif 'QUERY_STRING' in environ:
        qs = environ['QUERY_STRING']
    else:
        qs = sys.argv[1] if sys.argv[1:] else ""
        environ['QUERY_STRING'] = qs
    return urllib.parse.parse_qs(qs, keep_blank_values, strict_parsing,
                                 encoding=encoding, separator=separator)


# The two query parsers moved to urllib.parse; these warn, then call
# them. They are def statements (not made by a factory) so that pyclbr,
# which reads the source, finds them as it does CPython's.

def parse_qs(qs, keep_blank_values=0, strict_parsing=0):
    """Deprecated: urllib.parse.parse_qs, after a DeprecationWarning."""
    warn("cgi.parse_qs is deprecated, use urllib.parse.parse_qs instead",
         DeprecationWarning, 2)
    return urllib.parse.parse_qs(qs, keep_blank_values, strict_parsing)


def parse_qsl(qs, keep_blank_values=0, strict_parsing=0):
    """Deprecated: urllib.parse.parse_qsl, after a DeprecationWarning."""
    warn("cgi.parse_qsl is deprecated, use urllib.parse.parse_qsl instead",
         DeprecationWarning, 2)
    return urllib.parse.parse_qsl(qs, keep_blank_values, strict_parsing)


def _part_body(fp, nextpart, lastpart):
    """Read the lines of one part up to a boundary line; return them and
    the boundary line that ended them (lastpart at end of file)."""
    lines = []
    while True:
        line = fp.readline()
        if not line:
            return lines, lastpart
        if line.startswith(b"--"):
            mark = line.rstrip()
            if mark == nextpart or mark == lastpart:
                return lines, mark
        lines.append(line)


def _declared_length(text):
    # A part's Content-Length as a number, -1 when absent or bad.
    if text:
        try:
            return int(text)
        except ValueError:
            pass
    return -1


def _read_declared(fp, size):
    if size <= 0:
        return b""
    if maxlen and size > maxlen:
        raise ValueError('Maximum content length exceeded')
    return fp.read(size)


def parse_multipart(fp, pdict):
    """Parse a multipart/form-data body from the binary file fp, whose
    Content-Type parameters are pdict (with 'boundary' as bytes), into a
    dict mapping each field name to a list of bytes values."""
    import http.client
    boundary = pdict.get('boundary', b"")
    if not valid_boundary(boundary):
        raise ValueError('Invalid boundary in multipart form: %r' % (boundary,))
    nextpart = b"--" + boundary
    lastpart = nextpart + b"--"
    fields = {}
    mark = b""
    while mark != lastpart:
        size, data, headers = -1, None, None
        if mark:
            headers = http.client.parse_headers(fp)
            size = _declared_length(headers.get('content-length'))
            data = _read_declared(fp, size)
        lines, mark = _part_body(fp, nextpart, lastpart)
        if data is None:
            # The preamble before the first boundary.
            continue
        if size < 0 and lines:
            # Without a length the part ends before the boundary's line break.
            for ending in (b"\r\n", b"\n"):
                if lines[-1].endswith(ending):
                    lines[-1] = lines[-1][:-len(ending)]
                    break
            data = b"".join(lines)
        disposition = headers['content-disposition']
        kind, params = parse_header(disposition) if disposition else (None, {})
        if kind == 'form-data' and 'name' in params:
            fields.setdefault(params['name'], []).append(data)
    return fields


def _inside_quotes(s, end):
    # Whether s[end] lies inside a quoted string (escaped quotes aside).
    return (s.count('"', 0, end) - s.count('\\"', 0, end)) % 2 == 1


def _parseparam(s):
    """The ';'-separated pieces of s (which starts with ';'); a ';'
    inside double quotes belongs to its piece."""
    rest = s
    while rest.startswith(';'):
        rest = rest[1:]
        cut = rest.find(';')
        while cut > 0 and _inside_quotes(rest, cut):
            cut = rest.find(';', cut + 1)
        if cut < 0:
            cut = len(rest)
        yield rest[:cut].strip()
        rest = rest[cut:]


def parse_header(line):
    """Split a Content-Type-like header into its main value and a dict
    of its parameters (names lower-cased, quotes removed)."""
    pieces = _parseparam(';' + line)
    key = next(pieces)
    params = {}
    for piece in pieces:
        eq = piece.find('=')
        if eq < 0:
            continue
        name = piece[:eq].strip().lower()
        value = piece[eq + 1:].strip()
        if len(value) >= 2 and value[0] == '"' and value[-1] == '"':
            value = value[1:-1].replace('\\\\', '\\').replace('\\"', '"')
        params[name] = value
    return key, params


class MiniFieldStorage:
    """A form field from a query string: just a name and a value."""

    # The attributes of a FieldStorage, empty.
    filename = list = type = file = disposition = None
    type_options, disposition_options, headers = {}, {}, {}

    def __init__(self, name, value):
        self.name, self.value = name, value

    def __repr__(self):
        return "MiniFieldStorage(%r, %r)" % (self.name, self.value)


class FieldStorage:
    """The form of a request, or one part of a multipart form.

    A form read from a query string or an urlencoded body has a list of
    MiniFieldStorage; a multipart form has a list of FieldStorage parts;
    a single part keeps its content in file (value reads it).  Indexing by
    field name gives an item or a list of items with that name.
    """

    FieldStorageClass = None
    bufsize = 8 * 1024

    def __init__(self, fp=None, headers=None, outerboundary=b'',
                 environ=os.environ, keep_blank_values=0, strict_parsing=0,
                 limit=None, encoding='utf-8', errors='replace',
                 max_num_fields=None, separator='&'):
        self.keep_blank_values, self.strict_parsing = keep_blank_values, strict_parsing
        self.max_num_fields, self.separator = max_num_fields, separator
        self.qs_on_post = None
        method = environ['REQUEST_METHOD'].upper() if 'REQUEST_METHOD' in environ else 'GET'
        if method in ('GET', 'HEAD'):
            # The form is the query string, read as if it were a body.
            fp = BytesIO(self._query_string(environ).encode(
                locale.getpreferredencoding(), 'surrogateescape'))
            if headers is None:
                headers = {'content-type': "application/x-www-form-urlencoded"}
        if headers is None:
            headers = self._cgi_headers(method, environ)
        elif not isinstance(headers, (Mapping, Message)):
            raise TypeError("headers must be mapping or an instance of "
                            "email.message.Message")
        self.headers = headers
        self.fp = self._binary_input(fp)
        self.encoding, self.errors = encoding, errors
        if not isinstance(outerboundary, bytes):
            raise TypeError('outerboundary must be bytes, not %s' % type(outerboundary).__name__)
        self.outerboundary = outerboundary
        self.bytes_read, self.limit = 0, limit
        self._parse_headers(method)
        self.list = self.file = None
        self.done = 0
        if self.type == 'application/x-www-form-urlencoded':
            self.read_urlencoded()
        elif self.type[:10] == 'multipart/':
            self.read_multi(environ, keep_blank_values, strict_parsing)
        else:
            self.read_single()

    @staticmethod
    def _query_string(environ):
        if 'QUERY_STRING' in environ:
            return environ['QUERY_STRING']
        return sys.argv[1] if len(sys.argv) > 1 else ""

    def _cgi_headers(self, method, environ):
        # The request headers, from the CGI variables.
        found = {}
        if method == 'POST':
            found['content-type'] = "application/x-www-form-urlencoded"
        for variable, header in (('CONTENT_TYPE', 'content-type'),
                                 ('CONTENT_LENGTH', 'content-length')):
            if variable in environ:
                found[header] = environ[variable]
        if 'QUERY_STRING' in environ:
            self.qs_on_post = environ['QUERY_STRING']
        return found

    @staticmethod
    def _binary_input(fp):
        if fp is None:
            return sys.stdin.buffer
        if isinstance(fp, TextIOWrapper):
            return fp.buffer
        if not (hasattr(fp, 'read') and hasattr(fp, 'readline')):
            raise TypeError("fp must be file pointer")
        return fp

    def _parse_headers(self, method):
        """Set name, filename, type, the boundaries and the length from
        the headers."""
        heads = self.headers
        disposition, params = "", {}
        if 'content-disposition' in heads:
            disposition, params = parse_header(heads['content-disposition'])
        self.disposition, self.disposition_options = disposition, params
        self.name, self.filename = params.get('name'), params.get('filename')
        self._binary_file = self.filename is not None
        if 'content-type' in heads:
            self.type, self.type_options = parse_header(heads['content-type'])
        else:
            plain = self.outerboundary or method != 'POST'
            self.type = "text/plain" if plain else 'application/x-www-form-urlencoded'
            self.type_options = {}
        boundary = self.type_options.get('boundary')
        self.innerboundary = (b"" if boundary is None
                              else boundary.encode(self.encoding, self.errors))
        self.length = -1
        if 'content-length' in heads:
            try:
                self.length = int(heads['content-length'])
            except ValueError:
                pass
            if maxlen and self.length > maxlen:
                raise ValueError('Maximum content length exceeded')
        if self.limit is None and self.length:
            self.limit = self.length

    def __repr__(self):
        return "FieldStorage(%r, %r, %r)" % (self.name, self.filename, self.value)

    def __getattr__(self, name):
        # Only 'value' is computed: the content, or the list of fields.
        if name != 'value':
            raise AttributeError(name)
        content = self.list
        if self.file:
            self.file.seek(0)
            content = self.file.read()
            self.file.seek(0)
        return content

    def __exit__(self, *args):
        self.file.close()

    def __enter__(self):
        return self

    def __del__(self):
        closer = getattr(getattr(self, 'file', None), 'close', None)
        if closer is not None:
            closer()

    def _fields(self):
        if self.list is None:
            raise TypeError("not indexable")
        return self.list

    def __getitem__(self, key):
        found = [item for item in self._fields() if item.name == key]
        if not found:
            raise KeyError(key)
        return found if len(found) > 1 else found[0]

    def _values(self, key):
        # The values of field key, or None when there is no such field.
        if key not in self:
            return None
        found = self[key]
        return [x.value for x in found] if isinstance(found, list) else [found.value]

    def getvalue(self, key, default=None):
        """The value of field key (a list if it occurs more than once)."""
        values = self._values(key)
        if values is None:
            return default
        return values if isinstance(self[key], list) else values[0]

    def getfirst(self, key, default=None):
        """The first value of field key."""
        values = self._values(key)
        return default if values is None else values[0]

    def getlist(self, key):
        """All values of field key, as a list."""
        values = self._values(key)
        return [] if values is None else values

    def keys(self):
        return list({item.name for item in self._fields()})

    def __iter__(self):
        return iter(self.keys())

    def __contains__(self, key):
        return any(item.name == key for item in self._fields())

    def __bool__(self):
        if self.list is None:
            raise TypeError("Cannot be converted to bool.")
        return len(self.list) > 0

    def __len__(self):
        return len(self.keys())

    def _check_bytes(self, data):
        if not isinstance(data, bytes):
            raise ValueError("%s should return bytes, got %s"
                             % (self.fp, type(data).__name__))
        return data

    def _query_fields(self, qs, max_num_fields):
        pairs = urllib.parse.parse_qsl(
            qs, self.keep_blank_values, self.strict_parsing,
            encoding=self.encoding, errors=self.errors,
            max_num_fields=max_num_fields, separator=self.separator)
        return [MiniFieldStorage(k, v) for k, v in pairs]

    def read_urlencoded(self):
        """Read an application/x-www-form-urlencoded body."""
        body = self._check_bytes(self.fp.read(self.length))
        qs = body.decode(self.encoding, self.errors)
        if self.qs_on_post:
            qs = qs + '&' + self.qs_on_post
        self.list = self._query_fields(qs, self.max_num_fields)
        self.skip_lines()

    def _read_part_headers(self):
        """The header block of the next part (b'' at end of input)."""
        block = b""
        while True:
            line = self.fp.readline()
            block += line
            if line.strip() == b"":
                return block

    def read_multi(self, environ, keep_blank_values, strict_parsing):
        """Read a multipart body: each part becomes a FieldStorage."""
        inner = self.innerboundary
        if valid_boundary(inner) is None:
            raise ValueError('Invalid boundary in multipart form: %r' % (inner,))
        self.list = []
        if self.qs_on_post:
            self.list += self._query_fields(self.qs_on_post, self.max_num_fields)
        budget = self.max_num_fields
        if budget is not None:
            budget -= len(self.list)
        part_class = self.FieldStorageClass or self.__class__
        opening = b"--" + inner
        # Skip the preamble up to the first boundary.
        line = self._check_bytes(self.fp.readline())
        self.bytes_read += len(line)
        while line and line.strip() != opening:
            line = self.fp.readline()
            self.bytes_read += len(line)
        while True:
            block = self._read_part_headers()
            if not block:
                break
            self.bytes_read += len(block)
            parser = FeedParser()
            parser.feed(block.decode(self.encoding, self.errors))
            part_headers = parser.close()
            # A part's own Content-Length is not trusted.
            if 'content-length' in part_headers:
                del part_headers['content-length']
            part = part_class(self.fp, part_headers, inner, environ,
                              keep_blank_values, strict_parsing,
                              self.limit - self.bytes_read, self.encoding,
                              self.errors, budget, self.separator)
            if budget is not None:
                budget -= 1 + (len(part.list) if part.list else 0)
                if budget < 0:
                    raise ValueError('Max number of fields exceeded')
            self.list.append(part)
            self.bytes_read += part.bytes_read
            if part.done or self.bytes_read >= self.length > 0:
                break
        self.skip_lines()

    def read_single(self):
        """Read a part that is not itself a form."""
        if self.length < 0:
            self.read_lines()
        else:
            self.read_binary()
            self.skip_lines()
        self.file.seek(0)

    def read_binary(self):
        """Read exactly self.length bytes into a temporary file."""
        self.file = self.make_file()
        left = self.length
        while left > 0:
            data = self._check_bytes(self.fp.read(min(left, self.bufsize)))
            self.bytes_read += len(data)
            if data == b"":
                self.done = -1
                return
            self.file.write(data)
            left -= len(data)

    def read_lines(self):
        """Read up to the outer boundary (or end of input), in memory
        until the content passes 1000 characters, then in a file."""
        self._memfile = BytesIO() if self._binary_file else StringIO()
        self.file = self._memfile
        (self.read_lines_to_outerboundary if self.outerboundary
         else self.read_lines_to_eof)()

    def _write(self, line):
        mem = self._memfile
        if mem is not None and mem.tell() + len(line) > 1000:
            self.file = self.make_file()
            self.file.write(mem.getvalue())
            self._memfile = None
        self.file.write(line if self._binary_file
                        else line.decode(self.encoding, self.errors))

    def _next_line(self):
        line = self.fp.readline(1 << 16)
        self.bytes_read += len(line)
        if not line:
            self.done = -1
        return line

    def read_lines_to_eof(self):
        line = self._next_line()
        while line:
            self._write(line)
            line = self._next_line()

    def _boundary_kind(self, line):
        """1 for the closing boundary, 0 for another boundary, None for
        content."""
        mark = line.rstrip()
        if mark == b"--" + self.outerboundary:
            return 0
        if mark == b"--" + self.outerboundary + b"--":
            return 1
        return None

    def read_lines_to_outerboundary(self):
        """Copy lines up to the outer boundary; the line break before the
        boundary belongs to the boundary, not to the content."""
        pending = b""           # the previous line's line break
        line_start = True
        consumed = 0
        while self.limit is None or consumed < self.limit:
            line = self._next_line()
            consumed += len(line)
            if not line:
                return
            if pending == b"\r":
                line, pending = pending + line, b""
            if line_start and line.startswith(b"--"):
                kind = self._boundary_kind(line)
                if kind is not None:
                    self.done = kind or self.done
                    return
            before = pending
            for ending in (b"\r\n", b"\n", b"\r"):
                if line.endswith(ending):
                    # A lone \r may be half of a \r\n split by the read.
                    pending, line = ending, line[:-len(ending)]
                    line_start = ending != b"\r"
                    break
            else:
                pending, line_start = b"", False
            self._write(before + line)

    def skip_lines(self):
        """Skip past the outer boundary."""
        if self.done or not self.outerboundary:
            return
        line_start = True
        while True:
            line = self._next_line()
            if not line:
                return
            if line_start and line.startswith(b"--"):
                kind = self._boundary_kind(line.strip())
                if kind is not None:
                    self.done = kind or self.done
                    return
            line_start = line.endswith(b'\n')

    def make_file(self):
        """A temporary file for the content (binary when the part has a
        filename)."""
        if self._binary_file:
            return tempfile.TemporaryFile("wb+")
        return tempfile.TemporaryFile("w+", encoding=self.encoding, newline='\n')


def _html(*lines):
    # Each argument printed as a line ('' for an empty one).
    for line in lines:
        print(line)


def test(environ=os.environ):
    """Write an HTML page describing the request, for use as a CGI script."""
    _html("Content-type: text/html", "")
    sys.stderr = sys.stdout
    try:
        form = FieldStorage()
        for report in (print_directory, print_arguments):
            report()
        print_form(form)
        print_environ(environ)
        print_environ_usage()
    except:
        print_exception()


def print_exception(type=None, value=None, tb=None, limit=None):
    """Write the exception being handled (or the one given) as HTML."""
    import traceback
    if type is None:
        type, value, tb = sys.exc_info()
    parts = traceback.format_tb(tb, limit) + traceback.format_exception_only(type, value)
    _html("", "<H3>Traceback (most recent call last):</H3>")
    body, last = html.escape("".join(parts[:-1])), html.escape(parts[-1])
    print("<PRE>%s<B>%s</B></PRE>" % (body, last))


def print_environ(environ=os.environ):
    """Write the environment as an HTML definition list."""
    _html("", "<H3>Shell Environment:</H3>", "<DL>")
    for key in sorted(environ.keys()):
        print("<DT>", html.escape(key), "<DD>", html.escape(environ[key]))
    _html("</DL>", "")


def print_form(form):
    """Write the fields of form as an HTML definition list."""
    names = sorted(form.keys())
    _html("", "<H3>Form Contents:</H3>")
    if not names:
        print("<P>No form fields.")
    print("<DL>")
    for name in names:
        item = form[name]
        print("<DT>%s: <i>%s</i>" % (html.escape(name), html.escape(repr(type(item)))))
        print("<DD>" + html.escape(repr(item)))
    _html("</DL>", "")


def print_directory():
    """Write the working directory as HTML."""
    _html("", "<H3>Current Working Directory:</H3>")
    try:
        print(html.escape(os.getcwd()))
    except OSError as exc:
        print("OSError:", html.escape(str(exc)))
    print()


def print_arguments():
    """Write sys.argv as HTML."""
    _html("", "<H3>Command Line Arguments:</H3>", "", sys.argv, "")


_CGI_VARIABLES = (
    "AUTH_TYPE CONTENT_LENGTH CONTENT_TYPE DATE_GMT DATE_LOCAL DOCUMENT_NAME "
    "DOCUMENT_ROOT DOCUMENT_URI GATEWAY_INTERFACE LAST_MODIFIED PATH "
    "PATH_INFO PATH_TRANSLATED QUERY_STRING REMOTE_ADDR REMOTE_HOST "
    "REMOTE_IDENT REMOTE_USER REQUEST_METHOD SCRIPT_NAME SERVER_NAME "
    "SERVER_PORT SERVER_PROTOCOL SERVER_ROOT SERVER_SOFTWARE").split()
_HTTP_VARIABLES = ("HTTP_ACCEPT HTTP_CONNECTION HTTP_HOST HTTP_PRAGMA "
                   "HTTP_REFERER HTTP_USER_AGENT").split()


def print_environ_usage():
    """Write an HTML list of the variables a CGI environment may hold."""
    out = ["", "<H3>These environment variables could have been set:</H3>", "<UL>"]
    out += ["<LI>" + name for name in _CGI_VARIABLES]
    out += ["</UL>",
            "In addition, HTTP headers sent by the server may be passed in the",
            "environment as well.  Here are some common variable names:",
            "<UL>"]
    out += ["<LI>" + name for name in _HTTP_VARIABLES]
    out += ["</UL>", ""]
    print("\n".join(out))


def escape(s, quote=None):
    """Deprecated: html.escape, except that quote=True escapes only '"'."""
    warn("cgi.escape is deprecated, use html.escape instead",
         DeprecationWarning, stacklevel=2)
    for raw, entity in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;")):
        s = s.replace(raw, entity)
    return s.replace('"', "&quot;") if quote else s


def valid_boundary(s):
    """Whether s can be a multipart boundary (1 to 201 printable ASCII
    characters, not ending in a space): a match object or None."""
    import re
    pattern = "^[ -~]{0,200}[!-~]$"
    return re.match(pattern.encode('ascii') if isinstance(s, bytes) else pattern, s)


if __name__ == '__main__':
    test()
