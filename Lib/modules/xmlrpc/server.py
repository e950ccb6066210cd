"""Serve procedures to XML-RPC clients.

SimpleXMLRPCServer is a socketserver.TCPServer answering XML-RPC POST
requests: register functions (or one instance whose public methods are
served) and call serve_forever(). SimpleXMLRPCDispatcher holds the
registry and turns a request document into a response document, for
servers built some other way.
"""

import http.server
import re
import socketserver
import sys
import traceback
from xmlrpc.client import Fault, dumps, loads, gzip_encode, gzip_decode

# Largest piece of a request body read at once.
_READ_PIECE = 10 * 1024 * 1024


def resolve_dotted_attribute(obj, attr, allow_dotted_names=True):
    """Follow the dotted name attr from obj (only its first part unless
    allow_dotted_names); a part starting with '_' raises AttributeError."""
    names = attr.split(".") if allow_dotted_names else [attr]
    for name in names:
        if name[:1] == "_":
            raise AttributeError(
                'attempt to access private attribute "%s"' % name)
        obj = getattr(obj, name)
    return obj


def list_public_methods(obj):
    """The names of obj's callable attributes that do not start with '_'."""
    return [name for name in dir(obj)
            if name[:1] != "_" and callable(getattr(obj, name))]


def _failure_text():
    # What a fault reports of the exception being handled.
    kind, value = sys.exc_info()[:2]
    return "%s:%s" % (kind, value)


class SimpleXMLRPCDispatcher:
    """The registry of served procedures, and the dispatch of a request
    document to them (_marshaled_dispatch)."""

    def __init__(self, allow_none=False, encoding=None, use_builtin_types=False):
        self.funcs, self.instance = {}, None
        self.allow_none, self.encoding = allow_none, encoding or "utf-8"
        self.use_builtin_types = use_builtin_types

    def register_instance(self, instance, allow_dotted_names=False):
        """Serve instance's public methods (or let its _dispatch(method,
        params) answer) for the names no registered function takes."""
        self.instance = instance
        self.allow_dotted_names = allow_dotted_names

    def register_function(self, function, name=None):
        """Serve function under name (its __name__ by default)."""
        self.funcs[function.__name__ if name is None else name] = function

    def register_introspection_functions(self):
        """Serve system.listMethods, system.methodSignature and
        system.methodHelp."""
        for suffix in ("listMethods", "methodSignature", "methodHelp"):
            self.funcs["system." + suffix] = getattr(self, "system_" + suffix)

    def register_multicall_functions(self):
        """Serve system.multicall (several calls in one request)."""
        self.funcs["system.multicall"] = self.system_multicall

    def _marshaled_dispatch(self, data, dispatch_method=None, path=None):
        """Answer the request document data with a response document
        (bytes): the procedure's value, or a fault for its exception."""
        options = {"allow_none": self.allow_none, "encoding": self.encoding}
        try:
            params, method = loads(data,
                                   use_builtin_types=self.use_builtin_types)
            call = self._dispatch if dispatch_method is None \
                else dispatch_method
            text = dumps((call(method, params),), methodresponse=1,
                         **options)
        except Fault as fault:
            text = dumps(fault, **options)
        except BaseException:
            text = dumps(Fault(1, _failure_text()), **options)
        return text.encode(self.encoding, "xmlcharrefreplace")

    def _instance_attr(self, name):
        # The instance's public attribute name, or None.
        try:
            return resolve_dotted_attribute(self.instance, name,
                                            self.allow_dotted_names)
        except AttributeError:
            return None

    def system_listMethods(self):
        """Return the sorted names of the served procedures."""
        names = set(self.funcs)
        served = self.instance
        if served is not None and hasattr(served, "_listMethods"):
            names.update(served._listMethods())
        elif served is not None and not hasattr(served, "_dispatch"):
            names.update(list_public_methods(served))
        return sorted(names)

    def system_methodSignature(self, method_name):
        """Signatures are not served; return the string saying so."""
        return "signatures not supported"

    def system_methodHelp(self, method_name):
        """Return the documentation of the procedure method_name, or ""."""
        target = self.funcs.get(method_name)
        served = self.instance
        if target is None and served is not None:
            if hasattr(served, "_methodHelp"):
                return served._methodHelp(method_name)
            if not hasattr(served, "_dispatch"):
                target = self._instance_attr(method_name)
        if target is None:
            return ""
        import pydoc
        return pydoc.getdoc(target)

    def system_multicall(self, call_list):
        """Run each {'methodName': ..., 'params': [...]} of call_list:
        a one-element list holds a result, a fault struct an error."""
        results = []
        for call in call_list:
            name, params = call["methodName"], call["params"]
            try:
                results.append([self._dispatch(name, params)])
            except Fault as fault:
                results.append({"faultCode": fault.faultCode,
                                "faultString": fault.faultString})
            except BaseException:
                results.append({"faultCode": 1,
                                "faultString": _failure_text()})
        return results

    def _dispatch(self, method, params):
        """Call the procedure method with params: a registered function,
        else the instance's _dispatch or its public method."""
        target = self.funcs.get(method)
        served = self.instance
        if target is None and served is not None:
            if hasattr(served, "_dispatch"):
                return served._dispatch(method, params)
            target = self._instance_attr(method)
        if target is None:
            raise Exception('method "%s" is not supported' % method)
        return target(*params)


