"""A small HTTP server for WSGI applications, for development and tests
(not hardened for production use).

    make_server(host, port, app).serve_forever()
"""

import sys
import urllib.parse
from http.server import BaseHTTPRequestHandler, HTTPServer
from platform import python_implementation
from wsgiref.handlers import SimpleHandler

__all__ = ['WSGIServer', 'WSGIRequestHandler', 'demo_app', 'make_server']
__version__ = "0.2"

server_version = "WSGIServer/%s" % __version__
sys_version = "%s/%s" % (python_implementation(), sys.version.split()[0])
software_version = "%s %s" % (server_version, sys_version)


class ServerHandler(SimpleHandler):
    """The handler each request runs; it logs the request when done."""

    server_software = software_version

    def close(self):
        log, code = self.request_handler.log_request, self.status.split(' ', 1)[0]
        try:
            log(code, self.bytes_sent)
        finally:
            SimpleHandler.close(self)


class WSGIServer(HTTPServer):
    """An HTTPServer running one WSGI application (set_app)."""

    def server_bind(self):
        """Bind, then compute the environ every request starts from."""
        HTTPServer.server_bind(self)
        self.setup_environ()

    application = None

    def setup_environ(self):
        env = dict.fromkeys(('REMOTE_HOST', 'CONTENT_LENGTH', 'SCRIPT_NAME'), '')
        env.update(SERVER_NAME=self.server_name, GATEWAY_INTERFACE='CGI/1.1',
                   SERVER_PORT=str(self.server_port))
        self.base_environ = env

    def set_app(self, application):
        self.application = application

    def get_app(self):
        return self.application


class WSGIRequestHandler(BaseHTTPRequestHandler):
    """Builds the WSGI environ of a request and runs the application."""

    server_version = "WSGIServer/" + __version__

    def _header_variables(self, env):
        # Each request header becomes HTTP_NAME (repeats joined by
        # commas), unless a CGI variable of that name is set already.
        for name, value in self.headers.items():
            key = name.replace('-', '_').upper()
            if key in env:
                continue
            key, value = 'HTTP_' + key, value.strip()
            env[key] = env[key] + ',' + value if key in env else value

    def get_environ(self):
        env = self.server.base_environ.copy()
        path, _, query = self.path.partition('?')
        env.update(SERVER_PROTOCOL=self.request_version,
                   SERVER_SOFTWARE=self.server_version,
                   REQUEST_METHOD=self.command,
                   PATH_INFO=urllib.parse.unquote(path, 'iso-8859-1'),
                   QUERY_STRING=query)
        peer = self.client_address[0]
        name = self.address_string()
        if name != peer:
            env['REMOTE_HOST'] = name
        env['REMOTE_ADDR'] = peer
        ctype = self.headers.get('content-type')
        env['CONTENT_TYPE'] = self.headers.get_content_type() if ctype is None else ctype
        length = self.headers.get('content-length')
        if length:
            env['CONTENT_LENGTH'] = length
        self._header_variables(env)
        return env

    def get_stderr(self):
        return sys.stderr

    def handle(self):
        """Read one request and answer it through ServerHandler."""
        line = self.raw_requestline = self.rfile.readline(65537)
        if len(line) > 65536:
            self.requestline = self.request_version = self.command = ''
            self.send_error(414)
            return
        if self.parse_request():
            runner = ServerHandler(self.rfile, self.wfile, self.get_stderr(),
                                   self.get_environ())
            runner.request_handler = self
            runner.run(self.server.get_app())


def demo_app(environ, start_response):
    """An application that answers 'Hello world!' and its environ."""
    lines = ["Hello world!", ""]
    lines += ["%s = %r" % item for item in sorted(environ.items())]
    start_response("200 OK", [('Content-Type', 'text/plain; charset=utf-8')])
    return [("\n".join(lines) + "\n").encode("utf-8")]


def make_server(host, port, app, server_class=WSGIServer,
                handler_class=WSGIRequestHandler):
    """A server_class listening on host:port that runs app."""
    httpd = server_class((host, port), handler_class)
    httpd.set_app(app)
    return httpd


if __name__ == '__main__':
    with make_server('', 8000, demo_app) as httpd:
        host, port = httpd.socket.getsockname()[:2]
        print("Serving HTTP on", host, "port", port, "...")
        import webbrowser
        webbrowser.open('http://localhost:8000/xyz?abc')
        httpd.handle_request()
