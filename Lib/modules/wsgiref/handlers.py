"""Running a WSGI application for one request.

BaseHandler holds the protocol: building the environ, start_response
and write, sending the status line and headers, and the error page.
Subclasses supply the streams: SimpleHandler takes them as arguments,
CGIHandler uses the process's standard streams and environment.
"""

import os, sys, time

from .headers import Headers
from .util import FileWrapper, guess_scheme, is_hop_by_hop

__all__ = ['BaseHandler', 'SimpleHandler', 'BaseCGIHandler', 'CGIHandler',
           'IISCGIHandler', 'read_environ']

_weekdayname = "Mon Tue Wed Thu Fri Sat Sun".split()
_monthname = [None] + "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def format_date_time(timestamp):
    """timestamp as an HTTP date (RFC 1123, always GMT)."""
    year, month, day, hh, mm, ss, wday = time.gmtime(timestamp)[:7]
    return "%s, %02d %3s %4d %02d:%02d:%02d GMT" % (
        _weekdayname[wday], day, _monthname[month], year, hh, mm, ss)


# CGI variables that carry parts of the request (bytes from the client).
_is_request = frozenset((
    'SCRIPT_NAME', 'PATH_INFO', 'QUERY_STRING', 'REQUEST_METHOD', 'AUTH_TYPE',
    'CONTENT_TYPE', 'CONTENT_LENGTH', 'HTTPS', 'REMOTE_USER', 'REMOTE_IDENT',
)).__contains__


def _needs_transcode(k):
    while k.startswith('REDIRECT_'):
        k = k[9:]
    return _is_request(k) or k.startswith(('HTTP_', 'SSL_'))


def read_environ():
    """os.environ with the request's variables in WSGI's form: their
    bytes decoded as latin-1."""
    fsenc = sys.getfilesystemencoding()
    return {key: (value.encode(fsenc, 'surrogateescape').decode('iso-8859-1')
                  if _needs_transcode(key) else value)
            for key, value in os.environ.items()}


class BaseHandler:
    """Runs one application for one request (see the module docstring).
    Subclasses define _write, _flush, get_stdin, get_stderr and
    add_cgi_vars."""

    # The environ's wsgi.* values.
    wsgi_version = (1, 0)
    wsgi_multithread, wsgi_multiprocess, wsgi_run_once = True, True, False

    origin_server = True    # send a status line (not a CGI Status header)
    http_version = "1.0"
    server_software = None

    os_environ = read_environ()
    wsgi_file_wrapper = FileWrapper
    headers_class = Headers
    traceback_limit = None

    error_status = "500 Internal Server Error"
    error_headers = [('Content-Type', 'text/plain')]
    error_body = b"A server error occurred.  Please contact the administrator."

    # Per-request state, reset by close().
    status = result = headers = None
    headers_sent = False
    bytes_sent = 0

    def run(self, application):
        """Call application and send its response (or an error page)."""
        try:
            self.setup_environ()
            result = application(self.environ, self.start_response)
            self.result = result
            self.finish_response()
        except BaseException:
            try:
                self.handle_error()
            except BaseException:
                # Not even the error page could be sent.
                self.close()
                raise

    def setup_environ(self):
        env = self.environ = self.os_environ.copy()
        self.add_cgi_vars()
        env.update({
            'wsgi.input': self.get_stdin(),
            'wsgi.errors': self.get_stderr(),
            'wsgi.version': self.wsgi_version,
            'wsgi.run_once': self.wsgi_run_once,
            'wsgi.url_scheme': self.get_scheme(),
            'wsgi.multithread': self.wsgi_multithread,
            'wsgi.multiprocess': self.wsgi_multiprocess,
        })
        if self.wsgi_file_wrapper is not None:
            env['wsgi.file_wrapper'] = self.wsgi_file_wrapper
        if self.server_software and self.origin_server:
            env.setdefault('SERVER_SOFTWARE', self.server_software)

    def finish_response(self):
        """Send the body the application returned, then close."""
        try:
            sent_as_file = self.result_is_file() and self.sendfile()
            if not sent_as_file:
                for block in self.result:
                    self.write(block)
                self.finish_content()
        finally:
            self.close()   # also when the body raised

    def get_scheme(self):
        """'http' or 'https', from the environ."""
        return guess_scheme(self.environ)

    def set_content_length(self):
        """Give a one-block body a Content-Length."""
        try:
            single = len(self.result) == 1
        except (TypeError, AttributeError, NotImplementedError):
            single = False
        if single:
            self.headers['Content-Length'] = str(self.bytes_sent)

    def cleanup_headers(self):
        if 'Content-Length' not in self.headers:
            self.set_content_length()

    def start_response(self, status, headers, exc_info=None):
        """The start_response callable given to the application."""
        if not exc_info:
            if self.headers is not None:
                raise AssertionError("Headers already set!")
        elif self.headers_sent:
            # Too late for another status: re-raise the error.
            kind, value, tb = exc_info
            exc_info = None
            raise kind(value).with_traceback(tb)
        self.status, self.headers = status, self.headers_class(headers)
        status = self._convert_string_type(status, "Status")
        assert len(status) >= 4, "Status must be at least 4 characters"
        assert status[:3].isdigit(), "Status message must begin w/3-digit code"
        assert status[3] == " ", "Status message must have a space after code"
        if __debug__:
            for pair in headers:
                name = self._convert_string_type(pair[0], "Header name")
                self._convert_string_type(pair[1], "Header value")
                assert not is_hop_by_hop(name), "Hop-by-hop headers not allowed"
        return self.write

    def _convert_string_type(self, value, title):
        if type(value) is not str:
            raise AssertionError(
                "{0} must be of type str (got {1})".format(title, repr(value)))
        return value

    def _send_line(self, text):
        self._write((text + '\r\n').encode('iso-8859-1'))

    def send_preamble(self):
        """The status line, Date and Server (or, behind a server, the CGI
        Status header)."""
        if not self.origin_server:
            self._send_line('Status: %s' % self.status)
        elif self.client_is_modern():
            self._send_line('HTTP/%s %s' % (self.http_version, self.status))
            if 'Date' not in self.headers:
                self._send_line('Date: %s' % format_date_time(time.time()))
            if 'Server' not in self.headers and self.server_software:
                self._send_line('Server: %s' % self.server_software)

    def write(self, data):
        """The write callable start_response returns."""
        assert type(data) is bytes, "write() argument must be a bytes instance"
        if not self.status:
            raise AssertionError("write() before start_response()")
        if self.headers_sent:
            self.bytes_sent += len(data)
        else:
            # The first block: its size may become the Content-Length.
            self.bytes_sent = len(data)
            self.send_headers()
        self._write(data)
        self._flush()

    def sendfile(self):
        """Send a wsgi.file_wrapper result by a faster path; False when
        there is none (the result is then iterated)."""
        return False

    def finish_content(self):
        if self.headers_sent:
            return
        self.headers.setdefault('Content-Length', "0")
        self.send_headers()

    def close(self):
        """End the request: close the result and reset the state."""
        closer = getattr(self.result, 'close', None)
        try:
            if closer is not None:
                closer()
        finally:
            self.result = self.headers = self.status = self.environ = None
            self.bytes_sent, self.headers_sent = 0, False

    def send_headers(self):
        self.cleanup_headers()
        self.headers_sent = True
        if self.origin_server and not self.client_is_modern():
            return      # HTTP/0.9: a bare body
        self.send_preamble()
        self._write(bytes(self.headers))

    def client_is_modern(self):
        return self.environ['SERVER_PROTOCOL'].upper() != 'HTTP/0.9'

    def result_is_file(self):
        kind = self.wsgi_file_wrapper
        return kind is not None and isinstance(self.result, kind)

    def log_exception(self, exc_info):
        """Print the traceback to the error stream."""
        from traceback import print_exception
        stream = self.get_stderr()
        try:
            print_exception(exc_info[0], exc_info[1], exc_info[2],
                            self.traceback_limit, stream)
            stream.flush()
        finally:
            exc_info = None

    def handle_error(self):
        """Log the error; send the error page unless headers went out."""
        self.log_exception(sys.exc_info())
        if self.headers_sent:
            return
        self.result = self.error_output(self.environ, self.start_response)
        self.finish_response()

    def error_output(self, environ, start_response):
        start_response(self.error_status, list(self.error_headers), sys.exc_info())
        return [self.error_body]

    def _abstract(self, *args):
        raise NotImplementedError

    # What subclasses provide.
    _write = _flush = get_stdin = get_stderr = add_cgi_vars = _abstract


