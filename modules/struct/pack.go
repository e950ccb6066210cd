package pystruct

import (
	"encoding/binary"
	"math"
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// intValue is an integer argument: small when it fits an int64, big
// otherwise.
type intValue struct {
	small int64
	big   *big.Int
}

// signed returns the value as an int64, ok false when it does not fit.
func (v intValue) signed() (int64, bool) {
	return v.small, v.big == nil
}

// unsigned returns the value as a uint64, ok false when it is negative or
// does not fit.
func (v intValue) unsigned() (uint64, bool) {
	if v.big != nil {
		if v.big.Sign() < 0 || v.big.BitLen() > 64 {
			return 0, false
		}
		return v.big.Uint64(), true
	}
	return uint64(v.small), v.small >= 0
}

func fromBig(b *big.Int) intValue {
	if b.IsInt64() {
		return intValue{small: b.Int64()}
	}
	return intValue{big: b}
}

// instanceClass returns the class of an instance of a Python class
// (gpython represents those as *py.Type too).
func instanceClass(o py.Object) (*py.Type, bool) {
	if t, ok := o.(*py.Type); ok && pyutil.IsInstanceObject(t) {
		return t.Type(), true
	}
	return nil, false
}

// callSpecial calls o's special method name when o's class defines it.
func callSpecial(o py.Object, name string) (res py.Object, found bool, err error) {
	if cls, ok := instanceClass(o); ok {
		if cls.Lookup(name) == nil {
			return nil, false, nil
		}
		m, err := vm.GetAttr(o, name)
		if err != nil {
			return nil, true, err
		}
		res, err = vm.Call(m, nil, nil)
		return res, true, err
	}
	return nil, false, nil
}

// isInt reports whether o is an int (bool included), as PyLong_Check.
func isInt(o py.Object) bool {
	switch o.(type) {
	case py.Int, py.Bool, *py.BigInt:
		return true
	}
	return false
}

// getInt converts an argument for an integer code: an int, or an object
// with __index__.
func getInt(o py.Object) (intValue, error) {
	switch v := o.(type) {
	case py.Int:
		return intValue{small: int64(v)}, nil
	case py.Bool:
		if v {
			return intValue{small: 1}, nil
		}
		return intValue{}, nil
	case *py.BigInt:
		return fromBig((*big.Int)(v)), nil
	case py.Float:
		return intValue{}, structErrorf("required argument is not an integer")
	}
	r, found, err := callSpecial(o, "__index__")
	if !found {
		i, ok := o.(py.I__index__)
		if !ok {
			return intValue{}, structErrorf("required argument is not an integer")
		}
		var n py.Int
		n, err = i.M__index__()
		r = n
	}
	if err != nil {
		return intValue{}, err
	}
	if !isInt(r) {
		return intValue{}, pyutil.TypeErrorf("__index__ returned non-int (type %s)", pyarg.TypeName(r))
	}
	return getInt(r)
}

// getFloat converts an argument for a float code: a float, an int, or an
// object with __float__; any failure is struct.error, as in CPython 3.6.
func getFloat(o py.Object) (float64, error) {
	notFloat := structErrorf("required argument is not a float")
	switch v := o.(type) {
	case py.Float:
		return float64(v), nil
	case py.Int:
		return float64(v), nil
	case py.Bool:
		if v {
			return 1, nil
		}
		return 0, nil
	case *py.BigInt:
		f, _ := new(big.Float).SetInt((*big.Int)(v)).Float64()
		if math.IsInf(f, 0) {
			return 0, notFloat
		}
		return f, nil
	}
	r, found, err := callSpecial(o, "__float__")
	if !found {
		i, ok := o.(py.I__float__)
		if !ok {
			return 0, notFloat
		}
		r, err = i.M__float__()
	}
	if err != nil {
		return 0, notFloat
	}
	if f, ok := r.(py.Float); ok {
		return float64(f), nil
	}
	return 0, notFloat
}

// rangeError is the struct.error for an integer outside a code's range.
func rangeError(msg string) error { return structErrorf("%s", msg) }

// errOutOfRange is the struct.error for a value that does not fit a C long.
func errOutOfRange() error { return structErrorf("argument out of range") }

// packInt writes an integer code's value.
func (l *layout) packInt(dst []byte, code byte, o py.Object) error {
	v, err := getInt(o)
	if err != nil {
		return err
	}
	order := binary.ByteOrder(binary.LittleEndian)
	if l.bigEndian {
		order = binary.BigEndian
	}
	signed := func(lo, hi int64, msg string) (int64, error) {
		x, ok := v.signed()
		if !ok {
			return 0, errOutOfRange()
		}
		if x < lo || x > hi {
			return 0, rangeError(msg)
		}
		return x, nil
	}
	unsigned := func(hi uint64, msg string) (uint64, error) {
		x, ok := v.unsigned()
		if !ok {
			return 0, errOutOfRange()
		}
		if x > hi {
			return 0, rangeError(msg)
		}
		return x, nil
	}
	switch code {
	case 'b':
		x, err := signed(-128, 127, "byte format requires -128 <= number <= 127")
		dst[0] = byte(x)
		return err
	case 'B':
		x, err := signed(0, 255, "ubyte format requires 0 <= number <= 255")
		dst[0] = byte(x)
		return err
	case 'h':
		if l.bigEndian {
			// CPython 3.6's big-endian functions; '<' and '=' use the
			// native ones, whose messages differ.
			x, err := signed(math.MinInt16, math.MaxInt16, "'h' format requires -32768 <= number <= 32767")
			if err == nil {
				order.PutUint16(dst, uint16(x))
			}
			return err
		}
		x, err := signed(math.MinInt16, math.MaxInt16, "short format requires (-0x7fff - 1) <= number <= 0x7fff")
		if err == nil {
			order.PutUint16(dst, uint16(x))
		}
		return err
	case 'H':
		if l.bigEndian {
			x, err := unsigned(math.MaxUint16, "'H' format requires 0 <= number <= 65535")
			if err == nil {
				order.PutUint16(dst, uint16(x))
			}
			return err
		}
		x, err := signed(0, math.MaxUint16, "ushort format requires 0 <= number <= (0x7fff * 2 + 1)")
		if err == nil {
			order.PutUint16(dst, uint16(x))
		}
		return err
	case 'i', 'l':
		if code == 'l' && l.native {
			x, err := signed(math.MinInt64, math.MaxInt64, "")
			if err == nil {
				order.PutUint64(dst, uint64(x))
			}
			return err
		}
		x, err := signed(math.MinInt32, math.MaxInt32, "'"+string(code)+"' format requires -2147483648 <= number <= 2147483647")
		if err == nil {
			order.PutUint32(dst, uint32(x))
		}
		return err
	case 'I', 'L':
		if code == 'L' && l.native {
			x, err := unsigned(math.MaxUint64, "")
			if err == nil {
				order.PutUint64(dst, x)
			}
			return err
		}
		x, err := unsigned(math.MaxUint32, "'"+string(code)+"' format requires 0 <= number <= 4294967295")
		if err == nil {
			order.PutUint32(dst, uint32(x))
		}
		return err
	case 'q', 'n':
		x, ok := v.signed()
		if !ok {
			return l.overflow64(o)
		}
		order.PutUint64(dst, uint64(x))
		return nil
	case 'Q', 'N':
		x, ok := v.unsigned()
		if !ok {
			return l.overflow64(o)
		}
		order.PutUint64(dst, x)
		return nil
	case 'P':
		// CPython converts negative values as a C long and others as an
		// unsigned long; the OverflowError becomes struct.error for ints.
		var x uint64
		var ok bool
		if v.big != nil && v.big.Sign() < 0 || v.big == nil && v.small < 0 {
			var s int64
			s, ok = v.signed()
			x = uint64(s)
			if !ok && !isInt(o) {
				return py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C long")
			}
		} else {
			x, ok = v.unsigned()
			if !ok && !isInt(o) {
				return py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C unsigned long")
			}
		}
		if !ok {
			return structErrorf("int too large to convert")
		}
		order.PutUint64(dst, x)
		return nil
	}
	return py.ExceptionNewf(py.SystemError, "struct: no integer code %q", code)
}

// overflow64 is the error for a value outside a 64-bit code's range:
// the big-endian functions of CPython 3.6 convert through a byte array,
// whose OverflowError becomes struct.error for ints.
func (l *layout) overflow64(o py.Object) error {
	switch {
	case !l.bigEndian:
		return errOutOfRange()
	case isInt(o):
		return structErrorf("int too large to convert")
	}
	return py.ExceptionNewf(py.OverflowError, "int too big to convert")
}

// packFloat writes a float code's value.
func (l *layout) packFloat(dst []byte, code byte, o py.Object) error {
	x, err := getFloat(o)
	if err != nil {
		return err
	}
	order := binary.ByteOrder(binary.LittleEndian)
	if l.bigEndian {
		order = binary.BigEndian
	}
	overflow := func() error {
		if isInt(o) {
			return structErrorf("int too large to convert")
		}
		return py.ExceptionNewf(py.OverflowError, "float too large to pack with %c format", code)
	}
	switch code {
	case 'e':
		h, ok := floatToHalf(x)
		if !ok {
			return overflow()
		}
		order.PutUint16(dst, h)
	case 'f':
		// Native 'f' is a C cast, without CPython's overflow check.
		y := float32(x)
		if !l.native && math.IsInf(float64(y), 0) && !math.IsInf(x, 0) {
			return overflow()
		}
		order.PutUint32(dst, math.Float32bits(y))
	default:
		order.PutUint64(dst, math.Float64bits(x))
	}
	return nil
}

// bytesArg is the contents of an argument for 's' and 'p': bytes or a
// bytearray.
func bytesArg(o py.Object) ([]byte, bool) {
	switch v := o.(type) {
	case py.Bytes:
		return v, true
	case pyutil.ReadableBuffer:
		return v.BufferBytes(), true
	}
	return nil, false
}

// pack writes values into dst (exactly l.size bytes), zeroing it first as
// CPython does (pack_into leaves a partly written region on error, as
// CPython does).
func (l *layout) pack(dst []byte, values py.Tuple) error {
	clear(dst)
	k := 0
	for _, it := range l.items {
		switch it.code {
		case 's', 'p':
			data, ok := bytesArg(values[k])
			if !ok {
				return structErrorf("argument for '%c' must be a bytes object", it.code)
			}
			k++
			field := dst[it.offset : it.offset+it.size]
			if it.code == 's' {
				copy(field, data)
				continue
			}
			if it.size == 0 {
				continue
			}
			n := min(len(data), it.size-1)
			copy(field[1:], data[:n])
			field[0] = byte(min(n, 255))
			continue
		}
		for j := 0; j < it.count; j++ {
			o := values[k]
			k++
			field := dst[it.offset+j*it.size : it.offset+(j+1)*it.size]
			var err error
			switch it.code {
			case 'c':
				b, ok := o.(py.Bytes)
				if !ok || len(b) != 1 {
					return structErrorf("char format requires a bytes object of length 1")
				}
				field[0] = b[0]
			case '?':
				var t bool
				if t, err = vm.Truth(o); err == nil && t {
					field[0] = 1
				}
			case 'e', 'f', 'd':
				err = l.packFloat(field, it.code, o)
			default:
				err = l.packInt(field, it.code, o)
			}
			if err != nil {
				return err
			}
		}
	}
	return nil
}

// floatToHalf rounds x to IEEE 754 binary16 (round half to even); ok is
// false when the result would overflow.
func floatToHalf(x float64) (uint16, bool) {
	var sign uint16
	if math.Signbit(x) {
		sign = 0x8000
	}
	switch {
	case math.IsNaN(x):
		return sign | 0x7e00, true
	case math.IsInf(x, 0):
		return sign | 0x7c00, true
	case x == 0:
		return sign, true
	}
	frac, exp := math.Frexp(math.Abs(x)) // |x| = frac * 2**exp, frac in [0.5, 1)
	exp--                                // |x| = (2*frac) * 2**exp
	if exp < -14 {
		// Subnormal: a multiple of 2**-24; scaling by a power of two is exact.
		n := math.RoundToEven(math.Ldexp(math.Abs(x), 24))
		return sign | uint16(n), true // n == 1024 is the smallest normal
	}
	m := math.RoundToEven((2*frac - 1) * 1024)
	if m == 1024 {
		m = 0
		exp++
	}
	if exp > 15 {
		return 0, false
	}
	return sign | uint16(exp+15)<<10 | uint16(m), true
}

// halfToFloat is the value of an IEEE 754 binary16.
func halfToFloat(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	exp := int(h>>10) & 0x1f
	m := float64(h & 0x3ff)
	switch exp {
	case 0:
		return sign * math.Ldexp(m, -24)
	case 0x1f:
		if m == 0 {
			return math.Inf(int(sign))
		}
		return math.Copysign(math.NaN(), sign)
	}
	return sign * math.Ldexp(1+m/1024, exp-15)
}
