package ssl

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// TestOneInit: each module package has at most one init(), which calls its
// set-up steps in the order it shows, so the order in which Go runs the
// files' initialisers (their names) cannot change what a module holds.
// It checks this package (module.go) and the other module packages kept
// with it.
func TestOneInit(t *testing.T) {
	want := map[string]string{
		".": "module.go", "../socket": "module.go", "../select": "select.go",
		"../datetime": "module.go", "../pprint": "module.go", "../struct": "module.go",
		"../ospath": "doc.go",
	}
	for dir, file := range want {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		require.NoError(t, err)
		var inits []string
		for _, f := range files {
			if strings.HasSuffix(f, "_test.go") {
				continue
			}
			src, err := os.ReadFile(f)
			require.NoError(t, err)
			af, err := parser.ParseFile(token.NewFileSet(), f, src, 0)
			require.NoError(t, err)
			for _, d := range af.Decls {
				if fn, ok := d.(*ast.FuncDecl); ok && fn.Recv == nil && fn.Name.Name == "init" {
					inits = append(inits, filepath.Base(f))
				}
			}
		}
		assert.Equal(t, []string{file}, inits, dir)
	}
}

// TestPublicNamesAfterSetup checks the type of every public name of _ssl
// once set up: the constants are plain ints, as in CPython's _ssl (ssl.py
// makes the enum classes), the functions methods, with no name twice.
func TestPublicNamesAfterSetup(t *testing.T) {
	for _, prefix := range []string{"CERT_", "OP_", "PROTOCOL_", "VERIFY_", "ALERT_DESCRIPTION_", "SSL_ERROR_", "PROTO_"} {
		consts := constantsWithPrefix(prefix)
		assert.NotEmpty(t, consts, prefix)
		for _, c := range consts {
			assert.Equal(t, py.Int(c.Value), nativeModule.Globals[c.Name], c.Name)
		}
	}
	for name, v := range nativeModule.Globals {
		switch v.(type) {
		case py.Int, py.Bool, py.String, py.Tuple, *py.List, *py.Type, *py.BigInt:
		default:
			t.Errorf("_ssl.%s is an unexpected %T", name, v)
		}
	}
	seen := map[string]bool{}
	for _, m := range nativeModule.Methods {
		assert.False(t, seen[m.Name], "_ssl.%s twice", m.Name)
		seen[m.Name] = true
	}
	for _, n := range []string{"txt2obj", "nid2obj", "RAND_bytes", "_test_decode_cert", "get_default_verify_paths", "_register_classes"} {
		assert.True(t, seen[n], n)
	}
}

// TestPublicNamesFromPython: what ssl.py sees of the set-up.
func TestPublicNamesFromPython(t *testing.T) {
	out := pytesting.MustRun(t, `import ssl
print(repr(ssl.CERT_REQUIRED), repr(ssl.PROTOCOL_TLS_CLIENT), repr(ssl.Purpose.SERVER_AUTH.name))
print(type(ssl.OP_NO_SSLv2).__name__, type(ssl.Purpose).__name__ if hasattr(type(ssl.Purpose), '__name__') else 'class')
print(ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT).verify_mode == ssl.CERT_REQUIRED)
`)
	lines := strings.Split(strings.TrimSpace(out), "\n")
	require.Len(t, lines, 3, out)
	assert.Equal(t, "<VerifyMode.CERT_REQUIRED: 2> <_SSLMethod.PROTOCOL_TLS_CLIENT: 16> 'SERVER_AUTH'", lines[0])
	assert.Equal(t, "True", lines[2])
}

// TestGuard: a panic in a registered function, constructor or property
// is SystemError, not a crash.
func TestGuard(t *testing.T) {
	boom := func(py.Object) (py.Object, error) { panic("boom") }
	m := method("boom", boom, 0, "")
	_, err := m.Call(nil, nil)
	exc, ok := err.(*py.Exception)
	require.True(t, ok, "%T", err)
	assert.Equal(t, py.SystemError, exc.Base)

	typ := py.NewTypeX("ssl._GuardProbe", "", func(*py.Type, py.Tuple, py.StringDict) (py.Object, error) { panic("new") }, nil)
	typ.Dict["p"] = &py.Property{Fget: boom, Fset: func(py.Object, py.Object) error { panic("set") }}
	guardTypes(typ)
	_, err = typ.New(typ, nil, nil)
	assert.Equal(t, py.SystemError, err.(*py.Exception).Base)
	_, err = typ.Dict["p"].(*py.Property).Fget(nil)
	assert.Equal(t, py.SystemError, err.(*py.Exception).Base)
	err = typ.Dict["p"].(*py.Property).Fset(nil, nil)
	assert.Equal(t, py.SystemError, err.(*py.Exception).Base)
	assert.Panics(t, func() { method("bad", func() {}, 0, "") }, "an unsupported shape fails at set-up")
}
