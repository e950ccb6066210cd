package marshal

import (
	"encoding/binary"
	"math"
	"math/big"
	"reflect"
	"strconv"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/modules/host"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// maxDepth is how deeply containers may nest, writing or reading, before
// marshal gives up (CPython's MAX_MARSHAL_STACK_DEPTH).
const maxDepth = 2000

// encoder writes one value in the format of a given version. It cannot see
// reference counts, which decide in CPython whether an object is entered in
// the reference table (flagRef): it enters the top-level value, values it
// meets more than once, and the kinds of value that are nearly always
// shared in a running program (small numbers, strings, constant tuples);
// a nested list, dict, set or big int, usually built for the call, is not.
type encoder struct {
	out     []byte
	version int
	depth   int
	seen    map[any]int   // identity (or value, for scalars) -> occurrences
	refs    map[any]int32 // entered values -> their index
	nrefs   int32
}

func (e *encoder) byte1(b byte) { e.out = append(e.out, b) }

func (e *encoder) int32(n int32) {
	e.out = binary.LittleEndian.AppendUint32(e.out, uint32(n))
}

func (e *encoder) size(n int) error {
	if n > math.MaxInt32 {
		return pyutil.ValueErrorf("unmarshallable object")
	}
	e.int32(int32(n))
	return nil
}

// identity returns the key under which o is entered in the reference
// table: its address for a mutable object, its value for the immutable
// ones the compiler merges into one constant. ok is false for objects
// that are never entered (the singletons).
func identity(o py.Object) (key any, ok bool) {
	switch v := o.(type) {
	case py.Int:
		return v, true
	case py.Float:
		return [2]uint64{math.Float64bits(float64(v)), 1}, true
	case py.Complex:
		return [3]uint64{math.Float64bits(real(v)), math.Float64bits(imag(v)), 2}, true
	case py.String:
		return v, true
	case py.Bytes:
		return [1]string{string(v)}, true
	case py.Tuple:
		if len(v) == 0 {
			return "()", true
		}
		return [2]uintptr{reflect.ValueOf(v).Pointer(), uintptr(len(v))}, true
	case *py.BigInt, *py.List, *vm.Dict, *vm.Set, *py.Code, *host.ByteArray, *py.FrozenSet:
		return v, true
	}
	return nil, false
}

// count records how often each value occurs inside o.
func (e *encoder) count(o py.Object, depth int) {
	if depth > maxDepth {
		return
	}
	k, ok := identity(o)
	if !ok {
		return
	}
	e.seen[k]++
	if e.seen[k] > 1 {
		return
	}
	switch v := o.(type) {
	case py.Tuple:
		for _, x := range v {
			e.count(x, depth+1)
		}
	case *py.List:
		for _, x := range v.Items {
			e.count(x, depth+1)
		}
	case *vm.Dict:
		v.Items(func(k, x py.Object) bool {
			e.count(k, depth+1)
			e.count(x, depth+1)
			return true
		})
	case *vm.Set:
		for _, x := range v.Items() {
			e.count(x, depth+1)
		}
	case *py.Code:
		for _, x := range v.Consts {
			e.count(x, depth+1)
		}
	}
}

// constantLike reports whether o is a value the compiler would hold as a
// constant (and so shared by the code object and the container).
func constantLike(o py.Object) bool {
	switch v := o.(type) {
	case py.Int, py.Float, py.Complex, py.String, py.Bytes, py.Bool, py.NoneType, py.EllipsisType:
		return true
	case py.Tuple:
		for _, x := range v {
			if !constantLike(x) {
				return false
			}
		}
		return true
	case *vm.Set:
		return v.Len() == 0 && v.Type() == vm.FrozenSetType
	}
	return false
}

// shared reports whether o is entered in the reference table.
func (e *encoder) shared(o py.Object, key any) bool {
	if e.depth == 1 || e.seen[key] > 1 {
		return true
	}
	switch o.(type) {
	case *py.BigInt, *py.List, *vm.Dict, *vm.Set, *host.ByteArray:
		return constantLike(o)
	case *py.Code:
		return true
	}
	if n, ok := o.(py.Int); ok && (n < math.MinInt32 || n > math.MaxInt32) {
		return false
	}
	return constantLike(o)
}

// ref writes a reference to o if it was entered before (done is true), or
// returns the flag to add to o's type code.
func (e *encoder) ref(o py.Object) (flag byte, done bool) {
	if e.version < 3 {
		return 0, false
	}
	key, ok := identity(o)
	if !ok {
		return 0, false
	}
	if ix, ok := e.refs[key]; ok {
		e.byte1('r')
		e.int32(ix)
		return 0, true
	}
	if !e.shared(o, key) {
		return 0, false
	}
	e.refs[key] = e.nrefs
	e.nrefs++
	return flagRef, false
}

func unmarshallable() error {
	return pyutil.ValueErrorf("unmarshallable object")
}

func (e *encoder) object(o py.Object) error {
	e.depth++
	defer func() { e.depth-- }()
	if e.depth > maxDepth {
		return pyutil.ValueErrorf("object too deeply nested to marshal")
	}
	switch o {
	case py.None:
		e.byte1('N')
		return nil
	case py.True:
		e.byte1('T')
		return nil
	case py.False:
		e.byte1('F')
		return nil
	case py.Ellipsis:
		e.byte1('.')
		return nil
	case py.StopIteration:
		e.byte1('S')
		return nil
	}
	if !exactType(o) {
		// Any other buffer (memoryview, array.array, a bytes subclass)
		// is written as bytes.
		b, err := pyutil.BytesLike(o)
		if err != nil {
			return unmarshallable()
		}
		var flag byte
		if e.version >= 3 && e.depth == 1 {
			flag = flagRef
			e.nrefs++
		}
		return e.bytes(b, flag)
	}
	flag, done := e.ref(o)
	if done {
		return nil
	}
	switch v := o.(type) {
	case py.Int:
		if v >= math.MinInt32 && v <= math.MaxInt32 {
			e.byte1('i' | flag)
			e.int32(int32(v))
			return nil
		}
		return e.long(big.NewInt(int64(v)), flag)
	case *py.BigInt:
		n := (*big.Int)(v)
		if n.IsInt64() && n.Int64() >= math.MinInt32 && n.Int64() <= math.MaxInt32 {
			e.byte1('i' | flag)
			e.int32(int32(n.Int64()))
			return nil
		}
		return e.long(n, flag)
	case py.Float:
		if e.version > 1 {
			e.byte1('g' | flag)
			e.float64(float64(v))
		} else {
			e.byte1('f' | flag)
			e.floatText(float64(v))
		}
	case py.Complex:
		if e.version > 1 {
			e.byte1('y' | flag)
			e.float64(real(v))
			e.float64(imag(v))
		} else {
			e.byte1('x' | flag)
			e.floatText(real(v))
			e.floatText(imag(v))
		}
	case py.String:
		return e.str(string(v), flag)
	case py.Bytes:
		return e.bytes([]byte(v), flag)
	case *host.ByteArray:
		return e.bytes(v.Data, flag)
	case py.Tuple:
		if e.version >= 4 && len(v) < 256 {
			e.byte1(')' | flag)
			e.byte1(byte(len(v)))
		} else {
			e.byte1('(' | flag)
			if err := e.size(len(v)); err != nil {
				return err
			}
		}
		return e.items(v)
	case *py.List:
		e.byte1('[' | flag)
		if err := e.size(len(v.Items)); err != nil {
			return err
		}
		return e.items(v.Items)
	case *vm.Dict:
		e.byte1('{' | flag)
		var err error
		v.Items(func(k, x py.Object) bool {
			if err = e.object(k); err == nil {
				err = e.object(x)
			}
			return err == nil
		})
		if err != nil {
			return err
		}
		e.byte1('0')
	case *vm.Set:
		code := byte('<')
		if v.Type() == vm.FrozenSetType {
			code = '>'
		}
		e.byte1(code | flag)
		items := v.Items()
		if err := e.size(len(items)); err != nil {
			return err
		}
		return e.items(items)
	case *py.Code:
		return e.code(v, flag)
	default:
		return unmarshallable()
	}
	return nil
}

// exactType reports whether o is an instance of a marshallable type
// itself, not of a subclass.
func exactType(o py.Object) bool {
	switch v := o.(type) {
	case py.Int:
		return true
	case *py.BigInt:
		return true
	case py.Float, py.Complex, py.String, py.Bytes, py.Tuple, *py.Code:
		return true
	case *py.List:
		return v.Type() == py.ListType
	case *vm.Dict:
		return v.Type() == vm.DictType
	case *vm.Set:
		return v.Type() == vm.SetType || v.Type() == vm.FrozenSetType
	case *host.ByteArray:
		return v.Type() == host.ByteArrayType
	}
	return false
}

func (e *encoder) items(items []py.Object) error {
	for _, x := range items {
		if err := e.object(x); err != nil {
			return err
		}
	}
	return nil
}

func (e *encoder) float64(f float64) {
	e.out = binary.LittleEndian.AppendUint64(e.out, math.Float64bits(f))
}

// floatText writes f as versions 0 and 1 do: a length byte and the
// shortest repr of 17 significant digits.
func (e *encoder) floatText(f float64) {
	var s string
	switch {
	case math.IsInf(f, 1):
		s = "inf"
	case math.IsInf(f, -1):
		s = "-inf"
	case math.IsNaN(f):
		s = "nan"
	default:
		s = strconv.FormatFloat(f, 'g', 17, 64)
	}
	e.byte1(byte(len(s)))
	e.out = append(e.out, s...)
}

// long writes n in base 2**15 digits, least significant first, after a
// digit count whose sign is n's.
func (e *encoder) long(n *big.Int, flag byte) error {
	e.byte1('l' | flag)
	mag := new(big.Int).Abs(n)
	var digits []uint16
	mask := big.NewInt(0x7fff)
	d := new(big.Int)
	for mag.Sign() > 0 {
		digits = append(digits, uint16(d.And(mag, mask).Uint64()))
		mag.Rsh(mag, 15)
	}
	count := len(digits)
	if count > math.MaxInt32 {
		return unmarshallable()
	}
	if n.Sign() < 0 {
		count = -count
	}
	e.int32(int32(count))
	for _, dg := range digits {
		e.out = binary.LittleEndian.AppendUint16(e.out, dg)
	}
	return nil
}

func (e *encoder) bytes(b []byte, flag byte) error {
	e.byte1('s' | flag)
	if err := e.size(len(b)); err != nil {
		return err
	}
	e.out = append(e.out, b...)
	return nil
}

// interned reports whether the compiler would have interned s: it is made
// of identifier characters only.
func interned(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			return false
		}
	}
	return true
}

