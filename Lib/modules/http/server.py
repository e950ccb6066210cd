"""HTTP servers on top of socketserver (CPython 3.6's http.server API).

HTTPServer (and ThreadingHTTPServer, a thread per connection) accept
connections; a BaseHTTPRequestHandler subclass reads each request line and
header block, then calls its do_<METHOD>() method, which answers with
send_response()/send_header()/end_headers() and writes the body to wfile.
SimpleHTTPRequestHandler serves the files under the current directory;
CGIHTTPRequestHandler also runs the scripts under /cgi-bin and /htbin (in
a child process, through subprocess, as CPython does where it has no
fork).  The mime types come from a built-in table and the system's
mime.types files, as CPython's mimetypes module would give them.
"""

__version__ = "0.6"

__all__ = ["HTTPServer", "ThreadingHTTPServer",
           "BaseHTTPRequestHandler", "SimpleHTTPRequestHandler",
           "CGIHTTPRequestHandler"]

import socket
import socketserver
import http.client
from http import HTTPStatus
import urllib.parse
import contextlib
import datetime
import io
import os
import posixpath
import shutil
import sys
import time


# The body send_error() fills in with %(code)d/%(code)s, %(message)s and
# %(explain)s; a public constant, so its text is CPython's to the byte.
DEFAULT_ERROR_MESSAGE = (
    '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN"\n'
    '        "http://www.w3.org/TR/html4/strict.dtd">\n'
    '<html>\n    <head>\n'
    '        <meta http-equiv="Content-Type" content="text/html;charset=utf-8">\n'
    '        <title>Error response</title>\n    </head>\n    <body>\n'
    '        <h1>Error response</h1>\n'
    '        <p>Error code: %(code)d</p>\n'
    '        <p>Message: %(message)s.</p>\n'
    '        <p>Error code explanation: %(code)s - %(explain)s.</p>\n'
    '    </body>\n</html>\n')

DEFAULT_ERROR_CONTENT_TYPE = "text/html;charset=utf-8"

# longest request line accepted (without its line ending); a longer one
# gets 414
_MAX_REQUEST_LINE = 65536

# getattr()'s answer for a method the handler lacks
_NO_METHOD = object()


