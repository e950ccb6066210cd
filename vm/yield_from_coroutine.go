package vm

import "github.com/go-python/gpython/py"

// `yield from x` iterates x (gpython compiles it as GET_ITER, LOAD_CONST
// None, YIELD_FROM). A coroutine object is not iterable, but CPython 3.6's
// GET_YIELD_FROM_ITER lets a generator-based coroutine (types.coroutine)
// delegate to one, and tells any other generator "cannot 'yield from' a
// coroutine object in a non-coroutine generator". Coroutine objects are
// the compiler's (compiler/coroutines_rt.go), which installs the hook.

// YieldFromCoroutine, when set, answers for `yield from x` where iter(x)
// failed, in code with co_flags flags: handled is false when x is not a
// coroutine object, else it is the iterator to delegate to or the error.
var YieldFromCoroutine func(x py.Object, flags uint32) (it py.Object, handled bool, err error)

// yieldFromIter is GET_ITER's second chance, after iter(x) failed with
// err: the hook's answer when the GET_ITER is a yield from's, else err.
func yieldFromIter(f *frame, x py.Object, err error) (py.Object, error) {
	ins := f.c.ins
	if YieldFromCoroutine == nil || f.pc+1 >= len(ins) || ins[f.pc].op != opLOAD_CONST || ins[f.pc+1].op != opYIELD_FROM {
		return nil, err
	}
	if arg := int(ins[f.pc].arg); arg >= len(f.c.py.Consts) || f.c.py.Consts[arg] != py.None {
		return nil, err
	}
	it, handled, herr := YieldFromCoroutine(x, uint32(f.c.py.Flags))
	if !handled {
		return nil, err
	}
	return it, herr
}