// wtf8 returns s's characters in UTF-8 with lone surrogates in their
// three-byte form, as the "surrogatepass" error handler encodes them.
func wtf8(s string) []byte {
	if utf8.ValidString(s) {
		return []byte(s)
	}
	out := make([]byte, 0, len(s)+4)
	for i := 0; i < len(s); {
		r, w := pyutil.DecodeWTF8(s[i:])
		if r >= 0xD800 && r <= 0xDFFF {
			out = append(out, 0xED, byte(0x80|(r>>6)&0x3F), byte(0x80|r&0x3F))
		} else {
			out = utf8.AppendRune(out, r)
		}
		i += w
	}
	return out
}

func (e *encoder) str(s string, flag byte) error {
	in := e.version >= 3 && interned(s)
	if e.version >= 4 && pyutil.IsASCII(s) {
		code := byte('a')
		if in {
			code = 'A'
		}
		if len(s) < 256 {
			e.byte1((code + 'z' - 'a') | flag)
			e.byte1(byte(len(s)))
		} else {
			e.byte1(code | flag)
			if err := e.size(len(s)); err != nil {
				return err
			}
		}
		e.out = append(e.out, s...)
		return nil
	}
	code := byte('u')
	if in {
		code = 't'
	}
	b := wtf8(s)
	e.byte1(code | flag)
	if err := e.size(len(b)); err != nil {
		return err
	}
	e.out = append(e.out, b...)
	return nil
}

