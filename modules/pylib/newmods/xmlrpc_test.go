package newmods_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of xmlrpc.client's marshalling (dumps, loads, the
// value types and errors) and of a server and client of xmlrpc talking
// to each other in one interpreter, against CPython 3.6.

const xmlrpcPrelude = pytesting.ShowRepr + `import xmlrpc.client as xc, datetime
def rt(*v, **kw):
    return xc.loads(xc.dumps(v, allow_none=True), **kw)
class Obj:
    pass
_o = Obj(); _o.a = 1; _o.b = "x"
_rec = [1]; _rec.append(_rec)
_drec = {}; _drec["d"] = _drec
_dt = datetime.datetime(2020, 1, 2, 3, 4, 5)
def parse(body):
    return xc.loads("<methodResponse><params><param><value>" + body + "</value></param></params></methodResponse>")
`

var xmlrpcCases = []pytesting.Case{
	{"int", `xc.dumps((1, -5, 2**31 - 1))`},
	{"bool", `xc.dumps((True, False))`},
	{"float", `xc.dumps((1.5, -0.25, 1e300 * 10, 1e-7))`},
	{"str escaped", `xc.dumps(("a<b&c>d",))`},
	{"bytes", `xc.dumps((b"hi\x00there", bytearray(b"ab")))`},
	{"binary", `xc.dumps((xc.Binary(b"abc"),))`},
	{"none allowed", `xc.dumps((None,), allow_none=True)`},
	{"none refused", `xc.dumps((None,))`},
	{"list and tuple", `xc.dumps(([1, "a"], (2.5,), []))`},
	{"dict", `xc.dumps(({"k": "v", "n": [1]},))`},
	{"nested", `xc.dumps(({"a": [{"b": (1, {"c": None})}]},), allow_none=True)`},
	{"datetime", `xc.dumps((_dt,))`},
	{"DateTime", `xc.dumps((xc.DateTime(_dt), xc.DateTime("20011231T23:59:59")))`},
	{"instance", `xc.dumps((_o,))`},
	{"methodcall", `xc.dumps((1, "x"), "ns.meth")`},
	{"methodresponse", `xc.dumps(({"ok": True},), methodresponse=True)`},
	{"fault dumps", `xc.dumps(xc.Fault(3, "bad <thing>"))`},
	{"encoding header", `xc.dumps(("é",), "m", encoding="iso-8859-1")`},
	{"int too big", `xc.dumps((2**31,))`},
	{"int too small", `xc.dumps((-2**31 - 1,))`},
	{"non str key", `xc.dumps(({1: 2},))`},
	{"unmarshallable", `xc.dumps((object(),))`},
	{"not a tuple", `xc.dumps([1])`},
	{"response not singleton", `xc.dumps((1, 2), methodresponse=True)`},
	{"recursive list", `xc.dumps((_rec,))`},
	{"recursive dict", `xc.dumps((_drec,))`},
	{"round trip", `rt(1, "s", 2.5, True, [1, {"a": None}], {"x": [[]]})`},
	{"round trip datetime", `rt(_dt, use_builtin_types=True)`},
	{"round trip DateTime", `str(rt(_dt)[0][0])`},
	{"round trip bytes builtin", `rt(b"\x00\xff", use_builtin_types=True)`},
	{"round trip Binary", `rt(b"xyz")[0][0].data`},
	{"round trip method name", `xc.loads(xc.dumps((1,), "a.b"))`},
	{"loads fault", `xc.loads(xc.dumps(xc.Fault(4, "boom")))`},
	{"fault attrs", `(lambda f: (f.faultCode, f.faultString, repr(f), str(f)))(xc.Fault(7, "x"))`},
	{"plain value is string", `parse("plain text")`},
	{"i8 i4 int", `parse("<array><data><value><i8>5</i8></value><value><i4>-3</i4></value><value><int>0</int></value></data></array>")`},
	{"nil", `parse("<nil/>")`},
	{"ex nil", `xc.loads("<params><param><value><ex:nil xmlns:ex='http://ws.apache.org/xmlrpc/namespaces/extensions'/></value></param></params>")`},
	{"double", `parse("<double>2.5</double>")`},
	{"boolean", `parse("<boolean>1</boolean>")`},
	{"bad boolean", `parse("<boolean>2</boolean>")`},
	{"bad int", `parse("<int>x</int>")`},
	{"struct", `parse("<struct><member><name>a</name><value><int>1</int></value></member><member><name>b</name><value>s</value></member></struct>")`},
	{"empty string", `parse("<string></string>")`},
	{"malformed", `xc.loads("<params><param>")`},
	{"not xml", `xc.loads("garbage")`},
	{"empty response", `xc.loads("<methodResponse></methodResponse>")`},
	{"unknown tag in value", `parse("<weird>1</weird>")`},
	{"DateTime compare", `(xc.DateTime(_dt) == _dt, xc.DateTime(_dt) < xc.DateTime("20300101T00:00:00"), xc.DateTime(_dt) == "20200102T03:04:05")`},
	{"DateTime timetuple", `tuple(xc.DateTime(_dt).timetuple())[:6]`},
	{"DateTime bad compare", `xc.DateTime(_dt) < 5`},
	{"Binary eq str", `(xc.Binary(b"a") == xc.Binary(b"a"), xc.Binary(b"a") == b"a", str(xc.Binary(b"ab")))`},
	{"Binary bad", `xc.Binary("text")`},
	{"ProtocolError", `repr(xc.ProtocolError("h/p", 500, "Oops", {}))`},
	{"constants", `(xc.MAXINT, xc.MININT, xc.PARSE_ERROR, xc.SERVER_ERROR, xc.APPLICATION_ERROR, xc.SYSTEM_ERROR, xc.TRANSPORT_ERROR, xc.NOT_WELLFORMED_ERROR, xc.UNSUPPORTED_ENCODING, xc.INVALID_ENCODING_CHAR, xc.INVALID_XMLRPC, xc.METHOD_NOT_FOUND, xc.INVALID_METHOD_PARAMS, xc.INTERNAL_ERROR)`},
	{"escape", `xc.escape("<&>")`},
	{"proxy repr", `repr(xc.ServerProxy("http://localhost:8000"))`},
	{"proxy repr path", `repr(xc.ServerProxy("https://u:p@example.org:4443/rpc"))`},
	{"proxy bad scheme", `xc.ServerProxy("ftp://x/")`},
	{"proxy call attr", `xc.ServerProxy("http://h/")("nope")`},
	{"proxy transport", `type(xc.ServerProxy("https://h/")("transport")).__name__`},
	{"gzip round trip", `xc.gzip_decode(xc.gzip_encode(b"data" * 100))`},
	{"gzip limit", `xc.gzip_decode(xc.gzip_encode(b"x" * 100), max_decode=10)`},
	{"gzip invalid", `xc.gzip_decode(b"not gzip")`},
	{"boolean alias", `(xc.boolean(1), xc.Boolean is bool)`},
	{"error classes", `(issubclass(xc.Fault, xc.Error), issubclass(xc.ProtocolError, xc.Error), issubclass(xc.ResponseError, xc.Error))`},
}

