// Package lzma registers the Python module "_lzma" for gpython: CPython
// 3.6's LZMACompressor, LZMADecompressor, LZMAError, is_check_supported and
// the filter-property helpers over the system's liblzma, so that .xz,
// .lzma and raw streams are byte for byte the ones CPython writes.
// Lib/modules/lzma.py builds the public module (LZMAFile, open, compress,
// decompress) on top.
//
// The objects are in this file; filter chains in filters.go; the cgo
// layer in stream.go; errors in errors.go.
package lzma

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// CompressorType and DecompressorType are _lzma.LZMACompressor and
// _lzma.LZMADecompressor.
var (
	CompressorType   = py.NewTypeX("LZMACompressor", compressorDoc, compressorNew, nil)
	DecompressorType = py.NewTypeX("LZMADecompressor", decompressorDoc, decompressorNew, nil)
)

const compressorDoc = `LZMACompressor(format=FORMAT_XZ, check=-1, preset=None, filters=None)

An incremental compressor to one .xz (FORMAT_XZ), .lzma (FORMAT_ALONE) or
raw (FORMAT_RAW) stream. The settings come from preset (0-9, optionally
or'ed with PRESET_EXTREME) or from a chain of filter dicts; check picks the
integrity check of .xz streams.`

const decompressorDoc = `LZMADecompressor(format=FORMAT_AUTO, memlimit=None, filters=None)

An incremental decompressor of one stream. FORMAT_AUTO takes .xz and .lzma;
raw streams need their filter chain. After the end of the stream, eof is
true and unused_data holds the bytes that followed it.`

// Compressor is an LZMACompressor.
type Compressor struct {
	st      *stream
	flushed bool
}

// Type returns _lzma.LZMACompressor.
func (c *Compressor) Type() *py.Type { return CompressorType }

// M__repr__ is object's repr with the module's name.
func (c *Compressor) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<_lzma.LZMACompressor object at %p>", c)), nil
}

// Decompressor is an LZMADecompressor: buf holds input given but not yet
// consumed (a max_length stopped it).
type Decompressor struct {
	st         *stream
	check      int
	eof        bool
	needsInput bool
	unusedData []byte
	buf        []byte
}

// Type returns _lzma.LZMADecompressor.
func (d *Decompressor) Type() *py.Type { return DecompressorType }

// M__repr__ is object's repr with the module's name.
func (d *Decompressor) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<_lzma.LZMADecompressor object at %p>", d)), nil
}

// intOpt converts an optional int argument; None gives def too when
// noneOK.
func intOpt(o py.Object, def int, noneOK bool) (int, error) {
	if o == nil || (noneOK && o == py.None) {
		return def, nil
	}
	return pyarg.Int(o)
}

