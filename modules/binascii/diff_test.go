package binascii_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	_ "github.com/gpython-ssl/gpython-ssl/modules/binascii"
	_ "github.com/gpython-ssl/gpython-ssl/modules/host" // bytearray, bytes methods and reprs
	_ "github.com/gpython-ssl/gpython-ssl/vm"           // the evaluation loop (classes, lambdas)
)

// prelude runs under gpython and CPython 3.6 alike: _show prints, per
// case, the repr of the result or the exception's class and message.
const prelude = `
import binascii, base64

` + pytesting.ShowRepr + `
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

class Reader:
    def __init__(self, data, step):
        self.data = data
        self.step = step
        self.pos = 0
    def read(self, n):
        n = min(n, self.step)
        r = self.data[self.pos:self.pos + n]
        self.pos += len(r)
        return r
    def readline(self):
        i = self.data.find(b"\n", self.pos)
        end = len(self.data) if i < 0 else i + 1
        r = self.data[self.pos:end]
        self.pos = end
        return r

class Writer:
    def __init__(self):
        self.parts = []
    def write(self, b):
        self.parts.append(b)
        return len(b)

def _encode(data, step):
    w = Writer()
    base64.encode(Reader(data, step), w)
    return b"".join(w.parts)

def _decode(data):
    w = Writer()
    base64.decode(Reader(data, 100), w)
    return b"".join(w.parts)

def _isinst():
    try:
        binascii.unhexlify(b"0")
    except ValueError as e:
        return isinstance(e, binascii.Error), type(e) is binascii.Error
    return None

def _catch_b64():
    try:
        base64.b64decode(b"a")
    except binascii.Error as e:
        return "caught", str(e)

_ALL = bytes(range(256))
`

// runDifferential is the differential test of cases against CPython 3.6
// (or its stored output, testdata/cpython36/name.out).
func runDifferential(t *testing.T, name string, cases []pytesting.Case) {
	require.GreaterOrEqual(t, len(cases), 25)
	pytesting.DiffCases(t, name, prelude, cases)
}

func TestBinasciiDifferential(t *testing.T) {
	runDifferential(t, "binascii_differential", binasciiCases)
}

func TestBase64Differential(t *testing.T) {
	runDifferential(t, "base64_differential", base64Cases)
}
