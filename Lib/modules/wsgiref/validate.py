"""A middleware that checks an application and its server against the
WSGI specification (PEP 3333), raising AssertionError on a violation
and warning with WSGIWarning about doubtful but legal use.
Wrap an application as validator(app) and serve the result.
"""

import re, sys, warnings

__all__ = ['validator']

header_re = re.compile(r'^[a-zA-Z][a-zA-Z0-9\-_]*$')
bad_header_value_re = re.compile(r'[\000-\037]')


class WSGIWarning(Warning):
    """Doubtful use of WSGI."""


def assert_(cond, *args):
    if cond:
        return
    raise AssertionError(*args)


def check_string_type(value, title):
    if type(value) is not str:
        raise AssertionError("{0} must be of type str (got {1})".format(title, repr(value)))
    return value


def _fail(message):
    raise AssertionError(message)


def _warn(message):
    warnings.warn(message, WSGIWarning)


def validator(application):
    """Wrap application so that every call is checked."""

    def lint_app(*args, **kw):
        assert_(len(args) == 2, "Two arguments required")
        assert_(not kw, "No keyword arguments allowed")
        started = []
        environ, start_response = args
        check_environ(environ)

        def start_response_wrapper(*args, **kw):
            assert_(2 <= len(args) <= 3, "Invalid number of arguments: %s" % (args,))
            assert_(not kw, "No keyword arguments allowed")
            check_status(args[0])
            check_headers(args[1])
            check_content_type(args[0], args[1])
            check_exc_info(args[2] if len(args) > 2 else None)
            started.append(None)
            return WriteWrapper(start_response(*args))

        for key, wrapper in (('wsgi.input', InputWrapper), ('wsgi.errors', ErrorWrapper)):
            environ[key] = wrapper(environ[key])
        result = application(environ, start_response_wrapper)
        if result is None or result == False:
            _fail("The application must return an iterator, if only an empty list")
        check_iterator(result)
        return IteratorWrapper(result, started)

    return lint_app


def _checked(value, kind):
    assert_(type(value) is kind)
    return value


class InputWrapper:
    """wsgi.input, checked: reads give bytes, close is forbidden."""

    def __init__(self, wsgi_input):
        self.input = wsgi_input

    def readline(self, *args):
        assert_(len(args) <= 1)
        return _checked(self.input.readline(*args), bytes)

    def read(self, *args):
        assert_(len(args) == 1)
        return _checked(self.input.read(*args), bytes)

    def readlines(self, *args):
        assert_(len(args) <= 1)
        lines = _checked(self.input.readlines(*args), list)
        for each in lines:
            _checked(each, bytes)
        return lines

    def __iter__(self):
        line = self.readline()
        while line:
            yield line
            line = self.readline()

    def close(self):
        _fail("input.close() must not be called")


class ErrorWrapper:
    """wsgi.errors, checked: writes take str, close is forbidden."""

    def __init__(self, wsgi_errors):
        self.errors = wsgi_errors

    def write(self, s):
        self.errors.write(_checked(s, str))

    def writelines(self, seq):
        list(map(self.write, seq))

    def close(self):
        _fail("errors.close() must not be called")

    def flush(self):
        self.errors.flush()


class WriteWrapper:
    """The write callable, checked to take bytes."""

    def __init__(self, wsgi_writer):
        self.writer = wsgi_writer

    def __call__(self, s):
        self.writer(_checked(s, bytes))


class PartialIteratorWrapper:
    """An iterable whose iterator is checked (without the start_response
    check)."""

    def __iter__(self):
        return IteratorWrapper(self.iterator, None)

    def __init__(self, wsgi_iterator):
        self.iterator = wsgi_iterator


class IteratorWrapper:
    """The application's result, checked to give bytes, to start only
    after start_response, and to be closed."""

    def __init__(self, wsgi_iterator, check_start_response):
        self.closed = False
        self.original_iterator, self.iterator = wsgi_iterator, iter(wsgi_iterator)
        self.check_start_response = check_start_response

    def __iter__(self):
        return self

    def __next__(self):
        assert_(not self.closed, "Iterator read after closed")
        item = next(self.iterator)
        assert_(type(item) is bytes, "Iterator yielded non-bytestring (%r)" % (item,))
        pending = self.check_start_response
        if pending is not None:
            self.check_start_response = None
            assert_(pending, "The application returns and we started iterating over "
                    "its body, but start_response has not yet been called")
        return item

    def close(self):
        self.closed = True
        closer = getattr(self.original_iterator, 'close', None)
        if closer is not None:
            closer()

    def __del__(self):
        message = "Iterator garbage collected without being closed"
        if not self.closed:
            sys.stderr.write(message)
        assert_(self.closed, message)


_REQUIRED_KEYS = ('REQUEST_METHOD', 'SERVER_NAME', 'SERVER_PORT',
                  'wsgi.version', 'wsgi.input', 'wsgi.errors',
                  'wsgi.multithread', 'wsgi.multiprocess', 'wsgi.run_once')
_KNOWN_METHODS = ('GET', 'HEAD', 'POST', 'OPTIONS', 'PATCH', 'PUT',
                  'DELETE', 'TRACE')
_NO_QUERY = ('QUERY_STRING is not in the WSGI environment; the cgi module will use '
             'sys.argv when this variable is missing, so application errors are more likely')


