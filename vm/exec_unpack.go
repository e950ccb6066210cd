package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// The instructions of CPython 3.6's PEP 448 unpacking, which the
// project's compiler emits (compiler/pep448ops.go) where gpython's parser
// needs the constructs rewritten into calls of __pep448__. Each pops n
// operands (the first deepest) and pushes one result; the numbers are
// 3.6's, unused by 3.4's bytecode:
//
//	BUILD_LIST_UNPACK n   a list of the items of every operand ([*a, *b])
//	BUILD_TUPLE_UNPACK n  the same as a tuple ((*a, *b))
//	BUILD_SET_UNPACK n    the same as a set ({*a, *b})
//	BUILD_MAP_UNPACK n    a dict merging every mapping, later keys
//	                      winning ({**a, 'k': v, **b})
//	BUILD_TUPLE_UNPACK_WITH_CALL n   a call's positional arguments
//	                      (f(*a, *b)): the callee, under the tuple
//	                      before them, names itself in the errors
//	BUILD_MAP_UNPACK_WITH_CALL n     a call's keyword arguments: str keys,
//	                      each once; the callee sits under the n
//	                      mappings and the positional arguments' tuple
//
// 3.6's CALL_FUNCTION_EX that ends such a call is the loop's
// CALL_FUNCTION_VAR 0 (its flag clear) or CALL_FUNCTION_VAR_KW 0 (set),
// which dis names so.
const (
	opBUILD_LIST_UNPACK            = 149
	opBUILD_MAP_UNPACK             = 150
	opBUILD_MAP_UNPACK_WITH_CALL   = 151
	opBUILD_TUPLE_UNPACK           = 152
	opBUILD_SET_UNPACK             = 153
	opBUILD_TUPLE_UNPACK_WITH_CALL = 158
)

// execUnpack runs one of the instructions above; false when op is none
// of them.
func execUnpack(f *frame, op byte, n int) (bool, error) {
	var depth int // how deep the callee is, for the WITH_CALL forms
	switch op {
	case opBUILD_LIST_UNPACK, opBUILD_TUPLE_UNPACK, opBUILD_SET_UNPACK, opBUILD_MAP_UNPACK:
	case opBUILD_TUPLE_UNPACK_WITH_CALL:
		depth = n + 1
	case opBUILD_MAP_UNPACK_WITH_CALL:
		depth = n + 2
	default:
		return false, nil
	}
	if n < 0 || n > f.sp || depth > f.sp {
		return true, py.ExceptionNewf(py.SystemError, "vm: stack underflow in an unpacking")
	}
	var fn py.Object
	if depth > 0 {
		fn = f.stack[f.sp-depth]
	}
	ops := f.stack[f.sp-n : f.sp]
	var res py.Object
	switch op {
	case opBUILD_LIST_UNPACK, opBUILD_TUPLE_UNPACK, opBUILD_TUPLE_UNPACK_WITH_CALL:
		items, err := UnpackItems(ops, fn)
		if err != nil {
			return true, err
		}
		if op == opBUILD_LIST_UNPACK {
			res = &py.List{Items: items} // items is the list's own: no copy
		} else {
			res = py.Tuple(items)
		}
	case opBUILD_SET_UNPACK:
		s := NewSet()
		for _, o := range ops {
			items, err := UnpackItems([]py.Object{o}, nil)
			if err != nil {
				return true, err
			}
			for _, v := range items {
				if err := s.Add(v); err != nil {
					return true, err
				}
			}
		}
		res = s
	default: // the map forms
		d := NewDict(0)
		for _, o := range ops {
			if err := MergeMapping(d, o, fn); err != nil {
				return true, err
			}
		}
		res = d
	}
	f.unwindTo(f.sp - n)
	f.push(res)
	return true, nil
}