func TestXmlrpcMarshalling(t *testing.T) {
	pytesting.DiffCases(t, "xmlrpc_marshal", xmlrpcPrelude, xmlrpcCases)
}

// A server and a client in one interpreter, over the loopback interface.
const xmlrpcServerPrelude = pytesting.ShowBrief + `import threading
import xmlrpc.client as xc
import xmlrpc.server as xs

class Calc:
    "Arithmetic."
    def add(self, a, b):
        "Return a plus b."
        return a + b
    def _secret(self):
        return 1
    class sub:
        @staticmethod
        def neg(x):
            return -x

class Dispatching:
    def _dispatch(self, method, params):
        return [method, list(params)]

def boom():
    raise ValueError("nope")

def fault():
    raise xc.Fault(42, "custom fault")

def echo(*args):
    return list(args)

srv = xs.SimpleXMLRPCServer(("127.0.0.1", 0), logRequests=False, allow_none=True)
srv.register_function(pow)
srv.register_function(lambda x: x * 2, "double")
srv.register_function(boom)
srv.register_function(fault)
srv.register_function(echo)
srv.register_instance(Calc(), allow_dotted_names=True)
srv.register_introspection_functions()
srv.register_multicall_functions()
port = srv.server_address[1]
threading.Thread(target=srv.serve_forever, daemon=True).start()

srv2 = xs.SimpleXMLRPCServer(("127.0.0.1", 0), logRequests=False)
srv2.register_instance(Dispatching())
threading.Thread(target=srv2.serve_forever, daemon=True).start()

p = xc.ServerProxy("http://127.0.0.1:%d" % port, allow_none=True)
p2 = xc.ServerProxy("http://127.0.0.1:%d/RPC2" % srv2.server_address[1])
bad = xc.ServerProxy("http://127.0.0.1:%d/elsewhere" % port)
pb = xc.ServerProxy("http://127.0.0.1:%d" % port, use_builtin_types=True)

def multi():
    m = xc.MultiCall(p)
    m.pow(2, 5)
    m.boom()
    m.add("a", "b")
    r = m()
    out = [r[0], r[2]]
    try:
        r[1]
    except xc.Fault as e:
        out.append(repr(e))
    return out

def protocol_error():
    try:
        bad.pow(1, 2)
    except xc.ProtocolError as e:
        return (e.errcode, e.errmsg, e.url.endswith("/elsewhere"), e.headers.get("Content-type"))
`

