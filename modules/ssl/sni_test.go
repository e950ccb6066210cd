package ssl_test

import (
	"os/exec"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	_ "github.com/gpython-ssl/gpython-ssl/modules/host"
)

// TestServernameCallbackCallables: set_servername_callback takes every
// callable (functions, builtins, bound methods, classes, instances with
// __call__) and refuses everything else with CPython's TypeError.
func TestServernameCallbackCallables(t *testing.T) {
	const src = `
import ssl
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
class C:
    def __call__(self, a, b, c):
        return None
class D:
    pass
def f(a, b, c): pass
for cb in [f, C(), C, D, len, lambda a, b, c: None, ctx.load_cert_chain, None]:
    ctx.set_servername_callback(cb)
print("callables accepted")
for bad in [object(), D(), 42, "x"]:
    try:
        ctx.set_servername_callback(bad)
        print("accepted", bad)
    except TypeError as e:
        print("TypeError", e)
`
	const want = "callables accepted\n" + "TypeError not a callable object\n" +
		"TypeError not a callable object\n" + "TypeError not a callable object\n" + "TypeError not a callable object\n"
	got, err := pytesting.Run(t, src)
	require.NoError(t, err)
	assert.Equal(t, want, got)
	if py3, err := exec.LookPath("python3"); err == nil {
		ref, err := exec.Command(py3, "-c", src).Output()
		require.NoError(t, err)
		assert.Equal(t, want, string(ref), "CPython agrees")
	}
}
