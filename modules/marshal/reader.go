package marshal

import (
	"math"
	"math/big"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// This file is the one reader of CPython 3.6's marshal format in the
// project: marshal.load and marshal.loads use it, and so does the code
// cache (internal/codecache), which reads every embedded module's code at
// each start through LoadString. Hence its shape: input held in memory is
// walked in place as a string, with no copy of names, bytecode or line
// tables, and code objects read their string fields without boxing them.

// flagRef on a type code enters the value in the reference table.
const flagRef = 0x80

// source gives the decoder input it does not hold in memory (a file): the
// next n bytes, or fewer at the end of the data.
type source interface {
	next(n int) ([]byte, error)
}

// null is the value of type code '0', which ends a dict and is an error
// anywhere else.
type nullValue struct{ py.NoneType }

var null py.Object = &nullValue{}

// decoder reads one value, from mem at pos or, when src is set, from src.
type decoder struct {
	mem   string
	pos   int
	src   source
	depth int
	refs  []py.Object // nil: reserved for a value still being read
}

func eofErr(msg string) error { return py.ExceptionNewf(py.EOFError, "%s", msg) }

func badData(what string) error {
	return pyutil.ValueErrorf("bad marshal data (%s)", what)
}

// errBadCode is what a code object field of the wrong type gives.
func errBadCode() error {
	return py.ExceptionNewf(py.SystemError, "bad argument to internal function")
}

// exact returns the next n bytes. In memory they are part of mem (no
// copy). The test is written so that the compiler inlines it: the code
// cache reads every field through here.
func (d *decoder) exact(n int) (string, error) {
	if p := d.pos + n; uint(n) <= uint(len(d.mem)-d.pos) {
		s := d.mem[d.pos:p]
		d.pos = p
		return s, nil
	}
	return d.exactSlow(n)
}

// exactSlow is exact for a file, or for data that ends too soon.
func (d *decoder) exactSlow(n int) (string, error) {
	if d.src == nil {
		return "", eofErr("marshal data too short")
	}
	b, err := d.src.next(n)
	if err != nil {
		return "", err
	}
	if len(b) < n {
		return "", eofErr("marshal data too short")
	}
	return string(b), nil
}

// byte reads one byte; eof is the message for data that ends before it.
func (d *decoder) byte(eof string) (byte, error) {
	if p := d.pos; p < len(d.mem) {
		d.pos = p + 1
		return d.mem[p], nil
	}
	return d.byteSlow(eof)
}

// byteSlow is byte for a file, or at the end of the data.
func (d *decoder) byteSlow(eof string) (byte, error) {
	if d.src == nil {
		return 0, eofErr(eof)
	}
	b, err := d.src.next(1)
	if err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, eofErr(eof)
	}
	return b[0], nil
}

func (d *decoder) int32() (int32, error) {
	s, err := d.exact(4)
	if err != nil {
		return 0, err
	}
	return int32(le32(s)), nil
}

func (d *decoder) uint64() (uint64, error) {
	s, err := d.exact(8)
	if err != nil {
		return 0, err
	}
	return uint64(le32(s)) | uint64(le32(s[4:]))<<32, nil
}

