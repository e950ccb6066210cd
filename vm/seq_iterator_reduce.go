package vm

import (
	"github.com/go-python/gpython/py"
)

// The iterator iter() makes for an object with only __getitem__ (CPython
// 3.6's "iterator", gpython's py.Iterator) pickles and copies as its
// sequence and the index reached: (iter, (seq,), index), and
// __setstate__(index) moves it there (a negative index counts as 0).

func init() {
	readyIteratorTypes(py.IteratorType)
	iteratorMethod(py.IteratorType, "__reduce__", func(self py.Object, _ py.Tuple) (py.Object, error) {
		it := self.(*py.Iterator)
		if seqIterExhausted(it) {
			return reduceWith(py.Tuple{}) // (iter, ((),)), as 3.6's
		}
		return reduceWith(it.Seq, it.Pos)
	})
	iteratorMethod(py.IteratorType, "__setstate__", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "__setstate__() takes exactly one argument (%d given)", len(args))
		}
		if !args[0].Type().IsSubtype(py.IntType) && args[0].Type() != py.BoolType && args[0].Type() != py.BigIntType {
			return nil, py.ExceptionNewf(py.TypeError, "an integer is required") // 3.6 takes an int, not any __index__
		}
		i, err := indexValue(args[0])
		if err != nil {
			return nil, err
		}
		if it := self.(*py.Iterator); !seqIterExhausted(it) {
			it.Pos = max(i, 0)
		}
		return py.None, nil
	})
}
