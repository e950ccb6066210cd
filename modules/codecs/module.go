// Package codecs registers "_codecs", the native half of the codecs module
// (Lib/modules/codecs.py): the codec registry (register and lookup, which
// str.encode, bytes.decode and open() consult for names the interpreter
// does not know, registry.go), the error-handler registry of modules/host
// (register_error, lookup_error and the built-in handlers' functions),
// and the coder functions of the Go codecs: utf-8, ascii, latin-1,
// utf-16*, utf-32* and utf-7 (module.go, more.go), the escape codecs,
// the single-byte tables by CPython name (_go_encode, _go_decode),
// charmap coding with a caller's mapping (charmap.go) and idna with
// nameprep (idna.go). The Python layer wraps them into CodecInfo
// objects, incremental coders and streams.
//
// Encoders return (bytes, characters consumed) and decoders (str, bytes
// consumed); a decoder called with final false leaves a character cut at
// the end of its input undecoded, which is what incremental decoding
// needs.
package codecs

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/modules/host"
)

const moduleDoc = "Native support for the codecs module: the interpreter's codecs and the error-handler registry."

// errorsArg reads an optional errors argument (None means strict).
func errorsArg(fn string, pos int, o py.Object) (string, error) {
	if !pyarg.Given(o) {
		return "strict", nil
	}
	s, ok := o.(py.String)
	if !ok {
		return "", pyutil.TypeErrorf("%s() argument %d must be str or None, not %s", fn, pos, pyutil.TypeName(o))
	}
	return string(s), nil
}

// strArg reads a required str argument.
func strArg(fn string, pos int, o py.Object) (string, error) {
	s, ok := o.(py.String)
	if !ok {
		return "", pyutil.TypeErrorf("%s() argument %d must be str, not %s", fn, pos, pyutil.TypeName(o))
	}
	return string(s), nil
}

// charCount is the number of characters of a str (lone surrogates count
// one each).
func charCount(s string) int {
	n := 0
	for i := 0; i < len(s); {
		_, w := host.DecodeWTF8(s[i:])
		i += w
		n++
	}
	return n
}

// encoder makes fn(str, errors=None[, byteorder=0]) for an interpreter
// codec; utf-16 takes the byte order (0 native with a BOM, -1 little, 1
// big).
func encoder(fn, codecName string, withOrder bool) *py.Method {
	names := []string{"str", "errors"}
	if withOrder {
		names = append(names, "byteorder")
	}
	return py.MustNewMethod(fn, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := pyarg.Parse(fn, args, kwargs, names, 1, len(names))
		if err != nil {
			return nil, err
		}
		s, err := strArg(fn, 1, a[0])
		if err != nil {
			return nil, err
		}
		errors, err := errorsArg(fn, 2, a[1])
		if err != nil {
			return nil, err
		}
		var out []byte
		order := 0
		if withOrder && a[2] != nil {
			if order, err = pyarg.Int(a[2]); err != nil {
				return nil, err
			}
		}
		switch {
		case withOrder && order != 0:
			out, err = host.EncodeUTF16(s, errors, order > 0)
		default:
			out, err = host.EncodeText(s, codecName, errors)
		}
		if err != nil {
			return nil, err
		}
		return py.Tuple{py.Bytes(out), py.Int(charCount(s))}, nil
	}, 0, fn+"(str, errors=None) -> (bytes, length consumed)")
}

// decodeArgs parses a decoder's arguments: the slots named names, the
// data (a copy of a bytes-like object) and the errors argument.
func decodeArgs(fn string, names []string, args py.Tuple, kwargs py.StringDict) ([]py.Object, []byte, string, error) {
	a, err := pyarg.Parse(fn, args, kwargs, names, 1, len(names))
	if err != nil {
		return nil, nil, "", err
	}
	data, err := pyarg.BytesLike(a[0])
	if err != nil {
		return nil, nil, "", err
	}
	errors, err := errorsArg(fn, 2, a[1])
	if err != nil {
		return nil, nil, "", err
	}
	return a, append([]byte(nil), data...), errors, nil
}

