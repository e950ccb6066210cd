// Package traceback is the native half of the traceback module
// (_traceback): the interpreter's own traceback formatter and frame lists,
// which Lib/modules/traceback.py presents with CPython 3.6's API.
package traceback

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_traceback", Doc: "The interpreter's traceback formatter, for the traceback module."},
		Methods: []*py.Method{
			py.MustNewMethod("format", format, 0, "format(value, tb, chain, limit) -> str: the report of an uncaught exception."),
			py.MustNewMethod("frames", frames, 0, "frames(tb) -> list of (filename, lineno, name, line or None), outermost first."),
			py.MustNewMethod("stack", stack, 0, "stack() -> the running frames as frames() lists them, the caller's last."),
			py.MustNewMethod("getline", getline, 0, "getline(filename, lineno) -> the source line, or None."),
			py.MustNewMethod("getlines", getlines, 0, "getlines(filename) -> the lines of a source file or embedded module, without line breaks, or None."),
		},
	})
}

// tracebackArg is a traceback argument: a traceback or None.
func tracebackArg(o py.Object) (*py.Traceback, error) {
	if o == nil || o == py.None {
		return nil, nil
	}
	tb, ok := o.(*py.Traceback)
	if !ok {
		return nil, pyutil.TypeErrorf("'%s' object is not a traceback", pyutil.TypeName(o))
	}
	return tb, nil
}

func format(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 4 {
		return nil, pyutil.TypeErrorf("format() takes 4 arguments (%d given)", len(args))
	}
	tb, err := tracebackArg(args[1])
	if err != nil {
		return nil, err
	}
	chain, err := vm.Truth(args[2])
	if err != nil {
		return nil, err
	}
	var limit *int
	if n, ok := args[3].(py.Int); ok {
		v := int(n)
		limit = &v
	}
	return py.String(pyutil.FormatExceptionLimit(args[0], tb, chain, limit)), nil
}

func frameTuples(fs []pyutil.Frame) py.Object {
	items := make([]py.Object, len(fs))
	for i, f := range fs {
		var line py.Object = py.None
		if f.HasLine {
			line = py.String(f.Line)
		}
		items[i] = py.Tuple{py.String(f.Filename), py.Int(f.Lineno), py.String(f.Name), line}
	}
	return py.NewListFromItems(items)
}

func frames(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, pyutil.TypeErrorf("frames() takes 1 argument (%d given)", len(args))
	}
	tb, err := tracebackArg(args[0])
	if err != nil {
		return nil, err
	}
	return frameTuples(pyutil.Frames(tb)), nil
}

func stack(self py.Object, args py.Tuple) (py.Object, error) {
	m, ok := self.(*py.Module)
	if !ok {
		return py.NewList(), nil
	}
	return frameTuples(vm.Stack(m.Context)), nil
}

func getline(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, pyutil.TypeErrorf("getline() takes 2 arguments (%d given)", len(args))
	}
	name, ok := args[0].(py.String)
	n, ok2 := args[1].(py.Int)
	if !ok || !ok2 {
		return py.None, nil
	}
	line, has := pyutil.SourceLines.Line(string(name), int(n))
	if !has {
		return py.None, nil
	}
	return py.String(line), nil
}

func getlines(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, pyutil.TypeErrorf("getlines() takes 1 argument (%d given)", len(args))
	}
	name, ok := args[0].(py.String)
	if !ok {
		return py.None, nil
	}
	lines, has := pyutil.SourceLines.Lines(string(name))
	if !has {
		return py.None, nil
	}
	out := make([]py.Object, len(lines))
	for i, l := range lines {
		out[i] = py.String(l)
	}
	return py.NewListFromItems(out), nil
}
