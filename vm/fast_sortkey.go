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
// anything, and those calls are most of its cost. keyCaller makes them
// through a Caller (fast_caller.go), on a thread found once per sort,
// with the item in a reused one-slot argument view, except for builtins.len, whose result for a list, tuple,
// bytes or str seqLen answers with no call at all.

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

// keyCaller returns the call of key on one item, and what to run once
// the calls are over.
func keyCaller(key py.Object) (call func(py.Object) (py.Object, error), done func()) {
	var one [1]py.Object
	done = func() { one[0] = nil }
	if fn, ok := key.(*py.Method); ok && fn.Module != nil && plainGoMethod(fn) && isBuiltinLen(fn) {
		// key=len: seqLen answers for the common sequences, its ints
		// boxed from a slab as the loop's are.
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
	c := NewCaller(key)
	t, acquired := c.pythonThread() // once for the whole sort
	if acquired {
		done = func() { one[0] = nil; t.leave() }
	}
	if c.kind == callerFunction || c.kind == callerBoundFunction {
		// callOn's own case, without its dispatch: a lambda key's
		// calls are most of a sort's time.
		pf, self := c.pf, c.self
		return func(it py.Object) (py.Object, error) {
			one[0] = it
			return t.callPlain(pf, self, one[:])
		}, done
	}
	return func(it py.Object) (py.Object, error) {
		one[0] = it
		return c.callOn(t, one[:])
	}, done
}

// plainGoMethod reports whether Go method m is called as its Go function
// is: not one of the functions the loop answers itself (internal ones,
// dir), not a class or static method.
func plainGoMethod(m *py.Method) bool {
	return m.Internal() == py.InternalMethodNone && !isDirBuiltin(m) && m.Flags&(py.METH_CLASS|py.METH_STATIC) == 0
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
