package vm

import "github.com/go-python/gpython/py"

// WithLock runs fn holding ctx's interpreter lock (taken for the call
// unless the goroutine holds it already), so that Go code running
// outside any Python call, such as the compilation of the main script,
// finds ctx as the current context: decoding a script's bytes with a
// codec written in Python (GBK, Shift-JIS ...) needs one.
func WithLock(ctx py.Context, fn func() error) error {
	t, acquired := enterThread(ctx)
	if acquired {
		defer t.leave()
	}
	return fn()
}
