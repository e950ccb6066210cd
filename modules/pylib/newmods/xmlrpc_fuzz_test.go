package newmods_test

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// fuzzXmlrpcSource parses a document with xmlrpc.client.loads (as str
// and as UTF-8 bytes, with and without builtin types) and hands it to a
// server's dispatcher. loads may only raise what CPython 3.6's raises
// for bad documents (the parser's ExpatError, ResponseError, the
// document's own Fault, and the value errors of its conversions); the
// dispatcher must always answer with a response document.
const fuzzXmlrpcSource = `import xmlrpc.client as xc
import xmlrpc.server as xs
from xml.parsers.expat import ExpatError
# LookupError: bytes declaring an encoding Python does not know (3.6's
# expat asks the codec registry, and raises it too)
BAD = (ExpatError, xc.ResponseError, xc.Fault, TypeError, ValueError,
       IndexError, KeyError, ArithmeticError, LookupError)
disp = xs.SimpleXMLRPCDispatcher(allow_none=True)
disp.register_function(lambda *a: list(a), "echo")
disp.register_multicall_functions()
def check(s):
    for doc in (s, s.encode("utf-8", "surrogatepass")):
        for builtin in (False, True):
            try:
                xc.loads(doc, use_builtin_types=builtin)
            except BAD:
                pass
        out = disp._marshaled_dispatch(doc)
        params, name = None, None
        try:
            params, name = xc.loads(out)
        except xc.Fault:
            pass
        if name is not None:
            raise AssertionError("a response with a method name: %r" % out)
`

// FuzzXmlrpcLoads feeds untrusted documents to xmlrpc's parser and
// dispatcher: no other exception, no Go panic, and a parseable answer.
func FuzzXmlrpcLoads(f *testing.F) {
	for _, seed := range []string{
		"<methodCall><methodName>echo</methodName><params><param><value><int>1</int></value></param></params></methodCall>",
		"<methodResponse><params><param><value><struct><member><name>a</name><value><array><data><value><boolean>1</boolean></value></data></array></value></member></struct></value></param></params></methodResponse>",
		"<methodResponse><fault><value><struct><member><name>faultCode</name><value><int>4</int></value></member><member><name>faultString</name><value>x</value></member></struct></value></fault></methodResponse>",
		"<params><param><value><base64>aGk=</base64></value></param><param><value><dateTime.iso8601>20200102T03:04:05</dateTime.iso8601></value></param></params>",
		"<methodCall><methodName>system.multicall</methodName><params><param><value><array><data><value><struct><member><name>methodName</name><value>echo</value></member><member><name>params</name><value><array><data></data></array></value></member></struct></value></data></array></value></param></params></methodCall>",
		"<params><param><value><struct><member><value>1</value></member></struct></value></param></params>",
		"<params><param><value><i8>x</i8><nil/><double>nan</double><bigdecimal>1e5</bigdecimal></value></param></params>",
		"<fault><value><array><data/></array></value></fault>",
		"<?xml version='1.0' encoding='latin-1'?><params/>",
		"", "<", "<params><param>",
	} {
		f.Add(seed)
	}
	check := fuzzFunc(f, fuzzXmlrpcSource, "check")
	f.Fuzz(func(t *testing.T, s string) {
		_, called, err := pytesting.CallWithString(t, check, s)
		if called {
			require.NoError(t, err, "input %q", s)
		}
	})
}

// fuzzFunc is pytesting.FuzzFunc with the module entered in sys.modules
// and given its __builtins__ (vm.RecordModule), as a script's __main__
// is: the modules written in Python that src imports need them.
func fuzzFunc(f *testing.F, src, name string) py.Object {
	f.Helper()
	ctx := py.NewContext(py.DefaultContextOpts())
	f.Cleanup(func() { _ = ctx.Close() })
	code, err := py.Compile(src, "<fuzz>", py.ExecMode, 0, true)
	require.NoError(f, err)
	mod, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: "__main__"}})
	require.NoError(f, err)
	vm.RecordModule(ctx, mod)
	_, err = ctx.RunCode(code, mod.Globals, mod.Globals, nil)
	require.NoError(f, err, "fuzz source")
	fn, ok := mod.Globals[name]
	require.True(f, ok, "fuzz source defines no %s", name)
	return fn
}