func (e *encoder) names(ns []string) error {
	t := make(py.Tuple, len(ns))
	for i, n := range ns {
		t[i] = py.String(n)
	}
	return e.object(t)
}

// code writes a code object in CPython 3.6's field order.
func (e *encoder) code(co *py.Code, flag byte) error {
	e.byte1('c' | flag)
	for _, n := range []int32{co.Argcount, co.Kwonlyargcount, co.Nlocals, co.Stacksize, co.Flags} {
		e.int32(n)
	}
	if err := e.object(py.Bytes(co.Code)); err != nil {
		return err
	}
	if err := e.object(co.Consts); err != nil {
		return err
	}
	for _, ns := range [][]string{co.Names, co.Varnames, co.Freevars, co.Cellvars} {
		if err := e.names(ns); err != nil {
			return err
		}
	}
	if err := e.object(py.String(co.Filename)); err != nil {
		return err
	}
	if err := e.object(py.String(co.Name)); err != nil {
		return err
	}
	e.int32(co.Firstlineno)
	return e.object(py.Bytes(co.Lnotab))
}

// Dumps returns o in marshal format version (0 to 4; a larger one is 4).
func Dumps(o py.Object, version int) ([]byte, error) {
	e := encoder{version: version, seen: map[any]int{}, refs: map[any]int32{}}
	if version >= 3 {
		e.count(o, 0)
	}
	if err := e.object(o); err != nil {
		return nil, err
	}
	return e.out, nil
}
