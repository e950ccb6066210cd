"""Call procedures on an XML-RPC server and convert values to and from XML-RPC.

ServerProxy(uri) stands for a remote server: calling proxy.name(*args)
posts a methodCall document to the server and returns the value of its
methodResponse, or raises the Fault it sent. dumps() and loads() convert
between Python values and XML-RPC documents without any network.
"""

import base64
import http.client
import operator
import sys
import time
import urllib.parse
from datetime import datetime
from decimal import Decimal
from io import BytesIO
from xml.parsers import expat

try:
    import gzip
except ImportError:
    gzip = None

__version__ = "%d.%d" % sys.version_info[:2]

# Fault codes of the specification for XML-RPC interoperability
# (xmlrpc-epi's list), made module constants.
_FAULT_CODES = (
    ("PARSE_ERROR", -32700), ("SERVER_ERROR", -32600),
    ("APPLICATION_ERROR", -32500), ("SYSTEM_ERROR", -32400),
    ("TRANSPORT_ERROR", -32300), ("NOT_WELLFORMED_ERROR", -32700),
    ("UNSUPPORTED_ENCODING", -32701), ("INVALID_ENCODING_CHAR", -32702),
    ("INVALID_XMLRPC", -32600), ("METHOD_NOT_FOUND", -32601),
    ("INVALID_METHOD_PARAMS", -32602), ("INTERNAL_ERROR", -32603),
)
globals().update(_FAULT_CODES)

# <int> holds a signed 32-bit integer.
MAXINT = 2 ** 31 - 1
MININT = -2 ** 31

_ISO_FORMAT = "%Y%m%dT%H:%M:%S"


