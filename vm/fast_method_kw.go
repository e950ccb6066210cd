package vm

import (
	"strings"

	"github.com/go-python/gpython/py"
)

// Method calls with keywords, *args or **kwargs, without a bound method.
//
// fuseMethodCalls (fast_method.go) turns the call of obj.m(a, k=v),
// obj.m(*a) or obj.m(**d) into CALL_METHOD_KW after LOAD_METHOD. Its arg
// packs the call's own arg (positional count | keyword count << 8), which
// CALL_FUNCTION form it was (callMethodKwOps) and the attribute's name
// index. With [function, self] under the arguments it calls a Python
// function, or a Go method of a built-in value, with self first, as the
// bound method LOAD_ATTR would have made is called, with the same argument
// errors (they name the method: "format()"). Everything else, and the
// calls whose path needs the bound method itself (a trace or profile
// hook, dict.update's keywords in order, a special method, a Go method
// taking a class's instance), makes the object LOAD_ATTR would have
// pushed and takes callOp's path.

// opCALL_METHOD_KW is not a Python opcode (see above).
const opCALL_METHOD_KW = 239

// callMethodKwOps are the CALL_FUNCTION forms, by the 2-bit number
// CALL_METHOD_KW's arg keeps.
var callMethodKwOps = [4]byte{opCALL_FUNCTION, opCALL_FUNCTION_VAR, opCALL_FUNCTION_KW, opCALL_FUNCTION_VAR_KW}

// callMethodKw is CALL_METHOD_KW arg. A Python function called with
// positional and keyword arguments only runs inline: the frame returned
// is the loop's to run.
func (t *thread) callMethodKw(f *frame, arg int) (*frame, error) {
	op := callMethodKwOps[(arg>>16)&3]
	callArg := arg & 0xffff
	if op == opCALL_FUNCTION && callArg&0xff < 0xff {
		base := f.sp - callArg&0xff - 2*(callArg>>8) - 2
		if _, ok := f.stack[base].(*py.Function); ok && f.stack[base+1] != nil {
			// [function, self] is a call of the function with self
			// as one more positional argument.
			if nf := t.inlineCall(f, callArg+1); nf != nil {
				return nf, nil
			}
		}
	}
	return nil, t.callMethodKwSlow(f, arg, op, callArg)
}

// callMethodKwSlow is callMethodKw for calls that do not run inline.
func (t *thread) callMethodKwSlow(f *frame, arg int, op byte, callArg int) error {
	n := callArg&0xff + 2*((callArg>>8)&0xff)
	switch op {
	case opCALL_FUNCTION_VAR, opCALL_FUNCTION_KW:
		n++
	case opCALL_FUNCTION_VAR_KW:
		n += 2
	}
	base := f.sp - n - 2
	fn, self := f.stack[base], f.stack[base+1]
	if self != nil {
		if t.directMethodKw(fn, self) {
			return t.callMethodKwDirect(f, base, op, callArg, fn, self)
		}
		switch m := fn.(type) {
		case *py.Function:
			f.stack[base] = py.NewBoundMethod(self, m)
		default:
			// LOAD_ATTR's object: no lookup hook ran when LOAD_METHOD
			// found m (loadMethod's conditions), so none runs here.
			r, err := GetAttr(self, f.c.names[arg>>18])
			if err != nil {
				f.unwindTo(base)
				return err
			}
			f.stack[base] = r
		}
	}
	// Drop the second slot: the stack is CALL_FUNCTION's again.
	copy(f.stack[base+1:f.sp-1], f.stack[base+2:f.sp])
	f.sp--
	f.stack[f.sp] = nil
	if trackedGens.Load() != 0 {
		return t.callOpTracked(f, op, callArg) // finalize_temps.go
	}
	return t.callOp(f, op, callArg)
}

// directMethodKw reports whether callMethodKwDirect may call fn with self
// first for a CALL_METHOD_KW: a Python function, or a built-in value's Go
// method that is not a special method (read as an attribute, that is a
// method-wrapper) nor one whose keywords callOp passes on in order.
func (t *thread) directMethodKw(fn, self py.Object) bool {
	if t.tr != nil {
		return false // profile_c.go's hooks see the bound method
	}
	switch m := fn.(type) {
	case *py.Function:
		return true
	case *py.Method:
		if _, ok := self.(*py.Type); ok {
			return false // a Go method in a Python class (loadMethod)
		}
		return m.Module == nil && !strings.HasPrefix(m.Name, "__") && m.Name != "update"
	}
	return false
}

// callMethodKwDirect calls fn (directMethodKw's) with self, the
// positional arguments, keyword pairs and the *args/**kwargs of form op
// above stack[base+1], as callOp calls the bound method, and leaves the
// result in stack[base].
func (t *thread) callMethodKwDirect(f *frame, base int, op byte, arg int, fn, self py.Object) (err error) {
	defer func() {
		if r := recover(); r != nil {
			f.unwindTo(base)
			namespacesChanged()
			err = py.ExceptionNewf(py.SystemError, "internal error in the interpreter: %v", r)
		}
	}()
	var star, starstar py.Object
	if op == opCALL_FUNCTION_KW || op == opCALL_FUNCTION_VAR_KW {
		starstar = f.pop()
	}
	if op == opCALL_FUNCTION_VAR || op == opCALL_FUNCTION_VAR_KW {
		star = f.pop()
	}
	nargs := arg & 0xff
	args := f.stack[base+2 : base+2+nargs]
	kwpairs := f.stack[base+2+nargs : f.sp]
	if star != nil {
		if args, err = t.starArgs(fn, args, star); err != nil {
			f.unwindTo(base)
			return err
		}
	}
	if starstar != nil {
		if kwpairs, err = starKwargs(fn, kwpairs, starstar); err != nil {
			f.unwindTo(base)
			return err
		}
	}
	var res py.Object
	switch m := fn.(type) {
	case *py.Function:
		res, err = t.callFunction(m, self, args, kwpairs, nil)
	case *py.Method:
		if len(kwpairs) == 0 {
			res, err = callGoStack(m, self, args, star != nil)
		} else {
			var kw py.StringDict
			if kw, err = kwDict(m, kwpairs, nil); err == nil {
				res, err = m.CallWithKeywords(self, argTuple(m, args, star != nil), kw)
			}
		}
		if !plainValue(self) && !quietGoFunc(m) {
			namespacesChanged() // global_cache.go
		}
	}
	f.unwindTo(base)
	if err != nil {
		return err
	}
	f.push(res)
	return nil
}