def _escape_html(text):
    """text with &, < and > written as character references (quotes are
    left alone, as html.escape(text, quote=False) leaves them)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_DAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTH_NAMES = (None, "Jan", "Feb", "Mar", "Apr", "May", "Jun",
                "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _http_date(timestamp):
    """The RFC 7231 IMF-fixdate of a POSIX timestamp, in GMT.

    Errors (out of range, NaN, not a number) are datetime's, as with
    email.utils.formatdate(timestamp, usegmt=True).
    """
    moment = datetime.datetime.fromtimestamp(timestamp, datetime.timezone.utc)
    return "%s, %02d %s %04d %02d:%02d:%02d GMT" % (
        _DAY_NAMES[moment.weekday()], moment.day, _MONTH_NAMES[moment.month],
        moment.year, moment.hour, moment.minute, moment.second)


def _unquote_utf8(text):
    """text with its %-escapes decoded as UTF-8 (lone surrogates allowed),
    or None when the escaped bytes are not UTF-8."""
    try:
        return urllib.parse.unquote(text, errors="surrogatepass")
    except UnicodeDecodeError:
        return None


def _parse_version(text):
    """(major, minor) of an "HTTP/x.y" protocol word, or None if malformed.

    The numbers go through int(), so signs and underscores pass as they
    do in CPython 3.6.
    """
    scheme, slash, number = text.partition("/")
    if scheme != "HTTP" or not slash:
        return None
    fields = number.split(".")
    if len(fields) != 2:
        return None
    try:
        return int(fields[0]), int(fields[1])
    except ValueError:
        return None


# -- host names -------------------------------------------------------------

def _hosts_entries(path="/etc/hosts"):
    """[(address, [names...])] from a hosts(5) file; [] if unreadable."""
    entries = []
    try:
        with open(path, encoding="utf-8", errors="replace") as f:
            for line in f:
                fields = line.split("#", 1)[0].split()
                if len(fields) >= 2:
                    entries.append((fields[0], fields[1:]))
    except OSError:
        pass
    return entries


def _same_address(a, b):
    # textual forms may differ ("::1" and "0::1"): compare packed forms
    for family in (socket.AF_INET, socket.AF_INET6):
        try:
            return socket.inet_pton(family, a) == socket.inet_pton(family, b)
        except (OSError, ValueError):
            continue
    return a == b


def _is_address(text):
    for family in (socket.AF_INET, socket.AF_INET6):
        try:
            socket.inet_pton(family, text)
            return True
        except (OSError, ValueError):
            continue
    return False


def _fully_qualified(name):
    """socket.getfqdn() for an interpreter whose socket module lacks it.

    Like getfqdn(): the empty name and 0.0.0.0 mean this host; the name
    is mapped to an address and back, and the first of the canonical name
    and its aliases that contains a dot wins (else the canonical name);
    the name comes back unchanged when that fails.  The reverse lookup
    reads the hosts file only (no DNS PTR query).
    """
    name = name.strip()
    if not name or name == "0.0.0.0":
        name = socket.gethostname()
    entries = _hosts_entries()
    address = name if _is_address(name) else None
    if address is None:
        for addr, names in entries:
            if name in names:
                address = addr
                break
    if address is None:
        try:
            address = socket.gethostbyname(name)
        except OSError:
            return name
    for addr, names in entries:
        if _same_address(addr, address):
            for candidate in names:
                if "." in candidate:
                    return candidate
            return names[0]
    return name


_getfqdn = getattr(socket, "getfqdn", None) or _fully_qualified


# -- mime types ---------------------------------------------------------------

# What CPython 3.6's mimetypes knows before reading any file: one line per
# type, followed by its extensions (without the dot).
_BUILTIN_TYPES = """
application/javascript js mjs
application/json json
application/msword doc dot wiz
application/octet-stream a bin dll exe o obj so
application/oda oda
application/pdf pdf
application/pkcs7-mime p7c
application/postscript ai eps ps
application/vnd.apple.mpegurl m3u m3u8
application/vnd.ms-excel xlb xls
application/vnd.ms-powerpoint pot ppa pps ppt pwz
application/x-bcpio bcpio
application/x-cpio cpio
application/x-csh csh
application/x-dvi dvi
application/x-gtar gtar
application/x-hdf hdf
application/x-latex latex
application/x-mif mif
application/x-netcdf cdf nc
application/x-pkcs12 p12 pfx
application/x-pn-realaudio ram
application/x-python-code pyc pyo
application/x-sh sh
application/x-shar shar
application/x-shockwave-flash swf
application/x-sv4cpio sv4cpio
application/x-sv4crc sv4crc
application/x-tar tar
application/x-tcl tcl
application/x-tex tex
application/x-texinfo texi texinfo
application/x-troff roff t tr
application/x-troff-man man
application/x-troff-me me
application/x-troff-ms ms
application/x-ustar ustar
application/x-wais-source src
application/xml rdf wsdl xpdl xsl
application/zip zip
audio/basic au snd
audio/mpeg mp2 mp3
audio/x-aiff aif aifc aiff
audio/x-pn-realaudio ra
audio/x-wav wav
image/gif gif
image/ief ief
image/jpeg jpe jpeg jpg
image/png png
image/svg+xml svg
image/tiff tif tiff
image/vnd.microsoft.icon ico
image/x-cmu-raster ras
image/x-ms-bmp bmp
image/x-portable-anymap pnm
image/x-portable-bitmap pbm
image/x-portable-graymap pgm
image/x-portable-pixmap ppm
image/x-rgb rgb
image/x-xbitmap xbm
image/x-xpixmap xpm
image/x-xwindowdump xwd
message/rfc822 eml mht mhtml nws
text/css css
text/csv csv
text/html htm html
text/plain bat c h ksh pl txt
text/richtext rtx
text/tab-separated-values tsv
text/x-python py
text/x-setext etx
text/x-sgml sgm sgml
text/x-vcard vcf
text/xml xml
video/mp4 mp4
video/mpeg m1v mpa mpe mpeg mpg
video/quicktime mov qt
video/webm webm
video/x-msvideo avi
video/x-sgi-movie movie
"""

# The system files mimetypes reads, in its order; later entries win.
_MIME_TYPES_FILES = (
    "/etc/mime.types",
    "/etc/httpd/mime.types",
    "/etc/httpd/conf/mime.types",
    "/etc/apache/mime.types",
    "/etc/apache2/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/lib/netscape/mime.types",
    "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/etc/mime.types",
)


def _add_mime_lines(table, lines):
    # mime.types syntax: "type ext ext ...", a word starting with # starts
    # a comment
    for line in lines:
        words = line.split()
        for i, word in enumerate(words):
            if word.startswith("#"):
                del words[i:]
                break
        for ext in words[1:]:
            table["." + ext] = words[0]


def _mime_table():
    """{".ext": type}: the built-in table overlaid by the system files."""
    table = {}
    _add_mime_lines(table, _BUILTIN_TYPES.splitlines())
    for path in _MIME_TYPES_FILES:
        if os.path.isfile(path):
            with open(path, encoding="utf-8") as f:
                _add_mime_lines(table, f)
    return table


# -- servers ----------------------------------------------------------------

class HTTPServer(socketserver.TCPServer):
    """A TCPServer that records its host name and port once bound."""

    allow_reuse_address = 1

    def server_bind(self):
        """Bind, then set server_name (fully qualified) and server_port."""
        socketserver.TCPServer.server_bind(self)
        host, port = self.server_address[:2]
        self.server_name, self.server_port = _getfqdn(host), port


class ThreadingHTTPServer(socketserver.ThreadingMixIn, HTTPServer):
    """An HTTPServer with a daemon thread per connection (CPython 3.7)."""

    daemon_threads = True


# -- request handlers -------------------------------------------------------

class BaseHTTPRequestHandler(socketserver.StreamRequestHandler):
    """Reads HTTP requests from a connection and dispatches them.

    For each request, parse_request() sets command, path, request_version
    and headers (a MessageClass instance), then do_<command>() runs; a
    method without such a handler gets 501.  The do_ methods answer with
    send_response() (or send_error()), send_header() and end_headers(),
    then write the body to wfile.

    With protocol_version "HTTP/1.1" a connection serves requests until
    the client or a response asks to close it; with the default
    "HTTP/1.0", one request per connection.  Every request and error is
    logged through log_message(), to sys.stderr.
    """

    # what a request line without a version speaks
    default_request_version = "HTTP/0.9"

    # the page send_error() fills in, and its Content-Type
    error_content_type = DEFAULT_ERROR_CONTENT_TYPE
    error_message_format = DEFAULT_ERROR_MESSAGE

    # the Server header: server_version, a space, sys_version
    server_version = "BaseHTTP/" + __version__
    sys_version = "Python/" + sys.version.split()[0]

    # -- reading requests --

    def parse_request(self):
        """Parse self.raw_requestline and the header block after it.

        Returns True when the request can be dispatched.  Otherwise an
        error response has been sent (or the line was blank) and False is
        returned.
        """
        self.command = None
        self.request_version = version = self.default_request_version
        self.close_connection = True
        line = str(self.raw_requestline, "iso-8859-1").rstrip("\r\n")
        self.requestline = line
        words = line.split()
        if not words:
            return False
        if len(words) == 2:
            command, path = words
            if command != "GET":
                self.send_error(HTTPStatus.BAD_REQUEST,
                                "Bad HTTP/0.9 request type (%r)" % command)
                return False
        elif len(words) == 3:
            command, path, version = words
            number = _parse_version(version)
            if number is None:
                self.send_error(HTTPStatus.BAD_REQUEST,
                                "Bad request version (%r)" % version)
                return False
            if number >= (1, 1) and self.protocol_version >= "HTTP/1.1":
                self.close_connection = False
            if number >= (2, 0):
                self.send_error(HTTPStatus.HTTP_VERSION_NOT_SUPPORTED,
                                "Invalid HTTP version (%s)" % version[5:])
                return False
        else:
            self.send_error(HTTPStatus.BAD_REQUEST,
                            "Bad request syntax (%r)" % line)
            return False
        self.command, self.path, self.request_version = command, path, version
        return self._read_headers()

    def _read_headers(self):
        # The header block, then what it says about the connection; False
        # once an error response has been sent.
        too_large = HTTPStatus.REQUEST_HEADER_FIELDS_TOO_LARGE
        try:
            self.headers = http.client.parse_headers(
                self.rfile, _class=self.MessageClass)
        except http.client.LineTooLong as exc:
            self.send_error(too_large, "Line too long", str(exc))
            return False
        except http.client.HTTPException as exc:
            self.send_error(too_large, "Too many headers", str(exc))
            return False
        modern = self.protocol_version >= "HTTP/1.1"
        connection = self.headers.get("Connection", "").lower()
        if connection == "close":
            self.close_connection = True
        elif connection == "keep-alive" and modern:
            self.close_connection = False
        expect = self.headers.get("Expect", "").lower()
        if (expect == "100-continue" and modern
                and self.request_version >= "HTTP/1.1"):
            return bool(self.handle_expect_100())
        return True

    def handle_one_request(self):
        """Read, parse and dispatch one request."""
        try:
            line = self.rfile.readline(_MAX_REQUEST_LINE + 1)
            self.raw_requestline = line
            if not line:
                # the client has closed its end
                self.close_connection = True
            elif len(line) > _MAX_REQUEST_LINE:
                self.requestline = self.request_version = self.command = ""
                self.send_error(HTTPStatus.REQUEST_URI_TOO_LONG)
            elif self.parse_request():
                method = getattr(self, "do_" + self.command, _NO_METHOD)
                if method is _NO_METHOD:
                    self.send_error(HTTPStatus.NOT_IMPLEMENTED,
                                    "Unsupported method (%r)" % self.command)
                else:
                    method()
                    # whatever the handler left buffered goes out now
                    self.wfile.flush()
        except socket.timeout as exc:
            self.log_error("Request timed out: %r", exc)
            self.close_connection = True

    def handle(self):
        """Serve requests until the connection is to be closed."""
        self.close_connection = True
        while True:
            self.handle_one_request()
            if self.close_connection:
                break

    def handle_expect_100(self):
        """Answer "Expect: 100-continue" with an interim 100 response.

        Return False (after sending an error) to refuse the request body.
        """
        self.send_response_only(HTTPStatus.CONTINUE)
        self.end_headers()
        return True

    # -- writing responses --

    def send_error(self, code, message=None, explain=None):
        """Send a complete error response and log it.

        message (the reason phrase) and explain default to the responses
        table's entries for code.  The HTML body (error_message_format,
        with message and explain escaped) is left out for 1xx, 204, 205
        and 304, and not written for HEAD.  The response always asks to
        close the connection.
        """
        defaults = self.responses.get(code, ("???", "???"))
        message = defaults[0] if message is None else message
        explain = defaults[1] if explain is None else explain
        self.log_error("code %d, message %s", code, message)
        self.send_response(code, message)
        self.send_header("Connection", "close")
        body = b""
        if code >= 200 and code not in (HTTPStatus.NO_CONTENT,
                                        HTTPStatus.RESET_CONTENT,
                                        HTTPStatus.NOT_MODIFIED):
            page = self.error_message_format % {
                "code": code,
                "message": _escape_html(message),
                "explain": _escape_html(explain),
            }
            body = page.encode("UTF-8", "replace")
            self.send_header("Content-Type", self.error_content_type)
            self.send_header("Content-Length", len(body))
        self.end_headers()
        if body and self.command != "HEAD":
            self.wfile.write(body)

    def send_response(self, code, message=None):
        """Log the request, then buffer the status line and the Server
        and Date headers."""
        self.log_request(code)
        self.send_response_only(code, message)
        self.send_header("Server", self.version_string())
        self.send_header("Date", self.date_time_string())

    def send_response_only(self, code, message=None):
        """Buffer the status line alone (nothing for an HTTP/0.9 request).

        message defaults to the code's reason phrase, or "" for a code
        the responses table lacks.
        """
        if self.request_version == "HTTP/0.9":
            return
        if message is None:
            known = self.responses.get(code)
            message = known[0] if known else ""
        status = "%s %d %s\r\n" % (self.protocol_version, code, message)
        self._pending_header(status)

    def send_header(self, keyword, value):
        """Buffer one header line (not for HTTP/0.9); a Connection header
        also decides whether the connection stays open."""
        if self.request_version != "HTTP/0.9":
            self._pending_header("%s: %s\r\n" % (keyword, value))
        if keyword.lower() == "connection":
            wish = value.lower()
            if wish == "close":
                self.close_connection = True
            elif wish == "keep-alive":
                self.close_connection = False

    def _pending_header(self, text):
        # header lines wait in _headers_buffer until flush_headers()
        encoded = text.encode("latin-1", "strict")
        if not hasattr(self, "_headers_buffer"):
            self._headers_buffer = []
        self._headers_buffer.append(encoded)

    def flush_headers(self):
        """Write the buffered status and header lines to wfile."""
        pending = getattr(self, "_headers_buffer", None)
        if pending is not None:
            self.wfile.write(b"".join(pending))
            self._headers_buffer = []

    def end_headers(self):
        """Close the header block and send it (not for HTTP/0.9).

        Raises AttributeError when nothing was buffered before it.
        """
        if self.request_version == "HTTP/0.9":
            return
        self._headers_buffer.append(b"\r\n")
        self.flush_headers()

    # -- logging --

    def log_request(self, code="-", size="-"):
        """Log the request line with the response's code and size."""
        if isinstance(code, HTTPStatus):
            code = code.value
        self.log_message('"%s" %s %s', self.requestline, str(code), str(size))

    def log_error(self, format, *args):
        """Log an error; the same as log_message() unless overridden."""
        self.log_message(format, *args)

    def log_message(self, format, *args):
        """Write "client - - [date] format % args" and a newline to
        sys.stderr."""
        sys.stderr.write("%s - - [%s] %s\n" % (
            self.address_string(), self.log_date_time_string(),
            format % args))

    # -- small helpers --

    def version_string(self):
        """The Server header's value."""
        return self.server_version + " " + self.sys_version

    def date_time_string(self, timestamp=None):
        """timestamp (default: now) as an HTTP date, for Date headers."""
        return _http_date(time.time() if timestamp is None else timestamp)

    def log_date_time_string(self):
        """The local time now, for log lines: dd/Mon/yyyy hh:mm:ss."""
        now = time.localtime(time.time())
        return "%02d/%3s/%04d %02d:%02d:%02d" % (
            now.tm_mday, self.monthname[now.tm_mon], now.tm_year,
            now.tm_hour, now.tm_min, now.tm_sec)

    weekdayname = list(_DAY_NAMES)
    monthname = list(_MONTH_NAMES)

    def address_string(self):
        """The client's address as logged: its host part."""
        return self.client_address[0]

    # the version answered with; "HTTP/1.1" keeps connections open, and
    # then every response must carry a Content-Length
    protocol_version = "HTTP/1.0"

    MessageClass = http.client.HTTPMessage

    # code -> (reason phrase, explanation), used by send_error() and
    # send_response_only()
    responses = {status: (status.phrase, status.description)
                 for status in HTTPStatus.__members__.values()}


