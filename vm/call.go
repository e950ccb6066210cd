package vm

import (
	"fmt"
	"os"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// callOp implements the CALL_FUNCTION family. The stack holds the callable,
// the positional arguments, then (name, value) pairs for keywords, then
// *args and/or **kwargs for the VAR forms.
func (t *thread) callOp(f *frame, op byte, arg int) (err error) {
	if op == opCALL_FUNCTION && arg < 0x100 {
		// A module's Go function: len(x), abs(x) (fast_gocall.go).
		if done, err := t.moduleCall(f, arg); done {
			return err
		}
	}
	if op == opCALL_FUNCTION && arg == 1 && t.tr == nil {
		if r, ok := strCallFast(f.stack[f.sp-2], f.stack[f.sp-1]); ok {
			f.unwindTo(f.sp - 2)
			f.push(r)
			return nil
		}
	}
	var star, starstar py.Object
	if op == opCALL_FUNCTION_KW || op == opCALL_FUNCTION_VAR_KW {
		starstar = f.pop()
	}
	if op == opCALL_FUNCTION_VAR || op == opCALL_FUNCTION_VAR_KW {
		star = f.pop()
	}
	nargs, nkw := arg&0xff, (arg>>8)&0xff
	base := f.sp - 2*nkw - nargs - 1
	fn := f.stack[base]
	args := f.stack[base+1 : base+1+nargs]
	kwpairs := f.stack[base+1+nargs : f.sp]
	if t.tr != nil && t.tr.profile != nil && isCFunction(fn) { // profile_c.go
		if err = t.profileC(f, "c_call", fn); err != nil {
			f.unwindTo(base)
			return err
		}
		defer t.profileCEnd(f, fn, &err)
	}
	defer func() {
		// A Go builtin that panics raises SystemError here, where the
		// script's except clauses can catch it.
		if r := recover(); r != nil {
			f.unwindTo(base)
			namespacesChanged()
			err = py.ExceptionNewf(py.SystemError, "internal error in the interpreter: %v", r)
		}
	}()

	// A Go method read as an attribute (a boundBuiltin: CALL_FUNCTION_KW
	// and the VAR forms, which no LOAD_METHOD fuses) is called as its
	// bound method, and its argument errors name the method ("format()"),
	// as 3.6's do; but the keywords of an update or __init__ (dict's,
	// OrderedDict's) go to callObject's ordered-keyword path, which needs
	// the boundBuiltin itself (its self may be a subclass's instance).
	// bound is tested rather than desc != fn: comparing interfaces
	// panics when fn is an uncomparable value (a tuple being called).
	desc := fn
	bb, bound := fn.(*boundBuiltin)
	if bound {
		desc = bb.bm
	}
	var kwextra py.StringDict
	if star != nil {
		args, err = t.starArgs(desc, args, star)
		if err != nil {
			f.unwindTo(base)
			return err
		}
	}
	if starstar != nil {
		kwpairs, err = starKwargs(desc, kwpairs, starstar)
		if err != nil {
			f.unwindTo(base)
			return err
		}
	}
	if bound && (len(kwpairs) < 4 || !orderedKwName(desc)) {
		fn = desc
	}
	var res py.Object
	if isGoMethod(fn) && len(kwpairs) == 0 && len(kwextra) == 0 && (len(args) > 0 || !isDirBuiltin(fn)) {
		// A Go builtin reads its arguments off the stack (callGoStack
		// copies them only for a callee that may keep them), and the stack
		// slots are cleared after the call: the loop holds no reference to
		// an argument once the call is over, as CPython's does not.
		owned := star != nil // starArgs made args
		if bm, ok := fn.(*py.BoundMethod); ok {
			res, err = callGoStack(bm.Method.(*py.Method), bm.Self, args, owned)
		} else {
			m := fn.(*py.Method)
			recv, rest, ok := (py.Object)(nil), args, false
			if m.Module == nil {
				recv, rest, ok = goMethodReceiver(m, args)
			}
			if ok {
				res, err = callGoStack(m, recv, rest, owned)
			} else {
				// As m.M__call__(args, nil): the module is self.
				res, err = callGoStack(m, py.Object(m.Module), args, owned)
			}
		}
		f.unwindTo(base)
	} else {
		res, err = t.callObject(f, fn, args, kwpairs, kwextra)
		f.unwindTo(base)
	}
	if !namespaceSafe(fn) {
		namespacesChanged() // global_cache.go
	}
	if err != nil {
		return err
	}
	f.push(res)
	return nil
}

// orderedKwName reports whether bm's Go method may be one whose keyword
// arguments callWithOrderedKw takes in order (by its name).
func orderedKwName(bm py.Object) bool {
	m, ok := bm.(*py.BoundMethod).Method.(*py.Method)
	return !ok || m.Name == "update" || m.Name == "__init__"
}

// starArgs returns args followed by the items of star, in a new slice.
func (t *thread) starArgs(fn py.Object, args []py.Object, star py.Object) ([]py.Object, error) {
	out := append([]py.Object(nil), args...)
	switch s := star.(type) {
	case py.Tuple:
		return append(out, s...), nil
	case *py.List:
		return append(out, s.Items...), nil
	}
	it, err := Iter(star)
	if err != nil {
		if isTypeError(err) && !IterableType(star) {
			return nil, py.ExceptionNewf(py.TypeError, "%s argument after * must be an iterable, not %s", CalleeDesc(fn), star.Type().Name)
		}
		return nil, err
	}
	for {
		v, ok, err := Next(it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return out, nil
		}
		out = append(out, v)
	}
}

// starKwargs appends the items of a **mapping to the keyword pairs, in the
// mapping's order, refusing keys that are not str or that the pairs
// already give.
func starKwargs(fn py.Object, kwpairs []py.Object, m py.Object) ([]py.Object, error) {
	n := len(kwpairs)
	if d, ok := m.(*Dict); ok {
		n += 2 * d.used // room for the dict's pairs: no growth
	}
	out := append(make([]py.Object, 0, n), kwpairs...)
	add := func(k, v py.Object) error {
		ks, ok := pyutil.Unwrap(k).(py.String) // a str subclass's instance is a str
		if !ok {
			return keywordsNotStrings(fn)
		}
		k = ks
		for i := 0; i < len(out); i += 2 {
			if s, _ := out[i].(py.String); s == ks {
				return py.ExceptionNewf(py.TypeError, "%s got multiple values for keyword argument '%s'", CalleeDesc(fn), string(ks))
			}
		}
		out = append(out, k, v)
		return nil
	}
	switch d := m.(type) {
	case *Dict:
		for _, e := range d.entries {
			if e.key != nil {
				if err := add(e.key, e.value); err != nil {
					return nil, err
				}
			}
		}
		return out, nil
	case py.StringDict:
		keys, values := namespaceItems(d) // non-str keys too (dict_side.go)
		for i, k := range keys {
			if err := add(k, values[i]); err != nil {
				return nil, err
			}
		}
		return out, nil
	}
	keys, err := getAttrOrNil(m, "keys")
	if err != nil {
		return nil, err
	}
	if keys == nil {
		return nil, py.ExceptionNewf(py.TypeError, "%s argument after ** must be a mapping, not %s", CalleeDesc(fn), typeName(m))
	}
	ks, err := Call(keys, nil, nil)
	if err != nil {
		return nil, err
	}
	err = forEach(ks, func(k py.Object) error {
		v, err := GetItem(m, k)
		if err != nil {
			return err
		}
		return add(k, v)
	})
	return out, err
}

// keywordsNotStrings is the TypeError of a **mapping with a key that is
// not a str, worded as 3.6's: a Python function (or the __init__ a class
// runs) names itself, a built-in does not.
func keywordsNotStrings(fn py.Object) error {
	switch v := fn.(type) {
	case *py.Function:
		return py.ExceptionNewf(py.TypeError, "%s() keywords must be strings", v.Name)
	case *py.BoundMethod:
		if pf, ok := v.Method.(*py.Function); ok {
			return keywordsNotStrings(pf)
		}
	case *py.Type:
		if _, ok := isClass(v); ok {
			if init, ok := v.Lookup("__init__").(*py.Function); ok {
				return keywordsNotStrings(init)
			}
		}
	}
	return py.ExceptionNewf(py.TypeError, "keywords must be strings")
}

func isTypeError(err error) bool {
	return py.IsException(py.TypeError, err)
}

// IterableType reports whether o's type offers iteration, by __iter__ or
// by __getitem__ (CPython's tp_iter or PySequence_Check): the TypeError
// an __iter__ of its raises is its own, where another type's is "argument
// after * must be an iterable".
func IterableType(o py.Object) bool {
	if cls, ok := pythonClassOf(o); ok {
		return cls.Lookup("__iter__") != nil || cls.Lookup("__getitem__") != nil
	}
	switch o.(type) {
	case py.I__iter__, py.I__getitem__:
		return true
	}
	return o.Type().Lookup("__iter__") != nil || o.Type().Lookup("__getitem__") != nil
}

// callObject calls fn. f is the calling frame (nil from Go); args and
// kwpairs may be views of f's stack and are not retained.
func (t *thread) callObject(f *frame, fn py.Object, args []py.Object, kwpairs []py.Object, kwextra py.StringDict) (py.Object, error) {
	switch fn := fn.(type) {
	case *py.Function:
		return t.callFunction(fn, nil, args, kwpairs, kwextra)
	case *py.BoundMethod:
		if pf, ok := fn.Method.(*py.Function); ok {
			return t.callFunction(pf, fn.Self, args, kwpairs, kwextra)
		}

	case *py.Method:
		if f != nil && fn.Internal() != py.InternalMethodNone {
			return t.callInternal(f, fn, args, kwpairs, kwextra)
		}
		if f != nil && len(args) == 0 && len(kwpairs) == 0 && isDirBuiltin(fn) {
			return dirOfFrame(f)
		}
		if recv, rest, ok := goMethodReceiver(fn, args); ok {
			kw, err := kwDict(fn, kwpairs, kwextra)
			if err != nil {
				return nil, err
			}
			return fn.CallWithKeywords(recv, append(py.Tuple(nil), rest...), kw)
		}
	case *py.Type:
		if pyutil.IsInstanceObject(fn) {
			return t.instanceCall(f, fn, fn.ObjectType, args, kwpairs, kwextra)
		}
		if fn == DictType {
			return newDictFromPairs(args, kwpairs, kwextra)
		}
		if meta := fn.Type(); meta != py.TypeType && meta != nil && meta.Flags&py.TPFLAGS_HEAPTYPE != 0 {
			if m := userMethod(meta, "__call__"); m != nil {
				// A metaclass's __call__ makes the instances.
				kw, err := kwDict(fn, kwpairs, kwextra)
				if err != nil {
					return nil, err
				}
				return callMethodKw(fn, m, args, kw)
			}
		}
		if isSetUpClass(fn) {
			return t.classCall(f, fn, args, kwpairs, kwextra)
		}
		if valueBases[fn] {
			args = convertedArg(fn, args)
		}
		if fn == py.TypeType && len(args) == 3 && f != nil && len(kwpairs) == 0 && len(kwextra) == 0 {
			if r, ok, err := newClassFromCall(f, args); ok {
				return r, err
			}
		}
		if fn == superType && len(args) == 0 && len(kwpairs) == 0 && f != nil {
			return zeroArgSuper(f)
		}
		if fn.IsSubtype(py.BaseException) {
			if cls, ok := isClass(fn); ok {
				return t.newException(cls, args, kwpairs, kwextra)
			}
		}
	}
	if len(kwpairs) >= 4 {
		// dict.update(z=1, a=2): the keywords' order (dict_kw_order.go)
		if r, ok, err := callWithOrderedKw(fn, args, kwpairs, kwextra); ok {
			return r, err
		}
	}
	kw, err := kwDict(fn, kwpairs, kwextra)
	if err != nil {
		return nil, err
	}
	if _, ok := fn.(py.I__call__); !ok {
		// py.Call's message names the Go type's Name, not its tp_name
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not callable", typeName(fn))
	}
	return py.Call(fn, append(py.Tuple(nil), args...), kw)
}

// kwDict builds the keyword dict of a call into Go code.
func kwDict(fn py.Object, kwpairs []py.Object, kwextra py.StringDict) (py.StringDict, error) {
	if len(kwpairs) == 0 {
		if len(kwextra) == 0 {
			return nil, nil
		}
		return kwextra, nil
	}
	kw := make(py.StringDict, len(kwpairs)/2+len(kwextra))
	for k, v := range kwextra {
		kw[k] = v
	}
	for i := 0; i < len(kwpairs); i += 2 {
		k := string(kwpairs[i].(py.String))
		if _, dup := kw[k]; dup {
			return nil, py.ExceptionNewf(py.TypeError, "%s got multiple values for keyword argument '%s'", CalleeDesc(fn), k)
		}
		kw[k] = kwpairs[i+1]
	}
	return kw, nil
}

// callFunction runs a Python function on this thread: arguments are bound
// straight into the new frame's slots, with self first when given.
func (t *thread) callFunction(fn *py.Function, self py.Object, args []py.Object, kwpairs []py.Object, kwextra py.StringDict) (py.Object, error) {
	c := t.decodedOn(fn.Code)
	if c.flags&py.CO_GENERATOR != 0 {
		f := t.newGenFrame(c, fn.Globals, fn.Context)
		if err := bindArgs(c, f.fast, self, args, kwpairs, kwextra, fn.Defaults, fn.KwDefaults, fn.Closure); err != nil {
			return nil, err
		}
		noteGeneratorFunction(fn, c.py) // genobj_names.go
		// A coroutine's or async generator's object (code_async.go).
		return asyncOf(fn, c, t.newGenerator(&f))
	}
	var locals py.StringDict
	if c.flags&py.CO_NEWLOCALS == 0 {
		// Code that runs in a namespace (a class body called as a
		// function) gets a fresh one, as CPython does.
		locals = py.NewStringDict()
	}
	// Calls are where the eval breaker is checked, with backward jumps.
	if err := t.checkInterrupt(); err != nil {
		return nil, err
	}
	f := t.newFrame(c, fn.Globals, locals, fn.Context)
	if err := bindArgs(c, f.fast, self, args, kwpairs, kwextra, fn.Defaults, fn.KwDefaults, fn.Closure); err != nil {
		t.release(f)
		return nil, err
	}
	return t.runFrame(f)
}

// runFrame runs a frame prepared by newFrame, with the recursion check,
// and releases it.
func (t *thread) runFrame(f *frame) (py.Object, error) {
	if err := t.checkDepth(""); err != nil {
		t.release(f)
		return nil, err
	}
	t.depth++
	f.back, t.top = t.top, f
	res, err := t.run(f)
	t.top = f.back
	t.depth--
	t.release(f)
	t.afterReturn()
	return res, err
}

func (t *thread) recursionLimit() int {
	return min(t.limit, maxRecursionLimit)
}

// bindArgs fills fast (locals, cells, frees) from a call's arguments, with
// CPython 3.6's rules and messages.
func bindArgs(c *code, fast []py.Object, self py.Object, args []py.Object, kwpairs []py.Object, kwextra py.StringDict, defs py.Tuple, kwdefs py.StringDict, closure py.Tuple) error {
	co := c.py
	argcount := int(co.Argcount)
	total := argcount + int(co.Kwonlyargcount)
	nargs := len(args)
	if self != nil {
		nargs++
	}
	arg := func(i int) py.Object {
		if self != nil {
			if i == 0 {
				return self
			}
			return args[i-1]
		}
		return args[i]
	}
	// Fast path: exact positional call.
	if nargs == argcount && len(kwpairs) == 0 && len(kwextra) == 0 && co.Flags&(py.CO_VARARGS|py.CO_VARKEYWORDS) == 0 && co.Kwonlyargcount == 0 {
		if self != nil {
			fast[0] = self
			copy(fast[1:], args)
		} else {
			copy(fast, args)
		}
		if c.ncells == 0 && len(closure) == 0 {
			return nil
		}
		return makeCells(c, fast, closure)
	}
	var kwdict *Dict
	if co.Flags&py.CO_VARKEYWORDS != 0 {
		kwdict = NewDict(0)
		i := total
		if co.Flags&py.CO_VARARGS != 0 {
			i++
		}
		fast[i] = kwdict
	}
	n := min(nargs, argcount)
	for i := 0; i < n; i++ {
		fast[i] = arg(i)
	}
	if co.Flags&py.CO_VARARGS != 0 {
		rest := make(py.Tuple, 0, max(nargs-n, 0))
		for i := n; i < nargs; i++ {
			rest = append(rest, arg(i))
		}
		fast[total] = rest
	}
	bindKw := func(k string, v py.Object) error {
		for j := 0; j < total; j++ {
			if co.Varnames[j] == k {
				if fast[j] != nil {
					return py.ExceptionNewf(py.TypeError, "%s() got multiple values for argument '%s'", co.Name, k)
				}
				fast[j] = v
				return nil
			}
		}
		if kwdict == nil {
			return py.ExceptionNewf(py.TypeError, "%s() got an unexpected keyword argument '%s'", co.Name, k)
		}
		kwdict.SetStr(k, v)
		return nil
	}
	for i := 0; i < len(kwpairs); i += 2 {
		k, ok := kwpairs[i].(py.String)
		if !ok {
			return py.ExceptionNewf(py.TypeError, "%s() keywords must be strings", co.Name)
		}
		if err := bindKw(string(k), kwpairs[i+1]); err != nil {
			return err
		}
	}
	for _, k := range sortedKeysOrNone(kwextra) {
		if err := bindKw(k, kwextra[k]); err != nil {
			return err
		}
	}
	if nargs > argcount && co.Flags&py.CO_VARARGS == 0 {
		return tooManyPositional(co, nargs, len(defs), fast)
	}
	if nargs < argcount {
		m := argcount - len(defs)
		var missing []string
		for i := nargs; i < m; i++ {
			if fast[i] == nil {
				missing = append(missing, co.Varnames[i])
			}
		}
		if len(missing) > 0 {
			return missingArgs(co, "positional", missing)
		}
		for i := max(nargs-m, 0); i < len(defs); i++ {
			if fast[m+i] == nil {
				fast[m+i] = defs[i]
			}
		}
	}
	if co.Kwonlyargcount > 0 {
		var missing []string
		for i := argcount; i < total; i++ {
			if fast[i] != nil {
				continue
			}
			if d, ok := kwdefs[co.Varnames[i]]; ok {
				fast[i] = d
				continue
			}
			missing = append(missing, co.Varnames[i])
		}
		if len(missing) > 0 {
			return missingArgs(co, "keyword-only", missing)
		}
	}
	return makeCells(c, fast, closure)
}

// makeCells creates the frame's cells (moving arguments that are cells
// into them) and copies the closure's free variables.
func makeCells(c *code, fast []py.Object, closure py.Tuple) error {
	if c.ncells == 0 && len(closure) == 0 {
		return nil
	}
	co := c.py
	for i := 0; i < c.ncells; i++ {
		if co.Cell2arg != nil && co.Cell2arg[i] != py.CO_CELL_NOT_AN_ARG {
			a := int(co.Cell2arg[i])
			fast[c.nlocals+i] = py.NewCell(fast[a])
			fast[a] = nil
		} else {
			fast[c.nlocals+i] = py.NewCell(nil)
		}
	}
	copy(fast[c.nlocals+c.ncells:], closure)
	return nil
}

func missingArgs(co *py.Code, kind string, names []string) error {
	var list string
	switch len(names) {
	case 1:
		list = "'" + names[0] + "'"
	case 2:
		list = fmt.Sprintf("'%s' and '%s'", names[0], names[1])
	default:
		list = "'" + strings.Join(names[:len(names)-1], "', '") + "', and '" + names[len(names)-1] + "'"
	}
	s := "s"
	if len(names) == 1 {
		s = ""
	}
	return py.ExceptionNewf(py.TypeError, "%s() missing %d required %s argument%s: %s", co.Name, len(names), kind, s, list)
}

func tooManyPositional(co *py.Code, given, ndefs int, fast []py.Object) error {
	kwonly := 0
	for i := co.Argcount; i < co.Argcount+co.Kwonlyargcount; i++ {
		if fast[i] != nil {
			kwonly++
		}
	}
	var sig string
	plural := co.Argcount != 1
	if ndefs > 0 {
		plural = true
		sig = fmt.Sprintf("from %d to %d", int(co.Argcount)-ndefs, co.Argcount)
	} else {
		sig = fmt.Sprint(co.Argcount)
	}
	suffix := func(b bool) string {
		if b {
			return "s"
		}
		return ""
	}
	kwsig := ""
	if kwonly > 0 {
		kwsig = fmt.Sprintf(" positional argument%s (and %d keyword-only argument%s)", suffix(given != 1), kwonly, suffix(kwonly != 1))
	}
	was := "were"
	if given == 1 && kwonly == 0 {
		was = "was"
	}
	return py.ExceptionNewf(py.TypeError, "%s() takes %s positional argument%s but %d%s %s given", co.Name, sig, suffix(plural), given, kwsig, was)
}

// makeFunction implements MAKE_FUNCTION and MAKE_CLOSURE.
func makeFunction(f *frame, closure bool, arg int32) error {
	posdefaults := int(arg & 0xff)
	kwdefaults := int((arg >> 8) & 0xff)
	nann := int((arg >> 16) & 0x7fff)
	qualname := f.pop()
	co, ok := f.pop().(*py.Code)
	if !ok {
		return py.ExceptionNewf(py.SystemError, "MAKE_FUNCTION without a code object")
	}
	qn, _ := qualname.(py.String)
	fn := py.NewFunction(f.ctx, co, f.globals, string(qn))
	if closure {
		fn.Closure, _ = f.pop().(py.Tuple)
	}
	// gpython's compiler loads a decorated function's decorators after
	// its defaults and annotations: they sit on top of them here, and go
	// back on the stack under the function made.
	var decorators []py.Object
	if arg != 0 {
		if k := decoratorCount(f, co); k > 0 && k <= f.sp {
			decorators = append(decorators, f.stack[f.sp-k:f.sp]...)
			clear(f.stack[f.sp-k : f.sp])
			f.sp -= k
		}
	}
	if nann > 0 {
		names, _ := f.pop().(py.Tuple)
		anns := py.NewStringDict()
		order := make([]string, len(names))
		for i := len(names) - 1; i >= 0; i-- {
			n, _ := names[i].(py.String)
			anns[string(n)] = f.pop()
			order[i] = string(n)
		}
		setNamespaceOrder(anns, order) // the parameters' order, then 'return'
		fn.Annotations = anns
	}
	if kwdefaults > 0 {
		defs := py.NewStringDict()
		order := make([]string, kwdefaults)
		for i := kwdefaults - 1; i >= 0; i-- {
			v := f.pop()
			k, _ := f.pop().(py.String)
			defs[string(k)] = v
			order[i] = string(k)
		}
		setNamespaceOrder(defs, order) // the parameters' order, as __kwdefaults__ shows it
		fn.KwDefaults = defs
	}
	if posdefaults > 0 {
		defs := make(py.Tuple, posdefaults)
		for i := posdefaults - 1; i >= 0; i-- {
			defs[i] = f.pop()
		}
		fn.Defaults = defs
	}
	for _, d := range decorators {
		f.push(d)
	}
	f.push(fn)
	return nil
}

// evalCode is py.VmEvalCode: a call from Go (py.Function.M__call__,
// ctx.RunCode, class bodies) of a code object.
func evalCode(ctx py.Context, co *py.Code, globals, locals py.StringDict, args []py.Object, kws py.StringDict, defs []py.Object, kwdefs py.StringDict, closure py.Tuple) (py.Object, error) {
	if globals == nil {
		return nil, py.ExceptionNewf(py.SystemError, "PyEval_EvalCodeEx: nil globals")
	}
	t, acquired := enterThread(ctx)
	if acquired {
		defer t.leave()
	}
	namespacesChanged() // the caller may have written the globals (global_cache.go)
	c := decoded(co)
	if c.flags&py.CO_NEWLOCALS != 0 {
		locals = nil // optimized code has no namespace; gpython passes a fresh dict
	}
	if c.flags&py.CO_GENERATOR != 0 {
		f := t.newGenFrame(c, globals, ctx)
		f.locals = locals
		if err := bindArgs(c, f.fast, nil, args, nil, kws, defs, kwdefs, closure); err != nil {
			return nil, err
		}
		return asyncOf(nil, c, t.newGenerator(&f)) // code_async.go
	}
	f := t.newFrame(c, globals, locals, ctx)
	if err := bindArgs(c, f.fast, nil, args, nil, kws, defs, kwdefs, closure); err != nil {
		t.release(f)
		return nil, err
	}
	return t.runFrame(f)
}

// isGoMethod reports whether fn is a builtin implemented in Go (or one bound
// to an object, list.append), which callOp calls with a view of the stack.
func isGoMethod(fn py.Object) bool {
	switch m := fn.(type) {
	case *py.Method:
		return m.Internal() == py.InternalMethodNone
	case *py.BoundMethod:
		_, ok := m.Method.(*py.Method)
		return ok
	}
	return false
}

// inlineCall starts a CALL_FUNCTION of a Python function (or a method
// bound to one) with positional arguments as a new frame that the loop
// runs itself, returning it; nil means the call takes the general path
// (keywords, generators, class bodies, the recursion limit, a pending
// interrupt, an argument error to report).
func (t *thread) inlineCall(f *frame, arg int) *frame {
	nargs, nkw := arg&0xff, (arg>>8)&0xff
	if arg>>16 != 0 || !inlineCalls {
		return nil
	}
	if nkw != 0 {
		return t.inlineCallKw(f, nargs, nkw)
	}
	base := f.sp - nargs - 1
	switch v := f.stack[base].(type) {
	case *compFunc:
		return t.inlineComp(f, v, base) // comprehension_call.go
	case *py.Type:
		return t.inlineInit(f, v, base, nargs) // fast_classcall.go
	}
	fn, self, ok := pythonCallee(f.stack[base])
	if !ok {
		return nil
	}
	c := t.decodedOn(fn.Code)
	if !t.inlineable(c) {
		return nil
	}
	nf := t.newFrame(c, fn.Globals, nil, fn.Context)
	if c.plainCall && len(fn.Closure) == 0 {
		// bindArgs's first case, without its set-up.
		// The arguments are few: a loop costs less than copy's
		// write-barrier path.
		if self != nil && nargs+1 == c.argcount {
			nf.fast[0] = self
			for i, a := range f.stack[base+1 : f.sp] {
				nf.fast[i+1] = a
			}
			goto bound
		}
		if self == nil && nargs == c.argcount {
			for i, a := range f.stack[base+1 : f.sp] {
				nf.fast[i] = a
			}
			goto bound
		}
	}
	if c.plainCall && len(fn.Closure) == 0 {
		// Defaults to fill in.
		if !bindPlain(c, nf.fast, self, f.stack[base+1:f.sp], nil, fn.Defaults) {
			t.release(nf)
			return nil
		}
		goto bound
	}
	if err := bindArgs(c, nf.fast, self, f.stack[base+1:f.sp], nil, nil, fn.Defaults, fn.KwDefaults, fn.Closure); err != nil {
		t.release(nf)
		return nil
	}
bound:
	return t.pushInline(f, nf, base)
}

// inlineCallKw is inlineCall for a call with nkw keyword arguments, as
// (name, value) pairs above the nargs positional ones, of a Python
// function or a method bound to one: bindArgs matches the names to the
// parameters in the new frame's slots (a dict is made only for a
// **kwargs parameter). A call bindArgs refuses takes the general path,
// which reports its error.
func (t *thread) inlineCallKw(f *frame, nargs, nkw int) *frame {
	base := f.sp - 2*nkw - nargs - 1
	fn, self, ok := pythonCallee(f.stack[base])
	if !ok {
		return nil
	}
	c := t.decodedOn(fn.Code)
	if !t.inlineable(c) {
		return nil
	}
	nf := t.newFrame(c, fn.Globals, nil, fn.Context)
	args := f.stack[base+1 : base+1+nargs]
	kwpairs := f.stack[base+1+nargs : f.sp]
	if c.plainCall && len(fn.Closure) == 0 {
		if !bindPlain(c, nf.fast, self, args, kwpairs, fn.Defaults) {
			t.release(nf)
			return nil
		}
	} else if err := bindArgs(c, nf.fast, self, args, kwpairs, nil, fn.Defaults, fn.KwDefaults, fn.Closure); err != nil {
		t.release(nf)
		return nil
	}
	return t.pushInline(f, nf, base)
}

// bindPlain binds the arguments of a call of a plainCall function with
// no closure (positional parameters only, no cells) into fast, the new
// frame's cleared slots: self first when not nil, the positional
// arguments, each keyword pair's value in the parameter of its name, the
// defaults in the slots left. It reports false, with fast partly
// written, for any call bindArgs would refuse (too many arguments, a
// keyword naming no parameter or one already bound, a parameter left
// without a value): the caller drops the frame and lets the general path
// bind the call again and report the error.
func bindPlain(c *code, fast []py.Object, self py.Object, args, kwpairs []py.Object, defs py.Tuple) bool {
	argcount := c.argcount
	i := 0
	if self != nil {
		fast[0] = self
		i = 1
	}
	if i+len(args) > argcount {
		return false
	}
	for _, a := range args {
		fast[i] = a
		i++
	}
	names := c.py.Varnames
	for k := 0; k < len(kwpairs); k += 2 {
		name, ok := kwpairs[k].(py.String)
		if !ok {
			return false
		}
		// A name of a parameter bound by position is bindArgs's
		// "multiple values" error: the search starts past them.
		j := i
		for j < argcount && names[j] != string(name) {
			j++
		}
		if j == argcount || fast[j] != nil {
			return false
		}
		fast[j] = kwpairs[k+1]
	}
	m := argcount - len(defs)
	for j := i; j < argcount; j++ {
		if fast[j] == nil {
			if j < m {
				return false
			}
			fast[j] = defs[j-m]
		}
	}
	return true
}

// sortedKeysOrNone is sortedKeys, without its work for an empty map.
func sortedKeysOrNone(m py.StringDict) []string {
	if len(m) == 0 {
		return nil
	}
	return sortedKeys(m)
}

// inlineable reports whether a call of code c can run as a frame of the
// running loop: not a generator, in a new namespace, below the recursion
// limit, no Ctrl-C pending, no trace hook set.
func (t *thread) inlineable(c *code) bool {
	return c.flags&py.CO_GENERATOR == 0 && c.flags&py.CO_NEWLOCALS != 0 && t.depth < t.recursionLimit() && !t.overflowed && !sigintPending() && t.tr == nil
}

// pushInline makes nf, whose arguments are bound, the running frame,
// called inline by f from the call whose slots start at base.
func (t *thread) pushInline(f, nf *frame, base int) *frame {
	nf.inline = true
	nf.callBase = base
	nf.back = f
	t.top = nf
	t.depth++
	return nf
}

// inlineCalls can be turned off with GPYTHONSSL_VM_NO_INLINE=1, to compare
// the two call paths (benchmarks) or to bisect a problem.
var inlineCalls = os.Getenv("GPYTHONSSL_VM_NO_INLINE") == ""

// decoratorCount is the number of decorators of the def statement whose
// MAKE_FUNCTION is running in f: a def (not a lambda or a comprehension,
// whose code names start with "<") made and then called once per
// decorator, CALL_FUNCTION 1 each, before it is stored.
func decoratorCount(f *frame, co *py.Code) int {
	if strings.HasPrefix(co.Name, "<") {
		return 0
	}
	k := 0
	for pc := f.pc; pc < len(f.c.ins); pc++ {
		in := f.c.ins[pc]
		if in.op != opCALL_FUNCTION || in.arg != 1 {
			break
		}
		k++
	}
	return k
}

// pythonCallee is the Python function a call of o runs inline, with the
// object a bound method passes first (nil for a plain function); ok is
// false for any other callable.
func pythonCallee(o py.Object) (fn *py.Function, self py.Object, ok bool) {
	switch v := o.(type) {
	case *py.Function:
		return v, nil, true
	case *py.BoundMethod:
		pf, isFn := v.Method.(*py.Function)
		return pf, v.Self, isFn
	}
	return nil, nil, false
}
