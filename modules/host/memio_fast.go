package host

import (
	"bytes"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// io.py's BytesIO and StringIO are Python classes (their subclassing,
// pickling, __dict__ and getbuffer views come with that), but their
// common calls are made in Go: _io._memio_accelerate(cls, kind) puts a Go
// method in place of each of cls's hot methods. The Go method works on
// the instance's own attributes, the ones io.py's methods keep (_buf,
// _pos, _orig, _closed_flag for BytesIO; _chars, _pos, _newline,
// _closed_flag for StringIO), so the two kinds of method can be mixed
// freely. Whenever a call is anything but the common case (keyword
// arguments, an argument that is not an int or bytes or str, a StringIO
// that translates newlines, an instance whose attributes are missing or
// of another type), the Go method calls the Python one it replaced,
// which decides. The Python ones stay on the class as _py_<name>.

// memioFallback calls the Python method fn with self and args.
func memioFallback(fn py.Object, self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	full := make(py.Tuple, 0, len(args)+1)
	full = append(full, self)
	full = append(full, args...)
	return vm.Call(fn, full, kwargs)
}

// memioState is the attribute dict of a plain instance of cls (or of a
// class derived from it), or nil.
func memioState(self py.Object) py.StringDict {
	inst, ok := self.(*py.Type)
	if !ok || !pyutil.IsInstanceObject(inst) || inst.Dict == nil {
		return nil
	}
	return inst.Dict
}

// memioClosed reads _closed_flag; ok is false when it is not a bool.
func memioClosed(d py.StringDict) (closed, ok bool) {
	switch d["_closed_flag"] {
	case py.True:
		return true, true
	case py.False:
		return false, true
	}
	return false, false
}

// memioPos reads _pos as a non-negative int.
func memioPos(d py.StringDict) (int, bool) {
	p, ok := d["_pos"].(py.Int)
	if !ok || p < 0 || int64(p) > int64(maxAlloc)*4 {
		return 0, false
	}
	return int(p), true
}

// memioSize reads a size argument that is a plain int or None.
func memioSize(args py.Tuple) (int, bool) {
	if len(args) == 0 {
		return -1, true
	}
	if len(args) != 1 {
		return 0, false
	}
	switch v := args[0].(type) {
	case py.Int:
		if v < -1<<40 || v > 1<<40 {
			return 0, false
		}
		return int(v), true
	case py.NoneType:
		return -1, true
	}
	return 0, false
}

// memioFast is the Go half of one accelerated method: ok false means
// "not the common case", and the Python method is called instead.
type memioFast func(cls *py.Type, self py.Object, d py.StringDict, args py.Tuple) (res py.Object, ok bool, err error)

// memioAccelerate is _io._memio_accelerate(cls, kind).
func memioAccelerate(self py.Object, args py.Tuple) (py.Object, error) {
	var clsO, kindO py.Object
	if err := py.UnpackTuple(args, nil, "_memio_accelerate", 2, 2, &clsO, &kindO); err != nil {
		return nil, err
	}
	cls, ok := pyutil.IsClass(clsO)
	kind, kok := kindO.(py.String)
	if !ok || !kok {
		return nil, pyutil.TypeErrorf("_memio_accelerate(cls, kind): a class and 'bytes' or 'text'")
	}
	var table map[string]memioFast
	switch kind {
	case "bytes":
		table = bytesIOFast
	case "text":
		table = stringIOFast
	default:
		return nil, pyutil.ValueErrorf("_memio_accelerate: unknown kind %q", string(kind))
	}
	for name, fast := range table {
		pyFn, ok := cls.Dict[name]
		if !ok {
			continue
		}
		name, fast, pyFn := name, fast, pyFn
		var m *py.Method
		// gpython's constructor, not pyutil's: pyutil records each method
		// for the life of the process, and this one (its closure holds
		// cls) belongs to one interpreter.
		m = py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if self == nil || self.Type() == py.ModuleType {
				// called on the class: cls.read(obj, ...)
				if len(args) == 0 {
					return nil, pyutil.TypeErrorf("descriptor '%s' of '_io.%s' object needs an argument", name, cls.Name)
				}
				self, args = args[0], args[1:]
				if !self.Type().IsSubtype(cls) {
					return nil, pyutil.TypeErrorf("descriptor '%s' requires a '_io.%s' object but received a '%s'", name, cls.Name, pyutil.TypeName(self))
				}
			}
			if len(kwargs) != 0 {
				if name == "__init__" {
					return memioFallback(pyFn, self, args, kwargs)
				}
				// positional only, as CPython's are
				return nil, pyutil.TypeErrorf("%s() takes no keyword arguments", name)
			}
			{
				if d := memioState(self); d != nil {
					res, ok, err := fast(cls, self, d, args)
					if ok {
						return res, err
					}
				}
			}
			return memioFallback(pyFn, self, args, kwargs)
		}, 0, docOf(pyFn))
		// the fast methods keep neither args nor a slice of it
		m.Flags |= vm.ArgsBorrowed
		vm.TakesInstance(m)
		cls.Dict["_py_"+name] = pyFn
		cls.Dict[name] = m
	}
	if kind == "bytes" {
		// CPython's bytesio struct: header, buf, pos, string_size,
		// dict, weakreflist, exports
		vm.SetInstanceLayout(cls, 64, 40, 48)
	}
	for _, name := range memioGetsets[kind] {
		if p, ok := cls.Dict[name]; ok {
			cls.Dict[name] = memioGetset(cls, name, p)
		}
	}
	return py.None, nil
}