class SimpleXMLRPCRequestHandler(http.server.BaseHTTPRequestHandler):
    """Handles XML-RPC POST requests on the paths in rpc_paths."""

    rpc_paths = ("/", "/RPC2")
    encode_threshold = 1400
    wbufsize = -1
    disable_nagle_algorithm = True
    aepattern = re.compile(r"\s*([^\s;]+)\s*(;\s*q\s*=\s*([0-9\.]+))?",
                           re.IGNORECASE)

    def accept_encodings(self):
        """The client's Accept-Encoding codings, each with its q value."""
        found = {}
        for item in self.headers.get("Accept-Encoding", "").split(","):
            m = self.aepattern.match(item)
            if m:
                found[m.group(1)] = float(m.group(3)) if m.group(3) else 1.0
        return found

    def is_rpc_path_valid(self):
        return not self.rpc_paths or self.path in self.rpc_paths

    def _send_empty(self, status, message=None):
        self.send_response(status, message)
        self.send_header("Content-length", "0")
        self.end_headers()

    def _read_body(self):
        left = int(self.headers["content-length"])
        pieces = []
        while left > 0:
            piece = self.rfile.read(min(left, _READ_PIECE))
            if not piece:
                break
            left -= len(piece)
            pieces.append(piece)
        return b"".join(pieces)

    def do_POST(self):
        if not self.is_rpc_path_valid():
            return self.report_404()
        try:
            data = self.decode_request_content(self._read_body())
            if data is None:
                return
            answer = self.server._marshaled_dispatch(
                data, getattr(self, "_dispatch", None), self.path)
        except Exception as error:
            self.send_response(500)
            if getattr(self.server, "_send_traceback_header", False):
                self.send_header("X-exception", str(error))
                text = traceback.format_exc()
                self.send_header("X-traceback", text.encode(
                    "ASCII", "backslashreplace").decode("ASCII"))
            self.send_header("Content-length", "0")
            self.end_headers()
            return
        headers = [("Content-type", "text/xml")]
        threshold = self.encode_threshold
        if threshold is not None and len(answer) > threshold and \
                self.accept_encodings().get("gzip", 0):
            try:
                answer = gzip_encode(answer)
            except NotImplementedError:
                pass
            else:
                headers.append(("Content-Encoding", "gzip"))
        self.send_response(200)
        for name, value in headers + [("Content-length", str(len(answer)))]:
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(answer)

    def decode_request_content(self, data):
        """The request body decoded from its Content-Encoding (identity
        or gzip); None, after answering the error, for another coding or
        bad gzip data."""
        coding = self.headers.get("content-encoding", "identity").lower()
        if coding == "identity":
            return data
        if coding != "gzip":
            return self._send_empty(501, "encoding %r not supported" % coding)
        try:
            return gzip_decode(data)
        except NotImplementedError:
            return self._send_empty(501, "encoding %r not supported" % coding)
        except ValueError:
            return self._send_empty(400, "error decoding gzip content")

    def report_404(self):
        body = b"No such page"
        self.send_response(404)
        for name, value in (("Content-type", "text/plain"),
                            ("Content-length", str(len(body)))):
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def log_request(self, code="-", size="-"):
        if self.server.logRequests:
            super().log_request(code, size)


class SimpleXMLRPCServer(socketserver.TCPServer, SimpleXMLRPCDispatcher):
    """A TCP server answering XML-RPC requests with its registered
    procedures; logRequests=False silences the request log."""

    allow_reuse_address = True
    _send_traceback_header = False

    def __init__(self, addr, requestHandler=SimpleXMLRPCRequestHandler, logRequests=True,
                 allow_none=False, encoding=None, bind_and_activate=True, use_builtin_types=False):
        SimpleXMLRPCDispatcher.__init__(self, allow_none, encoding, use_builtin_types)
        self.logRequests = logRequests
        socketserver.TCPServer.__init__(self, addr, requestHandler, bind_and_activate)


