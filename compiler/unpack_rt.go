package compiler

import (
	"github.com/go-python/gpython/py"

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
		items, err := vm.UnpackItems(ops, nil)
		if err != nil {
			return nil, err
		}
		return py.NewListFromItems(items), nil
	case "t":
		items, err := vm.UnpackItems(ops, nil)
		if err != nil {
			return nil, err
		}
		return py.Tuple(items), nil
	case "s":
		s := vm.NewSet()
		for _, op := range ops {
			items, err := vm.UnpackItems(py.Tuple{op}, nil)
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
			if err := vm.MergeMapping(out, op, nil); err != nil {
				return nil, err
			}
		}
		return out, nil
	case "c":
		if len(ops) < 1 {
			break
		}
		items, err := vm.UnpackItems(ops[1:], ops[0])
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
				if err := vm.MergeMapping(kw, op, pc.fn); err != nil {
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
