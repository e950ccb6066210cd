package zlib

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// CompressType and DecompressType are zlib.Compress and zlib.Decompress
// (not module attributes in 3.6: compressobj() and decompressobj() make
// them, and calling the types is refused).
var (
	CompressType   = py.NewTypeX("Compress", "", refuseNew, nil)
	DecompressType = py.NewTypeX("Decompress", "", refuseNew, nil)
)

func refuseNew(t *py.Type, _ py.Tuple, _ py.StringDict) (py.Object, error) {
	return nil, pyutil.TypeErrorf("cannot create 'zlib.%s' instances", t.Name)
}

// Compress is a compressor object.
type Compress struct {
	s *stream
}

// Type returns zlib.Compress.
func (c *Compress) Type() *py.Type { return CompressType }

// M__repr__ is object's repr, with the module's name as CPython shows it.
func (c *Compress) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<zlib.Compress object at %p>", c)), nil
}

// Decompress is a decompressor object: unused_data holds what followed
// the end of the stream, unconsumed_tail the input a max_length left.
type Decompress struct {
	s              *stream
	zdict          []byte
	hasZdict       bool
	unusedData     []byte
	unconsumedTail []byte
	eof            bool
}

// Type returns zlib.Decompress.
func (d *Decompress) Type() *py.Type { return DecompressType }

// M__repr__ is object's repr, with the module's name as CPython shows it.
func (d *Decompress) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<zlib.Decompress object at %p>", d)), nil
}

