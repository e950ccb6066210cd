package pystruct

import (
	"encoding/binary"
	"math"
	"math/big"

	"github.com/go-python/gpython/py"
)

// uint64Value is v as a Python int.
func uint64Value(v uint64) py.Object {
	if v <= math.MaxInt64 {
		return py.Int(int64(v))
	}
	return (*py.BigInt)(new(big.Int).SetUint64(v))
}

// fieldKind is how an item's values are decoded, fixed when the format
// is parsed: width, signedness and byte order, so that decoding a value
// is a single switch and a direct, inlined load (no binary.ByteOrder
// interface call per value, no look at the format code).
type fieldKind uint8

const (
	kChar fieldKind = iota // 'c': bytes of length 1
	kBool
	kI8
	kU8
	kBytes  // 's'
	kPascal // 'p'
	// The multi-byte kinds come in little-endian, big-endian pairs.
	kI16LE
	kI16BE
	kU16LE
	kU16BE
	kI32LE
	kI32BE
	kU32LE
	kU32BE
	kI64LE
	kI64BE
	kU64LE
	kU64BE
	kF16LE
	kF16BE
	kF32LE
	kF32BE
	kF64LE
	kF64BE
)

// setKinds fills the kind of each of l.items.
func (l *layout) setKinds() {
	for i := range l.items {
		it := &l.items[i]
		var k fieldKind
		switch it.code {
		case 's':
			k = kBytes
		case 'p':
			k = kPascal
		case 'c':
			k = kChar
		case '?':
			k = kBool
		case 'b':
			k = kI8
		case 'B':
			k = kU8
		case 'h':
			k = kI16LE
		case 'H':
			k = kU16LE
		case 'e':
			k = kF16LE
		case 'f':
			k = kF32LE
		case 'd':
			k = kF64LE
		case 'i', 'l', 'q', 'n':
			k = kI32LE
			if it.size == 8 {
				k = kI64LE
			}
		default: // I L Q N P
			k = kU32LE
			if it.size == 8 {
				k = kU64LE
			}
		}
		if k >= kI16LE && l.bigEndian {
			k++
		}
		it.kind = k
	}
}

// unpack decodes src (exactly l.size bytes) into a tuple.
func (l *layout) unpack(src []byte) (py.Tuple, error) {
	t, err := l.unpackObject(src)
	if err != nil {
		return nil, err
	}
	return t.(py.Tuple), nil
}

// unpackObject decodes src (exactly l.size bytes) into a tuple, made
// with as few allocations as it can (record.go): what the Python-level
// calls return.
func (l *layout) unpackObject(src []byte) (py.Object, error) {
	src = src[:l.size]
	out := newTupleBuilder(l.nvalues)
	le, be := binary.LittleEndian, binary.BigEndian
	for _, it := range l.items {
		switch it.kind {
		case kBytes:
			out.add(py.Bytes(append([]byte{}, src[it.offset:it.offset+it.size]...)))
			continue
		case kPascal:
			if it.size == 0 {
				// CPython 3.6 computes a length of -1 for '0p'.
				return nil, py.ExceptionNewf(py.SystemError, "Negative size passed to PyBytes_FromStringAndSize")
			}
			b := src[it.offset:]
			n := min(int(b[0]), it.size-1)
			out.add(py.Bytes(append([]byte{}, b[1:1+n]...)))
			continue
		}
		for j := 0; j < it.count; j++ {
			b := src[it.offset+j*it.size:]
			switch it.kind {
			case kChar:
				out.add(py.Bytes{b[0]})
			case kBool:
				out.add(py.NewBool(b[0] != 0))
			case kI8:
				out.addInt(int64(int8(b[0])))
			case kU8:
				out.addInt(int64(b[0]))
			case kI16LE:
				out.addInt(int64(int16(le.Uint16(b))))
			case kI16BE:
				out.addInt(int64(int16(be.Uint16(b))))
			case kU16LE:
				out.addInt(int64(le.Uint16(b)))
			case kU16BE:
				out.addInt(int64(be.Uint16(b)))
			case kI32LE:
				out.addInt(int64(int32(le.Uint32(b))))
			case kI32BE:
				out.addInt(int64(int32(be.Uint32(b))))
			case kU32LE:
				out.addInt(int64(le.Uint32(b)))
			case kU32BE:
				out.addInt(int64(be.Uint32(b)))
			case kI64LE:
				out.addInt(int64(le.Uint64(b)))
			case kI64BE:
				out.addInt(int64(be.Uint64(b)))
			case kU64LE:
				out.addUint(le.Uint64(b))
			case kU64BE:
				out.addUint(be.Uint64(b))
			case kF16LE:
				out.addFloat(halfToFloat(le.Uint16(b)))
			case kF16BE:
				out.addFloat(halfToFloat(be.Uint16(b)))
			case kF32LE:
				out.addFloat(float64(math.Float32frombits(le.Uint32(b))))
			case kF32BE:
				out.addFloat(float64(math.Float32frombits(be.Uint32(b))))
			case kF64LE:
				out.addFloat(math.Float64frombits(le.Uint64(b)))
			case kF64BE:
				out.addFloat(math.Float64frombits(be.Uint64(b)))
			}
		}
	}
	return out.tuple, nil
}
