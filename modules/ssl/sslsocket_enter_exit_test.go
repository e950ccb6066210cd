package ssl_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	_ "github.com/gpython-ssl/gpython-ssl/modules/pylib"  // contextlib
	_ "github.com/gpython-ssl/gpython-ssl/modules/thread" // _thread, for collections
)

// TestSSLSocketTypeContextMethods compares with CPython 3.6 the
// __enter__ and __exit__ attributes of ssl.SSLSocket, which code such as
// contextlib.ExitStack.enter_context looks up on the type rather than
// running a with statement.
func TestSSLSocketTypeContextMethods(t *testing.T) {
	prelude := pytesting.ShowRepr + `import ssl, socket, contextlib
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
ctx.check_hostname = False
def wrapped():
    return ctx.wrap_socket(socket.socket(), do_handshake_on_connect=False)
def exit_returns():
    s = wrapped()
    return ssl.SSLSocket.__exit__(s, None, None, None), s.fileno()
def exit_stack():
    with contextlib.ExitStack() as stack:
        s = stack.enter_context(wrapped())
        inside = s.fileno() >= 0
    return inside, s.fileno(), type(s).__name__
`
	pytesting.DiffCases(t, "sslsocket_enter_exit", prelude, []pytesting.Case{
		{"has attributes", `(hasattr(ssl.SSLSocket, '__enter__'), hasattr(ssl.SSLSocket, '__exit__'))`},
		{"enter returns self", `(lambda s: (ssl.SSLSocket.__enter__(s) is s, s.close()))(wrapped())`},
		{"exit closes, returns None", `exit_returns()`},
		{"exit with exception info", `(lambda s: (s.__exit__(ValueError, ValueError('x'), None), s.fileno()))(wrapped())`},
		{"exitstack enter_context", `exit_stack()`},
	})
}
