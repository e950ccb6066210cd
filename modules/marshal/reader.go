package marshal

import (
	"encoding/binary"
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// flagRef on a type code enters the value in the reference table.
const flagRef = 0x80

// source gives the decoder its input: the next n bytes, or fewer at the
// end of the data.
type source interface {
	next(n int) ([]byte, error)
}

// memory is a source over a bytes-like argument.
type memory struct {
	data []byte
	pos  int
}

func (m *memory) next(n int) ([]byte, error) {
	if n > len(m.data)-m.pos {
		n = len(m.data) - m.pos
	}
	b := m.data[m.pos : m.pos+n]
	m.pos += n
	return b, nil
}

// null is the value of type code '0', which ends a dict and is an error
// anywhere else.
type nullValue struct{ py.NoneType }

var null py.Object = &nullValue{}

// decoder reads one value.
type decoder struct {
	src   source
	depth int
	refs  []py.Object // nil: reserved for a value still being read
}

func eofErr(msg string) error { return py.ExceptionNewf(py.EOFError, "%s", msg) }

func badData(what string) error {
	return pyutil.ValueErrorf("bad marshal data (%s)", what)
}

func (d *decoder) exact(n int) ([]byte, error) {
	b, err := d.src.next(n)
	if err != nil {
		return nil, err
	}
	if len(b) < n {
		return nil, eofErr("marshal data too short")
	}
	return b, nil
}

func (d *decoder) int32() (int32, error) {
	b, err := d.exact(4)
	if err != nil {
		return 0, err
	}
	return int32(binary.LittleEndian.Uint32(b)), nil
}

// length reads a size that must not be negative; what names the object in
// the error.
func (d *decoder) length(what string) (int, error) {
	n, err := d.int32()
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, badData(what + " size out of range")
	}
	return int(n), nil
}

// capacity bounds a slice allocation by a size read from the data.
func capacity(n int) int {
	if n > 1<<12 {
		return 1 << 12
	}
	return n
}

func (d *decoder) reserve(flag byte) int {
	if flag == 0 {
		return -1
	}
	d.refs = append(d.refs, nil)
	return len(d.refs) - 1
}

func (d *decoder) fill(ix int, o py.Object) py.Object {
	if ix >= 0 {
		d.refs[ix] = o
	}
	return o
}

func (d *decoder) object() (py.Object, error) {
	d.depth++
	defer func() { d.depth-- }()
	if d.depth > maxDepth {
		return nil, pyutil.ValueErrorf("recursion limit exceeded")
	}
	b, err := d.src.next(1)
	if err != nil {
		return nil, err
	}
	if len(b) == 0 {
		return nil, eofErr("EOF read where object expected")
	}
	code, flag := b[0]&^flagRef, b[0]&flagRef
	switch code {
	case '0':
		return null, nil
	case 'N':
		return py.None, nil
	case 'T':
		return py.True, nil
	case 'F':
		return py.False, nil
	case '.':
		return py.Ellipsis, nil
	case 'S':
		return py.StopIteration, nil
	case 'r':
		n, err := d.int32()
		if err != nil {
			return nil, err
		}
		if n < 0 || int(n) >= len(d.refs) || d.refs[n] == nil {
			return nil, badData("invalid reference")
		}
		return d.refs[n], nil
	case '(', ')', '[':
		return d.sequence(code, flag)
	case '{':
		return d.dict(flag)
	case '<', '>':
		return d.set(code, flag)
	case 'c':
		ix := d.reserve(flag)
		co, err := d.code()
		if err != nil {
			return nil, err
		}
		return d.fill(ix, co), nil
	}
	ix := d.reserve(flag)
	o, err := d.scalar(code)
	if err != nil {
		return nil, err
	}
	return d.fill(ix, o), nil
}