def check_environ(environ):
    if type(environ) is not dict:
        _fail("Environment is not of the right type: %r (environment: %r)" % (type(environ), environ))
    missing = [k for k in _REQUIRED_KEYS if k not in environ]
    if missing:
        _fail("Environment missing required key: %r" % (missing[0],))
    for key in ('HTTP_CONTENT_TYPE', 'HTTP_CONTENT_LENGTH'):
        if key in environ:
            _fail("Environment should not have the key: %s (use %s instead)" % (key, key[5:]))
    if 'QUERY_STRING' not in environ:
        _warn(_NO_QUERY)
    # CGI variables must be str; dotted (wsgi.*, extension) keys may hold anything.
    for key, value in environ.items():
        if '.' not in key and type(value) is not str:
            _fail("Environmental variable %s is not a string: %r (value: %r)" % (key, type(value), value))
    if type(environ['wsgi.version']) is not tuple:
        _fail("wsgi.version should be a tuple (%r)" % (environ['wsgi.version'],))
    if environ['wsgi.url_scheme'] not in ('http', 'https'):
        _fail("wsgi.url_scheme unknown: %r" % environ['wsgi.url_scheme'])
    check_input(environ['wsgi.input'])
    check_errors(environ['wsgi.errors'])
    if environ['REQUEST_METHOD'] not in _KNOWN_METHODS:
        _warn("Unknown REQUEST_METHOD: %r" % environ['REQUEST_METHOD'])
    # The messages name the values, so both variables must be present.
    script = environ.get('SCRIPT_NAME')
    message = "SCRIPT_NAME doesn't start with /: %r" % environ['SCRIPT_NAME']
    if script and not script.startswith('/'):
        _fail(message)
    path = environ.get('PATH_INFO')
    message = "PATH_INFO doesn't start with /: %r" % environ['PATH_INFO']
    if path and not path.startswith('/'):
        _fail(message)
    length = environ.get('CONTENT_LENGTH')
    if length and int(length) < 0:
        _fail("Invalid CONTENT_LENGTH: %r" % length)
    if not script and 'PATH_INFO' not in environ:
        _fail("One of SCRIPT_NAME or PATH_INFO are required (PATH_INFO should at least "
              "be '/' if SCRIPT_NAME is empty)")
    if script == '/':
        _fail("SCRIPT_NAME cannot be '/'; it should instead be '', and PATH_INFO should be '/'")


def _needs_attrs(obj, what, attrs):
    for attr in attrs:
        if not hasattr(obj, attr):
            _fail("%s (%r) doesn't have the attribute %s" % (what, obj, attr))


def check_input(wsgi_input):
    _needs_attrs(wsgi_input, 'wsgi.input', ('read', 'readline', 'readlines', '__iter__'))


def check_errors(wsgi_errors):
    _needs_attrs(wsgi_errors, 'wsgi.errors', ('flush', 'write', 'writelines'))


def check_status(status):
    status = check_string_type(status, "Status")
    code = status.split(None, 1)[0]
    assert_(len(code) == 3, "Status codes must be three characters: %r" % code)
    number = int(code)
    assert_(number >= 100, "Status code is invalid: %r" % number)
    if len(status) < 4 or status[3] != ' ':
        _warn("The status string (%r) should be a three-digit integer followed by a "
              "single space and a status explanation" % status)


def _check_header(item):
    if type(item) is not tuple:
        _fail("Individual headers (%r) must be of type tuple: %r" % (item, type(item)))
    assert_(len(item) == 2)
    name = check_string_type(item[0], "Header name")
    value = check_string_type(item[1], "Header value")
    if name.lower() == 'status':
        _fail("The Status header cannot be used; it conflicts with CGI script, and HTTP "
              "status is not given through headers (value: %r)." % value)
    if '\n' in name or ':' in name:
        _fail("Header names may not contain ':' or '\\n': %r" % name)
    if not header_re.search(name):
        _fail("Bad header name: %r" % name)
    if name[-1:] in ('-', '_'):
        _fail("Names may not end in '-' or '_': %r" % name)
    bad = bad_header_value_re.search(value)
    if bad:
        _fail("Bad header value: %r (bad char: %r)" % (value, bad.group(0)))


def check_headers(headers):
    if type(headers) is not list:
        _fail("Headers (%r) must be of type list: %r" % (headers, type(headers)))
    for item in headers:
        _check_header(item)


def check_content_type(status, headers):
    code = int(check_string_type(status, "Status").split(None, 1)[0])
    bodiless = code in (204, 304)
    has_type = False
    for name, _ in headers:
        if check_string_type(name, "Header name").lower() == 'content-type':
            has_type = True
            break
    if has_type and bodiless:
        _fail("Content-Type header found in a %s response, which must not return content." % code)
    if not has_type and not bodiless:
        _fail("No Content-Type header found in headers (%s)" % headers)


def check_exc_info(exc_info):
    if exc_info is not None and type(exc_info) is not tuple:
        _fail("exc_info (%r) is not a tuple: %r" % (exc_info, type(exc_info)))


def check_iterator(iterator):
    if isinstance(iterator, (str, bytes)):
        _fail("You should not return a string as your application iterator, instead "
              "return a single-item list containing a bytestring.")
