package pyarray

import (
	"encoding/binary"
	"math"
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/vm"
)

// Machine format codes of pickled arrays, as CPython numbers them: the
// integer formats come in (unsigned, signed) pairs of (little, big)
// endian, from 8 bits up to 64; then the floats, then UTF-16 and UTF-32.
const (
	mfFloat32LE = 14
	mfFloat64BE = 17
	mfUTF16LE   = 18
	mfUTF32LE   = 20
)

// mformatWidth is the item width CPython checks a pickled byte string
// against, per machine format. CPython's table gives the text formats
// twice their code unit, and the check follows the table.
func mformatWidth(mf int) int {
	switch {
	case mf < 2:
		return 1
	case mf < mfFloat32LE:
		return 2 << ((mf - 2) / 4)
	case mf < mfUTF16LE:
		return 4 << ((mf - mfFloat32LE) / 2)
	case mf < mfUTF32LE:
		return 4
	}
	return 8
}

// mformatOrder is the byte order of a multi-byte machine format.
func mformatOrder(mf int) binary.ByteOrder {
	if mf >= 2 && mf%2 == 1 {
		return binary.BigEndian
	}
	return binary.LittleEndian
}

// rebuildForeign makes an array of type t from bytes pickled in machine
// format mf, one other than the typecode's own: the bytes are read as
// values (ints, floats or text) and the array is built from those, an
// integer format choosing the last typecode of its width and signedness.
func rebuildForeign(t *py.Type, k *kind, mf int, b []byte) (py.Object, error) {
	if len(b)%mformatWidth(mf) != 0 {
		return nil, py.ExceptionNewf(py.ValueError, "string length not a multiple of item size")
	}
	code := k.code
	var init py.Object
	switch {
	case mf >= mfUTF16LE:
		enc := "utf-16-le"
		switch mf {
		case mfUTF16LE + 1:
			enc = "utf-16-be"
		case mfUTF32LE:
			enc = "utf-32-le"
		case mfUTF32LE + 1:
			enc = "utf-32-be"
		}
		decode, err := py.GetAttrString(py.Bytes(b), "decode")
		if err != nil {
			return nil, err
		}
		if init, err = py.Call(decode, py.Tuple{py.String(enc)}, nil); err != nil {
			return nil, err
		}
	case mf >= mfFloat32LE:
		init = floatsOf(b, mf)
	default:
		width, signed := mformatWidth(mf), mf == 1 || (mf >= 2 && (mf-2)%4 >= 2)
		for _, c := range kinds {
			if !c.unicode && !c.float && c.size == width && c.signed == signed {
				code = c.code
			}
		}
		init = intsOf(b, width, signed, mformatOrder(mf))
	}
	a, err := arrayNew(ArrayType, py.Tuple{py.String(string(rune(code))), init}, nil)
	if err != nil {
		return nil, err
	}
	return vm.NewWithValue(t, a), nil
}

// floatsOf reads IEEE 754 floats (format mf) into a list.
func floatsOf(b []byte, mf int) *py.List {
	ord, width := mformatOrder(mf), mformatWidth(mf)
	items := make([]py.Object, 0, len(b)/width)
	for i := 0; i+width <= len(b); i += width {
		if width == 4 {
			items = append(items, py.Float(math.Float32frombits(ord.Uint32(b[i:]))))
		} else {
			items = append(items, py.Float(math.Float64frombits(ord.Uint64(b[i:]))))
		}
	}
	return py.NewListFromItems(items)
}

// intsOf reads integers of width bytes into a list.
func intsOf(b []byte, width int, signed bool, ord binary.ByteOrder) *py.List {
	items := make([]py.Object, 0, len(b)/width)
	for i := 0; i+width <= len(b); i += width {
		var u uint64
		switch width {
		case 1:
			u = uint64(b[i])
		case 2:
			u = uint64(ord.Uint16(b[i:]))
		case 4:
			u = uint64(ord.Uint32(b[i:]))
		default:
			u = ord.Uint64(b[i:])
		}
		shift := 64 - 8*uint(width)
		switch {
		case signed:
			items = append(items, py.Int(int64(u<<shift)>>shift))
		case u > math.MaxInt64:
			items = append(items, (*py.BigInt)(new(big.Int).SetUint64(u)))
		default:
			items = append(items, py.Int(u))
		}
	}
	return py.NewListFromItems(items)
}