var xmlrpcServerCases = []pytesting.Case{
	{"function", `p.pow(2, 10)`},
	{"named lambda", `p.double("ab")`},
	{"instance method", `p.add([1], [2])`},
	{"dotted name", `p.sub.neg(5)`},
	{"floats", `p.add(1.5, 2)`},
	{"strings unicode", `p.add("é", "ü")`},
	{"none", `p.echo(None, [None])`},
	{"nested", `p.echo({"a": [1, {"b": (True, 2.5)}]})`},
	{"bytes as Binary", `p.echo(b"\x00\x01")[0].data`},
	{"bytes builtin", `pb.echo(b"\x00\x01", bytearray(b"z"))`},
	{"no args", `p.echo()`},
	{"listMethods", `p.system.listMethods()`},
	{"methodHelp", `p.system.methodHelp("add")`},
	{"methodHelp unknown", `p.system.methodHelp("nothing")`},
	{"methodSignature", `p.system.methodSignature("add")`},
	{"exception becomes fault", `p.boom()`},
	{"fault passes", `p.fault()`},
	{"unknown method", `p.nosuch(1)`},
	{"private refused", `p._secret()`},
	{"wrong arity", `p.add(1)`},
	{"int overflow in reply", `p.pow(2, 40)`},
	{"multicall", `multi()`},
	{"empty multicall", `list(xc.MultiCall(p)())`},
	{"dispatch hook", `p2.anything.goes(1, "x")`},
	{"404 path", `protocol_error()`},
	{"proxy close", `(p("close")(), p.pow(3, 2))`},
	{"context manager", `(lambda q: (q.__enter__() is q, q.pow(2, 2), q.__exit__(None, None, None)))(xc.ServerProxy("http://127.0.0.1:%d" % port))`},
	{"dispatcher direct", `xc.loads(srv._marshaled_dispatch(xc.dumps((2, 3), "pow").encode()))`},
	{"dispatcher fault", `xc.loads(srv._marshaled_dispatch(xc.dumps((), "boom").encode()))`},
	{"resolve private", `xs.resolve_dotted_attribute(Calc(), "_secret")`},
	{"resolve dotted off", `xs.resolve_dotted_attribute(Calc(), "sub.neg", False)`},
	{"list_public_methods", `xs.list_public_methods(Calc())`},
}

func TestXmlrpcServerClient(t *testing.T) {
	pytesting.DiffCases(t, "xmlrpc_server", xmlrpcServerPrelude, xmlrpcServerCases)
}