// decoder makes fn(data, errors=None[, final=False]) for an interpreter
// codec other than utf-16.
func decoder(fn, codecName string, withFinal bool) *py.Method {
	names := []string{"data", "errors"}
	if withFinal {
		names = append(names, "final")
	}
	return py.MustNewMethod(fn, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, data, errors, err := decodeArgs(fn, names, args, kwargs)
		if err != nil {
			return nil, err
		}
		final := !withFinal
		if withFinal {
			if final, err = pyarg.Bool(a[2]); err != nil {
				return nil, err
			}
		}
		s, n, err := host.DecodeText(data, codecName, errors, final)
		if err != nil {
			return nil, err
		}
		return py.Tuple{py.String(s), py.Int(n)}, nil
	}, 0, fn+"(data, errors=None, final=False) -> (str, bytes consumed)")
}

// utf16Decoder makes utf_16_decode and utf_16_ex_decode: both read a BOM
// (ex takes and returns the byte order as well).
func utf16Decoder(fn string, ex bool) *py.Method {
	names := []string{"data", "errors", "final"}
	if ex {
		names = []string{"data", "errors", "byteorder", "final"}
	}
	return py.MustNewMethod(fn, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, data, errors, err := decodeArgs(fn, names, args, kwargs)
		if err != nil {
			return nil, err
		}
		order, finalArg := 0, a[2]
		if ex {
			if a[2] != nil {
				if order, err = pyarg.Int(a[2]); err != nil {
					return nil, err
				}
			}
			finalArg = a[3]
		}
		final, err := pyarg.Bool(finalArg)
		if err != nil {
			return nil, err
		}
		s, n, order, err := host.DecodeUTF16(data, errors, max(-1, min(order, 1)), final)
		if err != nil {
			return nil, err
		}
		if ex {
			return py.Tuple{py.String(s), py.Int(n), py.Int(order)}, nil
		}
		return py.Tuple{py.String(s), py.Int(n)}, nil
	}, 0, fn+"(data, errors=None, final=False) -> (str, bytes consumed)")
}

func registerError(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, pyutil.TypeErrorf("register_error() takes exactly 2 arguments (%d given)", len(args))
	}
	name, err := strArg("register_error", 1, args[0])
	if err != nil {
		return nil, err
	}
	return py.None, host.RegisterErrorHandler(name, args[1])
}

func lookupError(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, pyutil.TypeErrorf("lookup_error() takes exactly one argument (%d given)", len(args))
	}
	name, ok := args[0].(py.String)
	if !ok {
		return nil, pyutil.TypeErrorf("lookup_error() argument must be str, not %s", pyutil.TypeName(args[0]))
	}
	return host.LookupErrorHandler(string(name))
}

func init() {
	methods := []*py.Method{
		py.MustNewMethod("register_error", registerError, 0, "register_error(errors, handler): make handler the error handler called errors."),
		py.MustNewMethod("lookup_error", lookupError, 0, "lookup_error(errors) -> handler: the error handler called errors."),
		encoder("utf_8_encode", "utf-8", false),
		encoder("ascii_encode", "ascii", false),
		encoder("latin_1_encode", "latin-1", false),
		encoder("utf_16_encode", "utf-16", true),
		encoder("utf_16_le_encode", "utf-16-le", false),
		encoder("utf_16_be_encode", "utf-16-be", false),
		decoder("utf_8_decode", "utf-8", true),
		decoder("ascii_decode", "ascii", false),
		decoder("latin_1_decode", "latin-1", false),
		decoder("utf_16_le_decode", "utf-16-le", true),
		decoder("utf_16_be_decode", "utf-16-be", true),
		utf16Decoder("utf_16_decode", false),
		utf16Decoder("utf_16_ex_decode", true),
	}
	methods = append(methods, moreMethods()...)
	globals := py.StringDict{}
	for name, fn := range host.BuiltinErrorHandlers() {
		globals[name] = fn
	}
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "_codecs", Doc: moduleDoc},
		Methods: methods,
		Globals: globals,
	})
}
