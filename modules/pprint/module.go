// Package pprint registers the Python module "pprint" for gpython: pprint,
// pformat, saferepr, isreadable, isrecursive and the PrettyPrinter class,
// laid out exactly as CPython does at the same width.
//
// gpython's own repr is wrong for some built-in values (1-tuples, floats),
// so this package lays out tuples, lists, dicts and sets itself and takes
// the text of every value from internal/pyrepr (CPython's repr for the
// built-in types, the object's own __repr__ otherwise).
package pprint

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

const moduleDoc = `Readable, line-wrapped reprs for nested containers (lists, tuples, dicts,
sets), for looking at data while debugging.`

// pySource is the Python half of the module: PrettyPrinter is a plain
// class over the Go functions, which keeps stream handling in Python.
const pySource = `
class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False):
        _check(indent, width, depth, compact)
        self._indent_per_level = indent
        self._width = width
        self._depth = depth
        self._stream = stream
        self._compact = compact

    def _own_format(self):
        # a subclass's format method, which every repr then goes through
        if type(self).format is PrettyPrinter.format:
            return None
        return self.format

    def pprint(self, object):
        hook = self._own_format()
        if hook is None:
            pprint(object, self._stream, self._indent_per_level, self._width, self._depth, compact=self._compact)
            return
        stream = self._stream
        if stream is None:
            import sys
            stream = sys.stdout
        stream.write(_pformat_hooked(object, self._indent_per_level, self._width, self._depth, self._compact, hook) + "\n")

    def pformat(self, object):
        hook = self._own_format()
        if hook is None:
            return pformat(object, self._indent_per_level, self._width, self._depth, compact=self._compact)
        return _pformat_hooked(object, self._indent_per_level, self._width, self._depth, self._compact, hook)

    def isrecursive(self, object):
        return _format(object, self._depth)[2]

    def isreadable(self, object):
        return _format(object, self._depth)[1]

    def format(self, object, context, maxlevels, level):
        return _format(object, maxlevels)
`

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "pprint", Doc: moduleDoc, FileDesc: vm.EmbeddedFile("pprint", false)},
		Methods: []*py.Method{
			py.MustNewMethod("pprint", pyutil.Guard(pprint_pprint), 0, pprintDoc),
			py.MustNewMethod("pformat", pyutil.Guard(pprint_pformat), 0, pformatDoc),
			py.MustNewMethod("saferepr", pyutil.Guard(pprint_saferepr), 0, saferepDoc),
			py.MustNewMethod("isreadable", pyutil.Guard(pprint_isreadable), 0, isreadableDoc),
			py.MustNewMethod("isrecursive", pyutil.Guard(pprint_isrecursive), 0, isrecursiveDoc),
			py.MustNewMethod("_check", pyutil.Guard(pprint_check), 0, "Validate PrettyPrinter arguments."),
			py.MustNewMethod("_format", pyutil.Guard(pprint_format), 0, "(repr, readable, recursive) of object."),
			py.MustNewMethod("_pformat_hooked", pyutil.Guard(pprint_pformat_hooked), 0, "pformat with each repr made by a subclass's format method."),
		},
		Globals: py.StringDict{},
		CodeSrc: pySource,
	})
	// located in the library directory as Lib/modules' are, with its
	// lines in tracebacks
	pyutil.SourceLines.Embed(vm.EmbeddedFile("pprint", false), pySource)
}

const pprintDoc = `pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False)

Write pformat(object, ...) and a newline to stream (sys.stdout when None).`

const pformatDoc = `pformat(object, indent=1, width=80, depth=None, *, compact=False) -> str

The wrapped, indented repr of object that pprint() would print.`

const saferepDoc = `saferepr(object) -> str

A one-line repr of object that shows self-containing containers as
<Recursion on ...> instead of looping.`

const isreadableDoc = `isreadable(object) -> bool

Whether saferepr(object) could be given to eval() to rebuild the value.`

const isrecursiveDoc = `isrecursive(object) -> bool

Whether object contains itself somewhere inside.`

// printerFromArgs validates PrettyPrinter's arguments as CPython does.
func printerFromArgs(indent, width, depth, compact py.Object) (Printer, error) {
	p := DefaultPrinter
	var err error
	if indent != nil {
		if p.Indent, err = intArg(indent); err != nil {
			return p, err
		}
	}
	if width != nil {
		if p.Width, err = intArg(width); err != nil {
			return p, err
		}
	}
	if depth != nil && depth != py.None {
		if p.Depth, err = intArg(depth); err != nil {
			return p, err
		}
		if p.Depth <= 0 {
			return p, pyutil.ValueErrorf("depth must be > 0")
		}
	}
	if compact != nil {
		b, err := py.MakeBool(compact)
		if err != nil {
			return p, err
		}
		p.Compact = b == py.True
	}
	if p.Indent < 0 {
		return p, pyutil.ValueErrorf("indent must be >= 0")
	}
	if p.Width == 0 {
		return p, pyutil.ValueErrorf("width must be != 0")
	}
	return p, nil
}

