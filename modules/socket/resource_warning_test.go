package socket_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

// A socket dropped while open gives CPython's ResourceWarning, naming the
// socket as its repr did, at the drop when the filters show the warning
// and at the next collection otherwise; closed and detached sockets give
// none.
func TestResourceWarningUnclosed(t *testing.T) {
	out := runPy(t, `
import gc, socket, warnings
warnings.simplefilter("always")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    r = repr(s)
    del s
    gc.collect()
    c = socket.socket(); c.close(); del c
    d = socket.socket(); d.detach(); del d
    a, b = socket.socketpair()
    a.close(); b.close()
    del a, b
    gc.collect()
print(len(w), w[0].category.__name__, str(w[0].message) == "unclosed " + r)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("ignore")
    s = socket.socket()
    warnings.simplefilter("always")
    del s
    gc.collect()
print(len(w), str(w[0].message).startswith("unclosed <socket.socket fd="))
`)
	assert.Equal(t, "1 ResourceWarning True\n1 True\n", out)
}
