// Package zlib registers the Python module "zlib" for gpython: CPython
// 3.6's zlib over the system's libz, so that compressed bytes, checksums,
// error codes and messages are the ones CPython gives on the same machine.
//
// The module functions are in this file; the Compress and Decompress
// objects in objects.go; the cgo layer (the z_stream, its lifetime, one
// call of deflate or inflate) in stream.go.
package zlib

import (
	"math"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// Defaults and limits of CPython's module.
const (
	maxWbits      = 15
	defBufSize    = 16384
	defMemLevel   = 8
	deflated      = 8
	zDefaultLevel = -1
	zFinish       = 4
	zNoFlush      = 0
	zSyncFlush    = 2
)

// ErrorType is zlib.error.
var ErrorType = pyutil.NewExceptionType("error", "", py.ExceptionType)

// zlibError is CPython's zlib.error text: "Error <code> <while ...>" and
// zlib's message, or the generic text for the code when zlib gave none.
func zlibError(code int, zmsg, while string) error {
	if code == zVersionError {
		zmsg = "library version mismatch"
	}
	if zmsg == "" {
		switch code {
		case zBufError:
			zmsg = "incomplete or truncated stream"
		case zStreamError:
			zmsg = "inconsistent stream state"
		case zDataError:
			zmsg = "invalid input data"
		}
	}
	if zmsg == "" {
		return py.ExceptionNewf(ErrorType, "Error %d %s", code, while)
	}
	return py.ExceptionNewf(ErrorType, "Error %d %s: %.200s", code, while, zmsg)
}

// positional checks CPython 3.6's getargs rule for a function whose
// first n parameters are positional-only.
func positional(args py.Tuple, n int) error {
	if len(args) < n {
		return pyutil.TypeErrorf("Function takes at least %d positional arguments (%d given)", n, len(args))
	}
	return nil
}

// intArg converts an optional C int argument (format "i").
func intArg(o py.Object, def int) (int, error) {
	if o == nil {
		return def, nil
	}
	return pyarg.Int(o)
}

// sizeArg converts bufsize, max_length and flush's length as CPython
// 3.6's zlib does (its ssize_t_converter): through __int__, so that a
// float is truncated and an object with only __int__ is accepted.
func sizeArg(o py.Object) (int, error) {
	if f, ok := o.(py.Float); ok {
		switch v := float64(f); {
		case math.IsNaN(v):
			return 0, pyutil.ValueErrorf("cannot convert float NaN to integer")
		case math.IsInf(v, 0):
			return 0, py.ExceptionNewf(py.OverflowError, "cannot convert float infinity to integer")
		case v >= math.MaxInt64 || v <= math.MinInt64:
			return 0, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C ssize_t")
		}
		return int(f), nil
	}
	if pyarg.IntValue(o) != nil {
		return pyarg.SsizeT(o)
	}
	// __int__ only: __index__ alone does not do here
	var r py.Object
	if i, ok := o.(py.I__int__); ok {
		v, err := i.M__int__()
		if err != nil {
			return 0, err
		}
		r = v
	} else {
		v, found, err := pyutil.CallSpecial0(o, "__int__")
		if !found {
			return 0, pyutil.TypeErrorf("an integer is required (got type %s)", pyarg.TypeName(o))
		}
		if err != nil {
			return 0, err
		}
		r = v
	}
	if pyarg.IntValue(r) == nil {
		return 0, pyutil.TypeErrorf("__int__ returned non-int (type %s)", pyarg.TypeName(r))
	}
	return pyarg.SsizeT(r)
}

func compress(_ py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	if err := positional(args, 1); err != nil {
		return nil, err
	}
	a, err := pyarg.Parse36("compress", args, kwargs, []string{"", "level"}, 0, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	data, err := pyarg.BytesLike(a[0])
	if err != nil {
		return nil, err
	}
	level, err := intArg(a[1], zDefaultLevel)
	if err != nil {
		return nil, err
	}
	s, code, _ := newDeflate(level, deflated, maxWbits, defMemLevel, 0)
	switch code {
	case zOK:
	case zMemError:
		return nil, py.ExceptionNewf(py.MemoryError, "Out of memory while compressing data")
	case zStreamError:
		return nil, py.ExceptionNewf(ErrorType, "Bad compression level")
	default:
		return nil, zlibError(code, "", "while compressing data")
	}
	defer s.end()
	var out []byte
	gil.Unlocked(func() { out, code = s.deflateAll(data, zFinish) })
	if code != zStreamEnd {
		return nil, zlibError(code, s.msg(), "while compressing data")
	}
	return py.Bytes(out), nil
}

func decompress(_ py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	if err := positional(args, 1); err != nil {
		return nil, err
	}
	a, err := pyarg.Parse36("decompress", args, kwargs, []string{"", "wbits", "bufsize"}, 0, pyarg.Getargs36)
	if err != nil {
		return nil, err
	}
	data, err := pyarg.BytesLike(a[0])
	if err != nil {
		return nil, err
	}
	wbits, err := intArg(a[1], maxWbits)
	if err != nil {
		return nil, err
	}
	bufsize := defBufSize
	if a[2] != nil {
		if bufsize, err = sizeArg(a[2]); err != nil {
			return nil, err
		}
		if bufsize < 0 {
			return nil, pyutil.ValueErrorf("bufsize must be non-negative")
		}
		// the first output buffer is this large, as in CPython
		if err := pyutil.CheckAlloc(bufsize); err != nil {
			return nil, err
		}
	}
	s, code, msg := newInflate(wbits)
	switch code {
	case zOK:
	case zMemError:
		return nil, py.ExceptionNewf(py.MemoryError, "Out of memory while decompressing data")
	default:
		return nil, zlibError(code, msg, "while preparing to decompress data")
	}
	defer s.end()
	var out []byte
	gil.Unlocked(func() { out, code = s.inflateAll(data, max(bufsize, 1)) })
	if code != zStreamEnd {
		if code == zOK {
			// The input ran out before the end of the stream.
			code = zBufError
		}
		return nil, zlibError(code, s.msg(), "while decompressing data")
	}
	return py.Bytes(out), nil
}

// checksumFunc makes crc32 and adler32: (data[, value]) with value taken
// modulo 2**32, the result unsigned.
func checksumFunc(name string, adler bool, start uint32, doc string) *py.Method {
	return py.MustNewMethod(name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		if err := pyarg.NoKeywords(name, kwargs); err != nil {
			return nil, err
		}
		if err := pyarg.ArgCount36(name, args, 1, 2); err != nil {
			return nil, err
		}
		data, err := pyarg.BytesLike(args[0])
		if err != nil {
			return nil, err
		}
		value := start
		if len(args) == 2 {
			if _, isFloat := args[1].(py.Float); isFloat {
				return nil, pyutil.TypeErrorf("integer argument expected, got float")
			}
			if !pyarg.IsInteger(args[1]) {
				return nil, pyutil.TypeErrorf("an integer is required (got type %s)", pyarg.TypeName(args[1]))
			}
			v, err := pyarg.UnsignedLongMask(args[1])
			if err != nil {
				return nil, err
			}
			value = uint32(v)
		}
		var sum uint32
		if len(data) >= 1<<16 {
			gil.Unlocked(func() { sum = checksum(adler, value, data) })
		} else {
			sum = checksum(adler, value, data)
		}
		return py.Int(sum), nil
	}, 0, doc)
}

func init() {
	methods := []*py.Method{
		py.MustNewMethod("compress", compress, 0, `compress(data, level=-1) -> bytes

data deflated into a zlib stream; level runs from 0 (store) to 9 (smallest),
-1 picking the library default.`),
		py.MustNewMethod("decompress", decompress, 0, `decompress(data, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE) -> bytes

The bytes compressed in data. wbits selects the window size and the
framing (zlib, gzip, raw); bufsize is only the first output allocation.`),
		py.MustNewMethod("compressobj", compressobj, 0, `Return a compressor object.`),
		py.MustNewMethod("decompressobj", decompressobj, 0, `decompressobj(wbits=MAX_WBITS, zdict=b'') -> Decompress

A streaming decompressor for data in the framing wbits selects.`),
		checksumFunc("crc32", false, 0, `crc32(data, value=0) -> int

The unsigned CRC-32 of data, continuing from a previous result value.`),
		checksumFunc("adler32", true, 1, `adler32(data, value=1) -> int

The unsigned Adler-32 of data, continuing from a previous result value.`),
	}
	globals := py.StringDict{
		"error":                ErrorType,
		"__version__":          py.String("1.0"),
		"ZLIB_VERSION":         py.String(headerVersion),
		"ZLIB_RUNTIME_VERSION": py.String(runtimeVersion),
	}
	ErrorType.Dict["__module__"] = py.String("zlib")
	for name, v := range map[string]int{
		"MAX_WBITS": maxWbits, "DEFLATED": deflated, "DEF_MEM_LEVEL": defMemLevel, "DEF_BUF_SIZE": defBufSize,
		"Z_NO_COMPRESSION": 0, "Z_BEST_SPEED": 1, "Z_BEST_COMPRESSION": 9, "Z_DEFAULT_COMPRESSION": -1,
		"Z_FILTERED": 1, "Z_HUFFMAN_ONLY": 2, "Z_RLE": 3, "Z_FIXED": 4, "Z_DEFAULT_STRATEGY": 0,
		"Z_NO_FLUSH": 0, "Z_PARTIAL_FLUSH": 1, "Z_SYNC_FLUSH": 2, "Z_FULL_FLUSH": 3, "Z_FINISH": 4,
		"Z_BLOCK": 5, "Z_TREES": 6,
	} {
		globals[name] = py.Int(v)
	}
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "zlib", Doc: `Deflate compression through the zlib library.

compress() and decompress() work on whole buffers; compressobj() and
decompressobj() give objects that work on a stream piece by piece, with
compress()/decompress() and flush() methods. crc32() and adler32()
compute checksums. wbits arguments choose the window size and the framing
(zlib, gzip or raw deflate).`},
		Methods: methods,
		Globals: globals,
	})
}
