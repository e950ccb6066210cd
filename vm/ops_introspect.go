package vm

import (
	"github.com/go-python/gpython/py"
)

// introspectAttr answers the attributes of tracebacks, frames and code
// objects that scripts read (tb_lineno, tb_next, f_code, co_name, ...);
// gpython's types have none of them.
func introspectAttr(o py.Object, name string) (py.Object, bool) {
	switch v := o.(type) {
	case *py.Traceback:
		switch name {
		case "tb_lineno":
			return py.Int(v.Lineno), true
		case "tb_lasti":
			return py.Int(v.Lasti), true
		case "tb_next":
			if v.Next == nil {
				return py.None, true
			}
			return v.Next, true
		case "tb_frame":
			if v.Frame == nil {
				return py.None, true
			}
			if f := liveFrame(v.Frame); f != nil {
				f.sharedFrame() // handed to Python: it keeps its f_back
			}
			return v.Frame, true
		}
	case *py.Frame:
		switch name {
		case "f_code":
			return v.Code, true
		case "f_globals":
			return globalsObject(v.Globals), true
		case "f_locals":
			if v.Locals != nil {
				return v.Locals, true
			}
			return frameLocalsDict(v), true // frame_object.go
		case "f_builtins":
			return v.Builtins, true
		case "f_lineno":
			if n, ok := tracedLineno(v); ok { // trace_hooks.go
				return py.Int(n), true
			}
			return py.Int(frameLineno(v)), true
		case "f_lasti":
			return py.Int(v.Lasti), true
		case "f_back":
			return frameBack(v), true
		case "f_trace":
			return frameTrace(v), true // sys_trace.go
		}
	case *py.Code:
		switch name {
		case "co_name":
			return py.String(v.Name), true
		case "co_filename":
			return py.String(v.Filename), true
		case "co_firstlineno":
			return py.Int(v.Firstlineno), true
		case "co_argcount":
			return py.Int(v.Argcount), true
		case "co_kwonlyargcount":
			return py.Int(v.Kwonlyargcount), true
		case "co_nlocals":
			return py.Int(v.Nlocals), true
		case "co_flags":
			return py.Int(v.Flags), true
		case "co_varnames":
			return stringsTuple(v.Varnames), true
		case "co_names":
			return stringsTuple(v.Names), true
		case "co_freevars":
			return stringsTuple(v.Freevars), true
		case "co_cellvars":
			return stringsTuple(v.Cellvars), true
		case "co_consts":
			return v.Consts, true
		case "co_code":
			return py.Bytes(v.Code), true
		case "co_lnotab":
			return py.Bytes(v.Lnotab), true
		case "co_stacksize":
			return py.Int(v.Stacksize), true
		}
	}
	return nil, false
}

func stringsTuple(ss []string) py.Tuple {
	t := make(py.Tuple, len(ss))
	for i, s := range ss {
		t[i] = py.String(s)
	}
	return t
}

// withTraceback is BaseException.with_traceback(tb).
var withTraceback = py.MustNewMethod("with_traceback", func(self, tb py.Object) (py.Object, error) {
	e, ok := self.(*py.Exception)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "descriptor 'with_traceback' requires a 'BaseException' object")
	}
	if err := SetAttr(e, "__traceback__", tb); err != nil {
		return nil, err
	}
	return e, nil
}, 0, "with_traceback(tb) -> exception\n\nStore tb as __traceback__ and hand back the exception itself.")

// exceptionSlot answers the per-class attributes CPython's exception
// types compute from args: SystemExit.code, StopIteration.value.
func exceptionSlot(e *py.Exception, name string) (py.Object, bool) {
	if _, set := e.Dict[name]; set {
		return nil, false
	}
	args, _ := e.Args.(py.Tuple)
	switch {
	case name == "code" && e.Base.IsSubtype(py.SystemExit):
		switch len(args) {
		case 0:
			return py.None, true
		case 1:
			return args[0], true
		}
		return args, true
	case name == "value" && e.Base.IsSubtype(py.StopIteration):
		if len(args) > 0 {
			return args[0], true
		}
		return py.None, true
	}
	return nil, false
}

// excInfoTuple is sys.exc_info() on t.
func (t *thread) excInfoTuple() py.Tuple {
	if t.excType == nil {
		return py.Tuple{py.None, py.None, py.None}
	}
	return py.Tuple{t.excType, orNone(t.excValue), orNone(t.excTb)}
}
