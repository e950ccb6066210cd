package pyutil

import (
	"sync"

	"github.com/go-python/gpython/py"
)

// stdStreams names the file objects that are a context's sys.stdin,
// sys.stdout and sys.stderr ("<stdin>", ...), as CPython names them,
// whatever file they write to.
var stdStreams sync.Map // py.Object -> string

// SetStdStreamName records that f is the standard stream name.
func SetStdStreamName(f py.Object, name string) { stdStreams.Store(f, name) }

// StdStreamName returns the name of a standard stream, if f is one.
func StdStreamName(f py.Object) (string, bool) {
	if n, ok := stdStreams.Load(f); ok {
		return n.(string), true
	}
	return "", false
}
