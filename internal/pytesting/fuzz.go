package pytesting

import (
	"testing"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
)

// FuzzFunc runs src as the module __main__ of a new context, which lives
// until f ends, and returns the module's global name: the Python function a
// fuzz target calls with each input. An error in src fails f.
func FuzzFunc(f *testing.F, src, name string) py.Object {
	f.Helper()
	ctx := py.NewContext(py.DefaultContextOpts())
	f.Cleanup(func() { _ = ctx.Close() })
	code, err := py.Compile(src, "<fuzz>", py.ExecMode, 0, true)
	if err != nil {
		f.Fatalf("fuzz source: %v", err)
	}
	mod, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: "__main__"}})
	if err != nil {
		f.Fatalf("fuzz module: %v", err)
	}
	if _, err := ctx.RunCode(code, mod.Globals, mod.Globals, nil); err != nil {
		f.Fatalf("fuzz source: %v", err)
	}
	fn, ok := mod.Globals[name]
	if !ok {
		f.Fatalf("fuzz source defines no %s", name)
	}
	return fn
}

// CallWithString calls fn(s) for a fuzz input and returns what it returned
// or raised; a Go panic fails t, naming the input. called is false, and
// fn is not called, when s is not valid UTF-8 (a Python str cannot hold
// it).
func CallWithString(t *testing.T, fn py.Object, s string) (res py.Object, called bool, err error) {
	t.Helper()
	if !utf8.ValidString(s) {
		return nil, false, nil
	}
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("Go panic on %q: %v", s, r)
		}
	}()
	res, err = py.Call(fn, py.Tuple{py.String(s)}, nil)
	return res, true, err
}
