package vm

import "github.com/go-python/gpython/py"

// ReduceIterator is the pickled form of a sequence iterator for the
// iterator types of other packages (array's, bytearray's): (iter, (seq,))
// or, with a position, (iter, (seq,), pos), iter being builtins.iter.
func ReduceIterator(seq py.Object, pos ...int) (py.Object, error) {
	return reduceWith(seq, pos...)
}

// BuiltinIter is the builtins module's iter, which reduced iterators name.
func BuiltinIter() (py.Object, error) { return builtinIter() }
