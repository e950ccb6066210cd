package pyarray

import (
	"encoding/binary"
	"math"
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// order is the machine byte order items are stored in (little-endian on
// every platform the project builds for, as sys.byteorder reports).
var order = binary.LittleEndian

// kind describes one typecode: its item size, its integer range (ints
// only) and the messages CPython 3.6 gives for values outside it.
type kind struct {
	code     byte
	size     int
	signed   bool // integer kinds: two's complement
	float    bool // f and d
	unicode  bool // u
	min, max *big.Int
	// lowMsg and highMsg are the OverflowError messages for values outside
	// [min, max] but within the C type the converter first goes through;
	// wideLow and wideHigh apply beyond that (wideMin, wideMax).
	lowMsg, highMsg   string
	wideLow, wideHigh string
	wideMin, wideMax  *big.Int
	// midLow and midHigh apply between the kind's range and an
	// intermediate C type's (midMin, midMax), when there is one: 'b' is
	// read as a short first, 'H' as an int.
	midLow, midHigh    string
	midMin, midMax     *big.Int
	floatIsTypeMessage bool // a float item gives "array item must be integer"
	mformat            int  // little-endian machine format code of pickles
}

func bi(s string) *big.Int {
	v, ok := new(big.Int).SetString(s, 0)
	if !ok {
		panic("bad constant " + s)
	}
	return v
}

const (
	longTooLarge  = "Python int too large to convert to C long"
	ulongTooLarge = "Python int too large to convert to C unsigned long"
	negUnsigned   = "can't convert negative value to unsigned int"
	tooBig        = "int too big to convert"
	negUnsigned64 = "can't convert negative int to unsigned"
)

var (
	longMin  = bi("-0x8000000000000000")
	longMax  = bi("0x7fffffffffffffff")
	ulongMax = bi("0xffffffffffffffff")
	zero     = big.NewInt(0)
)

// kinds holds every typecode, in the order array.typecodes lists them.
var kinds = []*kind{
	{code: 'b', size: 1, signed: true, min: bi("-128"), max: bi("127"),
		lowMsg: "signed char is less than minimum", highMsg: "signed char is greater than maximum",
		midLow: "signed short integer is less than minimum", midHigh: "signed short integer is greater than maximum",
		midMin: bi("-32768"), midMax: bi("32767"),
		wideLow: longTooLarge, wideHigh: longTooLarge, wideMin: longMin, wideMax: longMax, mformat: 1},
	{code: 'B', size: 1, min: zero, max: bi("255"),
		lowMsg: "unsigned byte integer is less than minimum", highMsg: "unsigned byte integer is greater than maximum",
		wideLow: longTooLarge, wideHigh: longTooLarge, wideMin: longMin, wideMax: longMax, mformat: 0},
	{code: 'u', size: 4, unicode: true, mformat: 20},
	{code: 'h', size: 2, signed: true, min: bi("-32768"), max: bi("32767"),
		lowMsg: "signed short integer is less than minimum", highMsg: "signed short integer is greater than maximum",
		wideLow: longTooLarge, wideHigh: longTooLarge, wideMin: longMin, wideMax: longMax, mformat: 4},
	{code: 'H', size: 2, min: zero, max: bi("65535"),
		lowMsg: "unsigned short is less than minimum", highMsg: "unsigned short is greater than maximum",
		midLow: "signed integer is less than minimum", midHigh: "signed integer is greater than maximum",
		midMin: bi("-2147483648"), midMax: bi("2147483647"),
		wideLow: longTooLarge, wideHigh: longTooLarge, wideMin: longMin, wideMax: longMax, mformat: 2},
	{code: 'i', size: 4, signed: true, min: bi("-2147483648"), max: bi("2147483647"),
		lowMsg: "signed integer is less than minimum", highMsg: "signed integer is greater than maximum",
		wideLow: longTooLarge, wideHigh: longTooLarge, wideMin: longMin, wideMax: longMax, mformat: 8},
	{code: 'I', size: 4, min: zero, max: bi("0xffffffff"),
		lowMsg: negUnsigned, highMsg: "unsigned int is greater than maximum",
		wideLow: negUnsigned, wideHigh: ulongTooLarge, wideMin: zero, wideMax: ulongMax,
		floatIsTypeMessage: true, mformat: 6},
	{code: 'l', size: 8, signed: true, min: longMin, max: longMax,
		lowMsg: longTooLarge, highMsg: longTooLarge,
		wideLow: longTooLarge, wideHigh: longTooLarge, wideMin: longMin, wideMax: longMax, mformat: 12},
	{code: 'L', size: 8, min: zero, max: ulongMax,
		lowMsg: negUnsigned, highMsg: ulongTooLarge,
		wideLow: negUnsigned, wideHigh: ulongTooLarge, wideMin: zero, wideMax: ulongMax,
		floatIsTypeMessage: true, mformat: 10},
	{code: 'q', size: 8, signed: true, min: longMin, max: longMax,
		lowMsg: tooBig, highMsg: tooBig,
		wideLow: tooBig, wideHigh: tooBig, wideMin: longMin, wideMax: longMax, mformat: 12},
	{code: 'Q', size: 8, min: zero, max: ulongMax,
		lowMsg: negUnsigned64, highMsg: tooBig,
		wideLow: negUnsigned64, wideHigh: tooBig, wideMin: zero, wideMax: ulongMax,
		floatIsTypeMessage: true, mformat: 10},
	{code: 'f', size: 4, float: true, mformat: 14},
	{code: 'd', size: 8, float: true, mformat: 16},
}

// kindOf returns the kind of a typecode, or nil.
func kindOf(code byte) *kind {
	for _, k := range kinds {
		if k.code == code {
			return k
		}
	}
	return nil
}

// toBig returns an integer item's value, or CPython's TypeError for a
// value of another type.
func (k *kind) toBig(v py.Object) (*big.Int, error) {
	switch x := v.(type) {
	case py.Int:
		return big.NewInt(int64(x)), nil
	case *py.BigInt:
		return (*big.Int)(x), nil
	case py.Bool:
		if x {
			return big.NewInt(1), nil
		}
		return big.NewInt(0), nil
	case py.Float:
		if k.floatIsTypeMessage {
			return nil, pyutil.TypeErrorf("array item must be integer")
		}
		return nil, pyutil.TypeErrorf("integer argument expected, got float")
	}
	if _, ok := v.(py.I__index__); ok {
		i, err := py.Index(v)
		if err != nil {
			return nil, err
		}
		return big.NewInt(int64(i)), nil
	}
	if t, ok := v.(*py.Type); ok && pyutil.IsInstanceObject(t) {
		if iv, ok := pyutil.BuiltinValue(t); ok {
			return k.toBig(iv) // an int subclass's value
		}
		// 3.6 converts an object with __int__ (deprecated in 3.8).
		if m, err := vm.GetAttr(v, "__int__"); err == nil {
			r, err := vm.Call(m, nil, nil)
			if err != nil {
				return nil, err
			}
			switch r.(type) {
			case py.Int, *py.BigInt:
				return k.toBig(r)
			}
			return nil, pyutil.TypeErrorf("__int__ returned non-int (type %s)", pyutil.TypeName(r))
		}
	}
	return nil, pyutil.TypeErrorf("an integer is required (got type %s)", pyutil.TypeName(v))
}

// encode converts v to the kind's item and stores it in dst (size bytes).
func (k *kind) encode(dst []byte, v py.Object) error {
	switch {
	case k.unicode:
		s, ok := v.(py.String)
		if !ok {
			return pyutil.TypeErrorf("array item must be unicode character")
		}
		rs := []rune(string(s))
		if len(rs) != 1 {
			return pyutil.TypeErrorf("array item must be unicode character")
		}
		order.PutUint32(dst, uint32(rs[0]))
		return nil
	case k.float:
		f, err := toFloat(v)
		if err != nil {
			return err
		}
		if k.size == 4 {
			order.PutUint32(dst, math.Float32bits(float32(f)))
		} else {
			order.PutUint64(dst, math.Float64bits(f))
		}
		return nil
	}
	n, err := k.toBig(v)
	if err != nil {
		return err
	}
	switch {
	case n.Cmp(k.wideMin) < 0:
		return overflow(k.wideLow)
	case n.Cmp(k.wideMax) > 0:
		return overflow(k.wideHigh)
	case k.midMin != nil && n.Cmp(k.midMin) < 0:
		return overflow(k.midLow)
	case k.midMax != nil && n.Cmp(k.midMax) > 0:
		return overflow(k.midHigh)
	case n.Cmp(k.min) < 0:
		return overflow(k.lowMsg)
	case n.Cmp(k.max) > 0:
		return overflow(k.highMsg)
	}
	pyutil.PutInt(dst[:k.size], n, order)
	return nil
}

func overflow(msg string) error { return py.ExceptionNewf(py.OverflowError, "%s", msg) }

// toFloat converts a float item as CPython's float arrays do.
func toFloat(v py.Object) (float64, error) {
	switch x := v.(type) {
	case py.Float:
		return float64(x), nil
	case py.Int:
		return float64(x), nil
	case py.Bool:
		if x {
			return 1, nil
		}
		return 0, nil
	case *py.BigInt:
		f, _ := new(big.Float).SetInt((*big.Int)(x)).Float64()
		if math.IsInf(f, 0) {
			return 0, overflow("int too large to convert to float")
		}
		return f, nil
	}
	if _, ok := v.(py.I__float__); ok {
		r, err := py.MakeFloat(v)
		if err != nil {
			return 0, err
		}
		if f, ok := r.(py.Float); ok {
			return float64(f), nil
		}
	}
	return 0, pyutil.TypeErrorf("must be real number, not %s", pyutil.TypeName(v))
}

// checkChar gives CPython's ValueError for a 'u' item beyond U+10FFFF.
func checkChar(c uint32) error {
	if c > 0x10ffff {
		return py.ExceptionNewf(py.ValueError, "character U+%x is not in range [U+0000; U+10ffff]", c)
	}
	return nil
}

// decode returns the Python value of the item stored in src (a 'u' item
// must have passed checkChar).
func (k *kind) decode(src []byte) py.Object {
	switch {
	case k.unicode:
		return py.String(string(rune(order.Uint32(src))))
	case k.float:
		if k.size == 4 {
			return py.Float(math.Float32frombits(order.Uint32(src)))
		}
		return py.Float(math.Float64frombits(order.Uint64(src)))
	}
	var u uint64
	switch k.size {
	case 1:
		u = uint64(src[0])
		if k.signed {
			return py.Int(int8(src[0]))
		}
	case 2:
		u = uint64(order.Uint16(src))
		if k.signed {
			return py.Int(int16(u))
		}
	case 4:
		u = uint64(order.Uint32(src))
		if k.signed {
			return py.Int(int32(u))
		}
	default:
		u = order.Uint64(src)
		if k.signed {
			return py.Int(int64(u))
		}
	}
	if u > math.MaxInt64 {
		return (*py.BigInt)(new(big.Int).SetUint64(u))
	}
	return py.Int(u)
}
