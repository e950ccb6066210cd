package vm

import (
	"math"
	"sync/atomic"

	"github.com/go-python/gpython/py"

	_ "github.com/go-python/gpython/stdlib" // sets the hooks this package replaces; must initialise first
	_ "github.com/go-python/gpython/vm"
	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
)

// Installed reports whether this package's loop is the one gpython calls:
// the hooks are ours (tests assert it).
func Installed() bool {
	return isOurs.Load()
}

var isOurs atomic.Bool

func init() {
	py.VmEvalCode = evalCode
	py.VmRunFrame = runGenFrame
	py.NewContext = NewContext
	isOurs.Store(true)

	py.GeneratorType.Dict["send"] = py.MustNewMethod("send", genSend, 0, "send(value) -> next yielded value\n\nResume with value as the result of the paused yield; StopIteration at the end.")
	py.GeneratorType.Dict["throw"] = py.MustNewMethod("throw", genThrow, 0, "throw(type[, value[, tb]]) -> next yielded value\n\nRaise the exception at the paused yield; StopIteration at the end.")
	py.GeneratorType.Dict["close"] = py.MustNewMethod("close", genClose, 0, "close() -> None\n\nStop the generator by raising GeneratorExit at the paused yield.")

	py.BaseException.Dict["with_traceback"] = withTraceback
	py.ListType.Dict["sort"] = py.MustNewMethod("sort", listSort, 0, "sort(*, key=None, reverse=False) -> None\n\nOrder the list in place, stably, comparing key(item) when key is given.")
	if _, ok := py.BaseException.Dict["__init__"]; !ok {
		py.BaseException.Dict["__init__"] = baseExceptionInit
	}
	installExceptionText()
	installSubclasses()
	installIntMethods()
	installBoolAsInt()
	installSingletonTypes()
	installBuiltins()
	// A Go function's type is CPython's builtin_function_or_method (the
	// loop's bound methods have their own 'method' type, method_type.go).
	py.MethodType.Name = "builtin_function_or_method"
	// str.upper and dict.get repr as method descriptors of their types.
	pyrepr.RegisterMethodOwner(DictType, SetType, FrozenSetType)

	prevTypeNew = py.TypeType.New
	py.TypeType.New = typeNew
	prevTypeInit := py.TypeType.Init
	py.TypeType.Init = func(self py.Object, args py.Tuple, kwargs py.StringDict) error {
		if len(args) == 3 {
			// The class's keyword arguments went to __init_subclass__.
			kwargs = nil
		}
		return prevTypeInit(self, args, kwargs)
	}
}

