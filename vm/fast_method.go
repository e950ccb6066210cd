package vm

import (
	"slices"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// Method calls without a bound method.
//
// gpython's compiler emits obj.m(a, b) as LOAD_ATTR m, the arguments, then
// CALL_FUNCTION 2: the attribute lookup makes a bound method that the call
// consumes at once. decode (fuseMethodCalls) finds each LOAD_ATTR whose
// value is used only as the callable of a call in the same straight-line
// run of instructions, and rewrites the pair to LOAD_METHOD/CALL_METHOD
// (positional arguments only) or LOAD_METHOD/CALL_METHOD_KW (keywords,
// *args or **kwargs: fast_method_kw.go). LOAD_METHOD leaves two slots where LOAD_ATTR
// left one:
//
//	[function, self]  a Python function found on an instance's class, or a
//	                  Go method found on a built-in value's type: the call
//	                  passes self first, no bound method is made;
//	[value, nil]      anything else: the attribute as LOAD_ATTR gives it,
//	                  and the call drops the empty slot and goes on as
//	                  CALL_FUNCTION.
//
// The first form is taken only where LOAD_ATTR would have produced exactly
// the bound method (function, self): a plain instance (no built-in value,
// not a threading.local) whose class has no __getattribute__, whose
// attribute is a plain function and not shadowed by the instance dict
// (checked on every lookup); or a list, dict, set, tuple, str or bytes
// whose type holds a Go method under the name. The class-attribute cache
// (attrcache.go) answers the class side, so rebinding or deleting a class
// attribute, or adding __getattribute__, invalidates it as it does for
// LOAD_ATTR. Calls that do not run inline (generators, the recursion
// limit, argument errors) rebuild the bound method and take
// CALL_FUNCTION's path, with its errors.

// stackUse is what an instruction pops and pushes, for the analysis below;
// ok is false for instructions that may not sit between a fused pair
// (jumps, blocks, stores, yields, and anything not listed).
func stackUse(in instr) (pops, pushes int, ok bool) {
	switch in.op {
	case opNOP:
		return 0, 0, true
	case opLOAD_FAST, opLOAD_CONST, opLOAD_GLOBAL, opLOAD_NAME, opLOAD_DEREF,
		opLOAD_CLASSDEREF, opLOAD_CLOSURE, opBUILD_MAP:
		return 0, 1, true
	case opLOAD_ATTR, opGET_ITER, opUNARY_POSITIVE, opUNARY_NEGATIVE, opUNARY_INVERT, opUNARY_NOT:
		return 1, 1, true
	case opBINARY_ADD, opINPLACE_ADD, opBINARY_SUBTRACT, opINPLACE_SUBTRACT,
		opBINARY_MULTIPLY, opINPLACE_MULTIPLY, opBINARY_MODULO, opINPLACE_MODULO,
		opBINARY_POWER, opINPLACE_POWER, opBINARY_FLOOR_DIVIDE, opINPLACE_FLOOR_DIVIDE,
		opBINARY_TRUE_DIVIDE, opINPLACE_TRUE_DIVIDE, opBINARY_LSHIFT, opINPLACE_LSHIFT,
		opBINARY_RSHIFT, opINPLACE_RSHIFT, opBINARY_AND, opINPLACE_AND,
		opBINARY_XOR, opINPLACE_XOR, opBINARY_OR, opINPLACE_OR,
		opCOMPARE_OP, opBINARY_SUBSCR:
		return 2, 1, true
	case opSLICE_SUBSCR, opSTORE_MAP:
		return 3, 1, true
	case opBUILD_TUPLE, opBUILD_LIST, opBUILD_SET, opBUILD_SLICE:
		return int(in.arg), 1, true
	case opCALL_FUNCTION, opCALL_FUNCTION_VAR, opCALL_FUNCTION_KW, opCALL_FUNCTION_VAR_KW:
		n := int(in.arg&0xff) + 2*int((in.arg>>8)&0xff) + 1
		switch in.op {
		case opCALL_FUNCTION_VAR, opCALL_FUNCTION_KW:
			n++
		case opCALL_FUNCTION_VAR_KW:
			n += 2
		}
		return n, 1, true
	case opMAKE_FUNCTION:
		// Only without defaults or annotations: with them, decorators
		// may sit on the stack (makeFunction).
		return 2, 1, in.arg == 0
	case opMAKE_CLOSURE:
		return 3, 1, in.arg == 0
	case opMAKE_FUNCTION36: // 3.6's, with a closure only (exec_ops36.go)
		return 3, 1, in.arg == 8
	case opBUILD_CONST_KEY_MAP: // exec_ops36.go
		return int(in.arg) + 1, 1, true
	case opBUILD_MAP36:
		return 2 * int(in.arg), 1, true
	case opBUILD_LIST_UNPACK, opBUILD_TUPLE_UNPACK, opBUILD_SET_UNPACK, opBUILD_MAP_UNPACK,
		opBUILD_TUPLE_UNPACK_WITH_CALL, opBUILD_MAP_UNPACK_WITH_CALL, opBUILD_STRING:
		// exec_unpack.go, exec_ops36.go: the WITH_CALL forms read the
		// callee below their operands without popping it.
		return int(in.arg), 1, true
	case opFORMAT_VALUE: // with its format spec when flag 0x04 is set
		if in.arg&0x04 != 0 {
			return 2, 1, true
		}
		return 1, 1, true
	}
	return 0, 0, false
}

// fuseCall rewrites the LOAD_ATTR at i and the call at j to a fused
// pair when the call's callable is the attribute (depth slots are pushed
// from the attribute's up to j), and reports whether it did. A
// positional CALL_FUNCTION becomes CALL_METHOD; one with keywords or a
// VAR form becomes CALL_METHOD_KW, whose arg packs the call's arg (16
// bits), its form (2 bits, callMethodKwOps) and the attribute's name
// index (the rest), for the path that has to make the bound method after
// all (fast_method_kw.go).
func fuseCall(ins []instr, i, j, depth int) bool {
	call := ins[j]
	switch call.op {
	case opCALL_FUNCTION, opCALL_FUNCTION_VAR, opCALL_FUNCTION_KW, opCALL_FUNCTION_VAR_KW:
	default:
		return false
	}
	if pops, _, _ := stackUse(call); depth != pops {
		return false
	}
	if call.op == opCALL_FUNCTION && call.arg < 0x100 {
		ins[i].op, ins[j].op = opLOAD_METHOD, opCALL_METHOD
		return true
	}
	if call.arg < 0 || call.arg > 0xffff || ins[i].arg < 0 || ins[i].arg >= 1<<13 {
		return false
	}
	form := int32(slices.Index(callMethodKwOps[:], call.op))
	ins[i].op = opLOAD_METHOD
	ins[j] = instr{op: opCALL_METHOD_KW, arg: call.arg | form<<16 | ins[i].arg<<18}
	return true
}

// readsCallee reports whether in, run with depth slots pushed from the
// attribute's up, reads the attribute's slot as its call's callee (the
// WITH_CALL unpackings name it in their errors): the pair then stays as
// it is, for the callee to be where they look.
func readsCallee(in instr, depth int) bool {
	switch in.op {
	case opBUILD_TUPLE_UNPACK_WITH_CALL:
		return depth-int(in.arg)-1 == 0
	case opBUILD_MAP_UNPACK_WITH_CALL:
		return depth-int(in.arg)-2 == 0
	}
	return false
}

// fuseMethodCalls rewrites the LOAD_ATTR/CALL_FUNCTION pairs of obj.m(...)
// to LOAD_METHOD/CALL_METHOD and grows the stack by the extra slots the
// pairs (and inline property getters) hold at once.
func fuseMethodCalls(c *code) {
	ins := c.ins
	target := make([]bool, len(ins)+1)
	for _, in := range ins {
		if isJump(in.op) && int(in.arg) < len(target) {
			target[in.arg] = true
		}
	}
	var open []int // per instruction: fused pairs spanning it
	for i, in := range ins {
		if in.op != opLOAD_ATTR {
			continue
		}
		depth := 1 // the attribute's slot, then what is pushed above it
		for j := i + 1; j < len(ins); j++ {
			if target[j] {
				break
			}
			next := ins[j]
			if fuseCall(ins, i, j, depth) {
				if open == nil {
					open = make([]int, len(ins))
				}
				for k := i; k <= j; k++ {
					open[k]++
				}
				break
			}
			pops, pushes, ok := stackUse(next)
			if !ok || depth-pops < 1 || readsCallee(next, depth) {
				break
			}
			depth += pushes - pops
		}
	}
	// A LOAD_ATTR left as it is may call a property's getter inline
	// (fast_property.go), which takes one slot above the object.
	extra := 0
	for k, in := range ins {
		n := 0
		if open != nil {
			n = open[k]
		}
		if in.op == opLOAD_ATTR {
			n++
		}
		extra = max(extra, n)
	}
	c.stacksize += extra
}

// loadMethod is LOAD_METHOD of name number ni on the object on top of
// f's stack.
func (t *thread) loadMethod(f *frame, ni int32) error {
	name := f.c.names[ni]
	o := f.stack[f.sp-1]
	var r py.Object
	var err error
	switch v := o.(type) {
	case *py.Type:
		if !pyutil.IsInstanceObject(v) {
			r, err = GetAttr(o, name)
			break
		}
		if len(v.Bases) == 0 {
			e := t.attrs.hit(v.ObjectType, name)
			if e == nil {
				e = t.attrs.lookup(v.ObjectType, name)
			}
			if fn, ok := e.attr.(*py.Function); ok && !e.getattrs {
				if _, shadowed := instDictGet(v.Dict, e, name); !shadowed {
					f.stack[f.sp-1] = fn
					f.push(v)
					return nil
				}
			}
			// A Go method put in a Python class to take its instances
			// (TakesInstance: io.py's BytesIO.write) is called as
			// CALL_METHOD calls a built-in value's, without a bound
			// method.
			if m, ok := e.attr.(*py.Method); ok && !e.getattrs && m.Module == nil && takesInstance(m) {
				if _, shadowed := instDictGet(v.Dict, e, name); !shadowed {
					f.stack[f.sp-1] = m
					f.push(v)
					return nil
				}
			}
		}
		r, err = t.instanceGetAttr(v, v.ObjectType, name)
	case *py.List, *Dict, *Set, py.Tuple, py.String, py.Bytes:
		// getAttr's order for these: __class__, the text slots, then
		// the type's Go methods.
		if name != "__class__" && name != "__repr__" && name != "__str__" {
			if m := t.types.typeMethod(o.Type(), name); m != nil {
				f.stack[f.sp-1] = m
				f.push(o)
				return nil
			}
		}
		r, err = GetAttr(o, name)
	case *superObject:
		// super().name(...) of a plain function: called with the
		// instance first, without the bound method
		if fn, self := v.unboundMethod(name); fn != nil {
			f.stack[f.sp-1] = fn
			f.push(self)
			return nil
		}
		r, err = GetAttr(o, name)
	case *py.Module:
		if g, ok := moduleGlobalAttr(v, name); ok { // fast_module_attr.go
			f.stack[f.sp-1] = g
			f.push(nil)
			return nil
		}
		r, err = GetAttr(o, name)
	case *py.Exception, *threadLocal, py.StringDict,
		*py.Traceback, *py.Frame, *py.Code, *py.Function, *py.Generator, *py.Cell,
		*py.Method, *py.BoundMethod, nil:
		// getAttr answers these before the type's Go methods.
		r, err = GetAttr(o, name)
	default:
		if m := t.goValueMethod(o, name); m != nil {
			f.stack[f.sp-1] = m
			f.push(o)
			return nil
		}
		r, err = GetAttr(o, name)
	}
	if err != nil {
		return err
	}
	f.stack[f.sp-1] = r
	f.push(nil)
	return nil
}

// goValueMethod is the Go method that getAttr would bind to o for name,
// or nil: o is a value of a Go type that getAttr does not answer itself
// (the callers exclude those), name is not one of the names it answers
// before the type's methods, and o has neither its own
// __getattribute__ nor an instance dict (builtinMethod's conditions).
func (t *thread) goValueMethod(o py.Object, name string) *py.Method {
	if name == "__class__" || name == "__repr__" || name == "__str__" {
		return nil
	}
	m := t.types.typeMethod(o.Type(), name)
	if m == nil {
		return nil
	}
	if _, ok := o.(py.I__getattribute__); ok {
		return nil
	}
	if _, ok := o.(py.IGetDict); ok {
		return nil
	}
	if _, ok := ownAttr(o, name); ok {
		return nil // own_attrs.go
	}
	return m
}

// callMethod is CALL_METHOD nargs. It returns the frame of a Python
// function to run inline, or nil when the call is done (or failed: err).
func (t *thread) callMethod(f *frame, nargs int) (*frame, error) {
	base := f.sp - nargs - 2
	fn, self := f.stack[base], f.stack[base+1]
	if self != nil {
		switch m := fn.(type) {
		case *py.Function:
			if nargs < 0xff {
				// self counts as one more positional argument
				// (inlineCall's arg has 8 bits for them).
				if nf := t.inlineCall(f, nargs+1); nf != nil {
					return nf, nil
				}
			}
			// Every other path (and its errors) is CALL_FUNCTION's,
			// on the bound method LOAD_ATTR would have made.
			f.stack[base] = py.NewBoundMethod(self, m)
		case *py.Method:
			if l, ok := self.(*py.List); ok && nargs == 1 && m == listAppendMethod() && t.tr == nil {
				// list.append(x): what the method does, without its
				// call (built-in types' methods cannot be rebound).
				l.Items = append(l.Items, f.stack[base+2])
				f.stack[base+1], f.stack[base+2] = nil, nil
				f.stack[base] = py.None
				f.sp = base + 1
				return nil, nil
			}
			return nil, t.callGoMethod(f, base, m, self)
		}
	}
	// Drop the second slot: the stack is CALL_FUNCTION's again.
	copy(f.stack[base+1:f.sp-1], f.stack[base+2:f.sp])
	f.sp--
	f.stack[f.sp] = nil
	if m, ok := fn.(*py.Method); ok && m.Module != nil && nargs < 0x100 {
		// A module's Go function (math.floor(x)): straight to its call.
		if done, err := t.moduleCall(f, nargs); done {
			return nil, err
		}
	}
	if nf := t.inlineCall(f, nargs); nf != nil {
		return nf, nil
	}
	return nil, t.callOp(f, opCALL_FUNCTION, nargs)
}

// callGoMethod calls Go method m of built-in value self with the
// arguments above stack[base+1], as callOp calls the bound method.
func (t *thread) callGoMethod(f *frame, base int, m *py.Method, self py.Object) (err error) {
	returned := false
	defer func() {
		if returned { // recover only for a call that did not return
			return
		}
		if r := recover(); r != nil {
			f.unwindTo(base)
			err = py.ExceptionNewf(py.SystemError, "internal error in the interpreter: %v", r)
		}
	}()
	if t.tr != nil && t.tr.profile != nil { // profile_c.go
		fn := py.NewBoundMethod(self, m)
		if err = t.profileC(f, "c_call", fn); err != nil {
			f.unwindTo(base)
			return err
		}
		defer t.profileCEnd(f, fn, &err)
	}
	res, err := callGoStack(m, self, f.stack[base+2:f.sp], false)
	returned = true
	f.unwindTo(base)
	if !plainValue(self) && !quietGoFunc(m) {
		namespacesChanged() // globals().update(...) (global_cache.go)
	}
	if err != nil {
		return err
	}
	f.push(res)
	return nil
}

// listAppendMethodOnce holds list.append as installed once every package's
// init has run (modules/host replaces gpython's).
var listAppendMethodOnce = sync.OnceValue(func() *py.Method {
	m, _ := py.ListType.Dict["append"].(*py.Method)
	return m
})

// listAppendMethod is list.append's method object.
func listAppendMethod() *py.Method { return listAppendMethodOnce() }
