// Package bz2 registers the Python module "_bz2" for gpython: CPython 3.6's
// BZ2Compressor and BZ2Decompressor over the system's libbzip2, so that the
// compressed bytes are the ones CPython writes on the same machine.
// Lib/modules/bz2.py builds the public module (BZ2File, open, compress,
// decompress) on top.
//
// The objects are in this file; the cgo layer (the bz_stream, its
// lifetime, one call of the library) in stream.go; errors in errors.go.
package bz2

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// CompressorType and DecompressorType are _bz2.BZ2Compressor and
// _bz2.BZ2Decompressor.
var (
	CompressorType   = py.NewTypeX("BZ2Compressor", compressorDoc, compressorNew, nil)
	DecompressorType = py.NewTypeX("BZ2Decompressor", decompressorDoc, decompressorNew, nil)
)

const compressorDoc = `BZ2Compressor(compresslevel=9, /)

An incremental bzip2 compressor: feed it with compress(), end with flush().
compresslevel is the block size in units of 100 kB, from 1 to 9.`

const decompressorDoc = `BZ2Decompressor()

An incremental decompressor of one bzip2 stream. After the end of the
stream, eof is true and unused_data holds the bytes that followed it.`

// Compressor is a BZ2Compressor.
type Compressor struct {
	st      *stream
	flushed bool
}

// Type returns _bz2.BZ2Compressor.
func (c *Compressor) Type() *py.Type { return CompressorType }

// M__repr__ is object's repr with the module's name.
func (c *Compressor) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<_bz2.BZ2Compressor object at %p>", c)), nil
}

// Decompressor is a BZ2Decompressor: buf holds input given but not yet
// consumed (a max_length stopped it).
type Decompressor struct {
	st         *stream
	eof        bool
	needsInput bool
	unusedData []byte
	buf        []byte
}

// Type returns _bz2.BZ2Decompressor.
func (d *Decompressor) Type() *py.Type { return DecompressorType }

// M__repr__ is object's repr with the module's name.
func (d *Decompressor) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<_bz2.BZ2Decompressor object at %p>", d)), nil
}

func compressorNew(_ *py.Type, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	if err := pyarg.NoKeywords("BZ2Compressor", kwargs); err != nil {
		return nil, err
	}
	if err := pyarg.ArgCount36("BZ2Compressor", args, 0, 1); err != nil {
		return nil, err
	}
	level := 9
	if len(args) == 1 {
		if level, err = pyarg.Int(args[0]); err != nil {
			return nil, err
		}
	}
	if level < 1 || level > 9 {
		return nil, pyutil.ValueErrorf("compresslevel must be between 1 and 9")
	}
	st, code := newStream(true, level)
	if err := bzError(code); err != nil {
		return nil, err
	}
	return &Compressor{st: st}, nil
}

func decompressorNew(_ *py.Type, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	if len(args) > 0 {
		return nil, pyutil.TypeErrorf("BZ2Decompressor does not take positional arguments")
	}
	if len(kwargs) > 0 {
		return nil, pyutil.TypeErrorf("BZ2Decompressor does not take keyword arguments")
	}
	st, code := newStream(false, 0)
	if err := bzError(code); err != nil {
		return nil, err
	}
	return &Decompressor{st: st, needsInput: true}, nil
}

func (c *Compressor) compress(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
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
	flushed := false
	c.st.locked(func() {
		if flushed = c.flushed; !flushed {
			out, code = c.st.compress(data, bzRun)
		}
	})
	if flushed {
		return nil, pyutil.ValueErrorf("Compressor has been flushed")
	}
	if err := bzError(code); err != nil {
		return nil, err
	}
	return py.Bytes(out), nil
}

func (c *Compressor) flush(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoArgs("flush", args, kwargs); err != nil {
		return nil, err
	}
	var out []byte
	var code int
	already := false
	c.st.locked(func() {
		if already = c.flushed; already {
			return
		}
		c.flushed = true
		out, code = c.st.compress(nil, bzFinish)
		if code == bzStreamEnd {
			c.st.end()
			code = bzOK
		}
	})
	if already {
		return nil, pyutil.ValueErrorf("Repeated call to flush()")
	}
	if err := bzError(code); err != nil {
		return nil, err
	}
	return py.Bytes(out), nil
}

func (d *Decompressor) decompress(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.Parse36("decompress", args, kwargs, []string{"data", "max_length"}, 1, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	data, err := pyarg.BytesLike(a[0])
	if err != nil {
		return nil, err
	}
	limit := -1
	if a[1] != nil {
		if limit, err = pyarg.SsizeT(a[1]); err != nil {
			return nil, err
		}
	}
	var out []byte
	var code int
	atEOF := false
	d.st.locked(func() {
		if atEOF = d.eof; atEOF {
			return
		}
		in := append(d.buf, data...)
		var rest []byte
		var full bool
		out, rest, code, full = d.st.decompress(in, limit)
		switch {
		case code == bzStreamEnd:
			code = bzOK
			d.eof = true
			d.needsInput = false
			d.unusedData = append(d.unusedData, rest...)
			d.buf = nil
			d.st.end()
		case len(rest) == 0 && !full:
			d.needsInput = true
			d.buf = nil
		default:
			d.needsInput = false
			d.buf = append([]byte(nil), rest...)
		}
	})
	if atEOF {
		return nil, py.ExceptionNewf(py.EOFError, "End of stream already reached")
	}
	if err := bzError(code); err != nil {
		return nil, err
	}
	return py.Bytes(out), nil
}

// getter makes a read-only attribute of BZ2Decompressor, read under its lock.
func getter(f func(d *Decompressor) py.Object) *py.Property {
	return pyutil.ReadOnly("_bz2.BZ2Decompressor", func(d *Decompressor) (res py.Object) {
		d.st.locked(func() { res = f(d) })
		return res
	})
}

func init() {
	CompressorType.Dict["__module__"] = py.String("_bz2")
	DecompressorType.Dict["__module__"] = py.String("_bz2")
	CompressorType.Dict["compress"] = pyutil.Method(CompressorType, "compress", (*Compressor).compress,
		"compress(data) -> bytes\n\nHand data to the compressor; returns whatever compressed output is ready,\noften nothing until enough input has gathered.")
	CompressorType.Dict["flush"] = pyutil.Method(CompressorType, "flush", (*Compressor).flush,
		"flush() -> bytes\n\nEnd the stream and return the rest of the compressed output; the\ncompressor cannot be used afterwards.")
	DecompressorType.Dict["decompress"] = pyutil.Method(DecompressorType, "decompress", (*Decompressor).decompress,
		"decompress(data, max_length=-1) -> bytes\n\nDecompress data, joined to any input left over from the previous call.\nWith max_length >= 0 at most that many bytes come back and the rest of\nthe input waits inside; needs_input then tells whether more is wanted.")
	DecompressorType.Dict["eof"] = getter(func(d *Decompressor) py.Object { return py.NewBool(d.eof) })
	DecompressorType.Dict["needs_input"] = getter(func(d *Decompressor) py.Object { return py.NewBool(d.needsInput) })
	DecompressorType.Dict["unused_data"] = getter(func(d *Decompressor) py.Object {
		return py.Bytes(append([]byte(nil), d.unusedData...))
	})
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_bz2", Doc: "The native half of the bz2 module: incremental bzip2 compressor and\ndecompressor objects over libbzip2."},
		Globals: py.StringDict{
			"BZ2Compressor":   CompressorType,
			"BZ2Decompressor": DecompressorType,
		},
	})
}