class SimpleHTTPRequestHandler(BaseHTTPRequestHandler):
    """Serves GET and HEAD from the files under the current directory.

    A directory is answered with its index.html or index.htm, else with a
    generated listing; a directory path without a trailing slash is
    redirected (301) to the path with one.  The Content-type comes from
    guess_type().
    """

    server_version = "SimpleHTTP/" + __version__

    def do_GET(self):
        """Send the headers and the file (or listing)."""
        source = self.send_head()
        if source:
            with contextlib.closing(source):
                self.copyfile(source, self.wfile)

    def do_HEAD(self):
        """Send the headers only."""
        source = self.send_head()
        if source:
            source.close()

    def send_head(self):
        """Send the status and headers for self.path.

        Returns a file object positioned at the body, which the caller
        copies and closes, or None when the response is already complete
        (redirect or error).
        """
        path = self.translate_path(self.path)
        if os.path.isdir(path):
            url = urllib.parse.urlsplit(self.path)
            if not url.path.endswith("/"):
                self.send_response(HTTPStatus.MOVED_PERMANENTLY)
                self.send_header("Location", urllib.parse.urlunsplit(
                    url._replace(path=url.path + "/")))
                self.end_headers()
                return None
            index = self._index_file(path)
            if index is None:
                return self.list_directory(path)
            path = index
        content_type = self.guess_type(path)
        try:
            source = open(path, "rb")
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND, "File not found")
        else:
            try:
                self._send_file_headers(source, content_type)
            except BaseException:
                source.close()
                raise
            return source
        return None

    def _send_file_headers(self, source, content_type):
        # 200 and the headers describing the open file source
        info = os.fstat(source.fileno())
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-type", content_type)
        self.send_header("Content-Length", str(info.st_size))
        self.send_header("Last-Modified", self.date_time_string(info.st_mtime))
        self.end_headers()

    @staticmethod
    def _index_file(directory):
        # the index page that stands for a directory, if it has one
        for name in ("index.html", "index.htm"):
            candidate = os.path.join(directory, name)
            if os.path.exists(candidate):
                return candidate
        return None

    def list_directory(self, path):
        """Send the headers of an HTML listing of directory path.

        Returns the listing as a file object (like send_head()), or None
        after a 404 when the directory cannot be read.
        """
        try:
            names = os.listdir(path)
        except OSError:
            self.send_error(HTTPStatus.NOT_FOUND,
                            "No permission to list directory")
            return None
        names.sort(key=lambda name: name.lower())
        shown = _unquote_utf8(self.path)
        if shown is None:
            # as CPython does, fall back on the file system path
            shown = urllib.parse.unquote(path)
        title = "Directory listing for " + _escape_html(shown)
        charset = sys.getfilesystemencoding()
        items = [self._listing_item(path, name) for name in names]
        page = "\n".join(
            ['<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01//EN" '
             '"http://www.w3.org/TR/html4/strict.dtd">',
             "<html>", "<head>",
             '<meta http-equiv="Content-Type" '
             'content="text/html; charset=%s">' % charset,
             "<title>%s</title>" % title, "</head>", "<body>",
             "<h1>%s</h1>" % title, "<hr>", "<ul>"]
            + items
            + ["</ul>", "<hr>", "</body>", "</html>", ""])
        data = page.encode(charset, "surrogateescape")
        self.send_response(HTTPStatus.OK)
        self.send_header("Content-type", "text/html; charset=%s" % charset)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        return io.BytesIO(data)

    @staticmethod
    def _listing_item(directory, name):
        # One <li> of a listing: directories get a trailing slash, and
        # symbolic links an "@" in the text (not in the link).
        full = os.path.join(directory, name)
        link = text = name
        if os.path.isdir(full):
            link = text = name + "/"
        if os.path.islink(full):
            text = name + "@"
        return '<li><a href="%s">%s</a></li>' % (
            urllib.parse.quote(link, errors="surrogatepass"),
            _escape_html(text))

    def translate_path(self, path):
        """The file system path a URL path names, under os.getcwd().

        The query and fragment are dropped and %-escapes decoded; empty,
        "." and ".." components are ignored after normalization, so the
        result cannot leave the current directory.  A trailing slash is
        kept.
        """
        path = path.partition("?")[0].partition("#")[0]
        wants_directory = path.rstrip().endswith("/")
        decoded = _unquote_utf8(path)
        if decoded is None:
            decoded = urllib.parse.unquote(path)
        kept = [part for part in posixpath.normpath(decoded).split("/")
                if part and part not in (os.curdir, os.pardir)
                and not os.path.dirname(part)]
        result = os.path.join(os.getcwd(), *kept)
        return result + "/" if wants_directory else result

    def copyfile(self, source, outputfile):
        """Copy file object source to outputfile, both open in binary."""
        shutil.copyfileobj(source, outputfile)

    def guess_type(self, path):
        """The Content-type for path, by its extension in extensions_map
        (as given, then lower-cased); extensions_map[""] otherwise."""
        ext = posixpath.splitext(path)[1]
        table = self.extensions_map
        for key in (ext, ext.lower()):
            if key in table:
                return table[key]
        return table[""]

    extensions_map = _mime_table()
    extensions_map.update({
        "": "application/octet-stream",
        ".py": "text/plain",
        ".c": "text/plain",
        ".h": "text/plain",
    })