class MultiPathXMLRPCServer(SimpleXMLRPCServer):
    """A server with one dispatcher per request path (add_dispatcher)."""

    def __init__(self, *args, **kwargs):
        SimpleXMLRPCServer.__init__(self, *args, **kwargs)
        self.dispatchers = {}

    def get_dispatcher(self, path):
        return self.dispatchers[path]

    def add_dispatcher(self, path, dispatcher):
        self.dispatchers.update({path: dispatcher})
        return dispatcher

    def _marshaled_dispatch(self, data, dispatch_method=None, path=None):
        try:
            dispatcher = self.dispatchers[path]
            return dispatcher._marshaled_dispatch(data, dispatch_method, path)
        except BaseException:
            text = dumps(Fault(1, _failure_text()), encoding=self.encoding,
                         allow_none=self.allow_none)
            return text.encode(self.encoding, "xmlcharrefreplace")


class CGIXMLRPCRequestHandler(SimpleXMLRPCDispatcher):
    """Answers one XML-RPC request in a CGI script: the request comes on
    stdin (or as request_text), the response goes to stdout."""

    def __init__(self, allow_none=False, encoding=None, use_builtin_types=False):
        SimpleXMLRPCDispatcher.__init__(self, allow_none, encoding, use_builtin_types)

    def _reply(self, status_line, content_type, body):
        if status_line:
            print(status_line)
        print("Content-Type: %s" % content_type)
        print("Content-Length: %d" % len(body))
        print()
        sys.stdout.flush()
        sys.stdout.buffer.write(body)
        sys.stdout.buffer.flush()

    def handle_xmlrpc(self, request_text):
        """Write the response to the XML-RPC document request_text."""
        self._reply(None, "text/xml", self._marshaled_dispatch(request_text))

    def handle_get(self):
        """Answer a GET: this server takes POST requests only."""
        import http.server as _http
        code = 400
        message, explain = _http.BaseHTTPRequestHandler.responses[code]
        body = (_http.DEFAULT_ERROR_MESSAGE % {
            "code": code, "message": message, "explain": explain})
        self._reply("Status: %d %s" % (code, message),
                    _http.DEFAULT_ERROR_CONTENT_TYPE, body.encode("utf-8"))

    def handle_request(self, request_text=None):
        """Answer the CGI request: a GET gets handle_get(), anything else
        is read from stdin (CONTENT_LENGTH bytes) unless given."""
        import os
        if request_text is None and \
                os.environ.get("REQUEST_METHOD", None) == "GET":
            self.handle_get()
            return
        if request_text is None:
            try:
                length = int(os.environ.get("CONTENT_LENGTH", None))
            except (ValueError, TypeError):
                length = -1
            request_text = sys.stdin.read(length)
        self.handle_xmlrpc(request_text)


# -- servers that also document their procedures as an HTML page (GET) --

import pydoc as _pydoc


class ServerHTMLDoc(_pydoc.HTMLDoc):
    """pydoc's HTML writer with links between the served procedures."""

    _refs = re.compile(r"\b((http|ftp)://\S+[\w/]|RFC[- ]?(\d+)|"
                       r"PEP[- ]?(\d+)|(self\.)?((?:\w|\.)+))\b")

    def markup(self, text, escape=None, funcs={}, classes={}, methods={}):
        """text as HTML: URLs, RFC and PEP numbers become links, names of
        served procedures link to their entries."""
        escape = escape or self.escape
        out, at = [], 0
        for m in self._refs.finditer(text):
            out.append(escape(text[at:m.start()]))
            at = m.end()
            whole, scheme, rfc, pep, selfdot, name = m.groups()
            if scheme:
                url = escape(whole).replace('"', "&quot;")
                out.append('<a href="%s">%s</a>' % (url, url))
            elif rfc:
                out.append('<a href="http://www.rfc-editor.org/rfc/rfc%d.txt">%s</a>'
                           % (int(rfc), escape(whole)))
            elif pep:
                out.append('<a href="http://www.python.org/dev/peps/pep-%04d/">%s</a>'
                           % (int(pep), escape(whole)))
            elif text[at:at + 1] == "(":
                out.append(self.namelink(name, methods, funcs, classes))
            elif selfdot:
                out.append("self.<strong>%s</strong>" % name)
            else:
                out.append(self.namelink(name, classes))
        out.append(escape(text[at:]))
        return "".join(out)

    def docroutine(self, object, name, mod=None, funcs={}, classes={},
                   methods={}, cl=None):
        """One procedure's entry: its name (an anchor), signature and
        documentation."""
        anchor = (cl and cl.__name__ or "") + "-" + name
        title = '<a name="%s"><strong>%s</strong></a>' % (
            self.escape(anchor), self.escape(name))
        import inspect
        argspec = "(...)"
        if inspect.ismethod(object) or inspect.isfunction(object):
            spec = inspect.getfullargspec(object)
            # a method's bound first argument is not the caller's to pass
            names = spec.args[1:] if inspect.ismethod(object) else spec.args
            argspec = inspect.formatargspec(
                names, spec.varargs, spec.varkw, spec.defaults,
                annotations=spec.annotations,
                formatvalue=lambda value: self.grey("=" + self.repr(value)))
        if isinstance(object, tuple):
            argspec = object[0] or argspec
            doc = object[1] or ""
        else:
            doc = _pydoc.getdoc(object)
        decl = title + argspec
        doc = self.markup(doc, self.preformat, funcs, classes, methods)
        doc = doc and "<dd><tt>%s</tt></dd>" % doc
        return "<dl><dt>%s</dt>%s</dl>\n" % (decl, doc)

    def docserver(self, server_name, package_documentation, methods):
        """The page body documenting a server: its description, then each
        of methods (a name -> procedure dict) in name order."""
        links = {}
        for key in methods:
            links[key] = "#-" + key
            links[methods[key]] = links[key]
        head = '<big><big><strong>%s</strong></big></big>' % server_name
        result = self.heading(head, "#ffffff", "#7799ee")
        doc = self.markup(package_documentation, self.preformat, links)
        doc = doc and "<tt>%s</tt>" % doc
        result += "<p>%s</p>\n" % doc
        entries = [self.docroutine(value, key, funcs=links)
                   for key, value in sorted(methods.items())]
        result += self.bigsection("Methods", "#ffffff", "#eeaa77",
                                  "".join(entries))
        return result


