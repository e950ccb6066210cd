package vm

import "github.com/go-python/gpython/py"

// Special methods called from Go can recurse without running a Python
// frame: a class whose __call__ is an instance of a class whose __call__
// is an instance again, for example. Each such call counts one level of
// the thread's depth, as CPython's Py_EnterRecursiveCall does in
// PyObject_Call, so that the recursion ends in a RecursionError instead of
// exhausting the Go stack.

// heldThread is the thread state of the context whose interpreter lock the
// calling goroutine holds, or nil.
func heldThread() *thread {
	c := currentContext()
	if c == nil {
		return nil
	}
	t, _ := c.gil.State().(*thread)
	return t
}

// enterNested counts one level of Go-level nesting on t, or returns the
// RecursionError of a nesting beyond the recursion limit (where is the
// message's tail, as in CPython: " while calling a Python object"). The
// caller calls t.leaveNested once the nested call is over.
func (t *thread) enterNested(where string) error {
	if err := t.checkDepth(where); err != nil {
		return err
	}
	t.depth++
	return nil
}

// overflowHeadroom is how many levels past the recursion limit a thread
// recovering from a RecursionError may go (the handlers' calls) before
// the interpreter gives up as CPython does.
const overflowHeadroom = 50

// checkDepth is the check before one more level of calls at t.depth:
// the RecursionError of a call past the recursion limit (where is the
// message's tail). After one, the thread is recovering: calls go on
// without error up to overflowHeadroom levels past the limit, and one
// beyond that is CPython's fatal error "Cannot recover from stack
// overflow." (code that answers RecursionError by recursing again ends
// there instead of running for ever). Recovery ends once the depth is
// back below the low-water mark. While recovering, the loop does not
// call inline, so that every call comes here.
func (t *thread) checkDepth(where string) error {
	limit := t.recursionLimit()
	if t.overflowed {
		if t.depth < recursionLowWater(limit) {
			t.overflowed = false
		} else {
			if t.depth >= limit+overflowHeadroom {
				t.fatalError("Cannot recover from stack overflow.")
			}
			return nil
		}
	}
	if t.depth >= limit {
		t.overflowed = true
		return py.ExceptionNewf(RecursionError, "maximum recursion depth exceeded%s", where)
	}
	return nil
}

// recursionLowWater is the depth under which a recovering thread counts
// as recovered.
func recursionLowWater(limit int) int {
	if limit > 200 {
		return limit - overflowHeadroom
	}
	return 3 * (limit / 4)
}

func (t *thread) leaveNested() { t.depth-- }

// whileCalling is the tail of the RecursionError message of a call from
// Go.
const whileCalling = " while calling a Python object"
