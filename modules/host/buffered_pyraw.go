package host

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/vm"
)

// BufferedReader, BufferedWriter and BufferedRandom over a raw stream
// that is not a FileIO (a BytesIO, a script's RawIOBase subclass) are
// the io module's Python implementation, io._PyBufferedReader and so on:
// the Go types buffer file descriptors only.

// scriptContext is the context of a Python-defined class of o (found
// through a function in its type's namespace), or nil for an object of
// a Go type.
func scriptContext(o py.Object) py.Context {
	t := o.Type()
	for _, k := range append(py.Tuple{t}, t.Mro...) {
		kt, ok := k.(*py.Type)
		if !ok {
			continue
		}
		for _, v := range kt.Dict {
			switch f := v.(type) {
			case *py.Function:
				if f.Context != nil {
					return f.Context
				}
			case *py.StaticMethod:
				if g, ok := f.Callable.(*py.Function); ok && g.Context != nil {
					return g.Context
				}
			}
		}
	}
	return nil
}

// bufferedOverScript makes the buffered object named name ("BufferedReader",
// ...) over a raw stream of a Python class with io's Python
// implementation; ok is false for a raw object of a Go type.
func bufferedOverScript(name string, raw py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, ok bool, err error) {
	ctx := scriptContext(raw)
	if ctx == nil {
		return nil, false, nil
	}
	mod, err := py.ImportModuleLevelObject(ctx, "io", nil, nil, nil, 0)
	if err != nil {
		return nil, true, err
	}
	cls, err := vm.GetAttr(mod, "_Py"+name)
	if err != nil {
		return nil, true, err
	}
	res, err = vm.Call(cls, args, kwargs)
	return res, true, err
}
