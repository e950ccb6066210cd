package vm

import (
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pybox"
)

// keyIntSlabSize is how many key=len results share one allocation.
const keyIntSlabSize = 64

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
//   - builtins.len: the length of a list, tuple, bytes or str as len
//     answers it (seqLen), with no call;
//   - a module's Go function (key=abs): its Go function with the module
//     as self, as py.Method's __call__ calls it;
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
		if fn.Module != nil && isBuiltinLen(fn) {
			// key=len: seqLen answers for the common sequences, its
			// ints boxed from a slab as the loop's are.
			var slab []py.Int
			return func(it py.Object) (py.Object, error) {
				n, ok := seqLen(it)
				if !ok {
					one[0] = it
					return callGoStack(fn, fn.Module, one[:], false)
				}
				if n <= smallIntMax {
					return smallInts[n-smallIntMin], nil
				}
				if len(slab) == 0 {
					slab = make([]py.Int, keyIntSlabSize)
				}
				p := &slab[0]
				slab = slab[1:]
				*p = py.Int(n)
				return pybox.Make(pybox.IntTable, unsafe.Pointer(p)), nil
			}, done
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

// typedKey is a key of a sort whose keys are all ints, all floats or all
// str, with its Go value beside it, so that a comparison reads two Go
// values in the pair array instead of asserting two interfaces and
// loading what they point to.
type typedKey[K py.Int | py.Float | py.String] struct {
	k         K
	key, item py.Object
}

// sortTypedKeys is SortByKeys when every key is an int, every key a
// float or every key a str (exactly those Go types; a subclass's
// instance is another): it reports false, having done nothing, for other
// keys. The order is lessFor's for such keys, which is Python's <.
func sortTypedKeys(keys, values []py.Object) bool {
	if len(keys) == 0 {
		return false
	}
	switch keys[0].(type) {
	case py.Int:
		if allOf[py.Int](keys) {
			sortByTyped[py.Int](keys, values)
			return true
		}
	case py.Float:
		if allOf[py.Float](keys) {
			sortByTyped[py.Float](keys, values)
			return true
		}
	case py.String:
		if allOf[py.String](keys) {
			sortByTyped[py.String](keys, values)
			return true
		}
	}
	return false
}

// sortByTyped sorts keys, all K, moving values along; it cannot fail.
func sortByTyped[K py.Int | py.Float | py.String](keys, values []py.Object) {
	pairs := make([]typedKey[K], len(keys))
	for i, k := range keys {
		pairs[i] = typedKey[K]{k.(K), k, values[i]}
	}
	var spare []typedKey[K]
	_ = mergeSort(pairs, &spare, func(a, b typedKey[K]) (bool, error) { return a.k < b.k, nil })
	for i := range pairs {
		keys[i], values[i] = pairs[i].key, pairs[i].item
	}
}
