package vm

import "github.com/go-python/gpython/py"

// The profile events of calls of built-in functions ('c_call', then
// 'c_return' or 'c_exception'), fired by the loop's call instructions
// while a profile function is set, as CPython 3.6 fires them for its
// builtin_function_or_method objects: functions of modules and methods
// bound to a value, not types or unbound method descriptors.

// isCFunction reports whether a call of fn has c_* profile events.
func isCFunction(fn py.Object) bool {
	switch v := fn.(type) {
	case *py.Method:
		// A method of a class, called unbound, is a descriptor's call.
		_, ofClass := methodOwners.Load(v)
		return v.Module != nil || !ofClass
	case *py.BoundMethod:
		_, ok := v.Method.(*py.Method)
		return ok
	}
	return false
}

// profileC fires event for the call of fn from f.
func (t *thread) profileC(f *frame, event string, fn py.Object) error {
	st := t.tr
	if st == nil || st.profile == nil {
		return nil
	}
	pf := f.sharedFrame()
	if _, err := t.fireHook(st, st.profile, pf, event, fn); err != nil {
		t.hookFailed(st, pf, true)
		return err
	}
	return nil
}

// profileCEnd is the event after the call: c_exception when it raised
// (*err), else c_return; a failing profile function's error replaces the
// call's outcome.
func (t *thread) profileCEnd(f *frame, fn py.Object, err *error) {
	event := "c_return"
	if *err != nil {
		event = "c_exception"
	}
	if e := t.profileC(f, event, fn); e != nil {
		*err = e
	}
}
