package compiler

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// The builtin __pep448__ runs the PEP 448 constructs that unpack.go
// rewrites. Its first argument says which:
//
//	'l', 't', 's'  a list, tuple or set of the items of every operand
//	'd' + mask     a dict merging every operand (later keys win); the
//	               mask has a letter per operand: m a mapping, p a
//	               tuple of (key, value) pairs
//	'c'            (callee, iterables...): the positional arguments of a
//	               call, returned as a pending call
//	'k'            (pending call, mappings...): merges the keyword
//	               arguments and makes the call
//
// Its errors are CPython 3.6's for the same construct. The name is not
// usable by scripts in practice: it is documented here, not reserved;
// a script that defines __pep448__ itself shadows it.

// pendingCall is a call whose positional arguments are known.
type pendingCall struct {
	fn   py.Object
	args py.Tuple
}

var pendingCallType = py.NewType("pep448_call", "a call being built by "+unpackHelper)

func (*pendingCall) Type() *py.Type { return pendingCallType }

// installUnpackHelper adds __pep448__ to gpython's builtins module.
func installUnpackHelper() {
	impl := py.GetModuleImpl("builtins")
	if impl == nil {
		panic("compiler: gpython's builtins module is not registered")
	}
	impl.Methods = append(impl.Methods, py.MustNewMethod(unpackHelper, unpackBuiltin, 0,
		"__pep448__(kind, *operands): PEP 448 unpacking, called by rewritten source."))
}

func unpackBuiltin(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) < 1 {
		return nil, py.ExceptionNewf(py.TypeError, "%s() needs a kind", unpackHelper)
	}
	kind, _ := args[0].(py.String)
	ops := args[1:]
	switch kind {
	case "l":
		items, err := iterAll(ops, nil)
		if err != nil {
			return nil, err
		}
		return py.NewListFromItems(items), nil
	case "t":
		items, err := iterAll(ops, nil)
		if err != nil {
			return nil, err
		}
		return py.Tuple(items), nil
	case "s":
		s := vm.NewSet()
		for _, op := range ops {
			items, err := iterAll(py.Tuple{op}, nil)
			if err != nil {
				return nil, err
			}
			for _, v := range items {
				if err := s.Add(v); err != nil {
					return nil, err
				}
			}
		}
		return s, nil
	default:
		// "d" and a letter per operand: m a mapping, p a tuple of
		// (key, value) pairs (a run of key: value items, each key
		// evaluated before its value as in CPython).
		if len(kind) != len(ops)+1 || kind[0] != 'd' {
			break
		}
		out := vm.NewDict(0)
		for i, op := range ops {
			if kind[i+1] == 'p' {
				pairs, _ := op.(py.Tuple)
				for _, p := range pairs {
					kv, _ := p.(py.Tuple)
					if len(kv) != 2 {
						return nil, py.ExceptionNewf(py.TypeError, "%s(): bad pair", unpackHelper)
					}
					if err := out.SetItem(kv[0], kv[1]); err != nil {
						return nil, err
					}
				}
				continue
			}
			if err := mergeMapping(out, op, nil, false); err != nil {
				return nil, err
			}
		}
		return out, nil
	case "c":
		if len(ops) < 1 {
			break
		}
		items, err := iterAll(ops[1:], ops[0])
		if err != nil {
			return nil, err
		}
		return &pendingCall{fn: ops[0], args: py.Tuple(items)}, nil
	case "k":
		if len(ops) < 1 {
			break
		}
		pc, ok := ops[0].(*pendingCall)
		if !ok {
			break
		}
		var kw *vm.Dict
		if len(ops) > 1 {
			kw = vm.NewDict(0)
			for _, op := range ops[1:] {
				if err := mergeMapping(kw, op, pc.fn, true); err != nil {
					return nil, err
				}
			}
		}
		fn, args := pc.fn, pc.args
		if bm, ok := fn.(*py.BoundMethod); ok {
			if f, ok := bm.Method.(*py.Function); ok {
				// On the function's own thread, as a call from its frame.
				fn, args = f, append(py.Tuple{bm.Self}, args...)
			}
		}
		return vm.CallKeywords(fn, args, kw)
	}
	return nil, py.ExceptionNewf(py.TypeError, "%s(): bad arguments", unpackHelper)
}

// iterAll returns the items of every operand, in order. fn is the callee
// when the operands are a call's, for its error message.
func iterAll(ops py.Tuple, fn py.Object) ([]py.Object, error) {
	var out []py.Object
	for _, op := range ops {
		switch s := op.(type) {
		case py.Tuple:
			out = append(out, s...)
			continue
		case *py.List:
			out = append(out, s.Items...)
			continue
		}
		it, err := vm.Iter(op)
		if err != nil {
			if fn != nil && py.IsException(py.TypeError, err) && !vm.IterableType(op) {
				return nil, py.ExceptionNewf(py.TypeError, "%s argument after * must be an iterable, not %s", calleeDesc(fn), op.Type().Name)
			}
			return nil, err
		}
		for {
			v, ok, err := vm.Next(it)
			if err != nil {
				return nil, err
			}
			if !ok {
				break
			}
			out = append(out, v)
		}
	}
	return out, nil
}

// mergeMapping adds the items of the mapping m to out, in m's order. For a
// call (fn is the callee), a key already there is an error, and keys must
// be str.
func mergeMapping(out *vm.Dict, m py.Object, fn py.Object, call bool) error {
	add := func(k, v py.Object) error {
		if call {
			s, ok := pyutil.Unwrap(k).(py.String) // a str subclass's instance is a str
			if !ok {
				return py.ExceptionNewf(py.TypeError, "%s keywords must be strings", calleeDesc(fn))
			}
			k = s
			if _, dup := out.GetStr(string(s)); dup {
				return py.ExceptionNewf(py.TypeError, "%s got multiple values for keyword argument '%s'", calleeDesc(fn), string(s))
			}
		}
		return out.SetItem(k, v)
	}
	if d, ok := m.(*vm.Dict); ok {
		var err error
		d.Items(func(k, v py.Object) bool {
			err = add(k, v)
			return err == nil
		})
		return err
	}
	if d, ok := m.(py.StringDict); ok {
		keys, values := vm.NamespaceItems(d)
		for i, k := range keys {
			if err := add(k, values[i]); err != nil {
				return err
			}
		}
		return nil
	}
	keysFn, err := vm.GetAttr(m, "keys")
	if err != nil {
		if py.IsException(py.AttributeError, err) {
			if call {
				return py.ExceptionNewf(py.TypeError, "%s argument after ** must be a mapping, not %s", calleeDesc(fn), m.Type().Name)
			}
			return py.ExceptionNewf(py.TypeError, "'%s' object is not a mapping", m.Type().Name)
		}
		return err
	}
	ks, err := vm.Call(keysFn, nil, nil)
	if err != nil {
		return err
	}
	keys, err := iterAll(py.Tuple{ks}, nil)
	if err != nil {
		return err
	}
	for _, k := range keys {
		v, err := vm.GetItem(m, k)
		if err != nil {
			return err
		}
		if err := add(k, v); err != nil {
			return err
		}
	}
	return nil
}

// calleeDesc names a callee in argument errors as CPython 3.6 does: "f()"
// for functions and methods, "T object" for anything else (a class is a
// "type object").
func calleeDesc(fn py.Object) string {
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
	return fn.Type().Name + " object"
}