// memioGetsets are the attributes that CPython's BytesIO and StringIO
// have as read-only getset descriptors.
var memioGetsets = map[py.String][]string{
	"bytes": {"closed"},
	"text":  {"closed", "line_buffering", "newlines"},
}

// memioGetset stands in for io.py's property prop named name: reading it
// calls the property (closed is read from _closed_flag directly), and
// assigning or deleting it raises CPython's "not writable" error rather
// than the property's "can't set attribute".
func memioGetset(cls *py.Type, name string, prop py.Object) *py.Property {
	readOnly := func() error {
		return py.ExceptionNewf(py.AttributeError, "attribute '%s' of '_io.%s' objects is not writable", name, cls.Name)
	}
	get, ok := prop.(py.I__get__)
	return &py.Property{Doc: docOfProperty(prop),
		Fset: func(self, value py.Object) error { return readOnly() },
		Fdel: func(self py.Object) error { return readOnly() },
		Fget: func(self py.Object) (py.Object, error) {
			if self == nil || !self.Type().IsSubtype(cls) {
				return nil, pyutil.TypeErrorf("descriptor '%s' for '_io.%s' objects doesn't apply to '%s' object", name, cls.Name, pyutil.TypeName(self))
			}
			if name == "closed" {
				if d := memioState(self); d != nil {
					if c, ok := memioClosed(d); ok {
						return py.NewBool(c), nil
					}
				}
			}
			if !ok {
				return nil, py.ExceptionNewf(py.AttributeError, "%s", name)
			}
			return get.M__get__(self, cls)
		}}
}

// docOfProperty is a property's __doc__ when it is a str, or "".
func docOfProperty(prop py.Object) string {
	if d, err := vm.GetAttr(prop, "__doc__"); err == nil {
		if s, ok := d.(py.String); ok {
			return string(s)
		}
	}
	return ""
}

// docOf is a Python function's docstring, or "".
func docOf(fn py.Object) string {
	if f, ok := fn.(*py.Function); ok {
		if s, ok := f.Doc.(py.String); ok {
			return string(s)
		}
	}
	return ""
}

// exactly reports whether self's class is cls itself (a derived class
// may override the methods one method calls).
func exactly(cls *py.Type, self py.Object) bool {
	inst, ok := self.(*py.Type)
	return ok && inst.ObjectType == cls
}

// bytesIOBuf is a BytesIO's _buf and its _orig bytes (nil when none).
func bytesIOBuf(d py.StringDict) (*ByteArray, py.Bytes, bool) {
	buf, ok := d["_buf"].(*ByteArray)
	if !ok {
		return nil, nil, false
	}
	switch o := d["_orig"].(type) {
	case py.Bytes:
		return buf, o, true
	case py.NoneType:
		return buf, nil, true
	}
	return nil, nil, false
}

var bytesIOFast = map[string]memioFast{
	"__init__": bytesIOInit,
	"read":     bytesIORead,
	"readline": bytesIOReadline,
	"write":    bytesIOWrite,
	"tell":     bytesIOTell,
	"getvalue": bytesIOGetvalue,
	"seek":     bytesIOSeek,
	"__next__": bytesIONext,
	"readable": memioTrue,
	"writable": memioTrue,
	"seekable": memioTrue,
}