// scalar reads a value that holds no other value.
func (d *decoder) scalar(code byte) (py.Object, error) {
	switch code {
	case 'i':
		n, err := d.int32()
		return py.Int(n), err
	case 'I':
		b, err := d.exact(8)
		if err != nil {
			return nil, err
		}
		return py.Int(int64(binary.LittleEndian.Uint64(b))), nil
	case 'l':
		return d.long()
	case 'g':
		b, err := d.exact(8)
		if err != nil {
			return nil, err
		}
		return py.Float(math.Float64frombits(binary.LittleEndian.Uint64(b))), nil
	case 'f':
		f, err := d.floatText()
		return py.Float(f), err
	case 'y':
		b, err := d.exact(16)
		if err != nil {
			return nil, err
		}
		re := math.Float64frombits(binary.LittleEndian.Uint64(b))
		im := math.Float64frombits(binary.LittleEndian.Uint64(b[8:]))
		return py.Complex(complex(re, im)), nil
	case 'x':
		re, err := d.floatText()
		if err != nil {
			return nil, err
		}
		im, err := d.floatText()
		return py.Complex(complex(re, im)), err
	case 's':
		n, err := d.length("bytes object")
		if err != nil {
			return nil, err
		}
		b, err := d.exact(n)
		return py.Bytes(append([]byte(nil), b...)), err
	case 'u', 't':
		n, err := d.length("string")
		if err != nil {
			return nil, err
		}
		b, err := d.exact(n)
		if err != nil {
			return nil, err
		}
		return decodeText(b)
	case 'a', 'A', 'z', 'Z':
		n := 0
		if code == 'z' || code == 'Z' {
			b, err := d.exact(1)
			if err != nil {
				return nil, err
			}
			n = int(b[0])
		} else {
			var err error
			if n, err = d.length("string"); err != nil {
				return nil, err
			}
		}
		b, err := d.exact(n)
		if err != nil {
			return nil, err
		}
		return py.String(latin1(b)), nil
	}
	return nil, badData("unknown type code")
}

// latin1 gives each byte of b as the character of that number.
func latin1(b []byte) string {
	if isASCII(string(b)) {
		return string(b)
	}
	var sb strings.Builder
	for _, c := range b {
		sb.WriteRune(rune(c))
	}
	return sb.String()
}

// decodeText decodes UTF-8 with lone surrogates allowed, raising the
// codec's UnicodeDecodeError for anything else.
func decodeText(b []byte) (py.Object, error) {
	if utf8.Valid(b) {
		return py.String(b), nil
	}
	decode, err := py.GetAttrString(py.Bytes(append([]byte(nil), b...)), "decode")
	if err != nil {
		return nil, err
	}
	return py.Call(decode, py.Tuple{py.String("utf-8"), py.String("surrogatepass")}, nil)
}

func (d *decoder) floatText() (float64, error) {
	nb, err := d.exact(1)
	if err != nil {
		return 0, err
	}
	b, err := d.exact(int(nb[0]))
	if err != nil {
		return 0, err
	}
	s := string(b)
	t := strings.ToLower(strings.TrimLeft(s, "+-"))
	if strings.HasPrefix(t, "0x") || strings.Contains(s, "_") || strings.TrimSpace(s) != s {
		return 0, pyutil.ValueErrorf("could not convert string to float: %s", s)
	}
	f, perr := strconv.ParseFloat(s, 64)
	if perr != nil {
		if ne, ok := perr.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
			return 0, pyutil.ValueErrorf("could not convert string to float: %s", s)
		}
	}
	return f, nil
}

// long reads a digit count, negative for a negative number, and that many
// base 2**15 digits, least significant first.
func (d *decoder) long() (py.Object, error) {
	n, err := d.int32()
	if err != nil {
		return nil, err
	}
	if n == math.MinInt32 {
		return nil, badData("long size out of range")
	}
	count := int(n)
	if count < 0 {
		count = -count
	}
	raw, err := d.exact(2 * count)
	if err != nil {
		return nil, err
	}
	v := new(big.Int)
	digit := new(big.Int)
	for i := count - 1; i >= 0; i-- {
		dg := binary.LittleEndian.Uint16(raw[2*i:])
		if dg > 0x7fff {
			return nil, badData("digit out of range in long")
		}
		if i == count-1 && dg == 0 {
			return nil, badData("unnormalized long data")
		}
		v.Lsh(v, 15)
		v.Or(v, digit.SetUint64(uint64(dg)))
	}
	if n < 0 {
		v.Neg(v)
	}
	if v.IsInt64() {
		return py.Int(v.Int64()), nil
	}
	return (*py.BigInt)(v), nil
}

// items reads n values, none of which may be the null value.
func (d *decoder) items(n int, what string, add func(py.Object) error) error {
	for i := 0; i < n; i++ {
		o, err := d.object()
		if err != nil {
			return err
		}
		if o == null {
			return py.ExceptionNewf(py.TypeError, "NULL object in marshal data for %s", what)
		}
		if err := add(o); err != nil {
			return err
		}
	}
	return nil
}

