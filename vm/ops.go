package vm

import (
	"math"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// Iter is iter(o), with bytes iterable.
func Iter(o py.Object) (py.Object, error) {
	switch v := o.(type) {
	case py.Bytes:
		return &bytesIterator{b: v}, nil
	case *py.Type:
		if cls := v.Type(); pyutil.IsInstanceObject(v) {
			if m := cls.Lookup("__iter__"); m != nil {
				it, err := callMethod(v, m)
				if err != nil {
					return nil, err
				}
				if !isIterator(it) {
					return nil, py.ExceptionNewf(py.TypeError, "iter() returned non-iterator of type '%s'", it.Type().Name)
				}
				return it, nil
			}
			if cls.Lookup("__getitem__") != nil {
				return py.NewIterator(v), nil
			}
			return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not iterable", cls.Name)
		}
	}
	return py.Iter(o)
}

func isIterator(o py.Object) bool {
	if _, ok := o.(py.I__next__); ok {
		return true
	}
	if t, ok := o.(*py.Type); ok {
		return t.Type().Lookup("__next__") != nil
	}
	return false
}

// Next advances the iterator it: ok is false once it is exhausted.
func Next(it py.Object) (v py.Object, ok bool, err error) {
	switch x := it.(type) {
	case *py.Generator:
		v, done, err := threadOf(x.Frame.Context).sendGen(x, py.None, nil)
		if err != nil || done {
			return nil, false, err
		}
		return v, true, nil
	case *bytesIterator:
		if x.i >= len(x.b) {
			return nil, false, nil
		}
		x.i++
		return py.Int(x.b[x.i-1]), true, nil
	}
	v, err = py.Next(it)
	if err != nil {
		if py.IsException(py.StopIteration, err) {
			return nil, false, nil
		}
		return nil, false, err
	}
	return v, true, nil
}

// GetItem is o[key].
func GetItem(o, key py.Object) (py.Object, error) {
	if b, ok := o.(py.Bytes); ok {
		return bytesItem(b, key)
	}
	return py.GetItem(o, key)
}

// Contains is `x in seq`.
func Contains(seq, x py.Object) (bool, error) {
	switch s := seq.(type) {
	case py.Bytes:
		return bytesContains(s, x)
	case *py.Type:
		if cls := s.Type(); pyutil.IsInstanceObject(s) {
			if m := cls.Lookup("__contains__"); m != nil {
				r, err := callMethod(s, m, x)
				if err != nil {
					return false, err
				}
				return Truth(r)
			}
			it, err := Iter(s)
			if err != nil {
				return false, py.ExceptionNewf(py.TypeError, "argument of type '%s' is not iterable", cls.Name)
			}
			for {
				v, ok, err := Next(it)
				if err != nil || !ok {
					return false, err
				}
				eq, err := equal(v, x)
				if err != nil || eq {
					return eq, err
				}
			}
		}
	}
	if _, ok := seq.(py.I__contains__); !ok {
		if _, ok := seq.(py.I__iter__); !ok {
			return false, py.ExceptionNewf(py.TypeError, "argument of type '%s' is not iterable", seq.Type().Name)
		}
	}
	return py.SequenceContains(seq, x)
}

// equal is x == y as a Go bool, identity first as CPython's containers do.
func equal(x, y py.Object) (bool, error) {
	if x == y {
		return true, nil
	}
	r, err := py.Eq(x, y)
	if err != nil {
		return false, err
	}
	return Truth(r)
}

// binaryOp applies a BINARY_* or INPLACE_* operator.
func binaryOp(op byte, a, b py.Object) (py.Object, error) {
	// Small-int fast paths.
	if x, ok := a.(py.Int); ok {
		if y, ok := b.(py.Int); ok {
			switch op {
			case opBINARY_ADD, opINPLACE_ADD:
				if r := x + y; (r > x) == (y > 0) {
					return r, nil
				}
			case opBINARY_SUBTRACT, opINPLACE_SUBTRACT:
				if r := x - y; (r < x) == (y > 0) {
					return r, nil
				}
			case opBINARY_MULTIPLY, opINPLACE_MULTIPLY:
				if x > -math.MaxInt32 && x < math.MaxInt32 && y > -math.MaxInt32 && y < math.MaxInt32 {
					return x * y, nil
				}
			}
		}
	}
	if at, ok := a.(py.Tuple); ok && (op == opBINARY_ADD || op == opINPLACE_ADD) {
		// gpython's tuple + misplaces the items of tuples of different
		// lengths.
		if bt, ok := b.(py.Tuple); ok {
			out := make(py.Tuple, 0, len(at)+len(bt))
			return append(append(out, at...), bt...), nil
		}
		return nil, py.ExceptionNewf(py.TypeError, "can only concatenate tuple (not \"%s\") to tuple", b.Type().Name)
	}
	if ab, ok := a.(py.Bytes); ok {
		switch op {
		case opBINARY_ADD, opINPLACE_ADD:
			if r, ok := bytesConcat(ab, b); ok {
				return r, nil
			}
			return nil, py.ExceptionNewf(py.TypeError, "can't concat %s to bytes", b.Type().Name)
		case opBINARY_MULTIPLY, opINPLACE_MULTIPLY:
			if isIndex(b) {
				return bytesRepeat(ab, b)
			}
			return nil, py.ExceptionNewf(py.TypeError, "can't multiply sequence by non-int of type '%s'", b.Type().Name)
		case opBINARY_MODULO, opINPLACE_MODULO:
			return bytesFormat(ab, b)
		}
	}
	if bb, ok := b.(py.Bytes); ok && (op == opBINARY_MULTIPLY || op == opINPLACE_MULTIPLY) && isIndex(a) {
		return bytesRepeat(bb, a)
	}
	switch op {
	case opBINARY_ADD:
		return py.Add(a, b)
	case opINPLACE_ADD:
		return py.IAdd(a, b)
	case opBINARY_SUBTRACT:
		return py.Sub(a, b)
	case opINPLACE_SUBTRACT:
		return py.ISub(a, b)
	case opBINARY_MULTIPLY:
		return py.Mul(a, b)
	case opINPLACE_MULTIPLY:
		return py.IMul(a, b)
	case opBINARY_MODULO:
		return py.Mod(a, b)
	case opINPLACE_MODULO:
		return py.IMod(a, b)
	case opBINARY_POWER:
		return py.Pow(a, b, py.None)
	case opINPLACE_POWER:
		return py.IPow(a, b, py.None)
	case opBINARY_FLOOR_DIVIDE:
		return py.FloorDiv(a, b)
	case opINPLACE_FLOOR_DIVIDE:
		return py.IFloorDiv(a, b)
	case opBINARY_TRUE_DIVIDE:
		return py.TrueDiv(a, b)
	case opINPLACE_TRUE_DIVIDE:
		return py.ITrueDiv(a, b)
	case opBINARY_LSHIFT:
		return py.Lshift(a, b)
	case opINPLACE_LSHIFT:
		return py.ILshift(a, b)
	case opBINARY_RSHIFT:
		return py.Rshift(a, b)
	case opINPLACE_RSHIFT:
		return py.IRshift(a, b)
	case opBINARY_AND:
		return py.And(a, b)
	case opINPLACE_AND:
		return py.IAnd(a, b)
	case opBINARY_XOR:
		return py.Xor(a, b)
	case opINPLACE_XOR:
		return py.IXor(a, b)
	case opBINARY_OR:
		return py.Or(a, b)
	case opINPLACE_OR:
		return py.IOr(a, b)
	}
	return nil, py.ExceptionNewf(py.SystemError, "vm: bad binary operator %d", op)
}

// isIndex reports whether o can be used as an integer (__index__).
func isIndex(o py.Object) bool {
	switch o.(type) {
	case py.Int, py.Bool, *py.BigInt:
		return true
	}
	_, ok := o.(py.I__index__)
	return ok
}

// compareOp applies COMPARE_OP.
func compareOp(op int, a, b py.Object) (py.Object, error) {
	if x, ok := a.(py.Int); ok {
		if y, ok := b.(py.Int); ok {
			switch op {
			case cmpLT:
				return py.NewBool(x < y), nil
			case cmpLE:
				return py.NewBool(x <= y), nil
			case cmpEQ:
				return py.NewBool(x == y), nil
			case cmpNE:
				return py.NewBool(x != y), nil
			case cmpGT:
				return py.NewBool(x > y), nil
			case cmpGE:
				return py.NewBool(x >= y), nil
			}
		}
	}
	if ab, ok := a.(py.Bytes); ok && op <= cmpGE {
		if c, ok := bytesCompare(ab, b); ok {
			return py.NewBool(cmpResult(op, c)), nil
		}
		if op == cmpEQ {
			if bb, ok := bufferBytes(b); ok {
				return py.NewBool(string(ab) == string(bb)), nil
			}
			return py.False, nil
		}
		if op == cmpNE {
			if bb, ok := bufferBytes(b); ok {
				return py.NewBool(string(ab) != string(bb)), nil
			}
			return py.True, nil
		}
	}
	switch op {
	case cmpLT:
		return py.Lt(a, b)
	case cmpLE:
		return py.Le(a, b)
	case cmpEQ:
		return py.Eq(a, b)
	case cmpNE:
		return py.Ne(a, b)
	case cmpGT:
		return py.Gt(a, b)
	case cmpGE:
		return py.Ge(a, b)
	case cmpIN:
		r, err := Contains(b, a)
		return py.NewBool(r), err
	case cmpNOT_IN:
		r, err := Contains(b, a)
		return py.NewBool(!r), err
	case cmpIS:
		return py.NewBool(identical(a, b)), nil
	case cmpIS_NOT:
		return py.NewBool(!identical(a, b)), nil
	case cmpEXC_MATCH:
		r, err := exceptionMatches(a, b)
		return py.NewBool(r), err
	}
	return nil, py.ExceptionNewf(py.SystemError, "vm: bad comparison %d", op)
}

func cmpResult(op, c int) bool {
	switch op {
	case cmpLT:
		return c < 0
	case cmpLE:
		return c <= 0
	case cmpEQ:
		return c == 0
	case cmpNE:
		return c != 0
	case cmpGT:
		return c > 0
	}
	return c >= 0
}

// identical is `a is b`. Go's == on interfaces panics for values of
// uncomparable dynamic types (dicts are Go maps); those compare by
// identity of their storage.
func identical(a, b py.Object) bool {
	switch x := a.(type) {
	case py.StringDict:
		y, ok := b.(py.StringDict)
		return ok && sameMap(x, y)
	case py.Tuple:
		y, ok := b.(py.Tuple)
		return ok && len(x) == len(y) && (len(x) == 0 || &x[0] == &y[0])
	case py.Bytes:
		y, ok := b.(py.Bytes)
		return ok && len(x) == len(y) && (len(x) == 0 || &x[0] == &y[0])
	}
	switch b.(type) {
	case py.StringDict, py.Tuple, py.Bytes:
		return false
	}
	return a == b
}

// Repr is repr(o) as CPython prints it (the builtin, which the project
// completes).
func Repr(o py.Object) (string, error) {
	r, err := py.Repr(o)
	if err != nil {
		return "", err
	}
	s, ok := r.(py.String)
	if !ok {
		return "", py.ExceptionNewf(py.TypeError, "__repr__ returned non-string (type %s)", r.Type().Name)
	}
	return string(s), nil
}

// unpack implements UNPACK_SEQUENCE (after < 0) and UNPACK_EX, pushing the
// items so that the first ends on top.
func unpack(f *frame, seq py.Object, before, after int) error {
	var items []py.Object
	switch s := seq.(type) {
	case py.Tuple:
		items = s
	case *py.List:
		items = s.Items
	default:
		it, err := Iter(seq)
		if err != nil {
			if isTypeError(err) {
				return py.ExceptionNewf(py.TypeError, "'%s' object is not iterable", seq.Type().Name)
			}
			return err
		}
		for {
			v, ok, err := Next(it)
			if err != nil {
				return err
			}
			if !ok {
				break
			}
			items = append(items, v)
			if after < 0 && len(items) > before {
				break
			}
		}
	}
	n := len(items)
	if after < 0 {
		if n < before {
			return py.ExceptionNewf(py.ValueError, "not enough values to unpack (expected %d, got %d)", before, n)
		}
		if n > before {
			return py.ExceptionNewf(py.ValueError, "too many values to unpack (expected %d)", before)
		}
		for i := n - 1; i >= 0; i-- {
			f.push(items[i])
		}
		return nil
	}
	if n < before+after {
		return py.ExceptionNewf(py.ValueError, "not enough values to unpack (expected at least %d, got %d)", before+after, n)
	}
	for i := n - 1; i >= n-after; i-- {
		f.push(items[i])
	}
	f.push(py.NewListFromItems(append([]py.Object(nil), items[before:n-after]...)))
	for i := before - 1; i >= 0; i-- {
		f.push(items[i])
	}
	return nil
}