// bytesIOOpen is the state of an open BytesIO, or ok false.
func bytesIOOpen(d py.StringDict) (buf *ByteArray, orig py.Bytes, pos int, err error, ok bool) {
	closed, ok := memioClosed(d)
	if !ok {
		return nil, nil, 0, nil, false
	}
	if closed {
		return nil, nil, 0, errClosed(closedText + "."), true
	}
	buf, orig, ok = bytesIOBuf(d)
	if !ok {
		return nil, nil, 0, nil, false
	}
	pos, ok = memioPos(d)
	return buf, orig, pos, nil, ok
}

// memioTrue is readable/writable/seekable: True while open.
func memioTrue(cls *py.Type, self py.Object, d py.StringDict, args py.Tuple) (py.Object, bool, error) {
	closed, ok := memioClosed(d)
	if !ok || len(args) != 0 {
		return nil, false, nil
	}
	if closed {
		if _, isBytes := d["_buf"]; isBytes {
			return nil, true, errClosed(closedText + ".")
		}
		return nil, true, errClosed(closedText)
	}
	return py.True, true, nil
}

func bytesIORead(cls *py.Type, self py.Object, d py.StringDict, args py.Tuple) (py.Object, bool, error) {
	size, ok := memioSize(args)
	if !ok {
		return nil, false, nil
	}
	buf, orig, pos, err, ok := bytesIOOpen(d)
	if !ok || err != nil {
		return nil, ok, err
	}
	end := len(buf.Data)
	if orig != nil {
		end = len(orig)
	}
	if size >= 0 && size < end-pos {
		end = pos + size
	}
	if pos >= end {
		return py.Bytes{}, true, nil
	}
	d["_pos"] = py.Int(end)
	if orig != nil {
		return orig[pos:end], true, nil
	}
	return py.Bytes(append([]byte(nil), buf.Data[pos:end]...)), true, nil
}

func bytesIOReadline(cls *py.Type, self py.Object, d py.StringDict, args py.Tuple) (py.Object, bool, error) {
	size, ok := memioSize(args)
	if !ok {
		return nil, false, nil
	}
	buf, orig, pos, err, ok := bytesIOOpen(d)
	if !ok || err != nil {
		return nil, ok, err
	}
	data := buf.Data
	if orig != nil {
		data = orig
	}
	if pos >= len(data) {
		return py.Bytes{}, true, nil
	}
	end := len(data)
	if i := bytes.IndexByte(data[pos:], '\n'); i >= 0 {
		end = pos + i + 1
	}
	if size >= 0 && end > pos+size {
		end = pos + size
	}
	d["_pos"] = py.Int(end)
	if orig != nil {
		return orig[pos:end], true, nil
	}
	return py.Bytes(append([]byte(nil), data[pos:end]...)), true, nil
}

func bytesIONext(cls *py.Type, self py.Object, d py.StringDict, args py.Tuple) (py.Object, bool, error) {
	// BytesIO's own readline, whatever the class: a subclass's readline
	// is not called
	if len(args) != 0 {
		return nil, false, nil
	}
	line, ok, err := bytesIOReadline(cls, self, d, nil)
	if !ok || err != nil {
		return nil, ok, err
	}
	if len(line.(py.Bytes)) == 0 {
		return nil, true, py.ExceptionNewf(py.StopIteration, "")
	}
	return line, true, nil
}

func bytesIOWrite(cls *py.Type, self py.Object, d py.StringDict, args py.Tuple) (py.Object, bool, error) {
	if len(args) != 1 {
		return nil, false, nil
	}
	var data []byte
	switch b := args[0].(type) {
	case py.Bytes:
		data = b
	case *ByteArray:
		data = b.Data
	default:
		return nil, false, nil
	}
	buf, _, pos, err, ok := bytesIOOpen(d)
	if !ok || err != nil {
		return nil, ok, err
	}
	// refused while a getbuffer() view is alive, whatever the size
	if err := buf.canResize(); err != nil {
		return nil, true, err
	}
	n := len(data)
	if n == 0 {
		return py.Int(0), true, nil
	}
	d["_orig"] = py.None
	if pos+n > len(buf.Data) {
		if pos+n > maxAlloc*4 {
			return nil, true, py.ExceptionNewf(py.MemoryError, "")
		}
		if args[0] == py.Object(buf) {
			data = append([]byte(nil), data...)
		}
		if pos > len(buf.Data) {
			buf.Data = append(buf.Data, make([]byte, pos-len(buf.Data))...)
		}
		buf.Data = append(buf.Data[:pos], data...)
	} else {
		copy(buf.Data[pos:pos+n], data)
	}
	d["_pos"] = py.Int(pos + n)
	return py.Int(n), true, nil
}