func (d *decoder) sequence(code, flag byte) (py.Object, error) {
	var n int
	var err error
	switch code {
	case ')':
		var b []byte
		b, err = d.exact(1)
		if err == nil {
			n = int(b[0])
		}
	case '(':
		n, err = d.length("tuple")
	default:
		n, err = d.length("list")
	}
	if err != nil {
		return nil, err
	}
	ix := d.reserve(flag)
	if code == '[' {
		l := &py.List{Items: make([]py.Object, 0, capacity(n))}
		d.fill(ix, l)
		err := d.items(n, "list", func(o py.Object) error {
			l.Items = append(l.Items, o)
			return nil
		})
		return l, err
	}
	// A tuple referring to itself sees it with all its items: it is
	// allocated whole when the data can hold it, and filled in place.
	var t py.Tuple
	if n <= 1<<12 {
		t = make(py.Tuple, n)
		for i := range t {
			t[i] = py.None
		}
		d.fill(ix, t)
	}
	i := 0
	err = d.items(n, "tuple", func(o py.Object) error {
		if i < len(t) {
			t[i] = o
		} else {
			t = append(t, o)
		}
		i++
		return nil
	})
	return d.fill(ix, t), err
}

func (d *decoder) dict(flag byte) (py.Object, error) {
	dict := vm.NewDict(0)
	d.fill(d.reserve(flag), dict)
	for {
		k, err := d.object()
		if err != nil {
			return nil, err
		}
		if k == null {
			break
		}
		v, err := d.object()
		if err != nil {
			return nil, err
		}
		if v == null {
			break
		}
		if err := dict.SetItem(k, v); err != nil {
			return nil, err
		}
	}
	return dict, nil
}

func (d *decoder) set(code, flag byte) (py.Object, error) {
	n, err := d.length("set")
	if err != nil {
		return nil, err
	}
	s := vm.NewSet()
	ix := d.reserve(flag)
	if code == '>' {
		s = vm.NewFrozenSet()
	} else {
		d.fill(ix, s)
	}
	if err := d.items(n, "set", s.Add); err != nil {
		return nil, err
	}
	return d.fill(ix, s), nil
}

// code reads a code object's fields in CPython 3.6's order.
func (d *decoder) code() (py.Object, error) {
	var ints [5]int32
	for i := range ints {
		n, err := d.int32()
		if err != nil {
			return nil, err
		}
		ints[i] = n
	}
	var fields [8]py.Object
	for i := range fields {
		o, err := d.object()
		if err != nil {
			return nil, err
		}
		fields[i] = o
	}
	line, err := d.int32()
	if err != nil {
		return nil, err
	}
	lnotab, err := d.object()
	if err != nil {
		return nil, err
	}
	bytecode, ok1 := fields[0].(py.Bytes)
	consts, ok2 := fields[1].(py.Tuple)
	filename, ok3 := fields[6].(py.String)
	name, ok4 := fields[7].(py.String)
	table, ok5 := lnotab.(py.Bytes)
	if !(ok1 && ok2 && ok3 && ok4 && ok5) {
		return nil, py.ExceptionNewf(py.SystemError, "bad argument to internal function")
	}
	var names [4]py.Tuple
	for i := range names {
		t, ok := fields[2+i].(py.Tuple)
		if !ok {
			return nil, py.ExceptionNewf(py.SystemError, "bad argument to internal function")
		}
		for _, s := range t {
			if _, ok := s.(py.String); !ok {
				return nil, py.ExceptionNewf(py.SystemError, "bad argument to internal function")
			}
		}
		names[i] = t
	}
	if ints[0] < 0 || ints[1] < 0 || ints[2] < 0 {
		return nil, py.ExceptionNewf(py.SystemError, "bad argument to internal function")
	}
	return py.NewCode(ints[0], ints[1], ints[2], ints[3], ints[4],
		py.String(bytecode), append(py.Tuple(nil), consts...), names[0], names[1], names[2], names[3],
		filename, name, line, py.String(table)), nil
}

// Loads reads the value at the start of data; anything after it is
// ignored.
func Loads(data []byte) (py.Object, error) {
	return load(&memory{data: data})
}

func load(src source) (py.Object, error) {
	d := decoder{src: src}
	o, err := d.object()
	if err != nil {
		return nil, err
	}
	if o == null {
		return nil, py.ExceptionNewf(py.TypeError, "NULL object in marshal data for object")
	}
	return o, nil
}
