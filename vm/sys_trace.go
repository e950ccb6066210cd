package vm

import "github.com/go-python/gpython/py"

// sys.settrace, sys.gettrace, sys.setprofile and sys.getprofile: the
// current thread's hook functions, which trace_hooks.go calls.

func installSysTrace(ctx py.Context, g py.StringDict) {
	for _, kind := range []string{"trace", "profile"} {
		kind := kind
		slot := func(st *traceState) *py.Object {
			if kind == "trace" {
				return &st.trace
			}
			return &st.profile
		}
		g["get"+kind] = py.MustNewMethod("get"+kind, func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 0 {
				return nil, py.ExceptionNewf(py.TypeError, "get%s() takes no arguments (%d given)", kind, len(args))
			}
			if fn := *slot(threadOf(ctx).traceHooks()); fn != nil {
				return fn, nil
			}
			return py.None, nil
		}, 0, "get"+kind+"()\n\nReturn the "+kind+" function set with sys.set"+kind+"().")
		g["set"+kind] = py.MustNewMethod("set"+kind, func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 1 {
				return nil, py.ExceptionNewf(py.TypeError, "set%s() takes exactly one argument (%d given)", kind, len(args))
			}
			t := threadOf(ctx)
			st := t.traceHooks()
			fn := args[0]
			if fn == py.None {
				fn = nil
			}
			*slot(st) = fn
			t.traceRefresh(st)
			return py.None, nil
		}, 0, "set"+kind+"(function)\n\nSet the "+kind+" function of the current thread; None removes it.")
	}
}

// frameTrace is f_trace: the frame's own trace function, or None.
func frameTrace(pf *py.Frame) py.Object {
	if pf.Context != nil {
		if st := threadOf(pf.Context).traceHooksIfAny(); st != nil && st.local[pf] != nil {
			return st.local[pf].fn
		}
	}
	return py.None
}

// frameSetAttr assigns f_trace and f_lineno; other names are not its
// business (handled false).
func frameSetAttr(pf *py.Frame, name string, v py.Object) (bool, error) {
	switch name {
	case "f_trace":
		if pf.Context == nil {
			return true, nil
		}
		st := threadOf(pf.Context).traceHooks()
		if v == nil || v == py.None {
			delete(st.local, pf)
			return true, nil
		}
		if lt := st.local[pf]; lt != nil {
			lt.fn = v
			return true, nil
		}
		st.local[pf] = &localTrace{fn: v, line: frameLineno(pf)}
		if f := liveFrame(pf); f != nil {
			f.ins = instrument(f.c).traced
		}
		return true, nil
	case "f_lineno":
		return true, setFrameLineno(pf, v)
	}
	return false, nil
}
