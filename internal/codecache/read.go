package codecache

import (
	"errors"
	"math"
	"math/big"
	"unsafe"

	"github.com/go-python/gpython/py"

	lib "github.com/gpython-ssl/gpython-ssl/Lib"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// readCode reads the code object Encode wrote in buf, giving back what
// gpython's marshal reader followed by restoreCode gives: the same code
// fields, the constants with the compiler's types (py.Int within int64,
// bytes, the loop's frozenset). It exists because the importer reads every
// embedded module's code at each start: gpython's reader goes through
// encoding/binary's reflection and an io.Reader for every field and copies
// every string, and that was a tenth of `import ssl`'s CPU time.
//
// Strings (names, bytecode, line tables, str constants) are not copied
// when buf lies in the embedded Lib/modules.codecache: they point into
// the binary's read-only data, which nothing writes. Any other buf is
// copied once and the strings share that copy.
//
// Malformed input is an error, never a panic.
func readCode(buf []byte) (*py.Code, error) {
	r := reader{src: asString(buf)}
	obj, err := r.object(0)
	if err != nil {
		return nil, err
	}
	co, ok := obj.(*py.Code)
	if !ok {
		return nil, py.ExceptionNewf(py.AssertionError, "Embedded code did not produce a py.Code object")
	}
	restoreCode(co)
	return co, nil
}

// asString returns buf's bytes as a string: the same memory when buf is
// part of the embedded cache (read-only for the life of the process), a
// copy otherwise (a caller's slice may change later).
func asString(buf []byte) string {
	if len(buf) == 0 {
		return ""
	}
	start := uintptr(unsafe.Pointer(unsafe.StringData(lib.CodeCache)))
	p := uintptr(unsafe.Pointer(unsafe.SliceData(buf)))
	if len(lib.CodeCache) > 0 && p >= start && p-start <= uintptr(len(lib.CodeCache)) &&
		uintptr(len(buf)) <= uintptr(len(lib.CodeCache))-(p-start) {
		return unsafe.String(unsafe.SliceData(buf), len(buf))
	}
	return string(buf)
}

// maxDepth bounds the nesting of tuples and code objects, so that
// malformed input cannot exhaust the stack; compiled modules nest a few
// dozen levels at most.
const maxDepth = 10000

var (
	errShort   = errors.New("bad marshal data (truncated)")
	errDepth   = errors.New("bad marshal data (nesting too deep)")
	errSize    = errors.New("bad marshal data (size out of range)")
	errDigit   = errors.New("bad marshal data (digit out of range in long)")
	errCodeArg = errors.New("bad marshal data (code object field of the wrong type)")
)

// reader walks src, the encoded form, from pos.
type reader struct {
	src string
	pos int
}

func (r *reader) byte() (byte, error) {
	if r.pos >= len(r.src) {
		return 0, errShort
	}
	b := r.src[r.pos]
	r.pos++
	return b, nil
}

// take returns the next n bytes.
func (r *reader) take(n int) (string, error) {
	if n < 0 || n > len(r.src)-r.pos {
		return "", errShort
	}
	s := r.src[r.pos : r.pos+n]
	r.pos += n
	return s, nil
}

func (r *reader) int32() (int32, error) {
	s, err := r.take(4)
	if err != nil {
		return 0, err
	}
	return int32(le32(s)), nil
}

func (r *reader) float() (float64, error) {
	s, err := r.take(8)
	if err != nil {
		return 0, err
	}
	return math.Float64frombits(uint64(le32(s)) | uint64(le32(s[4:]))<<32), nil
}

// le32 is the little-endian number in s's first four bytes.
func le32(s string) uint32 {
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
}

// size reads a 32-bit count of items that each take at least one byte.
func (r *reader) size() (int, error) {
	n, err := r.int32()
	if err != nil {
		return 0, err
	}
	if n < 0 || int(n) > len(r.src)-r.pos {
		return 0, errSize
	}
	return int(n), nil
}

// str reads a string in any of the three forms Encode writes.
func (r *reader) str() (string, error) {
	tag, err := r.byte()
	if err != nil {
		return "", err
	}
	return r.strBody(tag)
}

func (r *reader) strBody(tag byte) (string, error) {
	var n int
	switch tag {
	case tagShortASCII:
		b, err := r.byte()
		if err != nil {
			return "", err
		}
		n = int(b)
	case tagString, tagUnicode:
		m, err := r.size()
		if err != nil {
			return "", err
		}
		n = m
	default:
		return "", errCodeArg
	}
	return r.take(n)
}

// names reads a tuple of strings as a slice.
func (r *reader) names() ([]string, error) {
	tag, err := r.byte()
	if err != nil {
		return nil, err
	}
	var n int
	switch tag {
	case tagTuple:
		if n, err = r.size(); err != nil {
			return nil, err
		}
	case tagSmallTuple:
		b, err := r.byte()
		if err != nil {
			return nil, err
		}
		n = int(b)
	default:
		return nil, errCodeArg
	}
	if n == 0 {
		return []string{}, nil
	}
	out := make([]string, n)
	for i := range out {
		if out[i], err = r.str(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// object reads one value at nesting depth.
func (r *reader) object(depth int) (py.Object, error) {
	if depth > maxDepth {
		return nil, errDepth
	}
	tag, err := r.byte()
	if err != nil {
		return nil, err
	}
	switch tag {
	case tagNone:
		return py.None, nil
	case tagFalse:
		return py.False, nil
	case tagTrue:
		return py.True, nil
	case tagEllipsis:
		return py.Ellipsis, nil
	case tagInt:
		n, err := r.int32()
		return py.Int(n), err
	case tagFloat:
		f, err := r.float()
		return py.Float(f), err
	case tagComplex:
		re, err := r.float()
		if err != nil {
			return nil, err
		}
		im, err := r.float()
		return py.Complex(complex(re, im)), err
	case tagLong:
		return r.long()
	case tagShortASCII, tagString, tagUnicode:
		s, err := r.strBody(tag)
		return py.String(s), err
	case tagTuple, tagSmallTuple:
		var n int
		if tag == tagTuple {
			if n, err = r.size(); err != nil {
				return nil, err
			}
		} else {
			b, err := r.byte()
			if err != nil {
				return nil, err
			}
			n = int(b)
		}
		t := make(py.Tuple, n)
		for i := range t {
			if t[i], err = r.object(depth + 1); err != nil {
				return nil, err
			}
		}
		return t, nil
	case tagFrozenSet:
		n, err := r.size()
		if err != nil {
			return nil, err
		}
		s := vm.NewFrozenSet()
		for i := 0; i < n; i++ {
			item, err := r.object(depth + 1)
			if err != nil {
				return nil, err
			}
			if err := s.Add(restoreConst(item)); err != nil {
				return nil, err
			}
		}
		return s, nil
	case tagCode:
		return r.code(depth)
	}
	return nil, errors.New("bad marshal data (unknown type code)")
}

// long reads a long of 15-bit digits, most significant first, as
// gpython's reader does (the sign is Encode's pair's business).
func (r *reader) long() (py.Object, error) {
	n, err := r.int32()
	if err != nil {
		return nil, err
	}
	if n < 0 {
		n = -n
	}
	if n <= 0 || int(n) > (len(r.src)-r.pos)/2 {
		return nil, errSize
	}
	digits, _ := r.take(2 * int(n))
	if digits[0] == 0 && digits[1] == 0 {
		return nil, errDigit
	}
	v := new(big.Int)
	d := new(big.Int)
	for i := 0; i < len(digits); i += 2 {
		v.Lsh(v, 15)
		d.SetInt64(int64(int16(uint16(digits[i]) | uint16(digits[i+1])<<8)))
		v.Add(v, d)
	}
	return (*py.BigInt)(v), nil
}

// code reads the fields of a code object in Encode's order and makes it
// as py.NewCode would (cells mapped to arguments), checking what NewCode
// would panic on.
func (r *reader) code(depth int) (py.Object, error) {
	var ints [5]int32
	for i := range ints {
		n, err := r.int32()
		if err != nil {
			return nil, err
		}
		ints[i] = n
	}
	co := &py.Code{
		Argcount:       ints[0],
		Kwonlyargcount: ints[1],
		Nlocals:        ints[2],
		Stacksize:      ints[3],
		Flags:          ints[4],
	}
	if co.Argcount < 0 || co.Kwonlyargcount < 0 || co.Nlocals < 0 {
		return nil, errCodeArg
	}
	var err error
	if co.Code, err = r.str(); err != nil {
		return nil, err
	}
	consts, err := r.object(depth + 1)
	if err != nil {
		return nil, err
	}
	if co.Consts, _ = consts.(py.Tuple); co.Consts == nil {
		return nil, errCodeArg
	}
	for _, dst := range []*[]string{&co.Names, &co.Varnames, &co.Freevars, &co.Cellvars} {
		if *dst, err = r.names(); err != nil {
			return nil, err
		}
	}
	if co.Filename, err = r.str(); err != nil {
		return nil, err
	}
	if co.Name, err = r.str(); err != nil {
		return nil, err
	}
	if co.Firstlineno, err = r.int32(); err != nil {
		return nil, err
	}
	if co.Lnotab, err = r.str(); err != nil {
		return nil, err
	}
	if len(co.Cellvars) > 0 {
		args := int64(co.Argcount) + int64(co.Kwonlyargcount)
		if co.Flags&py.CO_VARARGS != 0 {
			args++
		}
		if co.Flags&py.CO_VARKEYWORDS != 0 {
			args++
		}
		if args > int64(len(co.Varnames)) {
			return nil, errCodeArg // InitCell2arg would index past them
		}
		co.InitCell2arg()
	}
	return co, nil
}
