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
	order := binary.ByteOrder(binary.LittleEndian)
	if l.bigEndian {
		order = binary.BigEndian
	}
	out := newTupleBuilder(l.nvalues)
	for _, it := range l.items {
		switch it.code {
		case 's':
			out.add(py.Bytes(append([]byte{}, src[it.offset:it.offset+it.size]...)))
			continue
		case 'p':
			field := src[it.offset : it.offset+it.size]
			if len(field) == 0 {
				// CPython 3.6 computes a length of -1 for '0p'.
				return nil, py.ExceptionNewf(py.SystemError, "Negative size passed to PyBytes_FromStringAndSize")
			}
			n := min(int(field[0]), len(field)-1)
			out.add(py.Bytes(append([]byte{}, field[1:1+n]...)))
			continue
		}
		for j := 0; j < it.count; j++ {
			b := src[it.offset+j*it.size : it.offset+(j+1)*it.size]
			switch it.code {
			case 'c':
				out.add(py.Bytes{b[0]})
			case '?':
				out.add(py.NewBool(b[0] != 0))
			case 'b':
				out.addInt(int64(int8(b[0])))
			case 'B':
				out.addInt(int64(b[0]))
			case 'h':
				out.addInt(int64(int16(order.Uint16(b))))
			case 'H':
				out.addInt(int64(order.Uint16(b)))
			case 'e':
				out.addFloat(halfToFloat(order.Uint16(b)))
			case 'f':
				out.addFloat(float64(math.Float32frombits(order.Uint32(b))))
			case 'd':
				out.addFloat(math.Float64frombits(order.Uint64(b)))
			case 'i', 'l', 'q', 'n':
				if it.size == 4 {
					out.addInt(int64(int32(order.Uint32(b))))
				} else {
					out.addInt(int64(order.Uint64(b)))
				}
			default: // I L Q N P
				if it.size == 4 {
					out.addInt(int64(order.Uint32(b)))
				} else if v := order.Uint64(b); v <= math.MaxInt64 {
					out.addInt(int64(v))
				} else {
					out.add(uint64Value(v))
				}
			}
		}
	}
	return out.tuple, nil
}
