package codecache

import (
	"bytes"
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/vm"
)

// bytesMarker heads the tuple that stands for a bytes constant in the
// encoded form: gpython's reader gives every marshal string back as a str,
// so Encode writes b"..." as the pair (bytesMarker, its bytes as a str),
// and Decode turns each such pair back into bytes. Encode refuses a tuple
// constant of that shape, so a real constant is never mistaken for one.
const bytesMarker = "\x00codecache:bytes"

// negIntMarker heads the pair that stands for a negative int constant
// beyond 32 bits (constant folding makes them: -2**63): gpython's reader
// drops the sign of a long, so Encode writes (negIntMarker, -n) and Decode
// negates the magnitude again.
const negIntMarker = "\x00codecache:negint"

// isNegIntPair reports whether t is the pair Encode writes for a negative
// int beyond 32 bits, returning the int.
func isNegIntPair(t py.Tuple) (py.Object, bool) {
	if len(t) != 2 || t[0] != py.String(negIntMarker) {
		return nil, false
	}
	var n big.Int
	switch m := t[1].(type) {
	case py.Int:
		n.SetInt64(int64(m))
	case *py.BigInt:
		n.Set((*big.Int)(m))
	default:
		return nil, false
	}
	n.Neg(&n)
	if n.IsInt64() {
		return py.Int(n.Int64()), true
	}
	return (*py.BigInt)(&n), true
}

// isBytesPair reports whether t is the pair Encode writes for a bytes
// constant, returning the bytes.
func isBytesPair(t py.Tuple) (py.Bytes, bool) {
	if len(t) != 2 || t[0] != py.String(bytesMarker) {
		return nil, false
	}
	s, ok := t[1].(py.String)
	if !ok {
		return nil, false
	}
	return py.Bytes(s), true
}

// Decode reads code Encode wrote, as gpython's marshal reader would, then
// the bytes constants restored in co_consts of the code and of the code nested in it.
// A CodeBuf made by SetLazyCode gives the module's code from the cache or
// its source.
func Decode(buf []byte) (*py.Code, error) {
	if name, ok := bytes.CutPrefix(buf, []byte(lazyMagic)); ok {
		co, _, err := lazyCode(string(name))
		return co, err
	}
	return decodeBuf(buf)
}

// decodeBuf is Decode for Encode's output (read.go).
func decodeBuf(buf []byte) (*py.Code, error) {
	return readCode(buf)
}

// restoreCode puts the constants of co and its nested code back as the
// compiler made them.
func restoreCode(co *py.Code) {
	for i, c := range co.Consts {
		co.Consts[i] = restoreConst(c)
	}
}

// restoreConst returns constant c as the compiler made it: bytes pairs and
// negative-int pairs made values again, a long that fits int64 made a
// py.Int (gpython's reader gives every long as a *py.BigInt, which the
// loop's int fast paths do not take), and gpython's frozenset made the
// loop's (*vm.Set) with its members restored. A tuple or frozenset holding
// a restored value is rebuilt; anything else is c itself.
func restoreConst(c py.Object) py.Object {
	r, _ := restoreConstChanged(c)
	return r
}

// restoreConstChanged is restoreConst, reporting whether the result is a
// new value (tuples cannot be compared with ==: nested tuple constants
// would panic).
func restoreConstChanged(c py.Object) (py.Object, bool) {
	switch v := c.(type) {
	case *py.Code:
		restoreCode(v)
	case *py.BigInt:
		if n := (*big.Int)(v); n.IsInt64() {
			return py.Int(n.Int64()), true
		}
	case *py.FrozenSet:
		items, err := py.SequenceTuple(v)
		if err != nil {
			return c, false
		}
		s := vm.NewFrozenSet()
		for _, item := range items {
			if err := s.Add(restoreConst(item)); err != nil {
				return c, false
			}
		}
		return s, true
	case py.Tuple:
		if b, ok := isBytesPair(v); ok {
			return b, true
		}
		if n, ok := isNegIntPair(v); ok {
			return n, true
		}
		var out py.Tuple
		for i, item := range v {
			r, changed := restoreConstChanged(item)
			if out == nil && changed {
				out = append(py.Tuple(nil), v...)
			}
			if out != nil {
				out[i] = r
			}
		}
		if out != nil {
			return out, true
		}
	}
	return c, false
}

func init() {
	// Modules registered with CodeBuf (SetCode) are read back by Decode.
	vm.DecodeModuleCode = Decode
	// Go modules' CodeSrc: the cache holds their code too (modlist).
	vm.PrecompiledModuleCode = func(name, src string) (*py.Code, error) {
		if buf := Lookup(name, src); buf != nil {
			return decodeBuf(buf)
		}
		return nil, nil
	}
}
