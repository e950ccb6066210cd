package host

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
)

// gpython's file objects (open(), sys.stdin/stdout/stderr) read and write
// with plain system calls that may block: a terminal waiting for a line,
// a pipe whose reader is slow. As CPython does, they run with the
// interpreter lock released, so a script's other threads run meanwhile
// (input() in the main thread of a threaded server, say).
func init() {
	d := py.FileType.Dict
	for _, name := range []string{"read", "readline", "readlines", "write", "flush"} {
		orig, ok := d[name].(*py.Method)
		if !ok {
			continue
		}
		d[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
			gil.Unlocked(func() { res, err = orig.CallWithKeywords(self, args, kwargs) })
			return res, err
		}, 0, orig.Doc)
	}
}
