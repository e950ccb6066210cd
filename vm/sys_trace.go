package vm

import "github.com/go-python/gpython/py"

// sys.gettrace and sys.settrace. The loop calls no trace function:
// gettrace answers None, what it answers in CPython when none is set, and
// settrace accepts None (the "no tracing" that test harnesses and
// debuggers restore) but refuses a function with NotImplementedError
// rather than ignore it. sys.setprofile and sys.getprofile stay gpython's
// (NotImplementedError for any argument), which the profile module
// probes.

func installSysTrace(g py.StringDict) {
	for _, name := range []string{"trace"} {
		name := name
		g["get"+name] = py.MustNewMethod("get"+name, func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 0 {
				return nil, py.ExceptionNewf(py.TypeError, "get%s() takes no arguments (%d given)", name, len(args))
			}
			return py.None, nil
		}, 0, "get"+name+"()\n\nReturn the "+name+" function set with set"+name+"(): always None here.")
		g["set"+name] = py.MustNewMethod("set"+name, func(self py.Object, args py.Tuple) (py.Object, error) {
			if len(args) != 1 {
				return nil, py.ExceptionNewf(py.TypeError, "set%s() takes exactly one argument (%d given)", name, len(args))
			}
			if args[0] != py.None {
				return nil, py.ExceptionNewf(py.NotImplementedError, "sys.set%s: the interpreter has no %s hooks", name, name)
			}
			return py.None, nil
		}, 0, "set"+name+"(function)\n\nSet the "+name+" function; only None (no "+name+" function) is supported here.")
	}
}