// installBuiltins adds the builtins the loop provides.
func installBuiltins() {
	impl := py.GetModuleImpl("builtins")
	if impl == nil {
		return
	}
	impl.Globals["super"] = superType
	impl.Globals["property"] = propertyType
	impl.Methods = append(impl.Methods, dirBuiltin, idBuiltin)
	impl.Globals["__debug__"] = py.True
	impl.Globals["dict"] = DictType
	impl.Globals["set"] = SetType
	impl.Globals["frozenset"] = FrozenSetType
	adoptNamespaceTypes()
	impl.Methods = append(impl.Methods, py.MustNewMethod("hash", builtinHash, 0, "hash(obj) -> int\n\nThe hash of obj from its __hash__; objects that compare equal hash alike."))
	for i, m := range impl.Methods {
		switch m.Name {
		case "__build_class__":
			impl.Methods[i] = py.MustNewMethod("__build_class__", buildClass, 0, m.Doc)
		case "next":
			impl.Methods[i] = py.MustNewMethod("next", builtinNext(m), 0, m.Doc)
		case "sorted":
			impl.Methods[i] = py.MustNewMethod("sorted", builtinSorted, 0, m.Doc)
		case "round":
			impl.Methods[i] = py.MustNewMethod("round", builtinRound, 0, m.Doc)
		case "chr":
			impl.Methods[i] = py.MustNewMethod("chr", builtinChr, 0, m.Doc)
		case "input":
			impl.Methods[i] = py.MustNewMethod("input", builtinInput(m), 0, m.Doc)

		case "setattr", "delattr":
			orig := m
			impl.Methods[i] = py.MustNewMethod(m.Name, func(self py.Object, args py.Tuple) (py.Object, error) {
				want := 3
				if orig.Name == "delattr" {
					want = 2
				}
				name, ok := py.String(""), false
				if len(args) == want {
					name, ok = strValue(args[1])
				}
				if !ok {
					return orig.Call(self, args) // gpython's argument errors
				}
				// The loop's attribute protocol: script classes' hooks,
				// descriptors, thread-local objects.
				if orig.Name == "delattr" {
					return py.None, DelAttr(args[0], string(name))
				}
				return py.None, SetAttr(args[0], string(name), args[2])
			}, 0, m.Doc)
		case "getattr":
			impl.Methods[i] = py.MustNewMethod("getattr", builtinGetattr, 0, m.Doc)
		case "hasattr":
			impl.Methods[i] = py.MustNewMethod("hasattr", builtinHasattr, 0, m.Doc)
		case "abs":
			orig := m
			impl.Methods[i] = py.MustNewMethod("abs", func(self py.Object, arg py.Object) (py.Object, error) {
				if cls, ok := pythonClassOf(arg); ok {
					if v, ok := valueFor(arg, "__abs__"); ok {
						arg = v // a built-in type's subclass keeping its __abs__
					} else if m := cls.Lookup("__abs__"); m != nil {
						return callMethod(arg, m)
					}
				}
				switch v := arg.(type) {
				case py.Int:
					// gpython's Int.__abs__, without the argument
					// tuple of its call; -2**63 leaves int64 there.
					if v >= 0 {
						return v, nil
					}
					if v != math.MinInt64 {
						return -v, nil
					}
				case py.Float:
					return py.Float(math.Abs(float64(v))), nil
				case py.Bool:
					arg = boolInt(v)
				case py.Complex:
					return absComplex(complex128(v))
				}
				r, err := orig.Call(self, py.Tuple{arg})
				if err != nil && isUnsupportedOperands(err) {
					return nil, py.ExceptionNewf(py.TypeError, "bad operand type for abs(): '%s'", typeName(arg))
				}
				return r, err
			}, 0, m.Doc)
		case "divmod":
			orig := m
			impl.Methods[i] = py.MustNewMethod("divmod", func(self py.Object, args py.Tuple) (py.Object, error) {
				if len(args) == 2 {
					if err := arithmeticError(opBINARY_FLOOR_DIVIDE, args[0], args[1]); err != nil {
						return nil, err
					}
					if err := complexDivmodError(args[0], args[1]); err != nil {
						return nil, err
					}
					if r, ok := intDivmodWide(args[0], args[1]); ok {
						return r, nil
					}
					if r, ok, err := instanceDivmod(args[0], args[1]); ok {
						return r, err
					}
					if x, y, ok, err := bigFloatOperands(opBINARY_FLOOR_DIVIDE, args[0], args[1]); ok {
						if err != nil {
							return nil, err
						}
						args = py.Tuple{x, y}
					}
					if x, y, ok := floatOperands(args[0], args[1]); ok && y != 0 {
						div, mod := floatDivmod(x, y)
						return py.Tuple{py.Float(div), py.Float(mod)}, nil
					}
				}
				return orig.Call(self, args)
			}, 0, m.Doc)
		}
	}
}