func compressobj(_ py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	a, err := pyarg.Parse36("compressobj", args, kwargs,
		[]string{"level", "method", "wbits", "memLevel", "strategy", "zdict"}, 0, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	var v [5]int
	for i, def := range []int{zDefaultLevel, deflated, maxWbits, defMemLevel, 0} {
		if v[i], err = intArg(a[i], def); err != nil {
			return nil, err
		}
	}
	var zdict []byte
	if a[5] != nil {
		if zdict, err = pyarg.BytesLike(a[5]); err != nil {
			return nil, err
		}
	}
	s, code, msg := newDeflate(v[0], v[1], v[2], v[3], v[4])
	switch code {
	case zOK:
	case zMemError:
		return nil, py.ExceptionNewf(py.MemoryError, "Can't allocate memory for compression object")
	case zStreamError:
		return nil, pyutil.ValueErrorf("Invalid initialization option")
	default:
		return nil, zlibError(code, msg, "while creating compression object")
	}
	if a[5] != nil {
		if code := s.setDictionary(zdict); code != zOK {
			s.end()
			if code == zStreamError {
				return nil, pyutil.ValueErrorf("Invalid dictionary")
			}
			return nil, pyutil.ValueErrorf("deflateSetDictionary()")
		}
	}
	return &Compress{s: s}, nil
}

func decompressobj(_ py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	a, err := pyarg.Parse36("decompressobj", args, kwargs, []string{"wbits", "zdict"}, 0, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	wbits, err := intArg(a[0], maxWbits)
	if err != nil {
		return nil, err
	}
	d := &Decompress{}
	if a[1] != nil {
		if d.zdict, err = pyarg.BytesLike(a[1]); err != nil {
			return nil, pyutil.TypeErrorf("zdict argument must support the buffer protocol")
		}
		d.zdict = append([]byte(nil), d.zdict...)
		d.hasZdict = true
	}
	s, code, msg := newInflate(wbits)
	switch code {
	case zOK:
	case zMemError:
		return nil, py.ExceptionNewf(py.MemoryError, "Can't allocate memory for decompression object")
	case zStreamError:
		return nil, pyutil.ValueErrorf("Invalid initialization option")
	default:
		return nil, zlibError(code, msg, "while creating decompression object")
	}
	d.s = s
	if d.hasZdict && wbits < 0 {
		// A raw stream never asks for its dictionary: it is set now.
		if code := s.setDictionary(d.zdict); code != zOK {
			s.end()
			return nil, zlibError(code, s.msg(), "while setting zdict")
		}
	}
	return d, nil
}

func (c *Compress) compress(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoKeywords("compress", kwargs); err != nil {
		return nil, err
	}
	if len(args) != 1 {
		return nil, pyutil.TypeErrorf("compress() takes exactly one argument (%d given)", len(args))
	}
	data, err := pyarg.BytesLike(args[0])
	if err != nil {
		return nil, err
	}
	var out []byte
	var code int
	var msg string
	c.s.locked(func() {
		out, _, code = c.s.run(data, zNoFlush, defBufSize, 0)
		msg = c.s.msg()
	})
	if code != zOK && code != zBufError {
		return nil, zlibError(code, msg, "while compressing data")
	}
	return py.Bytes(out), nil
}

func (c *Compress) flush(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoKeywords("flush", kwargs); err != nil {
		return nil, err
	}
	if err := pyarg.ArgCount36("flush", args, 0, 1); err != nil {
		return nil, err
	}
	mode := zFinish
	if len(args) == 1 {
		var err error
		if mode, err = pyarg.Int(args[0]); err != nil {
			return nil, err
		}
	}
	if mode == zNoFlush {
		return py.Bytes{}, nil
	}
	var out []byte
	var code int
	var msg string
	c.s.locked(func() {
		out, _, code = c.s.run(nil, mode, defBufSize, 0)
		msg = c.s.msg()
		if mode == zFinish && code == zStreamEnd {
			c.s.end()
		}
	})
	if code != zOK && code != zBufError && code != zStreamEnd {
		return nil, zlibError(code, msg, "while flushing")
	}
	return py.Bytes(out), nil
}

func (c *Compress) copyObj(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoArgs("copy", args, kwargs); err != nil {
		return nil, err
	}
	s, err := copyStream(c.s, nil)
	if err != nil {
		return nil, err
	}
	return &Compress{s: s}, nil
}

// copyStream is copy() of either object: ValueError for an ended stream.
// with, if not nil, copies the object's own state under the stream's lock.
func copyStream(s *stream, with func(*stream)) (*stream, error) {
	var n *stream
	var code int
	var msg string
	s.locked(func() {
		if !*s.live {
			code = zStreamError
			return
		}
		if n, code = s.copy(); code == zOK && with != nil {
			with(n)
		}
		msg = s.msg()
	})
	switch code {
	case zOK:
		return n, nil
	case zStreamError:
		return nil, pyutil.ValueErrorf("Inconsistent stream state")
	case zMemError:
		return nil, py.ExceptionNewf(py.MemoryError, "Can't allocate memory for compression object")
	}
	return nil, zlibError(code, msg, "while copying compression object")
}

func (d *Decompress) decompress(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := positional(args, 1); err != nil {
		return nil, err
	}
	a, err := pyarg.Parse36("decompress", args, kwargs, []string{"", "max_length"}, 0, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	data, err := pyarg.BytesLike(a[0])
	if err != nil {
		return nil, err
	}
	limit := 0
	if a[1] != nil {
		if limit, err = sizeArg(a[1]); err != nil {
			return nil, err
		}
		if limit < 0 {
			return nil, pyutil.ValueErrorf("max_length must be non-negative")
		}
	}
	hint := defBufSize
	if limit > 0 {
		hint = min(hint, limit)
	}
	var r inflated
	d.s.locked(func() { r = d.inflate(data, zSyncFlush, hint, limit) })
	if r.code != zOK && r.code != zBufError && r.code != zStreamEnd {
		return nil, zlibError(r.code, r.msg, r.while)
	}
	return py.Bytes(r.out), nil
}

// inflated is the outcome of Decompress.inflate: the output, zlib's last
// code, and its message and the error's "while ..." when code is an error.
type inflated struct {
	out   []byte
	code  int
	msg   string
	while string
}

// inflate runs the stream over data, answering its requests for the
// preset dictionary, and keeps what it did not consume: after the end of
// the stream in unused_data, else in unconsumed_tail. The caller holds
// the stream's lock, not the interpreter's.
func (d *Decompress) inflate(data []byte, flush, hint, limit int) inflated {
	r := inflated{while: "while decompressing data"}
	var rest []byte
	for {
		var more []byte
		more, rest, r.code = d.s.run(data, flush, hint, limit-len(r.out))
		r.out = append(r.out, more...)
		if r.code != zNeedDict || !d.hasZdict {
			break
		}
		if c := d.s.setDictionary(d.zdict); c != zOK {
			r.code, r.msg, r.while = c, d.s.msg(), "while setting zdict"
			return r
		}
		data = rest
		if limit > 0 && len(r.out) >= limit {
			break
		}
	}
	r.msg = d.s.msg()
	if r.code == zStreamEnd {
		d.eof = true
		d.unusedData = append(d.unusedData, rest...)
		if len(d.unconsumedTail) == 0 {
			rest = nil
		}
		// else CPython 3.6 leaves the rest in unconsumed_tail as well.
	}
	if len(rest) > 0 || len(d.unconsumedTail) > 0 {
		d.unconsumedTail = append([]byte(nil), rest...)
	}
	return r
}

func (d *Decompress) flush(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoKeywords("flush", kwargs); err != nil {
		return nil, err
	}
	if err := pyarg.ArgCount36("flush", args, 0, 1); err != nil {
		return nil, err
	}
	length := defBufSize
	if len(args) == 1 {
		var err error
		if length, err = sizeArg(args[0]); err != nil {
			return nil, err
		}
	}
	if length <= 0 {
		return nil, pyutil.ValueErrorf("length must be greater than zero")
	}
	if err := pyutil.CheckAlloc(length); err != nil {
		return nil, err
	}
	var r inflated
	d.s.locked(func() {
		if r = d.inflate(d.unconsumedTail, zFinish, length, 0); r.code == zStreamEnd {
			d.s.end()
		}
	})
	if r.code == zNeedDict || r.while == "while setting zdict" {
		return nil, zlibError(r.code, r.msg, r.while)
	}
	return py.Bytes(r.out), nil
}

func (d *Decompress) copyObj(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoArgs("copy", args, kwargs); err != nil {
		return nil, err
	}
	var n *Decompress
	_, err := copyStream(d.s, func(s *stream) {
		n = &Decompress{
			s: s, zdict: d.zdict, hasZdict: d.hasZdict, eof: d.eof,
			unusedData:     append([]byte(nil), d.unusedData...),
			unconsumedTail: append([]byte(nil), d.unconsumedTail...),
		}
	})
	if err != nil {
		return nil, err
	}
	return n, nil
}

// decompressGetter makes a read-only attribute of Decompress, read under its lock.
func decompressGetter(f func(d *Decompress) py.Object) *py.Property {
	return pyutil.ReadOnly("zlib.Decompress", func(d *Decompress) (res py.Object) {
		d.s.locked(func() { res = f(d) })
		return res
	})
}

func init() {
	CompressType.Dict["__module__"] = py.String("zlib")
	DecompressType.Dict["__module__"] = py.String("zlib")
	CompressType.Dict["compress"] = pyutil.Method(CompressType, "compress", (*Compress).compress, `compress(data) -> bytes

Feed data to the compressor and get whatever compressed output is ready;
the rest stays buffered until flush().`)
	CompressType.Dict["flush"] = pyutil.Method(CompressType, "flush", (*Compress).flush, `flush(mode=zlib.Z_FINISH) -> bytes

Push out the compressed output still held back. Z_FINISH ends the stream,
after which the object accepts nothing more; Z_SYNC_FLUSH and Z_FULL_FLUSH
leave it open for more data.`)
	CompressType.Dict["copy"] = pyutil.Method(CompressType, "copy", (*Compress).copyObj, `copy() -> Compress

A second compressor in this one's state, so that two continuations of the
same stream can be produced.`)
	DecompressType.Dict["decompress"] = pyutil.Method(DecompressType, "decompress", (*Decompress).decompress, `decompress(data, max_length=0) -> bytes

Inflate data, returning what is ready. With max_length above zero no more
than that many bytes come back, and the input not yet used waits in
unconsumed_tail for the next call; some output may stay buffered until
flush().`)
	DecompressType.Dict["flush"] = pyutil.Method(DecompressType, "flush", (*Decompress).flush, `flush([length]) -> bytes

Inflate whatever input is still buffered and return it all; length only
sizes the first output buffer.`)
	DecompressType.Dict["copy"] = pyutil.Method(DecompressType, "copy", (*Decompress).copyObj, `copy() -> Decompress

A second decompressor in this one's state.`)
	DecompressType.Dict["unused_data"] = decompressGetter(func(d *Decompress) py.Object { return py.Bytes(append([]byte(nil), d.unusedData...)) })
	DecompressType.Dict["unconsumed_tail"] = decompressGetter(func(d *Decompress) py.Object {
		return py.Bytes(append([]byte(nil), d.unconsumedTail...))
	})
	DecompressType.Dict["eof"] = decompressGetter(func(d *Decompress) py.Object { return py.NewBool(d.eof) })
}