def escape(s):
    """Return s with &, < and > replaced by their XML entities."""
    for raw, entity in (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;")):
        s = s.replace(raw, entity)
    return s


class Error(Exception):
    """Root of the exceptions this module raises."""

    def __str__(self):
        return repr(self)


class ProtocolError(Error):
    """The HTTP exchange with the server failed (status other than 200)."""

    def __init__(self, url, errcode, errmsg, headers):
        super().__init__()
        self.url, self.errcode = url, errcode
        self.errmsg, self.headers = errmsg, headers

    def __repr__(self):
        return "<%s for %s: %s %s>" % (type(self).__name__, self.url,
                                       self.errcode, self.errmsg)


class ResponseError(Error):
    """The server's answer is not a well-formed methodResponse."""


class Fault(Error):
    """An XML-RPC fault: the server reported faultCode and faultString."""

    def __init__(self, faultCode, faultString, **extra):
        super().__init__()
        self.faultCode, self.faultString = faultCode, faultString

    def __repr__(self):
        return "<%s %s: %r>" % (type(self).__name__, self.faultCode,
                                self.faultString)


boolean = Boolean = bool


def _iso8601(when):
    # The dateTime.iso8601 text of a datetime, a time tuple, or seconds
    # since the epoch (where 0 means now, in local time).
    if isinstance(when, datetime):
        parts = (when.year, when.month, when.day,
                 when.hour, when.minute, when.second)
    elif isinstance(when, (tuple, time.struct_time)):
        parts = tuple(when[:6])
    else:
        parts = tuple(time.localtime(when or time.time())[:6])
    return "%04d%02d%02dT%02d:%02d:%02d" % parts


def _comparison(op):
    # A rich comparison of DateTime through make_comparable.
    def compare(self, other):
        mine, theirs = self.make_comparable(other)
        return op(mine, theirs)
    compare.__name__ = "__%s__" % op.__name__
    return compare


class DateTime:
    """A dateTime.iso8601 value, held as its text ("YYYYMMDDTHH:MM:SS").

    It is built from that text, a datetime, a time tuple or seconds since
    the epoch, and compares with DateTime, datetime, str and time tuples.
    """

    def __init__(self, value=0):
        self.value = value if isinstance(value, str) else _iso8601(value)

    def make_comparable(self, other):
        if isinstance(other, (DateTime, datetime, str)):
            text = other if isinstance(other, str) else (
                other.value if isinstance(other, DateTime)
                else _iso8601(other))
            return self.value, text
        if hasattr(other, "timetuple"):
            return self.timetuple(), other.timetuple()
        what = getattr(getattr(other, "__class__", None), "__name__",
                       repr(other))
        raise TypeError("Can't compare %s and %s" %
                        (type(self).__name__, what))

    __lt__ = _comparison(operator.lt)
    __le__ = _comparison(operator.le)
    __gt__ = _comparison(operator.gt)
    __ge__ = _comparison(operator.ge)
    __eq__ = _comparison(operator.eq)
    __hash__ = None

    def timetuple(self):
        return time.strptime(self.value, _ISO_FORMAT)

    __str__ = lambda self: self.value

    def __repr__(self):
        return "<%s %r at %#x>" % (type(self).__name__, self.value, id(self))

    def decode(self, data):
        """Take the value from the text of a dateTime.iso8601 element."""
        self.value = str(data).strip()

    def encode(self, out):
        """Write the value element to out (something with write())."""
        out.write("<value><dateTime.iso8601>%s</dateTime.iso8601>"
                  "</value>\n" % self.value)


class Binary:
    """Bytes sent as a base64 element; the bytes are in .data."""

    def __init__(self, data=None):
        if data is not None and not isinstance(data, (bytes, bytearray)):
            raise TypeError("expected bytes or bytearray, not %s" %
                            type(data).__name__)
        self.data = b"" if data is None else bytes(data)

    __str__ = lambda self: str(self.data, "latin-1")

    def __eq__(self, other):
        theirs = other.data if isinstance(other, Binary) else other
        return self.data == theirs

    __hash__ = None

    def decode(self, data):
        """Take the bytes from the base64 text data (bytes)."""
        self.data = base64.decodebytes(data)

    def encode(self, out):
        """Write the value element to out (something with write())."""
        out.write("<value><base64>\n%s</base64></value>\n" %
                  base64.encodebytes(self.data).decode("ascii"))


WRAPPERS = (DateTime, Binary)


# ------------------------------------------------------------ marshalling

class _Writer:
    # Collects the text of a document; wrapper types write into it.
    def __init__(self, allow_none):
        self.parts = []
        self.write = self.parts.append
        self.allow_none = allow_none
        self.seen = set()


def _put_none(w, v):
    if not w.allow_none:
        raise TypeError("cannot marshal None unless allow_none is enabled")
    w.write("<value><nil/></value>")


def _put_bool(w, v):
    w.write("<value><boolean>%d</boolean></value>\n" % (1 if v else 0))


def _put_int(w, v):
    if not MININT <= v <= MAXINT:
        raise OverflowError("int exceeds XML-RPC limits")
    w.write("<value><int>%d</int></value>\n" % v)


def _put_float(w, v):
    w.write("<value><double>%r</double></value>\n" % (v,))


def _put_str(w, v):
    w.write("<value><string>%s</string></value>\n" % escape(v))


def _put_bytes(w, v):
    w.write("<value><base64>\n%s</base64></value>\n" %
            base64.encodebytes(v).decode("ascii"))


def _put_sequence(w, v):
    key = id(v)
    if key in w.seen:
        raise TypeError("cannot marshal recursive sequences")
    w.seen.add(key)
    w.write("<value><array><data>\n")
    for item in v:
        _put(w, item)
    w.write("</data></array></value>\n")
    w.seen.discard(key)


def _put_mapping(w, v):
    key = id(v)
    if key in w.seen:
        raise TypeError("cannot marshal recursive dictionaries")
    w.seen.add(key)
    w.write("<value><struct>\n")
    for name, item in v.items():
        w.write("<member>\n")
        if not isinstance(name, str):
            raise TypeError("dictionary key must be string")
        w.write("<name>%s</name>\n" % escape(name))
        _put(w, item)
        w.write("</member>\n")
    w.write("</struct></value>\n")
    w.seen.discard(key)


def _put_datetime(w, v):
    w.write("<value><dateTime.iso8601>%s</dateTime.iso8601></value>\n" %
            _iso8601(v))


def _put_wrapper(w, v):
    v.encode(w)


_PUTTERS = {
    type(None): _put_none, bool: _put_bool, int: _put_int,
    float: _put_float, str: _put_str, bytes: _put_bytes,
    bytearray: _put_bytes, tuple: _put_sequence, list: _put_sequence,
    dict: _put_mapping, datetime: _put_datetime,
    DateTime: _put_wrapper, Binary: _put_wrapper,
}


def _put(w, v):
    # Write the value element of v. Exactly the types above are known; any
    # other object with a __dict__ (but not a subclass of one of them) is
    # sent as the struct of its attributes.
    putter = _PUTTERS.get(type(v))
    if putter is None:
        if not hasattr(v, "__dict__") or any(
                k in _PUTTERS for k in type(v).__mro__):
            raise TypeError("cannot marshal %s objects" % type(v))
        putter = lambda w, v: _put_mapping(w, v.__dict__)
    putter(w, v)


class Marshaller:
    """Writes Python values as XML-RPC <params> or <fault> text.

    Use dumps() rather than this class.
    """

    def __init__(self, encoding=None, allow_none=False):
        self.encoding = encoding
        self.allow_none = allow_none

    def dumps(self, values):
        w = _Writer(self.allow_none)
        if isinstance(values, Fault):
            w.write("<fault>\n")
            _put(w, {"faultCode": values.faultCode,
                     "faultString": values.faultString})
            w.write("</fault>\n")
            return "".join(w.parts)
        w.write("<params>\n")
        for v in values:
            w.write("<param>\n")
            _put(w, v)
            w.write("</param>\n")
        w.write("</params>\n")
        return "".join(w.parts)

    # The per-type writers of 3.6's Marshaller: each writes the value
    # element of value through write (a function taking str).
    def _dump_with(self, putter, value, write):
        w = _Writer(self.allow_none)
        w.write = write
        putter(w, value)

    def dump_nil(self, value, write):
        self._dump_with(_put_none, value, write)

    def dump_bool(self, value, write):
        self._dump_with(_put_bool, value, write)

    def dump_long(self, value, write):
        self._dump_with(_put_int, value, write)

    dump_int = dump_long

    def dump_double(self, value, write):
        self._dump_with(_put_float, value, write)

    def dump_unicode(self, value, write, escape=escape):
        write("<value><string>%s</string></value>\n" % escape(value))

    def dump_bytes(self, value, write):
        self._dump_with(_put_bytes, value, write)

    def dump_array(self, value, write):
        self._dump_with(_put_sequence, value, write)

    def dump_struct(self, value, write, escape=escape):
        self._dump_with(_put_mapping, value, write)

    def dump_datetime(self, value, write):
        self._dump_with(_put_datetime, value, write)

    def dump_instance(self, value, write):
        if isinstance(value, WRAPPERS):
            self._dump_with(_put_wrapper, value, write)
        else:
            self._dump_with(_put_mapping, value.__dict__, write)


def _datetime(data):
    """A DateTime from the text of a dateTime.iso8601 element."""
    value = DateTime()
    value.decode(data)
    return value


def _binary(data):
    """A Binary from the base64 text (bytes) of a base64 element."""
    value = Binary()
    value.decode(data)
    return value


# ---------------------------------------------------------- unmarshalling

def _to_bool(text):
    if text not in ("0", "1"):
        raise TypeError("bad boolean value")
    return text == "1"


# Converters of the text of the scalar elements, by tag.
_SCALARS = {
    "boolean": _to_bool, "int": int, "i1": int, "i2": int, "i4": int,
    "i8": int, "biginteger": int, "double": float, "float": float,
    "bigdecimal": Decimal, "string": str,
}


class Unmarshaller:
    """Builds Python values from the events of an XML-RPC document.

    Feed it through the parser getparser() returns; close() gives the
    values (or raises the document's Fault), getmethodname() the name of
    a methodCall.
    """

    def __init__(self, use_datetime=False, use_builtin_types=False):
        # _kind: "params", "fault" or "methodName" once seen; _values: the
        # finished values, innermost last; _open: where each open array
        # or struct starts in _values; _in_value: inside <value> with no
        # type element yet.
        self._kind = self._methodname = None
        self._values, self._open, self._text = [], [], []
        self._in_value = False
        self._encoding = "utf-8"
        self._datetimes, self._bytes = (use_datetime or use_builtin_types,
                                        use_builtin_types)

    def close(self):
        complete = self._kind is not None and not self._open
        if complete and self._kind == "fault":
            raise Fault(**self._values[0])
        if not complete:
            raise ResponseError()
        return tuple(self._values)

    def xml(self, encoding, standalone):
        self._encoding = encoding

    def getmethodname(self):
        return self._methodname

    def start(self, tag, attrs):
        tag = tag.rpartition(":")[2]
        if tag in ("array", "struct"):
            self._open.append(len(self._values))
        self._text = []
        if self._in_value and not self._knows(tag):
            raise ResponseError("unknown tag %r" % tag)
        self._in_value = tag == "value"

    def data(self, text):
        self._text.append(text)

    def _knows(self, tag):
        return tag in _SCALARS or tag in self._ENDINGS

    def end(self, tag):
        tag = tag.rpartition(":")[2]
        text = "".join(self._text)
        convert = _SCALARS.get(tag)
        if convert is not None:
            self._values.append(convert(text))
            self._in_value = False
        else:
            handler = self._ENDINGS.get(tag)
            if handler is not None:
                handler(self, text)

    # Ends of the elements other than scalars.

    def _end_name(self, text):
        self._values.append(text)
        self._in_value = False

    def _end_nil(self, text):
        self._values.append(None)
        self._in_value = False

    def _end_array(self, text):
        first = self._open.pop()
        items = self._values[first:]
        del self._values[first:]
        self._values.append(items)
        self._in_value = False

    def _end_struct(self, text):
        first = self._open.pop()
        items = self._values[first:]
        del self._values[first:]
        self._values.append(dict(zip(items[0::2], items[1::2]))
                            if len(items) % 2 == 0 else
                            self._odd_struct(items))
        self._in_value = False

    @staticmethod
    def _odd_struct(items):
        # A member without its value: its name has no partner.
        result = {}
        for i in range(0, len(items), 2):
            result[items[i]] = items[i + 1]
        return result

    def _end_base64(self, text):
        raw = base64.decodebytes(text.encode("ascii"))
        if not self._bytes:
            wrapped = Binary()
            wrapped.data = raw
            raw = wrapped
        self._values.append(raw)
        self._in_value = False

    def _end_datetime(self, text):
        if self._datetimes:
            self._values.append(datetime.strptime(text, _ISO_FORMAT))
        else:
            value = DateTime()
            value.decode(text)
            self._values.append(value)

    def _end_value(self, text):
        if self._in_value:          # untyped: a string
            self._values.append(text)
            self._in_value = False

    def _end_params(self, text):
        self._kind = "params"

    def _end_fault(self, text):
        self._kind = "fault"

    def _end_method_name(self, text):
        self._methodname = text
        self._kind = "methodName"

    _ENDINGS = {
        "name": _end_name, "nil": _end_nil, "array": _end_array,
        "struct": _end_struct, "base64": _end_base64,
        "dateTime.iso8601": _end_datetime, "value": _end_value,
        "params": _end_params, "fault": _end_fault,
        "methodName": _end_method_name,
    }


class ExpatParser:
    """Feeds an Unmarshaller from an expat parser."""

    def __init__(self, target):
        self._parser = expat.ParserCreate(None, None)
        self._target = target
        self._parser.StartElementHandler = target.start
        self._parser.EndElementHandler = target.end
        self._parser.CharacterDataHandler = target.data
        self._parser.XmlDeclHandler = self._declaration

    def _declaration(self, version, encoding, standalone):
        if encoding is not None:
            self._target.xml(encoding, standalone)

    def feed(self, data):
        self._parser.Parse(data, False)

    def close(self):
        parser = getattr(self, "_parser", None)
        if parser is not None:
            self._parser = self._target = None
            del self._parser, self._target
            parser.Parse(b"", True)


FastParser = FastUnmarshaller = FastMarshaller = None


def getparser(use_datetime=False, use_builtin_types=False):
    """Return (parser, unmarshaller): feed the parser, close both, and the
    unmarshaller's close() gives the values."""
    target = Unmarshaller(use_datetime=use_datetime,
                          use_builtin_types=use_builtin_types)
    return ExpatParser(target), target


def dumps(params, methodname=None, methodresponse=None, encoding=None,
          allow_none=False):
    """Return the XML-RPC text of params (a tuple, or a Fault).

    With methodname the text is a whole methodCall document; with
    methodresponse (params then holding one value) a methodResponse.
    Otherwise it is the <params> (or <fault>) element alone.
    """
    is_fault = isinstance(params, Fault)
    if not is_fault and not isinstance(params, tuple):
        raise AssertionError("argument must be tuple or Fault instance")
    if is_fault:
        methodresponse = True
    elif methodresponse and len(params) != 1:
        raise AssertionError("response tuple must be a singleton")
    encoding = encoding or "utf-8"
    body = Marshaller(encoding, allow_none).dumps(params)
    declaration = "<?xml version='1.0'?>\n" if encoding == "utf-8" else \
        "<?xml version='1.0' encoding='%s'?>\n" % str(encoding)
    if methodname:
        return "%s<methodCall>\n<methodName>%s</methodName>\n%s" \
               "</methodCall>\n" % (declaration, methodname, body)
    if methodresponse:
        return "%s<methodResponse>\n%s</methodResponse>\n" % (declaration,
                                                                body)
    return body


def loads(data, use_datetime=False, use_builtin_types=False):
    """Parse an XML-RPC document: return (params, methodname).

    methodname is None for a methodResponse; a fault document raises its
    Fault.
    """
    parser, target = getparser(use_datetime=use_datetime,
                               use_builtin_types=use_builtin_types)
    parser.feed(data)
    parser.close()
    values = target.close()
    return values, target.getmethodname()


def gzip_encode(data):
    """Return data compressed in gzip format."""
    if gzip is None:
        raise NotImplementedError
    return gzip.compress(data, compresslevel=1)


def gzip_decode(data, max_decode=20971520):
    """Return data decompressed from gzip format, at most max_decode bytes
    (a negative limit means none)."""
    if gzip is None:
        raise NotImplementedError
    limit = None if max_decode < 0 else max_decode
    with gzip.GzipFile(mode="rb", fileobj=BytesIO(data)) as source:
        try:
            result = source.read() if limit is None else \
                source.read(limit + 1)
        except OSError:
            raise ValueError("invalid data")
    if limit is not None and len(result) > limit:
        raise ValueError("max gzipped payload length exceeded")
    return result


class GzipDecodedResponse(gzip.GzipFile if gzip else object):
    """A file object reading the decompressed body of a gzip response."""

    def __init__(self, response):
        if gzip is None:
            raise NotImplementedError
        buffered = BytesIO(response.read())
        self.io = buffered
        super().__init__(fileobj=buffered, mode="rb")

    def close(self):
        buffered = self.io
        try:
            super().close()
        finally:
            buffered.close()


# ------------------------------------------------------------------ proxy

class _Method:
    # A remote procedure name and the function that sends a call of it;
    # an attribute extends the dotted name (proxy.system.listMethods).
    def __init__(self, sender, dotted):
        self.__send, self.__name = sender, dotted

    def __getattr__(self, attr):
        return _Method(self.__send, self.__name + "." + attr)

    def __call__(self, *args):
        return self.__send(self.__name, args)


class _MultiCallMethod:
    # A call a MultiCall records instead of sending.
    def __init__(self, calls, name):
        self.__calls, self.__name = calls, name

    def __getattr__(self, attr):
        return _MultiCallMethod(self.__calls, self.__name + "." + attr)

    def __call__(self, *args):
        self.__calls.append((self.__name, args))


class MultiCallIterator:
    """The results of a MultiCall, by index or by iteration; an entry the
    server answered with a fault raises it."""

    def __init__(self, results):
        self.results = results

    def __getitem__(self, i):
        entry = self.results[i]
        if type(entry) is dict:
            raise Fault(entry["faultCode"], entry["faultString"])
        if type(entry) is list:
            return entry[0]
        raise ValueError("unexpected type in multicall result")


class MultiCall:
    """Collects calls made on it and sends them in one system.multicall
    request when called; returns a MultiCallIterator of the results."""

    def __init__(self, server):
        self.__server = server
        # 3.6's name: scripts and tests inspect _MultiCall__call_list.
        self.__call_list = []

    def __repr__(self):
        return "<%s at %#x>" % (type(self).__name__, id(self))

    __str__ = __repr__

    def __getattr__(self, name):
        return _MultiCallMethod(self.__call_list, name)

    def __call__(self):
        batch = [{"methodName": name, "params": args}
                 for name, args in self.__call_list]
        return MultiCallIterator(self.__server.system.multicall(batch))


# Errors of a kept-alive connection the server has closed meanwhile: the
# request is sent once more on a new connection.
_RETRY_ERRNOS = (32, 103, 104)


class Transport:
    """Sends XML-RPC requests over HTTP, keeping the connection open
    between requests."""

    user_agent = "Python-xmlrpc/%s" % __version__
    accept_gzip_encoding = True
    encode_threshold = None

    def __init__(self, use_datetime=False, use_builtin_types=False):
        self._extra_headers = []
        self._connection = (None, None)
        self._use_builtin_types = use_builtin_types
        self._use_datetime = use_datetime

    def request(self, host, handler, request_body, verbose=False):
        """Post request_body to handler on host; return the values of the
        response."""
        try:
            return self.single_request(host, handler, request_body, verbose)
        except http.client.RemoteDisconnected:
            pass
        except OSError as e:
            if getattr(e, "errno", None) not in _RETRY_ERRNOS:
                raise
        return self.single_request(host, handler, request_body, verbose)

    def single_request(self, host, handler, request_body, verbose=False):
        """request() without the retry."""
        try:
            connection = self.send_request(host, handler, request_body,
                                           verbose)
            response = connection.getresponse()
            if response.status == 200:
                self.verbose = verbose
                return self.parse_response(response)
        except Exception as error:
            if not isinstance(error, Fault):
                self.close()
            raise
        if response.getheader("content-length", ""):
            response.read()
        raise ProtocolError(host + handler, response.status,
                            response.reason, dict(response.getheaders()))

    def getparser(self):
        """A (parser, unmarshaller) pair for a response."""
        return getparser(use_datetime=self._use_datetime,
                         use_builtin_types=self._use_builtin_types)

    def get_host_info(self, host):
        """Split host into (host, extra headers, x509 info): user:password@
        in front becomes a Basic Authorization header."""
        host, x509 = host if isinstance(host, tuple) else (host, {})
        auth, host = urllib.parse.splituser(host)
        headers = []
        if auth:
            token = base64.encodebytes(urllib.parse.unquote_to_bytes(auth))
            token = "".join(token.decode("utf-8").split())
            headers.append(("Authorization", "Basic " + token))
        return host, headers, x509

    def _new_connection(self, host, x509):
        return http.client.HTTPConnection(host)

    def make_connection(self, host):
        """The connection to host, made on first use and kept."""
        kept_host, kept = self._connection
        if kept is not None and kept_host == host:
            return kept
        plain_host, self._extra_headers, x509 = self.get_host_info(host)
        self._connection = (host, self._new_connection(plain_host, x509))
        return self._connection[1]

    def close(self):
        """Close the kept connection, if any."""
        connection = self._connection[1]
        self._connection = (None, None)
        if connection is not None:
            connection.close()

    def send_headers(self, connection, headers):
        for name, value in headers:
            connection.putheader(name, value)

    def send_content(self, connection, request_body):
        body, threshold = request_body, self.encode_threshold
        if gzip and threshold is not None and len(body) > threshold:
            body = gzip_encode(body)
            connection.putheader("Content-Encoding", "gzip")
        connection.putheader("Content-Length", str(len(body)))
        connection.endheaders(body)

    def send_request(self, host, handler, request_body, debug):
        """Send the POST request; return the connection."""
        connection = self.make_connection(host)
        headers = list(self._extra_headers)
        gzip_ok = bool(self.accept_gzip_encoding and gzip)
        connection.putrequest("POST", handler,
                              skip_accept_encoding=gzip_ok)
        if gzip_ok:
            headers.append(("Accept-Encoding", "gzip"))
        headers += [("Content-Type", "text/xml"),
                    ("User-Agent", self.user_agent)]
        if debug:
            connection.set_debuglevel(1)
        self.send_headers(connection, headers)
        self.send_content(connection, request_body)
        return connection

    def parse_response(self, response):
        """The values of the response document read from response."""
        stream = response
        gzipped = hasattr(response, "getheader") and \
            response.getheader("Content-Encoding", "") == "gzip"
        if gzipped:
            stream = GzipDecodedResponse(response)
        parser, target = self.getparser()
        for chunk in iter(lambda: stream.read(1024), b""):
            if self.verbose:
                print("body:", repr(chunk))
            parser.feed(chunk)
        parser.close()
        if gzipped:
            stream.close()
        return target.close()


class SafeTransport(Transport):
    """Transport over HTTPS; context is the ssl.SSLContext to use."""

    def __init__(self, *args, context=None, **kwargs):
        self.context = context
        Transport.__init__(self, *args, **kwargs)

    def _new_connection(self, host, x509):
        if not hasattr(http.client, "HTTPSConnection"):
            raise NotImplementedError(
                "your version of http.client doesn't support HTTPS")
        return http.client.HTTPSConnection(host, None, context=self.context,
                                           **(x509 or {}))


class ServerProxy:
    """A remote XML-RPC server at uri (http:// or https://).

    proxy.name(*args) calls the remote procedure name; proxy("close")()
    closes the connection, proxy("transport") is the Transport. With
    allow_none, None is sent as <nil/>; use_builtin_types gives bytes and
    datetime instead of Binary and DateTime.
    """

    def __init__(self, uri, transport=None, encoding=None, verbose=False,
                 allow_none=False, use_datetime=False,
                 use_builtin_types=False, *, context=None):
        scheme, rest = urllib.parse.splittype(uri)
        if scheme not in ("http", "https"):
            raise OSError("unsupported XML-RPC protocol")
        host, handler = urllib.parse.splithost(rest)
        self.__host, self.__handler = host, handler or "/RPC2"
        if transport is None:
            options = {"use_datetime": use_datetime,
                       "use_builtin_types": use_builtin_types}
            if scheme == "https":
                transport = SafeTransport(context=context, **options)
            else:
                transport = Transport(**options)
        self.__transport = transport
        self.__encoding = encoding or "utf-8"
        self.__verbose = verbose
        self.__allow_none = allow_none

    def __request(self, methodname, params):
        body = dumps(params, methodname, encoding=self.__encoding,
                     allow_none=self.__allow_none)
        body = body.encode(self.__encoding, "xmlcharrefreplace")
        values = self.__transport.request(self.__host, self.__handler, body,
                                          verbose=self.__verbose)
        return values[0] if len(values) == 1 else values

    def __repr__(self):
        return "<%s for %s%s>" % (type(self).__name__, self.__host,
                                  self.__handler)

    def __getattr__(self, name):
        return _Method(self.__request, name)

    __str__ = __repr__

    def __call__(self, attr):
        """proxy("close") is the function closing the connection,
        proxy("transport") the Transport."""
        if attr == "transport":
            return self.__transport
        if attr == "close":
            return self.__transport.close
        raise AttributeError("Attribute %r not found" % (attr,))

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self.__transport.close()


Server = ServerProxy