// intArg is int(o), which pprint.py applies to indent, width and depth: a
// float truncates, an integer (int, bool, __index__) converts as
// pyarg.IndexInt, anything else is int()'s TypeError.
func intArg(o py.Object) (int, error) {
	if f, ok := o.(py.Float); ok {
		return int(f), nil
	}
	n, err := pyarg.IndexInt(o)
	if err != nil && !pyarg.IsInteger(o) {
		return 0, pyutil.TypeErrorf("int() argument must be a string, a bytes-like object or a number, not '%s'", pyutil.TypeName(o))
	}
	return n, err
}

func pprint_pformat(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var obj, indent, width, depth, compact py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|OOO$O:pformat",
		[]string{"object", "indent", "width", "depth", "compact"},
		&obj, &indent, &width, &depth, &compact); err != nil {
		return nil, err
	}
	p, err := printerFromArgs(indent, width, depth, compact)
	if err != nil {
		return nil, err
	}
	s, err := p.Format(obj)
	if err != nil {
		return nil, err
	}
	return py.String(s), nil
}

// pprint_pformat_hooked is pformat for a PrettyPrinter subclass that
// defines format: (object, indent, width, depth, compact, format).
func pprint_pformat_hooked(self py.Object, args py.Tuple, _ py.StringDict) (py.Object, error) {
	var obj, indent, width, depth, compact, hook py.Object
	if err := py.UnpackTuple(args, nil, "_pformat_hooked", 6, 6, &obj, &indent, &width, &depth, &compact, &hook); err != nil {
		return nil, err
	}
	p, err := printerFromArgs(indent, width, depth, compact)
	if err != nil {
		return nil, err
	}
	p.Hook = hook
	s, err := p.Format(obj)
	if err != nil {
		return nil, err
	}
	return py.String(s), nil
}

func pprint_pprint(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var obj, stream, indent, width, depth, compact py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|OOOO$O:pprint",
		[]string{"object", "stream", "indent", "width", "depth", "compact"},
		&obj, &stream, &indent, &width, &depth, &compact); err != nil {
		return nil, err
	}
	p, err := printerFromArgs(indent, width, depth, compact)
	if err != nil {
		return nil, err
	}
	s, err := p.Format(obj)
	if err != nil {
		return nil, err
	}
	if stream == nil || stream == py.None {
		if stream, err = stdout(self); err != nil {
			return nil, err
		}
	}
	write, err := py.GetAttrString(stream, "write")
	if err != nil {
		return nil, err
	}
	if _, err := py.Call(write, py.Tuple{py.String(s + "\n")}, nil); err != nil {
		return nil, err
	}
	return py.None, nil
}

// stdout finds sys.stdout of the context that owns module m.
func stdout(m py.Object) (py.Object, error) {
	mod, ok := m.(*py.Module)
	if !ok || mod.Context == nil {
		return nil, py.ExceptionNewf(py.RuntimeError, "pprint: no interpreter context")
	}
	sys, err := mod.Context.GetModule("sys")
	if err != nil {
		return nil, err
	}
	out, ok := sys.Globals["stdout"]
	if !ok || out == py.None {
		return nil, py.ExceptionNewf(py.RuntimeError, "lost sys.stdout")
	}
	return out, nil
}

func pprint_saferepr(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var obj py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "O:saferepr", []string{"object"}, &obj); err != nil {
		return nil, err
	}
	r, _, _, err := Printer{}.Repr(obj)
	if err != nil {
		return nil, err
	}
	return py.String(r), nil
}

func pprint_isreadable(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var obj py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "O:isreadable", []string{"object"}, &obj); err != nil {
		return nil, err
	}
	_, readable, _, err := Printer{}.Repr(obj)
	return py.NewBool(readable), err
}

func pprint_isrecursive(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var obj py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "O:isrecursive", []string{"object"}, &obj); err != nil {
		return nil, err
	}
	_, _, recursive, err := Printer{}.Repr(obj)
	return py.NewBool(recursive), err
}

func pprint_check(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var indent, width, depth, compact py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "OOOO:PrettyPrinter",
		[]string{"indent", "width", "depth", "compact"}, &indent, &width, &depth, &compact); err != nil {
		return nil, err
	}
	if _, err := printerFromArgs(indent, width, depth, compact); err != nil {
		return nil, err
	}
	return py.None, nil
}

func pprint_format(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var obj, depth py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "OO:format", []string{"object", "maxlevels"}, &obj, &depth); err != nil {
		return nil, err
	}
	p := Printer{}
	if depth != py.None {
		d, err := intArg(depth)
		if err != nil {
			return nil, err
		}
		p.Depth = d
	}
	r, readable, recursive, err := p.Repr(obj)
	if err != nil {
		return nil, err
	}
	return py.Tuple{py.String(r), py.NewBool(readable), py.NewBool(recursive)}, nil
}