class SimpleHandler(BaseHandler):
    """A handler over given streams and a given base environment."""

    def __init__(self, stdin, stdout, stderr, environ,
                 multithread=True, multiprocess=False):
        self.stdin, self.stdout, self.stderr = stdin, stdout, stderr
        self.base_env = environ
        self.wsgi_multithread, self.wsgi_multiprocess = multithread, multiprocess

    def add_cgi_vars(self):
        self.environ.update(self.base_env)

    def get_stderr(self):
        return self.stderr

    def get_stdin(self):
        return self.stdin

    def _write(self, data):
        count = self.stdout.write(data)
        if count is not None and count != len(data):
            self._write_rest(data, count)

    def _write_rest(self, data, count):
        import warnings
        warnings.warn("SimpleHandler.stdout.write() should not do partial writes",
                      DeprecationWarning)
        rest = data[count:]
        while rest:
            rest = rest[self.stdout.write(rest):]

    def _flush(self):
        flush = self._flush = self.stdout.flush
        flush()


class BaseCGIHandler(SimpleHandler):
    """A SimpleHandler behind a web server: it sends a CGI Status header
    rather than a status line."""

    origin_server = False


def _cgi_streams():
    return sys.stdin.buffer, sys.stdout.buffer, sys.stderr


class CGIHandler(BaseCGIHandler):
    """Runs an application as a CGI script (sys.std* and os.environ)."""

    wsgi_run_once = True
    os_environ = {}

    def __init__(self):
        BaseCGIHandler.__init__(self, *_cgi_streams(), read_environ(),
                                multithread=False, multiprocess=True)


class IISCGIHandler(BaseCGIHandler):
    """CGIHandler for IIS, which repeats SCRIPT_NAME at the start of
    PATH_INFO."""

    wsgi_run_once = True
    os_environ = {}

    def __init__(self):
        env = read_environ()
        path, script = env.get('PATH_INFO', ''), env.get('SCRIPT_NAME', '')
        if (path + '/').startswith(script + '/'):
            env['PATH_INFO'] = path[len(script):]
        BaseCGIHandler.__init__(self, *_cgi_streams(), env,
                                multithread=False, multiprocess=True)
