package vm

import "github.com/go-python/gpython/py"

// The constructors of code and function objects (types.CodeType and
// types.FunctionType called), which gpython leaves uncallable: a code
// object rebuilt with changed fields, and a function made from a code
// object, a globals dict and optionally a name, defaults and a closure.

func init() {
	py.CodeType.New = codeNew
	py.FunctionType.New = functionNew
}

// codeNew is code(argcount, kwonlyargcount, nlocals, stacksize, flags,
// codestring, constants, names, varnames, filename, name, firstlineno,
// lnotab[, freevars[, cellvars]]).
func codeNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "code() takes no keyword arguments")
	}
	if len(args) < 13 || len(args) > 15 {
		return nil, py.ExceptionNewf(py.TypeError, "code() takes at least 13 arguments (%d given)", len(args))
	}
	var ints [5]int32
	for i := range ints {
		n, err := codeInt(args[i], i+1)
		if err != nil {
			return nil, err
		}
		ints[i] = n
	}
	if ints[0] < 0 || ints[1] < 0 || ints[2] < 0 {
		return nil, py.ExceptionNewf(py.ValueError, "code: argcount must not be negative")
	}
	codeBytes, ok := args[5].(py.Bytes)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "code() argument 6 must be bytes, not %s", typeName(args[5]))
	}
	consts, ok := args[6].(py.Tuple)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "code() argument 7 must be tuple, not %s", typeName(args[6]))
	}
	tuples := [3]py.Tuple{}
	for i, at := range []int{7, 8} {
		tup, err := codeNames(args[at], at+1)
		if err != nil {
			return nil, err
		}
		tuples[i] = tup
	}
	filename, ok := args[9].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "code() argument 10 must be str, not %s", typeName(args[9]))
	}
	name, ok := args[10].(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "code() argument 11 must be str, not %s", typeName(args[10]))
	}
	first, err := codeInt(args[11], 12)
	if err != nil {
		return nil, err
	}
	lnotab, ok := args[12].(py.Bytes)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "code() argument 13 must be bytes, not %s", typeName(args[12]))
	}
	free, cell := py.Tuple{}, py.Tuple{}
	if len(args) > 13 {
		if free, err = codeNames(args[13], 14); err != nil {
			return nil, err
		}
	}
	if len(args) > 14 {
		if cell, err = codeNames(args[14], 15); err != nil {
			return nil, err
		}
	}
	// CO_NOFREE tells whether the code has cells, whatever flags says
	if len(free) == 0 && len(cell) == 0 {
		ints[4] |= py.CO_NOFREE
	} else {
		ints[4] &^= py.CO_NOFREE
	}
	consts = append(py.Tuple(nil), consts...) // NewCode interns in place
	return py.NewCode(ints[0], ints[1], ints[2], ints[3], ints[4],
		py.String(codeBytes), consts, tuples[0], tuples[1], free, cell,
		filename, name, first, py.String(lnotab)), nil
}

// codeInt is argument n of code() as an int32.
func codeInt(o py.Object, n int) (int32, error) {
	i, ok := o.(py.Int)
	if !ok {
		if _, isBool := o.(py.Bool); !isBool {
			return 0, py.ExceptionNewf(py.TypeError, "code() argument %d must be int, not %s", n, typeName(o))
		}
		if o == py.True {
			i = 1
		}
	}
	if int64(i) != int64(int32(i)) {
		return 0, py.ExceptionNewf(py.OverflowError, "signed integer is greater than maximum")
	}
	return int32(i), nil
}

// codeNames is argument n of code(), a tuple of names.
func codeNames(o py.Object, n int) (py.Tuple, error) {
	tup, ok := o.(py.Tuple)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "code() argument %d must be tuple, not %s", n, typeName(o))
	}
	for _, item := range tup {
		if _, ok := item.(py.String); !ok {
			return nil, py.ExceptionNewf(py.TypeError, "name tuples must contain only strings, not '%s'", typeName(item))
		}
	}
	return tup, nil
}

// functionNew is function(code, globals[, name[, argdefs[, closure]]]).
func functionNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var codeArg, globalsArg py.Object
	name, argdefs, closure := py.Object(py.None), py.Object(py.None), py.Object(py.None)
	if err := py.ParseTupleAndKeywords(args, kwargs, "OO|OOO:function",
		[]string{"code", "globals", "name", "argdefs", "closure"},
		&codeArg, &globalsArg, &name, &argdefs, &closure); err != nil {
		return nil, err
	}
	co, ok := codeArg.(*py.Code)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "function() argument 1 must be code, not %s", typeName(codeArg))
	}
	var globals py.StringDict
	switch g := globalsArg.(type) {
	case py.StringDict:
		globals = g
	case *Dict:
		sd, err := g.ToStringDict(func(py.Object) error {
			return py.ExceptionNewf(py.TypeError, "globals must have string keys")
		})
		if err != nil {
			return nil, err
		}
		globals = sd
	default:
		return nil, py.ExceptionNewf(py.TypeError, "function() argument 2 must be dict, not %s", typeName(globalsArg))
	}
	if _, ok := name.(py.String); name != py.None && !ok {
		return nil, py.ExceptionNewf(py.TypeError, "arg 3 (name) must be None or string")
	}
	defaults, ok := argdefs.(py.Tuple)
	if argdefs != py.None && !ok {
		return nil, py.ExceptionNewf(py.TypeError, "arg 4 (defaults) must be None or tuple")
	}
	cells, ok := closure.(py.Tuple)
	if closure != py.None && !ok {
		return nil, py.ExceptionNewf(py.TypeError, "arg 5 (closure) must be tuple")
	}
	if len(co.Freevars) > 0 && closure == py.None {
		return nil, py.ExceptionNewf(py.TypeError, "arg 5 (closure) must be tuple")
	}
	if len(cells) != len(co.Freevars) {
		return nil, py.ExceptionNewf(py.ValueError, "%s requires closure of length %d, not %d", co.Name, len(co.Freevars), len(cells))
	}
	for _, c := range cells {
		if _, ok := c.(*py.Cell); !ok {
			return nil, py.ExceptionNewf(py.TypeError, "arg 5 (closure) expected cell, found %s", typeName(c))
		}
	}
	ctx := CurrentContext()
	if ctx == nil {
		return nil, py.ExceptionNewf(py.SystemError, "function() called outside an interpreter")
	}
	fn := py.NewFunction(ctx, co, globals, "")
	if s, ok := name.(py.String); ok {
		fn.Name = string(s)
	}
	if len(defaults) > 0 {
		fn.Defaults = defaults
	}
	if len(cells) > 0 {
		fn.Closure = cells
	}
	return fn, nil
}