def _url_collapse_path(path):
    """path (a URL's path, with its query if any) made canonical: "." and
    empty segments dropped, ".." removing the segment before it (IndexError
    when there is none), always in the form "/dirs.../last" with the query
    put back after the last segment; "/" becomes "//"."""
    path, _, query = path.partition("?")
    *dirs, last = urllib.parse.unquote(path).split("/")
    kept = []
    for segment in dirs + [last]:
        if segment == "..":
            kept.pop()
        elif segment not in ("", "."):
            kept.append(segment)
    if last in ("", ".", ".."):
        last = ""
    elif kept:
        kept.pop()  # last stays apart, as the tail
    if query:
        last += "?" + query
    return "/" + "/".join(kept) + "/" + last


_nobody = None


def nobody_uid():
    """The user id of "nobody" (one more than the largest user id when
    there is no such user); the answer is kept."""
    global _nobody
    if _nobody is None:
        try:
            import pwd
        except ImportError:
            return -1
        try:
            _nobody = pwd.getpwnam("nobody")[2]
        except KeyError:
            _nobody = 1 + max(entry[2] for entry in pwd.getpwall())
    return _nobody


def executable(path):
    """Whether the file at path may be executed."""
    return os.access(path, os.X_OK)


class CGIHTTPRequestHandler(SimpleHTTPRequestHandler):
    """SimpleHTTPRequestHandler that also runs CGI scripts: a GET, HEAD or
    POST whose path lies under one of cgi_directories runs the script it
    names and sends its output (which starts with the script's own
    headers) after a "200 Script output follows" status line. Python
    scripts (.py, .pyw) run under sys.executable; other scripts must be
    executable files.
    """

    # no fork here: scripts run through subprocess
    have_fork = False

    # unbuffered reads, so that a script's stdin gets the body unconsumed
    rbufsize = 0

    cgi_directories = ["/cgi-bin", "/htbin"]

    def do_POST(self):
        """Run the CGI script; any other path cannot be posted to."""
        if self.is_cgi():
            self.run_cgi()
        else:
            self.send_error(HTTPStatus.NOT_IMPLEMENTED,
                            "Can only POST to CGI scripts")

    def send_head(self):
        """Run the script for a CGI path; serve the file for any other."""
        if self.is_cgi():
            return self.run_cgi()
        return SimpleHTTPRequestHandler.send_head(self)

    def is_cgi(self):
        """Whether self.path names a script under a CGI directory; if so,
        cgi_info is set to (directory, rest of the path)."""
        collapsed = _url_collapse_path(self.path)
        cut = collapsed.find("/", 1)
        directory, rest = collapsed[:cut], collapsed[cut + 1:]
        if directory in self.cgi_directories:
            self.cgi_info = directory, rest
            return True
        return False

    def is_executable(self, path):
        return executable(path)

    def is_python(self, path):
        return os.path.splitext(path)[1].lower() in (".py", ".pyw")

    def _locate_script(self):
        # (script URL, PATH_INFO part, query): the deepest existing
        # directory under the CGI directory holds the script
        directory, rest = self.cgi_info
        while True:
            head, sep, tail = rest.partition("/")
            if not sep or not os.path.isdir(self.translate_path(directory + "/" + head)):
                break
            directory, rest = directory + "/" + head, tail
        rest, _, query = rest.partition("?")
        script, sep, extra = rest.partition("/")
        return directory + "/" + script, sep + extra, query

    def _cgi_environment(self, scriptname, extra, query):
        env = dict(os.environ)
        env.update({
            "SERVER_SOFTWARE": self.version_string(),
            "SERVER_NAME": self.server.server_name,
            "GATEWAY_INTERFACE": "CGI/1.1",
            "SERVER_PROTOCOL": self.protocol_version,
            "SERVER_PORT": str(self.server.server_port),
            "REQUEST_METHOD": self.command,
            "PATH_INFO": urllib.parse.unquote(extra),
            "PATH_TRANSLATED": self.translate_path(urllib.parse.unquote(extra)),
            "SCRIPT_NAME": scriptname,
            "REMOTE_ADDR": self.client_address[0],
        })
        if query:
            env["QUERY_STRING"] = query
        credentials = (self.headers.get("authorization") or "").split()
        if len(credentials) == 2:
            env["AUTH_TYPE"] = credentials[0]
            if credentials[0].lower() == "basic":
                import base64, binascii
                try:
                    decoded = base64.decodebytes(credentials[1].encode("ascii")).decode("ascii")
                except (binascii.Error, UnicodeError):
                    pass
                else:
                    user = decoded.split(":")
                    if len(user) == 2:
                        env["REMOTE_USER"] = user[0]
        env["CONTENT_TYPE"] = self.headers.get("content-type") or self.headers.get_content_type()
        for header, name in (("content-length", "CONTENT_LENGTH"),
                             ("referer", "HTTP_REFERER")):
            value = self.headers.get(header)
            if value:
                env[name] = value
        accepted = []
        for line in self.headers.getallmatchingheaders("accept"):
            if line[:1] in "\t\n\r ":
                accepted.append(line.strip())
            else:
                accepted.extend(line[7:].split(","))
        env["HTTP_ACCEPT"] = ",".join(accepted)
        agent = self.headers.get("user-agent")
        if agent:
            env["HTTP_USER_AGENT"] = agent
        cookies = ", ".join(c for c in self.headers.get_all("cookie", []) if c)
        if cookies:
            env["HTTP_COOKIE"] = cookies
        for name in ("QUERY_STRING", "REMOTE_HOST", "CONTENT_LENGTH",
                     "HTTP_USER_AGENT", "HTTP_COOKIE", "HTTP_REFERER"):
            env.setdefault(name, "")
        return env

    def run_cgi(self):
        """Run the script the request names and send what it writes."""
        scriptname, extra, query = self._locate_script()
        scriptfile = self.translate_path(scriptname)
        if not os.path.exists(scriptfile):
            self.send_error(HTTPStatus.NOT_FOUND,
                            "No such CGI script (%r)" % scriptname)
            return
        if not os.path.isfile(scriptfile):
            self.send_error(HTTPStatus.FORBIDDEN,
                            "CGI script is not a plain file (%r)" % scriptname)
            return
        python = self.is_python(scriptname)
        if (self.have_fork or not python) and not self.is_executable(scriptfile):
            self.send_error(HTTPStatus.FORBIDDEN,
                            "CGI script is not executable (%r)" % scriptname)
            return
        env = self._cgi_environment(scriptname, extra, query)
        self.send_response(HTTPStatus.OK, "Script output follows")
        self.flush_headers()

        import select
        import subprocess
        command = [scriptfile]
        if self.is_python(scriptfile):
            command = [sys.executable, "-u"] + command
        if "=" not in query:
            command.append(query)
        self.log_message("command: %s", " ".join(
            '"%s"' % arg if not arg or " " in arg or "\t" in arg else arg
            for arg in command))
        try:
            size = int(env["CONTENT_LENGTH"])
        except ValueError:
            size = 0
        child = subprocess.Popen(command, stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE,
                                 stderr=subprocess.PIPE, env=env)
        body = None
        if self.command.lower() == "post" and size > 0:
            body = self.rfile.read(size)
        # what the client sent past the body is read and dropped
        while select.select([self.connection], [], [], 0)[0]:
            if not self.connection.recv(1):
                break
        out, err = child.communicate(body)
        self.wfile.write(out)
        if err:
            self.log_error("%s", err)
        child.stdout.close()
        child.stderr.close()
        if child.returncode:
            self.log_error("CGI script exit status %#x", child.returncode)
        else:
            self.log_message("CGI script exited OK")


