package pystruct

import (
	"encoding/binary"
	"math"
	"math/big"
	"unsafe"

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
	// The variable-width kinds come last, so that unpackObject tells
	// them from the fixed-width ones with one comparison.
	kBytes  // 's'
	kPascal // 'p'
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
		if k >= kI16LE && k <= kF64BE && l.bigEndian {
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

// field is one value of an unpacked record: how it decodes, where its
// bytes start and, for 's' and 'p', how many bytes it spans. A layout's
// fields are its items with the repeat counts spelt out, so that
// decoding a record is one pass over them with no arithmetic on counts
// and sizes.
type field struct {
	off  int
	n    int
	kind fieldKind
}

// makeFields makes and stores l.fields, l's items spelt out, one per
// value. They are made on first use (unpackObject): a layout of a large
// repeat count (calcsize('100000000i')) costs them only once a buffer of
// that size is unpacked. Two goroutines may both make them the first
// time; they make the same fields.
func (l *layout) makeFields() []field {
	fields := make([]field, 0, l.nvalues)
	for _, it := range l.items {
		if it.kind == kBytes || it.kind == kPascal {
			fields = append(fields, field{off: it.offset, n: it.size, kind: it.kind})
			continue
		}
		for j := 0; j < it.count; j++ {
			fields = append(fields, field{off: it.offset + j*it.size, n: it.size, kind: it.kind})
		}
	}
	l.fields.Store(&fields)
	return fields
}

// unpackObject decodes src (exactly l.size bytes) into a tuple, made
// with as few allocations as it can (record.go): what the Python-level
// calls return.
func (l *layout) unpackObject(src []byte) (py.Object, error) {
	src = src[:l.size]
	var fields []field
	if p := l.fields.Load(); p != nil {
		fields = *p
	} else {
		fields = l.makeFields()
	}
	tuple, items, words := newRecord(len(fields))
	items, words = items[:len(fields)], words[:len(fields)]
	le, be := binary.LittleEndian, binary.BigEndian
	// Each fixed-width value is read through an array pointer at its
	// offset: every field lies inside the l.size bytes of src (the
	// layout placed it there), so the reads need no bounds checks, which
	// slicing src per field paid (about a fifth of a 4-field record's
	// decoding).
	base := unsafe.Pointer(unsafe.SliceData(src))
	for i := range fields {
		f := &fields[i]
		if f.kind >= kBytes {
			if f.kind == kBytes {
				items[i] = py.Bytes(append([]byte{}, src[f.off:f.off+f.n]...))
				continue
			}
			if f.n == 0 {
				// CPython 3.6 computes a length of -1 for '0p'.
				return nil, py.ExceptionNewf(py.SystemError, "Negative size passed to PyBytes_FromStringAndSize")
			}
			b := src[f.off : f.off+f.n]
			n := min(int(b[0]), f.n-1)
			items[i] = py.Bytes(append([]byte{}, b[1:1+n]...))
			continue
		}
		// A fixed-width value: its bytes lie inside src.
		p := unsafe.Add(base, f.off)
		w := &words[i]
		var o py.Object
		switch f.kind {
		case kChar:
			o = py.Bytes{*(*byte)(p)}
		case kBool:
			o = py.NewBool(*(*byte)(p) != 0)
		case kI8:
			o = py.Int(int8(*(*byte)(p)))
		case kU8:
			o = py.Int(*(*byte)(p))
		case kI16LE:
			o = intAt(w, int64(int16(le.Uint16(at2(p)))))
		case kI16BE:
			o = intAt(w, int64(int16(be.Uint16(at2(p)))))
		case kU16LE:
			o = intAt(w, int64(le.Uint16(at2(p))))
		case kU16BE:
			o = intAt(w, int64(be.Uint16(at2(p))))
		case kI32LE:
			o = intAt(w, int64(int32(le.Uint32(at4(p)))))
		case kI32BE:
			o = intAt(w, int64(int32(be.Uint32(at4(p)))))
		case kU32LE:
			o = intAt(w, int64(le.Uint32(at4(p))))
		case kU32BE:
			o = intAt(w, int64(be.Uint32(at4(p))))
		case kI64LE:
			o = intAt(w, int64(le.Uint64(at8(p))))
		case kI64BE:
			o = intAt(w, int64(be.Uint64(at8(p))))
		case kU64LE, kU64BE:
			v := le.Uint64(at8(p))
			if f.kind == kU64BE {
				v = be.Uint64(at8(p))
			}
			if v > math.MaxInt64 {
				o = uint64Value(v)
			} else {
				o = intAt(w, int64(v))
			}
		case kF16LE:
			o = floatAt(w, halfToFloat(le.Uint16(at2(p))))
		case kF16BE:
			o = floatAt(w, halfToFloat(be.Uint16(at2(p))))
		case kF32LE:
			o = floatAt(w, float64(math.Float32frombits(le.Uint32(at4(p)))))
		case kF32BE:
			o = floatAt(w, float64(math.Float32frombits(be.Uint32(at4(p)))))
		case kF64LE:
			o = floatAt(w, math.Float64frombits(le.Uint64(at8(p))))
		case kF64BE:
			o = floatAt(w, math.Float64frombits(be.Uint64(at8(p))))
		}
		items[i] = o
	}
	return tuple, nil
}

// at2, at4 and at8 are the 2, 4 and 8 bytes at p, a field's place inside
// a record of a layout (unpackObject): arrays, so that decoding them
// needs no bounds check.
func at2(p unsafe.Pointer) []byte { return (*[2]byte)(p)[:] }
func at4(p unsafe.Pointer) []byte { return (*[4]byte)(p)[:] }
func at8(p unsafe.Pointer) []byte { return (*[8]byte)(p)[:] }
