package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// BaseException.__reduce__ and __setstate__, and the overrides of
// ImportError and OSError, so that copy and pickle rebuild exceptions as
// CPython 3.6 does: the class called with args, then the instance's own
// attributes set again from the state.

// exceptionSlotNames are the attributes each exception family keeps in
// C-level slots in CPython: the project stores them in the instance dict,
// but they are not part of the state __reduce__ gives.
var exceptionSlotNames = []struct {
	base  *py.Type
	names []string
}{
	{py.OSError, []string{"errno", "strerror", "filename", "filename2", "winerror", "characters_written"}},
	{py.SyntaxError, []string{"msg", "filename", "lineno", "offset", "text", "print_file_and_line"}},
	{py.UnicodeError, []string{"encoding", "object", "start", "end", "reason"}},
	{py.ImportError, []string{"msg", "name", "path"}},
	{py.StopIteration, []string{"value"}},
	{py.SystemExit, []string{"code"}},
}

// isExceptionSlot reports whether name is a slot of e's class.
func isExceptionSlot(e *py.Exception, name string) bool {
	for _, f := range exceptionSlotNames {
		if !e.Base.IsSubtype(f.base) {
			continue
		}
		for _, n := range f.names {
			if n == name {
				return true
			}
		}
	}
	return false
}

// exceptionState is the instance's own attributes (its __dict__ without
// the slots, in name order), then ImportError's name and path when set,
// as CPython's ImportError.__reduce__ adds them; nil when the instance has
// no __dict__ yet (exceptionDictMade).
func exceptionState(e *py.Exception) *Dict {
	var keys []string
	for _, k := range pyrepr.SortedKeys(e.Dict) {
		if !isExceptionSlot(e, k) {
			keys = append(keys, k)
		}
	}
	if e.Base.IsSubtype(py.ImportError) {
		for _, k := range []string{"name", "path"} {
			if v, ok := e.Dict[k]; ok && v != py.None {
				keys = append(keys, k)
			}
		}
	}
	if len(keys) == 0 && !exceptionDictMade(e) {
		return nil
	}
	d := NewDict(len(keys))
	for _, k := range keys {
		_ = d.SetItem(py.String(k), e.Dict[k])
	}
	return d
}

// exceptionReduce is e.__reduce__(): (class, args) or (class, args,
// state), with OSError's filenames added to args as CPython adds them.
func exceptionReduce(e *py.Exception) py.Tuple {
	args, _ := e.Args.(py.Tuple)
	if args == nil {
		args = py.Tuple{}
	}
	if e.Base.IsSubtype(py.OSError) {
		if f, ok := e.Dict["filename"]; ok && f != py.None && len(args) == 2 {
			args = py.Tuple{args[0], args[1], f}
			if f2, ok := e.Dict["filename2"]; ok && f2 != py.None {
				args = append(args, py.None, f2)
			}
		}
	}
	cls := py.Object(e.Base)
	if state := exceptionState(e); state != nil {
		return py.Tuple{cls, args, state}
	}
	return py.Tuple{cls, args}
}

// exceptionSetState is BaseException.__setstate__(state): every key of a
// dict state becomes an attribute; None is no state.
func exceptionSetState(self, state py.Object) (py.Object, error) {
	e, ok := self.(*py.Exception)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '__setstate__' requires a 'BaseException' object but received a '%s'", typeName(self))
	}
	if state == py.None {
		return py.None, nil
	}
	var keys, values []py.Object
	switch d := pyutil.Unwrap(state).(type) {
	case *Dict:
		d.Items(func(k, v py.Object) bool {
			keys, values = append(keys, k), append(values, v)
			return true
		})
	case py.StringDict:
		for _, k := range pyrepr.SortedKeys(d) {
			keys, values = append(keys, py.String(k)), append(values, d[k])
		}
	default:
		return nil, py.ExceptionNewf(py.TypeError, "state is not a dictionary")
	}
	for i, k := range keys {
		name, ok := k.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "attribute name must be string, not '%s'", typeName(k))
		}
		if err := SetAttr(e, string(name), values[i]); err != nil {
			return nil, err
		}
	}
	return py.None, nil
}

var exceptionReduceMethod = py.MustNewMethod("__reduce__", func(self py.Object) (py.Object, error) {
	e, ok := self.(*py.Exception)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor '__reduce__' requires a 'BaseException' object but received a '%s'", typeName(self))
	}
	return exceptionReduce(e), nil
}, 0, "Helper for pickle: the class, its arguments and the instance's own attributes.")

func init() {
	py.BaseException.Dict["__reduce__"] = exceptionReduceMethod
	py.BaseException.Dict["__setstate__"] = py.MustNewMethod("__setstate__", exceptionSetState, 0, "Set the instance's attributes from a pickled state.")
}