// installSys gives the context's sys module recursion-limit functions
// that act on the context's thread.
func installSys(ctx *Context) {
	sys, err := ctx.Store().GetModule("sys")
	if err != nil {
		return
	}
	sys.Globals["setrecursionlimit"] = py.MustNewMethod("setrecursionlimit", func(self py.Object, args py.Tuple) (py.Object, error) {
		return ctx.setRecursionLimit(threadOf(ctx), args)
	}, 0, "setrecursionlimit(n) -> None\n\nAllow at most n nested Python frames before RecursionError.")
	sys.Globals["exc_info"] = py.MustNewMethod("exc_info", func(self py.Object) (py.Object, error) {
		return threadOf(ctx).excInfoTuple(), nil
	}, 0, "exc_info() -> (type, value, traceback)\n\nThe exception being handled by the innermost active except clause, or\n(None, None, None) when none is.")
	sys.Globals["exit"] = py.MustNewMethod("exit", sysExit, 0, "exit([status]) -> does not return\n\nRaise SystemExit(status), which ends the program unless caught.")
	if err := installSysAttrs(ctx, sys); err != nil {
		panic(err)
	}
	sys.Globals["getrecursionlimit"] = py.MustNewMethod("getrecursionlimit", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 0 {
			return nil, py.ExceptionNewf(py.TypeError, "getrecursionlimit() takes no arguments (%d given)", len(args))
		}
		ctx.tmu.Lock()
		defer ctx.tmu.Unlock()
		return py.Int(ctx.limit), nil
	}, 0, "getrecursionlimit() -> int\n\nThe frame depth setrecursionlimit() last set.")
}

// setRecursionLimit is sys.setrecursionlimit: the limit is the
// interpreter's, so every thread gets it; t is the calling thread.
func (ctx *Context) setRecursionLimit(t *thread, args py.Tuple) (py.Object, error) {
	var n py.Object
	if err := py.UnpackTuple(args, nil, "setrecursionlimit", 1, 1, &n); err != nil {
		return nil, err
	}
	if _, ok := n.(py.Float); ok {
		return nil, py.ExceptionNewf(py.TypeError, "integer argument expected, got float")
	}
	limit, err := py.IndexInt(n)
	if err != nil {
		return nil, err
	}
	if limit <= 0 {
		return nil, py.ExceptionNewf(py.ValueError, "recursion limit must be greater or equal than 1")
	}
	if t.depth >= recursionLowWater(limit) {
		return nil, py.ExceptionNewf(RecursionError, "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", limit, t.depth)
	}
	ctx.tmu.Lock()
	defer ctx.tmu.Unlock()
	ctx.limit = limit
	t.limit = limit
	for _, other := range ctx.threads {
		other.limit = limit
	}
	return py.None, nil
}

// builtinNext is next(): for a generator it ends with StopIteration
// carrying the generator's return value (gpython's loses it).
func builtinNext(orig *py.Method) func(py.Object, py.Tuple) (py.Object, error) {
	return func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) >= 1 {
			if g, ok := args[0].(*py.Generator); ok {
				v, done, err := sendGenFromGo(g)
				if err != nil {
					return nil, err
				}
				if done {
					if len(args) == 2 {
						return args[1], nil
					}
					return nil, stopIteration(v)
				}
				return v, nil
			}
			_, isInstance := pythonClassOf(args[0])
			_, goNext := goTypeMethod(args[0], "__next__")
			_, seqIter := args[0].(*py.Iterator) // iter() of an instance with __getitem__
			if (isInstance || goNext || seqIter) && len(args) <= 2 {
				v, ok, err := Next(args[0])
				if err != nil {
					return nil, err
				}
				if !ok {
					if len(args) == 2 {
						return args[1], nil
					}
					return nil, py.StopIteration
				}
				return v, nil
			}
			if _, ok := args[0].(py.I__next__); !ok && !isInstance && !goNext && len(args) <= 2 {
				return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not an iterator", typeName(args[0]))
			}
		}
		return orig.Call(self, args)
	}
}

// sysExit is sys.exit([status]): the status becomes SystemExit's args as
// CPython's PyErr_SetObject makes them (None gives no args, a tuple is
// the args).
func sysExit(self py.Object, args py.Tuple) (py.Object, error) {
	var status py.Object = py.None
	if err := py.UnpackTuple(args, nil, "exit", 0, 1, &status); err != nil {
		return nil, err
	}
	var excArgs py.Tuple
	switch s := status.(type) {
	case py.NoneType:
		excArgs = py.Tuple{}
	case py.Tuple:
		excArgs = s
	default:
		excArgs = py.Tuple{s}
	}
	return nil, &py.Exception{Base: py.SystemExit, Args: excArgs, Dict: py.StringDict{}}
}