def test(HandlerClass=BaseHTTPRequestHandler, ServerClass=HTTPServer,
         protocol="HTTP/1.0", port=8000, bind=""):
    """Serve HandlerClass on (bind, port) until interrupted."""
    HandlerClass.protocol_version = protocol
    with ServerClass((bind, port), HandlerClass) as httpd:
        host, port = httpd.socket.getsockname()[:2]
        print("Serving HTTP on %s port %s (http://%s:%s/) ..."
              % (host, port, host, port))
        interrupted = False
        try:
            httpd.serve_forever()
        except KeyboardInterrupt:
            interrupted = True
        if interrupted:
            print("\nKeyboard interrupt received, exiting.")
            sys.exit(0)


def _main(argv=None):
    import argparse
    parser = argparse.ArgumentParser()
    parser.add_argument("--cgi", action="store_true",
                        help="run the scripts under /cgi-bin and /htbin")
    parser.add_argument("--bind", "-b", default="", metavar="ADDRESS",
                        help="the address to listen on (default: every "
                             "interface)")
    parser.add_argument("port", nargs="?", type=int, default=8000,
                        help="the port to listen on (default: 8000)")
    options = parser.parse_args(argv)
    handler = CGIHTTPRequestHandler if options.cgi else SimpleHTTPRequestHandler
    test(HandlerClass=handler, port=options.port,
         bind=options.bind)


if __name__ == "__main__":
    _main()
