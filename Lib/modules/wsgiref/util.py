"""Helpers for WSGI environ dictionaries."""

import posixpath

__all__ = ['FileWrapper', 'guess_scheme', 'application_uri', 'request_uri',
           'shift_path_info', 'setup_testing_defaults']


class FileWrapper:
    """Iterate over a file-like object in blocks of blksize bytes."""

    def __init__(self, filelike, blksize=8192):
        self.filelike, self.blksize = filelike, blksize
        if hasattr(filelike, 'close'):
            self.close = filelike.close

    def _block(self, exhausted):
        data = self.filelike.read(self.blksize)
        if not data:
            raise exhausted
        return data

    def __iter__(self):
        return self

    def __next__(self):
        return self._block(StopIteration)

    def __getitem__(self, key):
        return self._block(IndexError)


def guess_scheme(environ):
    """'https' when environ's HTTPS says so, else 'http'."""
    return 'https' if environ.get("HTTPS") in ('yes', 'on', '1') else 'http'


def application_uri(environ):
    """The URL of the application: scheme, host and SCRIPT_NAME."""
    from urllib.parse import quote
    scheme = environ['wsgi.url_scheme']
    host = environ.get('HTTP_HOST')
    if not host:
        host = environ['SERVER_NAME']
        port = environ['SERVER_PORT']
        if port != ('443' if scheme == 'https' else '80'):
            host = host + ':' + port
    script = quote(environ.get('SCRIPT_NAME') or '/', encoding='latin1')
    return '%s://%s%s' % (scheme, host, script)


def request_uri(environ, include_query=True):
    """The full URL of the request (with the query when include_query)."""
    from urllib.parse import quote
    path = quote(environ.get('PATH_INFO', ''), safe='/;=,', encoding='latin1')
    if not environ.get('SCRIPT_NAME'):
        path = path[1:]     # application_uri ends in '/' already
    query = environ.get('QUERY_STRING') if include_query else None
    return application_uri(environ) + path + ('?' + query if query else '')


def shift_path_info(environ):
    """Move the first segment of PATH_INFO to the end of SCRIPT_NAME and
    return it (None when PATH_INFO is empty)."""
    path = environ.get('PATH_INFO', '')
    if not path:
        return None
    segments = path.split('/')
    # Empty and '.' segments inside the path are dropped.
    segments[1:-1] = [s for s in segments[1:-1] if s and s != '.']
    name = segments.pop(1)
    script = posixpath.normpath(environ.get('SCRIPT_NAME', '') + '/' + name)
    script = script[:-1] if script.endswith('/') else script
    if not name and not script.endswith('/'):
        script += '/'
    environ.update(SCRIPT_NAME=script, PATH_INFO='/'.join(segments))
    return None if name == '.' else name


def setup_testing_defaults(environ):
    """Fill in what a WSGI environ needs, for tests of applications."""
    server = environ.setdefault('SERVER_NAME', '127.0.0.1')
    environ.setdefault('SERVER_PROTOCOL', 'HTTP/1.0')
    environ.setdefault('HTTP_HOST', server)
    environ.setdefault('REQUEST_METHOD', 'GET')
    if 'SCRIPT_NAME' not in environ and 'PATH_INFO' not in environ:
        environ['SCRIPT_NAME'] = ''
        environ['PATH_INFO'] = '/'
    from io import StringIO, BytesIO
    for key, value in (('wsgi.version', (1, 0)), ('wsgi.run_once', 0),
                       ('wsgi.multithread', 0), ('wsgi.multiprocess', 0)):
        environ.setdefault(key, value)
    if 'wsgi.input' not in environ:
        environ['wsgi.input'] = BytesIO()
    if 'wsgi.errors' not in environ:
        environ['wsgi.errors'] = StringIO()
    scheme = environ.setdefault('wsgi.url_scheme', guess_scheme(environ))
    default_port = {'http': '80', 'https': '443'}.get(scheme)
    if default_port is not None:
        environ.setdefault('SERVER_PORT', default_port)


_hoppish = {
    'connection', 'keep-alive', 'proxy-authenticate', 'proxy-authorization',
    'te', 'trailers', 'transfer-encoding', 'upgrade'}.__contains__


def is_hop_by_hop(header_name):
    """Whether header_name is a hop-by-hop header (RFC 2616 13.5.1)."""
    return _hoppish(header_name.lower())
