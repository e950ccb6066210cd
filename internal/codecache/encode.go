// Package codecache holds the compiled code of the modules embedded in the
// binary, so that importing one reads its code instead of compiling its
// source. Encode writes a code object in CPython 3.6's marshal format
// (without references), which Decode reads back with the project's marshal
// reader (modules/marshal); Build lays many of them out in
// one file, keyed by module name and a hash of the source they came from;
// Lookup finds the entry of an embedded module in Lib/modules.codecache,
// which `go generate ./Lib/` writes (see gen/).
package codecache

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"math/big"
	"sort"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// Marshal type codes, CPython 3.6's.
const (
	tagNone       = 'N'
	tagFalse      = 'F'
	tagTrue       = 'T'
	tagEllipsis   = '.'
	tagInt        = 'i'
	tagFloat      = 'g'
	tagComplex    = 'y'
	tagLong       = 'l'
	tagString     = 's'
	tagUnicode    = 'u'
	tagShortASCII = 'z'
	tagTuple      = '('
	tagSmallTuple = ')'
	tagFrozenSet  = '>'
	tagCode       = 'c'
)

// UnencodableError reports a constant that Decode cannot give back as the
// same object (every type a code object does not hold, sizes beyond 32
// bits): the module it is in keeps being compiled from source.
type UnencodableError struct {
	Value py.Object
}

func (e *UnencodableError) Error() string {
	return fmt.Sprintf("codecache: cannot encode a constant of type %T", e.Value)
}

// Encode returns co in marshal format: Decode (read.go) reads it back as a
// code object whose fields equal co's; a frozenset constant, gpython's or
// the compiler's (*vm.Set), comes back as the compiler's.
// It returns an *UnencodableError when some constant has no such form.
// The output depends only on co: frozenset members are written in a fixed
// order.
func Encode(co *py.Code) ([]byte, error) {
	var e encoder
	if err := e.object(co); err != nil {
		return nil, err
	}
	return e.buf.Bytes(), nil
}

type encoder struct {
	buf bytes.Buffer
}

func (e *encoder) int32(n int32) {
	var b [4]byte
	binary.LittleEndian.PutUint32(b[:], uint32(n))
	e.buf.Write(b[:])
}

func (e *encoder) float(f float64) {
	var b [8]byte
	binary.LittleEndian.PutUint64(b[:], math.Float64bits(f))
	e.buf.Write(b[:])
}

// str writes s as a str: tag, then its length and bytes. A Go string
// that is not a str's text (UTF-8 with lone surrogates in their
// three-byte form, see vm/str_surrogates.go) is refused: the reader
// decodes 'u' bodies as UTF-8 with surrogatepass, so a stray byte would
// come back as a UnicodeDecodeError, not as s.
func (e *encoder) str(s string) error {
	if len(s) > math.MaxInt32 || !strText(s) {
		return &UnencodableError{Value: py.String(s)}
	}
	if len(s) < 256 && pyutil.IsASCII(s) {
		e.buf.WriteByte(tagShortASCII)
		e.buf.WriteByte(byte(len(s)))
	} else {
		e.buf.WriteByte(tagUnicode)
		e.int32(int32(len(s)))
	}
	e.buf.WriteString(s)
	return nil
}

// raw writes s (bytecode, a line table, a bytes constant) as bytes.
func (e *encoder) raw(s string) error {
	if len(s) > math.MaxInt32 {
		return &UnencodableError{Value: py.String(s)}
	}
	e.buf.WriteByte(tagString)
	e.int32(int32(len(s)))
	e.buf.WriteString(s)
	return nil
}

func (e *encoder) names(ns []string) error {
	e.buf.WriteByte(tagTuple)
	e.int32(int32(len(ns)))
	for _, n := range ns {
		if err := e.str(n); err != nil {
			return err
		}
	}
	return nil
}