// UnpackItems returns the items of every operand, in order, as *x in a
// display or a call takes them. fn is the callee when the operands are a
// call's (nil otherwise), for 3.6's message about an operand that is not
// iterable.
func UnpackItems(ops []py.Object, fn py.Object) ([]py.Object, error) {
	// Sized once for the tuples and lists among ops (the common
	// case: [*xs, y] unpacks a list and a one-item tuple).
	n := 0
	for _, op := range ops {
		switch s := op.(type) {
		case py.Tuple:
			n += len(s)
		case *py.List:
			n += len(s.Items)
		}
	}
	out := make([]py.Object, 0, n)
	for _, op := range ops {
		switch s := op.(type) {
		case py.Tuple:
			out = append(out, s...)
			continue
		case *py.List:
			out = append(out, s.Items...)
			continue
		}
		err := forEach(op, func(v py.Object) error {
			out = append(out, v)
			return nil
		})
		if err != nil {
			if fn != nil && isTypeError(err) && !IterableType(op) {
				return nil, py.ExceptionNewf(py.TypeError, "%s argument after * must be an iterable, not %s", CalleeDesc(fn), op.Type().Name)
			}
			return nil, err
		}
	}
	return out, nil
}

// MergeMapping adds the items of the mapping m to out, in m's order, as
// **m in a display (fn nil: later keys win) or in a call (fn the callee:
// keys must be str and new) takes them, with 3.6's errors.
func MergeMapping(out *Dict, m py.Object, fn py.Object) error {
	call := fn != nil
	add := func(k, v py.Object) error {
		if call {
			s, ok := pyutil.Unwrap(k).(py.String) // a str subclass's instance is a str
			if !ok {
				return py.ExceptionNewf(py.TypeError, "%s keywords must be strings", CalleeDesc(fn))
			}
			k = s
			if _, dup := out.GetStr(string(s)); dup {
				return py.ExceptionNewf(py.TypeError, "%s got multiple values for keyword argument '%s'", CalleeDesc(fn), string(s))
			}
		}
		return out.SetItem(k, v)
	}
	switch d := m.(type) {
	case *Dict:
		var err error
		d.Items(func(k, v py.Object) bool {
			err = add(k, v)
			return err == nil
		})
		return err
	case py.StringDict:
		keys, values := namespaceItems(d)
		for i, k := range keys {
			if err := add(k, values[i]); err != nil {
				return err
			}
		}
		return nil
	}
	keysFn, err := getAttrOrNil(m, "keys")
	if err != nil {
		return err
	}
	if keysFn == nil {
		if call {
			return py.ExceptionNewf(py.TypeError, "%s argument after ** must be a mapping, not %s", CalleeDesc(fn), typeName(m))
		}
		return py.ExceptionNewf(py.TypeError, "'%s' object is not a mapping", typeName(m))
	}
	ks, err := Call(keysFn, nil, nil)
	if err != nil {
		return err
	}
	return forEach(ks, func(k py.Object) error {
		v, err := GetItem(m, k)
		if err != nil {
			return err
		}
		return add(k, v)
	})
}

// CalleeDesc names a callee in the argument errors of an unpacking call
// as CPython 3.6 does (PyEval_GetFuncName and PyEval_GetFuncDesc): "f()"
// for a function, a method or a builtin, "T object" for anything else (a
// class is a "type object").
func CalleeDesc(fn py.Object) string {
	switch f := fn.(type) {
	case *py.Function:
		return f.Name + "()"
	case *py.Method:
		return f.Name + "()"
	case *py.BoundMethod:
		switch m := f.Method.(type) {
		case *py.Function:
			return m.Name + "()"
		case *py.Method:
			return m.Name + "()"
		}
	}
	if t := fn.Type(); t == py.MethodType || t.Name == "builtin_function_or_method" {
		if v, err := GetAttr(fn, "__name__"); err == nil {
			if s, ok := v.(py.String); ok {
				return string(s) + "()"
			}
		}
	}
	return fn.Type().Name + " object"
}
