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
