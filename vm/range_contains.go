package vm

import (
	"math/big"

	"github.com/go-python/gpython/py"
)

// x in range(...) for an int x by arithmetic, as CPython's range does:
// gpython's range has no __contains__, so `in` walked the range, which
// never ends for range(-sys.maxsize, sys.maxsize).

// rangeContains reports whether the int x is a member of r; ok is false
// when x is not an int (bool included), which the caller compares item by
// item as CPython does.
func rangeContains(r *py.Range, x py.Object) (in, ok bool) {
	var v *big.Int
	switch n := x.(type) {
	case py.Int:
		v = big.NewInt(int64(n))
	case py.Bool:
		v = big.NewInt(int64(boolInt(n)))
	case *py.BigInt:
		v = (*big.Int)(n)
	default:
		return false, false
	}
	start, stop, step := big.NewInt(int64(r.Start)), big.NewInt(int64(r.Stop)), big.NewInt(int64(r.Step))
	if r.Step > 0 {
		if v.Cmp(start) < 0 || v.Cmp(stop) >= 0 {
			return false, true
		}
	} else if v.Cmp(start) > 0 || v.Cmp(stop) <= 0 {
		return false, true
	}
	offset := new(big.Int).Sub(v, start)
	return offset.Rem(offset, step).Sign() == 0, true
}

// range's start, stop and step attributes, count() and index(), which
// gpython's range lacks.
func init() {
	part := func(name string, get func(start, stop, step *big.Int) *big.Int) {
		py.RangeType.Dict[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			start, stop, step, _, ok := rangeParts(self)
			if !ok {
				return nil, wrongReceiver(py.RangeType, name, self)
			}
			return intObject(get(start, stop, step)), nil
		}}
	}
	part("start", func(start, _, _ *big.Int) *big.Int { return start })
	part("stop", func(_, stop, _ *big.Int) *big.Int { return stop })
	part("step", func(_, _, step *big.Int) *big.Int { return step })
	method := func(name, doc string, fn func(r *py.Range, x py.Object) (py.Object, error)) {
		py.RangeType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			self, args, err := methodSelf(py.RangeType, name, self, args)
			if err != nil {
				return nil, err
			}
			r, ok := self.(*py.Range)
			if br, isBig := self.(*bigRange); isBig {
				if len(args) != 1 {
					return nil, py.ExceptionNewf(py.TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
				}
				return bigRangeMethod(name, br, args[0])
			}
			if !ok {
				return nil, wrongReceiver(py.RangeType, name, self)
			}
			if len(args) != 1 {
				return nil, py.ExceptionNewf(py.TypeError, "%s() takes exactly one argument (%d given)", name, len(args))
			}
			return fn(r, args[0])
		}, 0, doc)
	}
	method("count", "count(value) -> int\n\nHow many times value is in the range: 0 or 1.", func(r *py.Range, x py.Object) (py.Object, error) {
		if in, ok := rangeContains(r, x); ok {
			if in {
				return py.Int(1), nil
			}
			return py.Int(0), nil
		}
		n := 0
		for i := 0; i < int(r.Length); i++ {
			eq, err := equal(r.Start+py.Int(i)*r.Step, x)
			if err != nil {
				return nil, err
			}
			if eq {
				n++
			}
		}
		return py.Int(n), nil
	})
	method("index", "index(value) -> int\n\nThe position of value in the range; ValueError when it is not in it.", func(r *py.Range, x py.Object) (py.Object, error) {
		if in, ok := rangeContains(r, x); ok {
			if !in {
				s, err := Repr(x)
				if err != nil {
					return nil, err
				}
				return nil, py.ExceptionNewf(py.ValueError, "%s is not in range", s)
			}
			// (x - start) / step, exact, in big ints: the offset of a
			// range wider than an int64 overflows one.
			v := new(big.Int)
			switch n := x.(type) {
			case py.Int:
				v.SetInt64(int64(n))
			case py.Bool:
				v.SetInt64(int64(boolInt(n)))
			case *py.BigInt:
				v.Set((*big.Int)(n))
			}
			v.Sub(v, big.NewInt(int64(r.Start)))
			v.Quo(v, big.NewInt(int64(r.Step)))
			if v.IsInt64() {
				return py.Int(v.Int64()), nil
			}
			return (*py.BigInt)(v), nil
		}
		for i := 0; i < int(r.Length); i++ {
			eq, err := equal(r.Start+py.Int(i)*r.Step, x)
			if err != nil {
				return nil, err
			}
			if eq {
				return py.Int(i), nil
			}
		}
		return nil, py.ExceptionNewf(py.ValueError, "sequence.index(x): x not in sequence")
	})
}

// bigRangeMethod is count(x) or index(x) of a range with big-int bounds.
func bigRangeMethod(name string, r *bigRange, x py.Object) (py.Object, error) {
	if v, ok := bigOf(x); ok {
		in := rangeContainsBig(r.start, r.stop, r.step, v)
		if name == "count" {
			if in {
				return py.Int(1), nil
			}
			return py.Int(0), nil
		}
		if !in {
			s, err := Repr(x)
			if err != nil {
				return nil, err
			}
			return nil, py.ExceptionNewf(py.ValueError, "%s is not in range", s)
		}
		off := new(big.Int).Sub(v, r.start)
		return intObject(off.Quo(off, r.step)), nil
	}
	// Another type: compared with each item, as a sequence's methods do.
	it, _ := r.M__iter__()
	n, i := int64(0), int64(0)
	for ; ; i++ {
		v, err := it.(*bigRangeIterator).M__next__()
		if err != nil {
			break
		}
		eq, err := equal(v, x)
		if err != nil {
			return nil, err
		}
		if eq && name == "index" {
			return py.Int(i), nil
		}
		if eq {
			n++
		}
	}
	if name == "index" {
		return nil, py.ExceptionNewf(py.ValueError, "sequence.index(x): x not in sequence")
	}
	return py.Int(n), nil
}

func init() {
	py.RangeType.Dict["__reduce__"] = py.MustNewMethod("__reduce__", func(self py.Object, args py.Tuple) (py.Object, error) {
		self, args, err := methodSelf(py.RangeType, "__reduce__", self, args)
		if err != nil {
			return nil, err
		}
		if _, _, _, _, ok := rangeParts(self); !ok {
			return nil, wrongReceiver(py.RangeType, "__reduce__", self)
		}
		if len(args) != 0 {
			return nil, py.ExceptionNewf(py.TypeError, "__reduce__() takes no arguments (%d given)", len(args))
		}
		return rangeReduce(self), nil
	}, 0, "Pickling support: the class and its arguments.")
}