func bytesIOTell(cls *py.Type, self py.Object, d py.StringDict, args py.Tuple) (py.Object, bool, error) {
	if len(args) != 0 {
		return nil, false, nil
	}
	_, _, pos, err, ok := bytesIOOpen(d)
	if !ok || err != nil {
		return nil, ok, err
	}
	return py.Int(pos), true, nil
}

func bytesIOGetvalue(cls *py.Type, self py.Object, d py.StringDict, args py.Tuple) (py.Object, bool, error) {
	if len(args) != 0 {
		return nil, false, nil
	}
	buf, orig, _, err, ok := bytesIOOpen(d)
	if !ok || err != nil {
		return nil, ok, err
	}
	if orig != nil && len(orig) == len(buf.Data) {
		return orig, true, nil
	}
	return py.Bytes(append([]byte(nil), buf.Data...)), true, nil
}

func bytesIOSeek(cls *py.Type, self py.Object, d py.StringDict, args py.Tuple) (py.Object, bool, error) {
	if len(args) < 1 || len(args) > 2 {
		return nil, false, nil
	}
	p, ok := args[0].(py.Int)
	whence, wok := py.Int(0), true
	if len(args) == 2 {
		whence, wok = args[1].(py.Int)
	}
	if !ok || !wok || p < -1<<40 || p > 1<<40 || whence < 0 || whence > 2 || (whence == 0 && p < 0) {
		return nil, false, nil
	}
	buf, _, pos, err, ok := bytesIOOpen(d)
	if !ok || err != nil {
		return nil, ok, err
	}
	switch whence {
	case 0:
		pos = int(p)
	case 1:
		pos = max(0, pos+int(p))
	case 2:
		pos = max(0, len(buf.Data)+int(p))
	}
	d["_pos"] = py.Int(pos)
	return py.Int(pos), true, nil
}

var stringIOFast = map[string]memioFast{
	"__init__": stringIOInit,
	"read":     stringIORead,
	"readline": stringIOReadline,
	"write":    stringIOWrite,
	"tell":     stringIOTell,
	"getvalue": stringIOGetvalue,
	"__next__": stringIONext,
	"readable": memioTrue,
	"writable": memioTrue,
	"seekable": memioTrue,
}

// stringIOOpen is the state of an open StringIO that keeps '\n' line
// ends as they are (newline='\n', the default), or ok false.
func stringIOOpen(d py.StringDict) (chars *TextBuffer, pos int, err error, ok bool) {
	closed, ok := memioClosed(d)
	if !ok {
		return nil, 0, nil, false
	}
	if closed {
		return nil, 0, errClosed(closedText), true
	}
	if nl, isStr := d["_newline"].(py.String); !isStr || nl != "\n" {
		return nil, 0, nil, false
	}
	chars, ok = d["_chars"].(*TextBuffer)
	if !ok {
		return nil, 0, nil, false
	}
	pos, ok = memioPos(d)
	return chars, pos, nil, ok
}

func stringIOWrite(cls *py.Type, self py.Object, d py.StringDict, args py.Tuple) (py.Object, bool, error) {
	if len(args) != 1 {
		return nil, false, nil
	}
	s, isStr := args[0].(py.String)
	if !isStr {
		return nil, false, nil
	}
	chars, pos, err, ok := stringIOOpen(d)
	if !ok || err != nil {
		return nil, ok, err
	}
	if len(s) == 0 {
		return py.Int(0), true, nil
	}
	if pos > maxAlloc {
		return nil, true, py.ExceptionNewf(py.MemoryError, "")
	}
	end := chars.put(pos, string(s))
	d["_pos"] = py.Int(end)
	return py.Int(end - pos), true, nil
}

