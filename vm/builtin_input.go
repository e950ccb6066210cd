package vm

import "github.com/go-python/gpython/py"

// builtinInput is input([prompt]), flushing sys.stderr and sys.stdout
// first, and guarding gpython's against a sys module
// whose stdin or stdout was deleted or set to None: CPython 3.6 raises
// RuntimeError naming the stream (stdin checked first) where gpython's
// would dereference a missing object.
func builtinInput(orig *py.Method) func(py.Object, py.Tuple) (py.Object, error) {
	return func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) > 1 {
			return orig.Call(self, args) // gpython's argument-count error
		}
		if mod, ok := self.(*py.Module); ok && mod.Context != nil {
			sys, err := mod.Context.GetModule("sys")
			if err != nil {
				return nil, err
			}
			for _, name := range [...]string{"stdin", "stdout"} {
				if v, ok := sys.Globals[name]; !ok || v == nil || v == py.None {
					return nil, py.ExceptionNewf(py.RuntimeError, "input(): lost sys.%s", name)
				}
			}
			// As CPython's, input() flushes stderr, then stdout, before
			// it reads (their errors ignored): a prompt printed before
			// shows even when the streams keep their text.
			for _, name := range [...]string{"stderr", "stdout"} {
				if f, ok := sys.Globals[name]; ok && f != nil && f != py.None {
					if flush, err := GetAttr(f, "flush"); err == nil {
						_, _ = Call(flush, nil, nil)
					}
				}
			}
		}
		return orig.Call(self, args)
	}
}