class XMLRPCDocGenerator:
    """Writes the HTML page that documents a dispatcher's procedures."""

    def __init__(self):
        self.server_name = "XML-RPC Server Documentation"
        self.server_documentation = (
            "This server exports the following methods through the "
            "XML-RPC protocol.")
        self.server_title = "XML-RPC Server Documentation"

    def set_server_title(self, server_title):
        """The page's <title>."""
        self.server_title = server_title

    def set_server_name(self, server_name):
        """The heading over the documentation."""
        self.server_name = server_name

    def set_server_documentation(self, server_documentation):
        """The text under the heading."""
        self.server_documentation = server_documentation

    def generate_html_documentation(self):
        """The whole HTML page, as a str."""
        methods = {}
        names = list(self.funcs)
        if self.instance is not None:
            if hasattr(self.instance, "_listMethods"):
                names += self.instance._listMethods()
            elif not hasattr(self.instance, "_dispatch"):
                names += list_public_methods(self.instance)
        for name in sorted(set(names)):
            if name in self.funcs:
                target = self.funcs[name]
            elif self.instance is not None:
                target = [None, None]
                if hasattr(self.instance, "_get_method_argstring"):
                    target[0] = self.instance._get_method_argstring(name)
                if hasattr(self.instance, "_methodHelp"):
                    target[1] = self.instance._methodHelp(name)
                target = tuple(target)
                if target == (None, None):
                    if hasattr(self.instance, "_dispatch"):
                        target = None
                    else:
                        try:
                            target = resolve_dotted_attribute(
                                self.instance, name)
                        except AttributeError:
                            target = None
            else:
                target = None
            methods[name] = target
        writer = ServerHTMLDoc()
        body = writer.docserver(self.server_name,
                                self.server_documentation, methods)
        import html
        return writer.page(html.escape(self.server_title), body)


class DocXMLRPCRequestHandler(SimpleXMLRPCRequestHandler):
    """Answers GET with the server's documentation page, POST with
    XML-RPC."""

    def do_GET(self):
        if not self.is_rpc_path_valid():
            self.report_404()
            return
        page = self.server.generate_html_documentation().encode("utf-8")
        self.send_response(200)
        self.send_header("Content-type", "text/html")
        self.send_header("Content-length", str(len(page)))
        self.end_headers()
        self.wfile.write(page)


class DocXMLRPCServer(SimpleXMLRPCServer, XMLRPCDocGenerator):
    """A SimpleXMLRPCServer that also serves its documentation page."""

    def __init__(self, addr, requestHandler=DocXMLRPCRequestHandler,
                 logRequests=True, allow_none=False, encoding=None,
                 bind_and_activate=True, use_builtin_types=False):
        SimpleXMLRPCServer.__init__(self, addr, requestHandler, logRequests,
                                    allow_none, encoding, bind_and_activate,
                                    use_builtin_types)
        XMLRPCDocGenerator.__init__(self)


class DocCGIXMLRPCRequestHandler(CGIXMLRPCRequestHandler, XMLRPCDocGenerator):
    """A CGIXMLRPCRequestHandler that answers GET with the documentation
    page."""

    def handle_get(self):
        page = self.generate_html_documentation().encode("utf-8")
        print("Content-Type: text/html")
        print("Content-Length: %d" % len(page))
        print()
        sys.stdout.flush()
        sys.stdout.buffer.write(page)
        sys.stdout.buffer.flush()

    def __init__(self):
        CGIXMLRPCRequestHandler.__init__(self)
        XMLRPCDocGenerator.__init__(self)