func stringIORead(cls *py.Type, self py.Object, d py.StringDict, args py.Tuple) (py.Object, bool, error) {
	size, ok := memioSize(args)
	if !ok {
		return nil, false, nil
	}
	chars, pos, err, ok := stringIOOpen(d)
	if !ok || err != nil {
		return nil, ok, err
	}
	end := len(chars.r)
	if size >= 0 && pos+size < end {
		end = pos + size
	}
	if pos >= end {
		return py.String(""), true, nil
	}
	d["_pos"] = py.Int(end)
	return py.String(runesText(chars.r[pos:end])), true, nil
}

func stringIOReadline(cls *py.Type, self py.Object, d py.StringDict, args py.Tuple) (py.Object, bool, error) {
	size, ok := memioSize(args)
	if !ok {
		return nil, false, nil
	}
	chars, pos, err, ok := stringIOOpen(d)
	if !ok || err != nil {
		return nil, ok, err
	}
	if pos >= len(chars.r) {
		return py.String(""), true, nil
	}
	end := len(chars.r)
	if i := chars.find('\n', pos); i >= 0 {
		end = i + 1
	}
	if size >= 0 && end > pos+size {
		end = pos + size
	}
	d["_pos"] = py.Int(end)
	return py.String(runesText(chars.r[pos:end])), true, nil
}

func stringIONext(cls *py.Type, self py.Object, d py.StringDict, args py.Tuple) (py.Object, bool, error) {
	if len(args) != 0 || !exactly(cls, self) {
		return nil, false, nil
	}
	line, ok, err := stringIOReadline(cls, self, d, nil)
	if !ok || err != nil {
		return nil, ok, err
	}
	if line.(py.String) == "" {
		return nil, true, py.ExceptionNewf(py.StopIteration, "")
	}
	return line, true, nil
}

func stringIOTell(cls *py.Type, self py.Object, d py.StringDict, args py.Tuple) (py.Object, bool, error) {
	if len(args) != 0 {
		return nil, false, nil
	}
	_, pos, err, ok := stringIOOpen(d)
	if !ok || err != nil {
		return nil, ok, err
	}
	return py.Int(pos), true, nil
}

func stringIOGetvalue(cls *py.Type, self py.Object, d py.StringDict, args py.Tuple) (py.Object, bool, error) {
	if len(args) != 0 {
		return nil, false, nil
	}
	chars, _, err, ok := stringIOOpen(d)
	if !ok || err != nil {
		return nil, ok, err
	}
	return py.String(runesText(chars.r)), true, nil
}

// TextBufferType is _io._TextBuffer, the characters of io.py's StringIO
// (its _chars attribute): a str as an array of code points, which a
// write changes in place. Unlike a list of one-character strs it holds
// no pointers for the collector to scan, and a lone surrogate keeps its
// value.
var TextBufferType = py.NewTypeX("_TextBuffer", "The characters of a StringIO, changed in place.",
	func(*py.Type, py.Tuple, py.StringDict) (py.Object, error) { return &TextBuffer{}, nil }, nil)

// TextBuffer is a _TextBuffer.
type TextBuffer struct {
	r []rune
}

// Type returns TextBufferType.
func (b *TextBuffer) Type() *py.Type { return TextBufferType }

// M__len__ is the number of characters.
func (b *TextBuffer) M__len__() (py.Object, error) { return py.Int(len(b.r)), nil }

// textRunes appends the characters of s to out (lone surrogates as
// themselves).
func textRunes(out []rune, s string) []rune {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			out = append(out, rune(c))
			i++
			continue
		}
		r, w := pyutil.DecodeWTF8(s[i:])
		out = append(out, r)
		i += w
	}
	return out
}

// runesText is the str of rs: UTF-8, a surrogate in its three-byte form
// (the form pyutil.DecodeWTF8 reads).
func runesText(rs []rune) string {
	buf := make([]byte, 0, len(rs))
	for _, r := range rs {
		switch {
		case r < utf8.RuneSelf:
			buf = append(buf, byte(r))
		case r >= 0xD800 && r <= 0xDFFF:
			buf = append(buf, 0xED, 0x80|byte((r>>6)&0x3F), 0x80|byte(r&0x3F))
		default:
			buf = utf8.AppendRune(buf, r)
		}
	}
	return string(buf)
}

