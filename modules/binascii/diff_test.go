package binascii_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
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

def _show(name, f):
    try:
        r = f()
        print(name, "=>", repr(r))
    except Exception as e:
        print(name, "!!", type(e).__module__, type(e).__name__, str(e))

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

type pyCase struct {
	name string
	expr string
}

// showCases is the script that evaluates every case under _show.
func showCases(cases []pyCase) string {
	var src strings.Builder
	src.WriteString(prelude)
	for i, c := range cases {
		fmt.Fprintf(&src, "_show(%q, lambda: %s)\n", fmt.Sprintf("case%d", i), c.expr)
	}
	return src.String()
}

// caseLines maps "caseN" to the rest of its output line.
func caseLines(out string) map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(out, "\n") {
		if i := strings.IndexByte(line, ' '); i > 0 && strings.HasPrefix(line, "case") {
			m[line[:i]] = line[i+1:]
		}
	}
	return m
}

// runDifferential runs cases under CPython 3.6 (or its stored output,
// testdata/cpython36/name.out) and gpython and compares each line.
func runDifferential(t *testing.T, name string, cases []pyCase) {
	require.GreaterOrEqual(t, len(cases), 25)
	src := showCases(cases)
	want := caseLines(pytesting.CPython36Output(t, name, src))
	out, err := runGpython(t, src)
	require.NoError(t, err, "gpython raised outside a case; output:\n%s", out)
	got := caseLines(out)
	for i, c := range cases {
		key := fmt.Sprintf("case%d", i)
		t.Run(c.name, func(t *testing.T) {
			w, ok := want[key]
			require.True(t, ok, "CPython printed nothing for %s", c.expr)
			assert.Equal(t, w, got[key], "expr: %s", c.expr)
		})
	}
}

// runGpython runs src, turning a Go panic into a test failure.
func runGpython(t *testing.T, src string) (out string, err error) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("gpython panicked: %v", r)
		}
	}()
	return pytesting.Run(t, src)
}

func TestBinasciiDifferential(t *testing.T) {
	runDifferential(t, "binascii_differential", binasciiCases)
}

func TestBase64Differential(t *testing.T) {
	runDifferential(t, "base64_differential", base64Cases)
}