// le32 is the little-endian number in s's first four bytes.
func le32(s string) uint32 {
	return uint32(s[0]) | uint32(s[1])<<8 | uint32(s[2])<<16 | uint32(s[3])<<24
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

// capacity bounds a slice allocation by a count read from the data: in
// memory by the bytes left (every item takes one at least), from a file
// by 4096 (the slice grows as items come).
func (d *decoder) capacity(n int) int {
	if d.src == nil {
		if left := len(d.mem) - d.pos; n > left {
			return left
		}
		return n
	}
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

// ref reads the index of a reference and returns the value it names.
func (d *decoder) ref() (py.Object, error) {
	n, err := d.int32()
	if err != nil {
		return nil, err
	}
	if n < 0 || int(n) >= len(d.refs) || d.refs[n] == nil {
		return nil, badData("invalid reference")
	}
	return d.refs[n], nil
}

func (d *decoder) object() (py.Object, error) {
	b, err := d.byte("EOF read where object expected")
	if err != nil {
		return nil, err
	}
	return d.objectAfter(b)
}

// objectAfter reads the value whose type code (with its flag) is b.
func (d *decoder) objectAfter(b byte) (py.Object, error) {
	d.depth++
	o, err := d.value(b)
	d.depth--
	return o, err
}

func (d *decoder) value(b byte) (py.Object, error) {
	if d.depth > maxDepth {
		return nil, pyutil.ValueErrorf("recursion limit exceeded")
	}
	code, flag := b&^flagRef, b&flagRef
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
		return d.ref()
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
		n, err := d.uint64()
		return py.Int(int64(n)), err
	case 'l':
		return d.long()
	case 'g':
		n, err := d.uint64()
		return py.Float(math.Float64frombits(n)), err
	case 'f':
		f, err := d.floatText()
		return py.Float(f), err
	case 'y':
		re, err := d.uint64()
		if err != nil {
			return nil, err
		}
		im, err := d.uint64()
		return py.Complex(complex(math.Float64frombits(re), math.Float64frombits(im))), err
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
		s, err := d.exact(n)
		return py.Bytes(s), err
	}
	s, isStr, err := d.text(code)
	if !isStr {
		return nil, badData("unknown type code")
	}
	if err != nil {
		return nil, err
	}
	return py.String(s), nil
}

// text reads the body of a str of type code code, reporting whether code
// is one of str's.
func (d *decoder) text(code byte) (s string, isStr bool, err error) {
	switch code {
	case 'u', 't':
		n, err := d.length("string")
		if err != nil {
			return "", true, err
		}
		b, err := d.exact(n)
		if err != nil {
			return "", true, err
		}
		s, err := decodeText(b)
		return s, true, err
	case 'a', 'A', 'z', 'Z':
		n := 0
		if code == 'z' || code == 'Z' {
			b, err := d.byte("marshal data too short")
			if err != nil {
				return "", true, err
			}
			n = int(b)
		} else if n, err = d.length("string"); err != nil {
			return "", true, err
		}
		b, err := d.exact(n)
		if err != nil {
			return "", true, err
		}
		return latin1(b), true, nil
	}
	return "", false, nil
}

// latin1 gives each byte of b as the character of that number.
func latin1(b string) string {
	if pyutil.IsASCII(b) {
		return b
	}
	var sb strings.Builder
	for i := 0; i < len(b); i++ {
		sb.WriteRune(rune(b[i]))
	}
	return sb.String()
}

// decodeText decodes UTF-8 with lone surrogates allowed, raising the
// codec's UnicodeDecodeError for anything else.
func decodeText(b string) (string, error) {
	if utf8.ValidString(b) {
		return b, nil
	}
	decode, err := py.GetAttrString(py.Bytes(b), "decode")
	if err != nil {
		return "", err
	}
	o, err := py.Call(decode, py.Tuple{py.String("utf-8"), py.String("surrogatepass")}, nil)
	if err != nil {
		return "", err
	}
	s, ok := o.(py.String)
	if !ok {
		return "", errBadCode()
	}
	return string(s), nil
}

func (d *decoder) floatText() (float64, error) {
	nb, err := d.byte("marshal data too short")
	if err != nil {
		return 0, err
	}
	s, err := d.exact(int(nb))
	if err != nil {
		return 0, err
	}
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
		dg := uint16(raw[2*i]) | uint16(raw[2*i+1])<<8
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

// item reads one value of a container, which may not be the null value.
func (d *decoder) item(what string) (py.Object, error) {
	o, err := d.object()
	if err != nil {
		return nil, err
	}
	if o == null {
		return nil, py.ExceptionNewf(py.TypeError, "NULL object in marshal data for %s", what)
	}
	return o, nil
}

// count reads the item count of a tuple or list of type code code.
func (d *decoder) count(code byte) (int, error) {
	switch code {
	case ')':
		b, err := d.byte("marshal data too short")
		return int(b), err
	case '(':
		return d.length("tuple")
	}
	return d.length("list")
}

func (d *decoder) sequence(code, flag byte) (py.Object, error) {
	n, err := d.count(code)
	if err != nil {
		return nil, err
	}
	ix := d.reserve(flag)
	if code == '[' {
		l := &py.List{Items: make([]py.Object, 0, d.capacity(n))}
		d.fill(ix, l)
		for i := 0; i < n; i++ {
			o, err := d.item("list")
			if err != nil {
				return nil, err
			}
			l.Items = append(l.Items, o)
		}
		return l, nil
	}
	// A tuple referring to itself sees it with all its items: it is
	// allocated whole when the data can hold it, and filled in place.
	var t py.Tuple
	if c := d.capacity(n); c == n {
		t = make(py.Tuple, n)
		if ix >= 0 {
			for i := range t {
				t[i] = py.None
			}
			d.fill(ix, t)
		}
	} else {
		t = make(py.Tuple, 0, c)
	}
	for i := 0; i < n; i++ {
		o, err := d.item("tuple")
		if err != nil {
			return nil, err
		}
		if i < len(t) {
			t[i] = o
		} else {
			t = append(t, o)
		}
	}
	return d.fill(ix, t), nil
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
	for i := 0; i < n; i++ {
		o, err := d.item("set")
		if err != nil {
			return nil, err
		}
		if err := s.Add(o); err != nil {
			return nil, err
		}
	}
	return d.fill(ix, s), nil
}

// strField reads a code object's str field (a name, the file name).
func (d *decoder) strField() (string, error) {
	// A short ASCII str in memory, what the code cache writes for every
	// name: read here, without the calls of the general path.
	if p := d.pos; p+1 < len(d.mem) && d.mem[p] == 'z' {
		if end := p + 2 + int(d.mem[p+1]); end <= len(d.mem) {
			if s := d.mem[p+2 : end]; pyutil.IsASCII(s) {
				d.pos = end
				return s, nil
			}
		}
	}
	b, err := d.byte("EOF read where object expected")
	if err != nil {
		return "", err
	}
	if b&flagRef == 0 {
		if s, isStr, err := d.text(b); isStr {
			return s, err
		}
	}
	o, err := d.objectAfter(b)
	if err != nil {
		return "", err
	}
	s, ok := o.(py.String)
	if !ok {
		return "", errBadCode()
	}
	return string(s), nil
}

// bytesField reads a code object's bytes field (bytecode, line table) as
// the string py.Code keeps it in.
func (d *decoder) bytesField() (string, error) {
	b, err := d.byte("EOF read where object expected")
	if err != nil {
		return "", err
	}
	if b == 's' {
		n, err := d.length("bytes object")
		if err != nil {
			return "", err
		}
		return d.exact(n)
	}
	o, err := d.objectAfter(b)
	if err != nil {
		return "", err
	}
	s, ok := o.(py.Bytes)
	if !ok {
		return "", errBadCode()
	}
	return string(s), nil
}

// namesField reads a code object's tuple of names.
func (d *decoder) namesField() ([]string, error) {
	b, err := d.byte("EOF read where object expected")
	if err != nil {
		return nil, err
	}
	code, flag := b&^flagRef, b&flagRef
	if code != '(' && code != ')' {
		o, err := d.objectAfter(b)
		if err != nil {
			return nil, err
		}
		t, ok := o.(py.Tuple)
		if !ok {
			return nil, errBadCode()
		}
		names := make([]string, len(t))
		for i, s := range t {
			str, ok := s.(py.String)
			if !ok {
				return nil, errBadCode()
			}
			names[i] = string(str)
		}
		return names, nil
	}
	n, err := d.count(code)
	if err != nil {
		return nil, err
	}
	ix := d.reserve(flag)
	names := make([]string, 0, d.capacity(n))
	d.depth++
	for i := 0; i < n; i++ {
		s, err := d.strField()
		if err != nil {
			d.depth--
			return nil, err
		}
		names = append(names, s)
	}
	d.depth--
	if ix >= 0 {
		t := make(py.Tuple, len(names))
		for i, s := range names {
			t[i] = py.String(s)
		}
		d.fill(ix, t)
	}
	return names, nil
}

// code reads a code object's fields in CPython 3.6's order and makes it as
// py.NewCode would, checking what NewCode would panic on.
func (d *decoder) code() (py.Object, error) {
	var ints [5]int32
	for i := range ints {
		n, err := d.int32()
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
	var err error
	if co.Code, err = d.bytesField(); err != nil {
		return nil, err
	}
	consts, err := d.object()
	if err != nil {
		return nil, err
	}
	if co.Consts, _ = consts.(py.Tuple); co.Consts == nil {
		return nil, errBadCode()
	}
	for _, dst := range [...]*[]string{&co.Names, &co.Varnames, &co.Freevars, &co.Cellvars} {
		if *dst, err = d.namesField(); err != nil {
			return nil, err
		}
	}
	if co.Filename, err = d.strField(); err != nil {
		return nil, err
	}
	if co.Name, err = d.strField(); err != nil {
		return nil, err
	}
	if co.Firstlineno, err = d.int32(); err != nil {
		return nil, err
	}
	if co.Lnotab, err = d.bytesField(); err != nil {
		return nil, err
	}
	if co.Argcount < 0 || co.Kwonlyargcount < 0 || co.Nlocals < 0 {
		return nil, errBadCode()
	}
	// A tuple of consts that holds a reference to itself would be shared
	// with the data's other uses; the code keeps its own.
	if len(d.refs) > 0 {
		co.Consts = append(py.Tuple(nil), co.Consts...)
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
			return nil, errBadCode() // InitCell2arg would index past them
		}
		co.InitCell2arg()
	}
	return co, nil
}

// Loads reads the value at the start of data; anything after it is
// ignored. The result shares no memory with data.
func Loads(data []byte) (py.Object, error) {
	return LoadString(string(data))
}

// LoadString reads the value at the start of s; anything after it is
// ignored. The str values and the code objects' names, bytecode and line
// tables it returns share s's memory, which must never change (the code
// cache passes the binary's read-only data).
func LoadString(s string) (py.Object, error) {
	return load(&decoder{mem: s})
}

func load(d *decoder) (py.Object, error) {
	o, err := d.object()
	if err != nil {
		return nil, err
	}
	if o == null {
		return nil, py.ExceptionNewf(py.TypeError, "NULL object in marshal data for object")
	}
	return o, nil
}