// span clamps [start, end) to the buffer.
func (b *TextBuffer) span(start, end int) (int, int) {
	end = min(end, len(b.r))
	start = max(start, 0)
	if start > end {
		start = end
	}
	return start, end
}

// put writes the characters of s at pos (after '\0's up to pos, when it
// is past the end) and returns the position after them.
func (b *TextBuffer) put(pos int, s string) int {
	for len(b.r) < pos {
		b.r = append(b.r, 0)
	}
	if pos == len(b.r) {
		b.r = textRunes(b.r, s)
		return len(b.r)
	}
	rs := textRunes(nil, s)
	end := pos + len(rs)
	if end > len(b.r) {
		b.r = append(b.r[:pos], rs...)
	} else {
		copy(b.r[pos:end], rs)
	}
	return end
}

// find is the index of r at or after start, or -1.
func (b *TextBuffer) find(r rune, start int) int {
	for i := max(start, 0); i < len(b.r); i++ {
		if b.r[i] == r {
			return i
		}
	}
	return -1
}

// lineEnd is where the line from start ends: after its newline (the
// first '\n', '\r\n' or '\r' when newline is ”), or at the end.
func (b *TextBuffer) lineEnd(start int, newline string) int {
	r := b.r
	switch newline {
	case "":
		for i := start; i < len(r); i++ {
			switch r[i] {
			case '\n':
				return i + 1
			case '\r':
				if i+1 < len(r) && r[i+1] == '\n' {
					return i + 2
				}
				return i + 1
			}
		}
	case "\r\n":
		for i := start; i+1 < len(r); i++ {
			if r[i] == '\r' && r[i+1] == '\n' {
				return i + 2
			}
		}
	default:
		c := rune('\n')
		if newline == "\r" {
			c = '\r'
		}
		if i := b.find(c, start); i >= 0 {
			return i + 1
		}
	}
	return len(r)
}

// intArgs reads n int arguments of a _TextBuffer method.
func intArgs(name string, args py.Tuple, n int) ([]int, error) {
	if len(args) != n {
		return nil, pyutil.TypeErrorf("%s() takes exactly %d arguments (%d given)", name, n, len(args))
	}
	out := make([]int, n)
	for i, a := range args {
		v, ok := a.(py.Int)
		if !ok {
			return nil, pyutil.TypeErrorf("%s(): int arguments expected, got '%s'", name, pyutil.TypeName(a))
		}
		out[i] = int(v)
	}
	return out, nil
}