func (e *encoder) object(o py.Object) error {
	switch v := o.(type) {
	case py.NoneType:
		e.buf.WriteByte(tagNone)
	case py.Bool:
		if v {
			e.buf.WriteByte(tagTrue)
		} else {
			e.buf.WriteByte(tagFalse)
		}
	case py.EllipsisType:
		e.buf.WriteByte(tagEllipsis)
	case py.Int:
		return e.bigInt(big.NewInt(int64(v)), o)
	case *py.BigInt:
		return e.bigInt((*big.Int)(v), o)
	case py.Float:
		e.buf.WriteByte(tagFloat)
		e.float(float64(v))
	case py.Complex:
		e.buf.WriteByte(tagComplex)
		e.float(real(v))
		e.float(imag(v))
	case py.String:
		return e.str(string(v))
	case py.Bytes:
		return e.raw(string(v))
	case py.Tuple:
		return e.tuple(v)
	case *py.FrozenSet:
		items, err := py.SequenceTuple(v)
		if err != nil {
			return err
		}
		return e.frozenSet(items)
	case *vm.Set:
		if v.Type() != vm.FrozenSetType {
			return &UnencodableError{Value: o} // a set is never a constant
		}
		return e.frozenSet(v.Items())
	case *py.Code:
		return e.code(v)
	default:
		return &UnencodableError{Value: o}
	}
	return nil
}

// bigInt writes n: in 32 bits when it fits, else as a long: a signed
// count of 15-bit digits, then the digits, least significant first.
func (e *encoder) bigInt(n *big.Int, o py.Object) error {
	if n.IsInt64() && n.Int64() >= math.MinInt32 && n.Int64() <= math.MaxInt32 {
		e.buf.WriteByte(tagInt)
		e.int32(int32(n.Int64()))
		return nil
	}
	var digits []uint16
	rest := new(big.Int).Abs(n)
	mask := big.NewInt(1<<15 - 1)
	digit := new(big.Int)
	for rest.Sign() > 0 {
		digits = append(digits, uint16(digit.And(rest, mask).Uint64()))
		rest.Rsh(rest, 15)
	}
	if len(digits) > math.MaxInt32 {
		return &UnencodableError{Value: o}
	}
	count := int32(len(digits))
	if n.Sign() < 0 {
		count = -count
	}
	e.buf.WriteByte(tagLong)
	e.int32(count)
	var b [2]byte
	for _, d := range digits {
		binary.LittleEndian.PutUint16(b[:], d)
		e.buf.Write(b[:])
	}
	return nil
}

func (e *encoder) tuple(t py.Tuple) error {
	if len(t) < 256 {
		e.buf.WriteByte(tagSmallTuple)
		e.buf.WriteByte(byte(len(t)))
	} else {
		e.buf.WriteByte(tagTuple)
		e.int32(int32(len(t)))
	}
	for _, item := range t {
		if err := e.object(item); err != nil {
			return err
		}
	}
	return nil
}

// frozenSet writes a frozenset of items sorted by their encodings, so that
// the same set always gives the same bytes whatever its iteration order.
func (e *encoder) frozenSet(items []py.Object) error {
	encoded := make([][]byte, len(items))
	for i, item := range items {
		var sub encoder
		if err := sub.object(item); err != nil {
			return err
		}
		encoded[i] = sub.buf.Bytes()
	}
	sort.Slice(encoded, func(i, j int) bool { return bytes.Compare(encoded[i], encoded[j]) < 0 })
	e.buf.WriteByte(tagFrozenSet)
	e.int32(int32(len(encoded)))
	for _, b := range encoded {
		e.buf.Write(b)
	}
	return nil
}

// code writes co's fields in CPython 3.6's order. The reader computes
// Cell2arg from them, as py.NewCode does for the compiler.
func (e *encoder) code(co *py.Code) error {
	e.buf.WriteByte(tagCode)
	for _, n := range []int32{co.Argcount, co.Kwonlyargcount, co.Nlocals, co.Stacksize, co.Flags} {
		e.int32(n)
	}
	if err := e.raw(co.Code); err != nil {
		return err
	}
	if err := e.tuple(co.Consts); err != nil {
		return err
	}
	for _, ns := range [][]string{co.Names, co.Varnames, co.Freevars, co.Cellvars} {
		if err := e.names(ns); err != nil {
			return err
		}
	}
	if err := e.str(co.Filename); err != nil {
		return err
	}
	if err := e.str(co.Name); err != nil {
		return err
	}
	e.int32(co.Firstlineno)
	return e.raw(co.Lnotab)
}

// strText reports whether s is text a str holds: UTF-8, where a lone
// surrogate (U+D800-U+DFFF) may appear in its three-byte form.
func strText(s string) bool {
	if utf8.ValidString(s) {
		return true
	}
	for i := 0; i < len(s); {
		if c := s[i]; c == 0xED && i+2 < len(s) && s[i+1] >= 0xA0 && s[i+1] <= 0xBF &&
			s[i+2] >= 0x80 && s[i+2] <= 0xBF {
			i += 3
			continue
		}
		r, w := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && w == 1 {
			return false
		}
		i += w
	}
	return true
}