func compressorNew(_ *py.Type, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	a, err := pyarg.Parse36("LZMACompressor", args, kwargs, []string{"format", "check", "preset", "filters"}, 0, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	format, err := intOpt(a[0], formatXZ, false)
	if err != nil {
		return nil, err
	}
	check, err := intOpt(a[1], -1, false)
	if err != nil {
		return nil, err
	}
	hasPreset := pyarg.Given(a[2])
	hasFilters := pyarg.Given(a[3])
	if format != formatXZ && check != -1 && check != int(constants["CHECK_NONE"]) {
		return nil, pyutil.ValueErrorf("Integrity checks are only supported by FORMAT_XZ")
	}
	if hasPreset && hasFilters {
		return nil, pyutil.ValueErrorf("Cannot specify both preset and filter chain")
	}
	preset := presetDflt
	if hasPreset {
		p, err := unsignedArg(a[2], 32)
		if err != nil {
			return nil, err
		}
		preset = uint32(p)
	}
	var c *chain
	if hasFilters {
		if c, err = buildChain(a[3]); err != nil {
			return nil, err
		}
		defer c.free()
	}
	var st *stream
	var code int
	switch format {
	case formatXZ:
		if check == -1 {
			check = int(constants["CHECK_CRC64"])
		}
		if c != nil {
			st, code = newStream(xzEncoder(c, check))
		} else {
			st, code = newStream(xzEasyEncoder(preset, check))
		}
	case formatAlone:
		if c != nil && (c.count() != 1 || c.firstID() != idLZMA1) {
			return nil, pyutil.ValueErrorf("Invalid filter chain for FORMAT_ALONE - must be a single LZMA1 filter")
		}
		st, code = newStream(aloneEncoder(preset, c))
	case formatRaw:
		if c == nil {
			return nil, pyutil.ValueErrorf("Must specify filters for FORMAT_RAW")
		}
		st, code = newStream(rawEncoder(c))
	default:
		return nil, pyutil.ValueErrorf("Invalid container format: %d", format)
	}
	if err := lzmaError(code); err != nil {
		return nil, err
	}
	return &Compressor{st: st}, nil
}

func decompressorNew(_ *py.Type, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	a, err := pyarg.Parse36("LZMADecompressor", args, kwargs, []string{"format", "memlimit", "filters"}, 0, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	format, err := intOpt(a[0], formatAuto, false)
	if err != nil {
		return nil, err
	}
	hasLimit := pyarg.Given(a[1])
	hasFilters := pyarg.Given(a[2])
	memlimit := ^uint64(0)
	if hasLimit {
		if format == formatRaw {
			return nil, pyutil.ValueErrorf("Cannot specify memory limit with FORMAT_RAW")
		}
		n, err := unsignedArg(a[1], 64)
		if err != nil {
			return nil, err
		}
		memlimit = n
	}
	if format == formatRaw && !hasFilters {
		return nil, pyutil.ValueErrorf("Must specify filters for FORMAT_RAW")
	}
	if format != formatRaw && hasFilters {
		return nil, pyutil.ValueErrorf("Cannot specify filters except with FORMAT_RAW")
	}
	var st *stream
	var code int
	switch format {
	case formatAuto, formatXZ, formatAlone:
		st, code = newStream(containerDecoder(format, memlimit))
	case formatRaw:
		c, err := buildChain(a[2])
		if err != nil {
			return nil, err
		}
		defer c.free()
		st, code = newStream(rawDecoder(c))
	default:
		return nil, pyutil.ValueErrorf("Invalid container format: %d", format)
	}
	if err := lzmaError(code); err != nil {
		return nil, err
	}
	d := &Decompressor{st: st, needsInput: true, check: checkUnknown}
	if format == formatRaw {
		d.check = int(constants["CHECK_NONE"])
	}
	return d, nil
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
	code := lzOK
	flushed := false
	c.st.locked(func() {
		if flushed = c.flushed; !flushed {
			out, code = c.st.encode(data, actRun)
		}
	})
	if flushed {
		return nil, pyutil.ValueErrorf("Compressor has been flushed")
	}
	if err := lzmaError(code); err != nil {
		return nil, err
	}
	return py.Bytes(out), nil
}

func (c *Compressor) flush(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoArgs("flush", args, kwargs); err != nil {
		return nil, err
	}
	var out []byte
	code := lzOK
	already := false
	c.st.locked(func() {
		if already = c.flushed; already {
			return
		}
		c.flushed = true
		out, code = c.st.encode(nil, actFinish)
		if code == lzStreamEnd {
			code = lzOK
			c.st.end()
		}
	})
	if already {
		return nil, pyutil.ValueErrorf("Repeated call to flush()")
	}
	if err := lzmaError(code); err != nil {
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
	var r decoded
	atEOF := false
	d.st.locked(func() {
		if atEOF = d.eof; atEOF {
			return
		}
		r = d.st.decode(append(d.buf, data...), limit)
		if r.check >= 0 {
			d.check = r.check
		}
		switch {
		case r.code == lzStreamEnd:
			r.code = lzOK
			d.eof = true
			d.needsInput = false
			d.unusedData = append(d.unusedData, r.rest...)
			d.buf = nil
			d.st.end()
		case len(r.rest) == 0 && !r.full:
			d.needsInput = true
			d.buf = nil
		default:
			d.needsInput = false
			d.buf = append([]byte(nil), r.rest...)
		}
	})
	if atEOF {
		return nil, py.ExceptionNewf(py.EOFError, "Already at end of stream")
	}
	if err := lzmaError(r.code); err != nil {
		return nil, err
	}
	return py.Bytes(r.out), nil
}

func isCheckSupported(_ py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	a, err := pyarg.Parse36("is_check_supported", args, kwargs, []string{"check_id"}, 1, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	id, err := pyarg.Int(a[0])
	if err != nil {
		return nil, err
	}
	return py.NewBool(checkSupported(id)), nil
}

func encodeFilterProperties(_ py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	a, err := pyarg.Parse36("_encode_filter_properties", args, kwargs, []string{"filter"}, 1, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	c, ok := newChain()
	if !ok {
		return nil, py.ExceptionNewf(py.MemoryError, "")
	}
	defer c.free()
	if err := addFilter(c, 0, a[0]); err != nil {
		return nil, err
	}
	out, code := c.encodeProps()
	if err := lzmaError(code); err != nil {
		return nil, err
	}
	return py.Bytes(out), nil
}

func decodeFilterProperties(_ py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	a, err := pyarg.Parse36("_decode_filter_properties", args, kwargs, []string{"filter_id", "encoded_props"}, 2, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	idBig, err := pyarg.Index(a[0])
	if err != nil {
		return nil, err
	}
	if !idBig.IsUint64() {
		return nil, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C unsigned long")
	}
	props, err := pyarg.BytesLike(a[1])
	if err != nil {
		return nil, err
	}
	f, code := decodeProps(idBig.Uint64(), props)
	if err := lzmaError(code); err != nil {
		return nil, err
	}
	out := vm.NewDict(len(f.fields))
	for _, fl := range f.fields {
		out.SetStr(fl.name, uintObject(fl.value))
	}
	return out, nil
}

// getter makes a read-only attribute of LZMADecompressor, read under its lock.
func getter(f func(d *Decompressor) py.Object) *py.Property {
	return pyutil.ReadOnly("_lzma.LZMADecompressor", func(d *Decompressor) (res py.Object) {
		d.st.locked(func() { res = f(d) })
		return res
	})
}

func init() {
	CompressorType.Dict["__module__"] = py.String("_lzma")
	DecompressorType.Dict["__module__"] = py.String("_lzma")
	ErrorType.Dict["__module__"] = py.String("_lzma")
	CompressorType.Dict["compress"] = pyutil.Method(CompressorType, "compress", (*Compressor).compress,
		"compress(data) -> bytes\n\nHand data to the compressor; returns whatever compressed output is ready.")
	CompressorType.Dict["flush"] = pyutil.Method(CompressorType, "flush", (*Compressor).flush,
		"flush() -> bytes\n\nEnd the stream and return the rest of the compressed output; the\ncompressor cannot be used afterwards.")
	DecompressorType.Dict["decompress"] = pyutil.Method(DecompressorType, "decompress", (*Decompressor).decompress,
		"decompress(data, max_length=-1) -> bytes\n\nDecompress data, joined to any input left over from the previous call.\nWith max_length >= 0 at most that many bytes come back and the rest of\nthe input waits inside; needs_input then tells whether more is wanted.")
	DecompressorType.Dict["check"] = getter(func(d *Decompressor) py.Object { return py.Int(d.check) })
	DecompressorType.Dict["eof"] = getter(func(d *Decompressor) py.Object { return py.NewBool(d.eof) })
	DecompressorType.Dict["needs_input"] = getter(func(d *Decompressor) py.Object { return py.NewBool(d.needsInput) })
	DecompressorType.Dict["unused_data"] = getter(func(d *Decompressor) py.Object {
		return py.Bytes(append([]byte(nil), d.unusedData...))
	})
	globals := py.StringDict{
		"LZMACompressor":   CompressorType,
		"LZMADecompressor": DecompressorType,
		"LZMAError":        ErrorType,
	}
	for name, v := range constants {
		globals[name] = uintObject(v)
	}
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "_lzma", Doc: "The native half of the lzma module: incremental LZMA/XZ compressor and\ndecompressor objects over liblzma."},
		Methods: []*py.Method{
			py.MustNewMethod("is_check_supported", isCheckSupported, 0,
				"is_check_supported(check_id) -> bool\n\nWhether this liblzma can verify integrity checks of the given kind."),
			py.MustNewMethod("_encode_filter_properties", encodeFilterProperties, 0,
				"_encode_filter_properties(filter) -> bytes\n\nThe raw properties (as stored in .7z and .zip headers) of a filter dict."),
			py.MustNewMethod("_decode_filter_properties", decodeFilterProperties, 0,
				"_decode_filter_properties(filter_id, encoded_props) -> dict\n\nThe filter dict described by raw filter properties."),
		},
		Globals: globals,
	})
}
