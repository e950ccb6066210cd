package ssl_test

import "testing"

// Mistakes a new user makes, with CPython 3.6's exceptions: a context
// cannot be pickled or copied, wrap_socket() asks a non-socket for
// getsockopt first, unwrap() of an unconnected SSLSocket names the socket,
// and an SSLSocket dropped open warns with its own type name.
func TestMisuseMessages36(t *testing.T) {
	got := sslpyRun(t, `
import copy, gc, socket, ssl, warnings
def mask(t):
    i = t.find("fd=") + 3
    return t[:i] + "N" + t[t.find(",", i):]
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
for f in (lambda: ctx.__reduce_ex__(2), lambda: copy.copy(ctx), lambda: copy.deepcopy(ctx)):
    try:
        f()
    except TypeError as e:
        print(e)
try:
    ctx.wrap_socket("sock", server_hostname="x")
except AttributeError as e:
    print(e)
s = ctx.wrap_socket(socket.socket(), server_hostname="x")
try:
    s.unwrap()
except ValueError as e:
    print(mask(str(e)))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    s = None
    gc.collect()
print([mask(str(x.message)) for x in w])
`)
	sslpyEqual(t, `can't pickle SSLContext objects
can't pickle SSLContext objects
can't pickle SSLContext objects
'str' object has no attribute 'getsockopt'
No SSL wrapper around <ssl.SSLSocket fd=N, family=AddressFamily.AF_INET, type=SocketKind.SOCK_STREAM, proto=0, laddr=('0.0.0.0', 0)>
["unclosed <ssl.SSLSocket fd=N, family=AddressFamily.AF_INET, type=SocketKind.SOCK_STREAM, proto=0, laddr=('0.0.0.0', 0)>"]
`, got, "misuse")
}
