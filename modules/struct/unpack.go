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
	order := binary.ByteOrder(binary.LittleEndian)
	if l.bigEndian {
		order = binary.BigEndian
	}
	out := make(py.Tuple, 0, l.nvalues)
	for _, it := range l.items {
		switch it.code {
		case 's':
			out = append(out, py.Bytes(append([]byte{}, src[it.offset:it.offset+it.size]...)))
			continue
		case 'p':
			field := src[it.offset : it.offset+it.size]
			if len(field) == 0 {
				// CPython 3.6 computes a length of -1 for '0p'.
				return nil, py.ExceptionNewf(py.SystemError, "Negative size passed to PyBytes_FromStringAndSize")
			}
			n := min(int(field[0]), len(field)-1)
			out = append(out, py.Bytes(append([]byte{}, field[1:1+n]...)))
			continue
		}
		for j := 0; j < it.count; j++ {
			b := src[it.offset+j*it.size : it.offset+(j+1)*it.size]
			var v py.Object
			switch it.code {
			case 'c':
				v = py.Bytes{b[0]}
			case '?':
				v = py.NewBool(b[0] != 0)
			case 'b':
				v = py.Int(int8(b[0]))
			case 'B':
				v = py.Int(b[0])
			case 'h':
				v = py.Int(int16(order.Uint16(b)))
			case 'H':
				v = py.Int(order.Uint16(b))
			case 'e':
				v = py.Float(halfToFloat(order.Uint16(b)))
			case 'f':
				v = py.Float(math.Float32frombits(order.Uint32(b)))
			case 'd':
				v = py.Float(math.Float64frombits(order.Uint64(b)))
			case 'i', 'l', 'q', 'n':
				if it.size == 4 {
					v = py.Int(int32(order.Uint32(b)))
				} else {
					v = py.Int(int64(order.Uint64(b)))
				}
			default: // I L Q N P
				if it.size == 4 {
					v = py.Int(order.Uint32(b))
				} else {
					v = uint64Value(order.Uint64(b))
				}
			}
			out = append(out, v)
		}
	}
	return out, nil
}
