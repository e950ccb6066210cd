package ssl

import (
	"sync"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	_ "github.com/gpython-ssl/gpython-ssl/modules/thread" // _thread, for collections
)

// runIn runs src as the module __main__ of ctx and returns its globals.
func runIn(ctx py.Context, src string) (py.StringDict, error) {
	code, err := py.Compile(src, "<enums_test>", py.ExecMode, 0, true)
	if err != nil {
		return nil, err
	}
	m, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: "__main__", FileDesc: "<enums_test>"}})
	if err != nil {
		return nil, err
	}
	_, err = ctx.RunCode(code, m.Globals, m.Globals, nil)
	return m.Globals, err
}

const classesProbe = `import ssl, _ssl
c = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
mode = c.verify_mode
options = c.options
ok = (type(mode) is ssl.VerifyMode, type(options) is ssl.Options,
      type(c.protocol) is ssl._SSLMethod, type(c.verify_flags) is ssl.VerifyFlags,
      type(c.minimum_version) is ssl.TLSVersion, c.verify_mode is mode,
      c.options is options, type(c) is ssl.SSLContext,
      issubclass(ssl.SSLContext, _ssl._SSLContext),
      type(ssl.create_default_context()) is ssl.SSLContext)
`

// TestClassesPerInterpreter: two interpreters alive at once, each with its
// own ssl classes; the properties of each one's contexts return members of
// that interpreter's classes, and closing one forgets its classes only.
func TestClassesPerInterpreter(t *testing.T) {
	ctxs := []py.Context{py.NewContext(py.DefaultContextOpts()), py.NewContext(py.DefaultContextOpts())}
	globals := make([]py.StringDict, len(ctxs))
	errs := make([]error, len(ctxs))
	var wg sync.WaitGroup
	for i, ctx := range ctxs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			globals[i], errs[i] = runIn(ctx, classesProbe)
		}()
	}
	wg.Wait()
	for i, g := range globals {
		require.NoError(t, errs[i], "interpreter %d", i)
		assert.Equal(t, "(True, True, True, True, True, True, True, True, True, True)", repr(t, g["ok"]), "interpreter %d", i)
		require.NotNil(t, classesOf(ctxs[i]))
	}
	assert.NotSame(t, globals[0]["mode"], globals[1]["mode"], "each interpreter has its own members")
	assert.NotSame(t, classesOf(ctxs[0]).contextType, classesOf(ctxs[1]).contextType, "and its own SSLContext class")

	require.NoError(t, ctxs[0].Close())
	<-ctxs[0].Done()
	assert.Nil(t, classesOf(ctxs[0]), "a closed interpreter's classes are dropped")
	assert.NotNil(t, classesOf(ctxs[1]))
	require.NoError(t, ctxs[1].Close())
	<-ctxs[1].Done()
	assert.Nil(t, classesOf(ctxs[1]))
}

// TestPlainIntsWithoutSSL: instances of _ssl._SSLContext itself give
// plain ints, as CPython's _ssl does.
func TestPlainIntsWithoutSSL(t *testing.T) {
	obj, err := py.Call(SSLContextType, py.Tuple{py.Int(16)}, nil)
	require.NoError(t, err)
	for name, want := range map[string]py.Object{"verify_mode": py.Int(2), "protocol": py.Int(16)} {
		got, err := py.GetAttrString(obj, name)
		require.NoError(t, err)
		assert.Equal(t, want, got, name)
	}
}

// TestRegisterClassesErrors: the registration call checks its arguments.
func TestRegisterClassesErrors(t *testing.T) {
	mod := &py.Module{Context: nil}
	_, err := sslRegisterClasses(mod, nil, nil)
	require.Error(t, err)
	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	mod = &py.Module{Context: ctx}
	_, err = sslRegisterClasses(mod, py.Tuple{py.Int(1)}, nil)
	assert.ErrorContains(t, err, "positional")
	_, err = sslRegisterClasses(mod, nil, py.StringDict{"protocol": py.Int(1)})
	assert.ErrorContains(t, err, "needs the class")
	assert.Nil(t, classesOf(ctx))
}

func repr(t testing.TB, o py.Object) string {
	t.Helper()
	s, err := py.ReprAsString(o)
	require.NoError(t, err)
	return s
}

// BenchmarkEnumGetters reads ctx.verify_mode and ctx.options, which after
// the first read of a value are a cache lookup (no Python call), and for
// scale check_hostname, a plain bool.
func BenchmarkEnumGetters(b *testing.B) {
	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	g, err := runIn(ctx, "import ssl\nc = ssl.create_default_context()\n")
	require.NoError(b, err)
	c := g["c"]
	for _, name := range []string{"verify_mode", "options", "check_hostname"} {
		get := SSLContextType.Dict[name].(*py.Property).Fget
		b.Run(name, func(b *testing.B) {
			for i := 0; i < b.N; i++ {
				if _, err := get(c); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
