package vm

import (
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
)

// list.remove, list.index and list.count compare items with the loop's
// ==, so a Python class's __eq__ (on either side, including classes
// derived from tuple, str or int) decides, as in CPython. They are
// installed here, before modules/host adds the list methods it completes
// (it only adds those still missing).

func init() {
	py.ListType.Dict["remove"] = listSearchMethod("remove", "remove(value) -> None\n\nDelete the first item equal to value; ValueError when there is none.", listRemove)
	py.ListType.Dict["index"] = listSearchMethod("index", "index(value[, start[, stop]]) -> int\n\nPosition of the first item equal to value; ValueError when none is.", listIndex)
	py.ListType.Dict["count"] = listSearchMethod("count", "count(value) -> int\n\nHow many items equal value.", listCount)
}

// listSearchMethod makes list.name from impl, taking the receiver from
// the first argument when called through the class (list.count(l, x)).
func listSearchMethod(name, doc string, impl func(l *py.List, args py.Tuple) (py.Object, error)) *py.Method {
	return py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		l, ok := self.(*py.List)
		if !ok {
			if len(args) == 0 {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' of 'list' object needs an argument", name)
			}
			if l, ok = args[0].(*py.List); !ok {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' requires a 'list' object but received a '%s'", name, typeName(args[0]))
			}
			args = args[1:]
		}
		if err := pyarg.NoKeywords(name, kwargs); err != nil {
			return nil, err
		}
		return impl(l, args)
	}, 0, doc)
}

func listRemove(l *py.List, args py.Tuple) (py.Object, error) {
	if err := pyarg.ExactlyOne("remove", args, nil); err != nil {
		return nil, err
	}
	// len is re-read each turn: a Python __eq__ may shrink the list.
	for i := 0; i < len(l.Items); i++ {
		eq, err := equal(l.Items[i], args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			if n := len(l.Items); i < n {
				copy(l.Items[i:], l.Items[i+1:])
				l.Items[n-1] = nil
				l.Items = l.Items[:n-1]
			}
			return py.None, nil
		}
	}
	return nil, py.ExceptionNewf(py.ValueError, "list.remove(x): x not in list")
}

func listIndex(l *py.List, args py.Tuple) (py.Object, error) {
	if err := pyarg.ArgCount36("index", args, 1, 3); err != nil {
		return nil, err
	}
	start, stop := 0, int(^uint(0)>>1)
	var err error
	if len(args) > 1 {
		if start, err = searchBound(args[1]); err != nil {
			return nil, err
		}
	}
	if len(args) > 2 {
		if stop, err = searchBound(args[2]); err != nil {
			return nil, err
		}
	}
	if start < 0 {
		start = max(start+len(l.Items), 0)
	}
	if stop < 0 {
		stop = max(stop+len(l.Items), 0)
	}
	for i := start; i < stop && i < len(l.Items); i++ {
		eq, err := equal(l.Items[i], args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			return py.Int(i), nil
		}
	}
	r, err := pyrepr.Repr(args[0])
	if err != nil {
		return nil, err
	}
	return nil, py.ExceptionNewf(py.ValueError, "%s is not in list", r)
}

func listCount(l *py.List, args py.Tuple) (py.Object, error) {
	if err := pyarg.ExactlyOne("count", args, nil); err != nil {
		return nil, err
	}
	n := 0
	for i := 0; i < len(l.Items); i++ {
		eq, err := equal(l.Items[i], args[0])
		if err != nil {
			return nil, err
		}
		if eq {
			n++
		}
	}
	return py.Int(n), nil
}

// searchBound converts index()'s start or stop as CPython does: an
// integer or __index__ object, ints beyond the machine's saturating;
// anything else (None included) is a TypeError.
func searchBound(o py.Object) (int, error) {
	if b, ok := o.(*py.BigInt); ok {
		v := (*big.Int)(b)
		switch {
		case v.IsInt64() && v.Int64() == int64(int(v.Int64())):
			return int(v.Int64()), nil
		case v.Sign() < 0:
			return -int(^uint(0) >> 1), nil
		}
		return int(^uint(0) >> 1), nil
	}
	if o != py.None {
		if i, err := indexValue(o); err == nil {
			return i, nil
		} else if !isTypeError(err) {
			return 0, err
		}
	}
	return 0, py.ExceptionNewf(py.TypeError, "slice indices must be integers or have an __index__ method")
}
