package vm

import (
	"github.com/go-python/gpython/py"
)

// The key calls of list.sort and sorted().
//
// A sort with a key function calls it once per item before it compares
// anything, and those calls are most of its cost: Call finds the thread
// from the callee's context, builds a one-item tuple, and for a Go
// callee goes through py.Call (and, for str.lower read from the class,
// through the method descriptor's own Call), every time. keyCaller works
// out once per sort what the callee is, and then calls it per item the
// way Call would, with the item in a reused one-slot argument view:
//
//   - a Python function (key=lambda x: ...): callFunction on the thread
//     Call would find, which binds the argument into the new frame's
//     slots and keeps no reference to the view;
//   - a module's Go function (key=len, key=abs): its Go function with the
//     module as self, as py.Method's __call__ calls it;
//   - a Go type's method taken from the class (key=str.lower, a
//     method_descriptor, or the *py.Method itself): per item, the
//     descriptor's receiver check and goMethodReceiver, as the
//     descriptor's __call__ and callObject ask them, then the method's Go
//     function on the receiver.
//
// Anything else, and any item the last form does not take (its errors
// are the descriptor's), goes through Call. namespacesChanged follows
// each Go call that namespaceSafe does not clear, as in Call.

// sortKeys returns key(item) for each of items, in order, stopping at the
// first call that fails.
func sortKeys(items []py.Object, key py.Object) ([]py.Object, error) {
	keys := make([]py.Object, len(items))
	call, done := keyCaller(key)
	defer done()
	for i, it := range items {
		k, err := call(it)
		if err != nil {
			return nil, err
		}
		keys[i] = k
	}
	return keys, nil
}

// callKey calls key on one item through Call.
func callKey(key, item py.Object) (py.Object, error) {
	return Call(key, py.Tuple{item}, nil)
}

// keyCaller returns the call of key on one item, and what to run once
// the calls are over.
func keyCaller(key py.Object) (call func(py.Object) (py.Object, error), done func()) {
	var one [1]py.Object
	done = func() { one[0] = nil }
	generic := func(it py.Object) (py.Object, error) { return callKey(key, it) }
	switch fn := key.(type) {
	case *py.Function:
		t, acquired := callerThread(fn)
		if acquired {
			done = func() { one[0] = nil; t.leave() }
		}
		return func(it py.Object) (py.Object, error) {
			one[0] = it
			return t.callFunction(fn, nil, one[:], nil, nil)
		}, done
	case *py.Method:
		if !plainGoMethod(fn) {
			break
		}
		if fn.Module != nil {
			safe := namespaceSafe(fn)
			self := py.Object(fn.Module)
			return func(it py.Object) (py.Object, error) {
				one[0] = it
				k, err := callGoStack(fn, self, one[:], false)
				if !safe {
					namespacesChanged()
				}
				return k, err
			}, done
		}
		if c := receiverCall(fn, nil, namespaceSafe(fn), &one, generic); c != nil {
			return c, done
		}
	case *methodDescr:
		if _, unchecked := uncheckedOwners.Load(fn.owner); unchecked || !plainGoMethod(fn.m) {
			break
		}
		// Call answers namespaceSafe for the descriptor, and again for
		// the method the descriptor calls.
		safe := namespaceSafe(fn) && namespaceSafe(fn.m)
		if c := receiverCall(fn.m, fn.owner, safe, &one, generic); c != nil {
			return c, done
		}
	}
	return generic, done
}

// plainGoMethod reports whether Go method m is called as its Go function
// is: not one of the functions the loop answers itself (internal ones,
// dir), not a class or static method.
func plainGoMethod(m *py.Method) bool {
	return m.Internal() == py.InternalMethodNone && !isDirBuiltin(m) && m.Flags&(py.METH_CLASS|py.METH_STATIC) == 0
}

// receiverCall is the key call of m, a Go type's method taken from the
// class (from owner's method descriptor when owner is not nil), on the
// item as its receiver: nil when m's Go function takes an argument
// besides self (called with none, its error message is py.Method's).
// Items the method does not take go to generic. safe is false when each
// call must be followed by namespacesChanged.
func receiverCall(m *py.Method, owner *py.Type, safe bool, one *[1]py.Object, generic func(py.Object) (py.Object, error)) func(py.Object) (py.Object, error) {
	if _, ok := goFunc(m).(func(py.Object, py.Object) (py.Object, error)); ok || goFunc(m) == nil {
		return nil
	}
	return func(it py.Object) (py.Object, error) {
		if owner != nil && !receiverFits(it, owner) {
			return generic(it)
		}
		one[0] = it
		recv, rest, ok := goMethodReceiver(m, one[:])
		if !ok {
			return generic(it)
		}
		k, err := callGoStack(m, recv, rest, false)
		if !safe {
			namespacesChanged()
		}
		return k, err
	}
}
