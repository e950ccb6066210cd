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
	part := func(name string, get func(r *py.Range) py.Int) {
		py.RangeType.Dict[name] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
			r, ok := self.(*py.Range)
			if !ok {
				return nil, wrongReceiver(py.RangeType, name, self)
			}
			return get(r), nil
		}}
	}
	part("start", func(r *py.Range) py.Int { return r.Start })
	part("stop", func(r *py.Range) py.Int { return r.Stop })
	part("step", func(r *py.Range) py.Int { return r.Step })
	method := func(name, doc string, fn func(r *py.Range, x py.Object) (py.Object, error)) {
		py.RangeType.Dict[name] = py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			self, args, err := methodSelf(py.RangeType, name, self, args)
			if err != nil {
				return nil, err
			}
			r, ok := self.(*py.Range)
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
