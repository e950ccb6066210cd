package socket_test

import (
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	_ "github.com/gpython-ssl/gpython-ssl/modules/select"
	_ "github.com/gpython-ssl/gpython-ssl/modules/socket"
)

// runPy runs src in gpython and returns its output, failing on an exception.
func runPy(t *testing.T, src string) string {
	t.Helper()
	out, err := pytesting.Run(t, src)
	require.NoError(t, err, "python raised; output so far:\n%s", out)
	return out
}

// runCPython is CPython 3.6's output of src (pytesting.CPython36Output,
// stored as testdata/cpython36/diff_<name>.out, where name is the case's
// name with each character other than a letter or digit as "_").
func runCPython(t *testing.T, name, src string) string {
	t.Helper()
	file := strings.Map(func(r rune) rune {
		if ('a' <= r && r <= 'z') || ('A' <= r && r <= 'Z') || ('0' <= r && r <= '9') {
			return r
		}
		return '_'
	}, name)
	return pytesting.CPython36Output(t, "diff_"+file, src)
}

// testBuf is a test-only writable buffer (the project's bytearray is built
// elsewhere): recv_into must fill it in place.
type testBuf struct{ b []byte }

var testBufType = py.NewType("_sockettest.Buffer", "test buffer")

func (b *testBuf) Type() *py.Type               { return testBufType }
func (b *testBuf) BufferBytes() []byte          { return b.b }
func (b *testBuf) WritableBytes() []byte        { return b.b }
func (b *testBuf) M__len__() (py.Object, error) { return py.Int(len(b.b)), nil }

var _ pyutil.WritableBuffer = (*testBuf)(nil)

func init() {
	testBufType.Dict["getvalue"] = py.MustNewMethod("getvalue", func(self py.Object) (py.Object, error) {
		return py.Bytes(append([]byte(nil), self.(*testBuf).b...)), nil
	}, 0, "contents")
	if err := testBufType.Ready(); err != nil {
		panic(err)
	}
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_sockettest"},
		Methods: []*py.Method{py.MustNewMethod("buffer", func(_ py.Object, n py.Object) (py.Object, error) {
			return &testBuf{b: make([]byte, int(n.(py.Int)))}, nil
		}, 0, "buffer(n): a writable test buffer of n zero bytes")},
	})
}

// lines splits output into lines without the trailing empty one.
func lines(s string) []string {
	return strings.Split(strings.TrimRight(s, "\n"), "\n")
}