func init() {
	textBufferMethod := func(name, doc string, fn func(b *TextBuffer, args py.Tuple) (py.Object, error)) {
		TextBufferType.Dict[name] = pyutil.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
			b, ok := self.(*TextBuffer)
			if !ok {
				return nil, pyutil.TypeErrorf("descriptor '%s' requires a '_io._TextBuffer' object but received a '%s'", name, pyutil.TypeName(self))
			}
			return fn(b, args)
		}, 0, doc)
	}
	textBufferMethod("text", "text(start, end) -> the characters from start to end, as a str.", func(b *TextBuffer, args py.Tuple) (py.Object, error) {
		n, err := intArgs("text", args, 2)
		if err != nil {
			return nil, err
		}
		start, end := b.span(n[0], n[1])
		return py.String(runesText(b.r[start:end])), nil
	})
	textBufferMethod("put", "put(pos, s) -> writes s at pos (after NULs up to it) and returns the position after it.", func(b *TextBuffer, args py.Tuple) (py.Object, error) {
		if len(args) != 2 {
			return nil, pyutil.TypeErrorf("put() takes exactly 2 arguments (%d given)", len(args))
		}
		pos, ok := args[0].(py.Int)
		s, sok := args[1].(py.String)
		if !ok || !sok || pos < 0 {
			return nil, pyutil.TypeErrorf("put(): a position and a str expected")
		}
		if pos > maxAlloc {
			return nil, py.ExceptionNewf(py.MemoryError, "")
		}
		return py.Int(b.put(int(pos), string(s))), nil
	})
	textBufferMethod("set", "set(s): the buffer holds the characters of s alone.", func(b *TextBuffer, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, pyutil.TypeErrorf("set() takes exactly one argument (%d given)", len(args))
		}
		s, ok := args[0].(py.String)
		if !ok {
			return nil, pyutil.TypeErrorf("set(): a str expected, got '%s'", pyutil.TypeName(args[0]))
		}
		b.r = textRunes(nil, string(s))
		return py.None, nil
	})
	textBufferMethod("truncate", "truncate(size): drops the characters from size on.", func(b *TextBuffer, args py.Tuple) (py.Object, error) {
		n, err := intArgs("truncate", args, 1)
		if err != nil {
			return nil, err
		}
		if n[0] >= 0 && n[0] < len(b.r) {
			b.r = b.r[:n[0]]
		}
		return py.None, nil
	})
	textBufferMethod("line_end", "line_end(start, newline) -> the end of the line from start: after the first newline ('' for any of '\\n', '\\r\\n', '\\r'), or the end.", func(b *TextBuffer, args py.Tuple) (py.Object, error) {
		if len(args) != 2 {
			return nil, pyutil.TypeErrorf("line_end() takes exactly 2 arguments (%d given)", len(args))
		}
		start, iok := args[0].(py.Int)
		nl, ok := args[1].(py.String)
		if !ok || !iok {
			return nil, pyutil.TypeErrorf("line_end(): a position and a newline expected")
		}
		return py.Int(b.lineEnd(max(int(start), 0), string(nl))), nil
	})
	textBufferMethod("find", "find(c, start) -> the index of character c at or after start, or -1.", func(b *TextBuffer, args py.Tuple) (py.Object, error) {
		if len(args) != 2 {
			return nil, pyutil.TypeErrorf("find() takes exactly 2 arguments (%d given)", len(args))
		}
		c, ok := args[0].(py.String)
		start, iok := args[1].(py.Int)
		rs := textRunes(nil, string(c))
		if !ok || !iok || len(rs) != 1 {
			return nil, pyutil.TypeErrorf("find(): a character and a position expected")
		}
		return py.Int(b.find(rs[0], int(start))), nil
	})
}

// bytesIOInit is BytesIO(), BytesIO(None) and BytesIO(bytes) of the class
// itself: the attributes io.py's __init__ sets, set here.
func bytesIOInit(cls *py.Type, self py.Object, d py.StringDict, args py.Tuple) (py.Object, bool, error) {
	if self.Type() != cls {
		return nil, false, nil
	}
	if len(args) > 1 {
		return nil, true, pyutil.TypeErrorf("BytesIO() takes at most 1 argument (%d given)", len(args))
	}
	var orig py.Object = py.None
	buf := &ByteArray{}
	if len(args) == 1 {
		switch v := args[0].(type) {
		case py.NoneType:
		case py.Bytes:
			buf.Data = append([]byte(nil), v...)
			orig = v
		default:
			return nil, false, nil
		}
	}
	if _, again := d["_buf"]; again {
		return nil, false, nil // __init__ called again: io.py's decides
	}
	d["_buf"] = buf
	d["_pos"] = py.Int(0)
	d["_closed_flag"] = py.False
	d["_orig"] = orig
	return py.None, true, nil
}

// stringIOInit is StringIO(), StringIO(str) and StringIO(str, '\n') of
// the class itself: the attributes io.py's __init__ sets, set here (a
// subclass's write, which that __init__ calls, is not in the way).
func stringIOInit(cls *py.Type, self py.Object, d py.StringDict, args py.Tuple) (py.Object, bool, error) {
	if self.Type() != cls {
		return nil, false, nil
	}
	if len(args) > 2 {
		return nil, true, pyutil.TypeErrorf("StringIO() takes at most 2 arguments (%d given)", len(args))
	}
	if _, again := d["_chars"]; again {
		return nil, false, nil // __init__ called again: io.py's decides
	}
	if len(args) == 2 {
		if nl, ok := args[1].(py.String); !ok || nl != "\n" {
			return nil, false, nil
		}
	}
	chars := &TextBuffer{}
	if len(args) >= 1 {
		switch v := args[0].(type) {
		case py.NoneType:
		case py.String:
			if len(v) > maxAlloc {
				return nil, false, nil
			}
			chars.put(0, string(v))
		default:
			return nil, false, nil
		}
	}
	d["_newline"] = py.String("\n")
	d["_seen"] = py.Int(0)
	d["_closed_flag"] = py.False
	d["_chars"] = chars
	d["_pos"] = py.Int(0)
	return py.None, true, nil
}
