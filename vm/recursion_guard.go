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
	if t.depth >= t.recursionLimit() {
		return py.ExceptionNewf(RecursionError, "maximum recursion depth exceeded%s", where)
	}
	t.depth++
	return nil
}

func (t *thread) leaveNested() { t.depth-- }

// whileCalling is the tail of the RecursionError message of a call from
// Go.
const whileCalling = " while calling a Python object"
