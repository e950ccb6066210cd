package codecs

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/modules/host"
)

// The _codecs functions of the codecs added to the interpreter's core
// ones: UTF-32, the escape codecs, the single-byte tables (through
// _go_encode and _go_decode, by CPython codec name) and charmap coding
// with a mapping of the caller's.

// utf32Encoder makes utf_32_encode (byteorder argument, BOM when 0),
// utf_32_le_encode (order -1) and utf_32_be_encode (order 1).
func utf32Encoder(fn string, fixed int) *py.Method {
	names := []string{"str", "errors"}
	if fixed == 0 {
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
		order := fixed
		if fixed == 0 && a[2] != nil {
			if order, err = pyarg.Int(a[2]); err != nil {
				return nil, err
			}
			order = max(-1, min(order, 1))
		}
		out, err := host.EncodeUTF32(s, errors, order)
		if err != nil {
			return nil, err
		}
		return py.Tuple{py.Bytes(out), py.Int(charCount(s))}, nil
	}, 0, fn+"(str, errors=None) -> (bytes, length consumed)")
}

// utf32Decoder makes utf_32_decode (BOM read), utf_32_le_decode,
// utf_32_be_decode and, with ex, utf_32_ex_decode (byteorder in and out).
func utf32Decoder(fn string, fixed int, ex bool) *py.Method {
	names := []string{"data", "errors", "final"}
	if ex {
		names = []string{"data", "errors", "byteorder", "final"}
	}
	return py.MustNewMethod(fn, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, data, errors, err := decodeArgs(fn, names, args, kwargs)
		if err != nil {
			return nil, err
		}
		order, finalArg := fixed, a[2]
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
		s, n, order, err := host.DecodeUTF32(data, errors, max(-1, min(order, 1)), final)
		if err != nil {
			return nil, err
		}
		if ex {
			return py.Tuple{py.String(s), py.Int(n), py.Int(order)}, nil
		}
		return py.Tuple{py.String(s), py.Int(n)}, nil
	}, 0, fn+"(data, errors=None, final=False) -> (str, bytes consumed)")
}

// escapeEncoder makes unicode_escape_encode and raw_unicode_escape_encode.
func escapeEncoder(fn string, enc func(string) []byte) *py.Method {
	return py.MustNewMethod(fn, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := pyarg.Parse(fn, args, kwargs, []string{"str", "errors"}, 1, 2)
		if err != nil {
			return nil, err
		}
		s, err := strArg(fn, 1, a[0])
		if err != nil {
			return nil, err
		}
		if _, err := errorsArg(fn, 2, a[1]); err != nil {
			return nil, err
		}
		return py.Tuple{py.Bytes(enc(s)), py.Int(charCount(s))}, nil
	}, 0, fn+"(str, errors=None) -> (bytes, length consumed)")
}

// textDecoder makes a decoder of a Go codec (by CPython name) that takes
// (data, errors=None[, final=False]); a str argument is taken as its
// UTF-8 bytes, as CPython's escape decoders take it.
func textDecoder(fn, canon string, withFinal, strOK bool) *py.Method {
	names := []string{"data", "errors"}
	if withFinal {
		names = append(names, "final")
	}
	return py.MustNewMethod(fn, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if strOK && len(args) > 0 {
			if s, ok := args[0].(py.String); ok {
				args = append(py.Tuple{py.Bytes(s)}, args[1:]...)
			}
		}
		a, data, errors, err := decodeArgs(fn, names, args, kwargs)
		if err != nil {
			return nil, err
		}
		final := true
		if withFinal {
			if final, err = pyarg.Bool(a[2]); err != nil {
				return nil, err
			}
		}
		s, n, err := host.DecodeWith(canon, data, errors, final)
		if err != nil {
			return nil, err
		}
		return py.Tuple{py.String(s), py.Int(n)}, nil
	}, 0, fn+"(data, errors=None) -> (str, bytes consumed)")
}

// textEncoder makes fn(str, errors=None) for a Go codec by CPython name.
func textEncoder(fn, canon string) *py.Method {
	return py.MustNewMethod(fn, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		a, err := pyarg.Parse(fn, args, kwargs, []string{"str", "errors"}, 1, 2)
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
		out, err := host.EncodeWith(canon, s, errors)
		if err != nil {
			return nil, err
		}
		return py.Tuple{py.Bytes(out), py.Int(charCount(s))}, nil
	}, 0, fn+"(str, errors=None) -> (bytes, length consumed)")
}

// goEncode is _go_encode(codec, str, errors): a Go codec's encoder by
// CPython name.
func goEncode(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 3 {
		return nil, py.ExceptionNewf(py.TypeError, "_go_encode() takes exactly 3 arguments (%d given)", len(args))
	}
	canon, err := strArg("_go_encode", 1, args[0])
	if err != nil {
		return nil, err
	}
	s, err := strArg("encode", 1, args[1])
	if err != nil {
		return nil, err
	}
	errors, err := errorsArg("encode", 2, args[2])
	if err != nil {
		return nil, err
	}
	out, err := host.EncodeWith(canon, s, errors)
	if err != nil {
		return nil, err
	}
	return py.Tuple{py.Bytes(out), py.Int(charCount(s))}, nil
}

// goDecode is _go_decode(codec, data, errors, final).
func goDecode(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 4 {
		return nil, py.ExceptionNewf(py.TypeError, "_go_decode() takes exactly 4 arguments (%d given)", len(args))
	}
	canon, err := strArg("_go_decode", 1, args[0])
	if err != nil {
		return nil, err
	}
	data, err := pyarg.BytesLike(args[1])
	if err != nil {
		return nil, err
	}
	errors, err := errorsArg("decode", 2, args[2])
	if err != nil {
		return nil, err
	}
	final, err := pyarg.Bool(args[3])
	if err != nil {
		return nil, err
	}
	s, n, err := host.DecodeWith(canon, append([]byte(nil), data...), errors, final)
	if err != nil {
		return nil, err
	}
	return py.Tuple{py.String(s), py.Int(n)}, nil
}

// canonicalName is _canonical(name): the CPython name of a Go codec, or
// None.
func canonicalName(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "_canonical() takes exactly one argument (%d given)", len(args))
	}
	name, err := strArg("_canonical", 1, args[0])
	if err != nil {
		return nil, err
	}
	if c := host.CanonicalCodec(name); c != "" {
		return py.String(c), nil
	}
	return py.None, nil
}

// nameTable is _names(): the Go codecs' encoding names as a tuple of
// (normalised name, codec name) pairs, for encodings.aliases.
func nameTable(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 0 {
		return nil, py.ExceptionNewf(py.TypeError, "_names() takes no arguments (%d given)", len(args))
	}
	rows := host.CodecNameTable()
	out := make(py.Tuple, len(rows))
	for i, r := range rows {
		out[i] = py.Tuple{py.String(r[0]), py.String(r[1])}
	}
	return out, nil
}

// moreMethods are the functions this file adds to _codecs.
func moreMethods() []*py.Method {
	methods := []*py.Method{
		utf32Encoder("utf_32_encode", 0),
		utf32Encoder("utf_32_le_encode", -1),
		utf32Encoder("utf_32_be_encode", 1),
		utf32Decoder("utf_32_decode", 0, false),
		utf32Decoder("utf_32_le_decode", -1, false),
		utf32Decoder("utf_32_be_decode", 1, false),
		utf32Decoder("utf_32_ex_decode", 0, true),
		escapeEncoder("unicode_escape_encode", host.EncodeUnicodeEscape),
		escapeEncoder("raw_unicode_escape_encode", host.EncodeRawUnicodeEscape),
		textEncoder("utf_7_encode", "utf-7"),
		textDecoder("utf_7_decode", "utf-7", true, false),
		textDecoder("unicode_escape_decode", "unicode-escape", false, true),
		textDecoder("raw_unicode_escape_decode", "raw-unicode-escape", false, true),
		py.MustNewMethod("escape_encode", codecs_escape_encode, 0, "escape_encode(data, errors=None) -> (bytes, length consumed)"),
		py.MustNewMethod("escape_decode", codecs_escape_decode, 0, "escape_decode(data, errors=None) -> (bytes, length consumed)"),
		py.MustNewMethod("readbuffer_encode", codecs_readbuffer_encode, 0, "readbuffer_encode(data, errors=None) -> (bytes, length consumed)"),
		py.MustNewMethod("_go_encode", goEncode, 0, "_go_encode(codec, str, errors) -> (bytes, length consumed)"),
		py.MustNewMethod("_go_decode", goDecode, 0, "_go_decode(codec, data, errors, final) -> (str, bytes consumed)"),
		py.MustNewMethod("_canonical", canonicalName, 0, "_canonical(name) -> the CPython name of a Go codec, or None."),
		py.MustNewMethod("_names", nameTable, 0, "_names() -> ((normalised name, codec name), ...) of the Go codecs."),
		py.MustNewMethod("register", register, 0, "register(search_function): add a codec search function."),
		py.MustNewMethod("lookup", lookup, 0, "lookup(encoding) -> CodecInfo: the codec registered for encoding."),
	}
	methods = append(methods, idnaPartMethods()...)
	return append(methods, charmapMethods()...)
}

// idnaPartMethods are the incremental idna coders' steps:
// _idna_encode_part(str, errors, final) -> (bytes, characters used) and
// _idna_decode_part(data, errors, final) -> (str, bytes used).
func idnaPartMethods() []*py.Method {
	enc := py.MustNewMethod("_idna_encode_part", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 3 {
			return nil, py.ExceptionNewf(py.TypeError, "_idna_encode_part() takes exactly 3 arguments (%d given)", len(args))
		}
		s, err := strArg("encode", 1, args[0])
		if err != nil {
			return nil, err
		}
		errors, err := errorsArg("encode", 2, args[1])
		if err != nil {
			return nil, err
		}
		final, err := pyarg.Bool(args[2])
		if err != nil {
			return nil, err
		}
		out, n, err := IDNAEncodePart(s, errors, final)
		if err != nil {
			return nil, err
		}
		return py.Tuple{py.Bytes(out), py.Int(n)}, nil
	}, 0, "_idna_encode_part(str, errors, final) -> (bytes, characters used)")
	dec := py.MustNewMethod("_idna_decode_part", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 3 {
			return nil, py.ExceptionNewf(py.TypeError, "_idna_decode_part() takes exactly 3 arguments (%d given)", len(args))
		}
		data, err := pyarg.BytesLike(args[0])
		if err != nil {
			return nil, err
		}
		errors, err := errorsArg("decode", 2, args[1])
		if err != nil {
			return nil, err
		}
		final, err := pyarg.Bool(args[2])
		if err != nil {
			return nil, err
		}
		s, n, err := IDNADecodePart(append([]byte(nil), data...), errors, final)
		if err != nil {
			return nil, err
		}
		return py.Tuple{py.String(s), py.Int(n)}, nil
	}, 0, "_idna_decode_part(data, errors, final) -> (str, bytes used)")
	prep := py.MustNewMethod("_idna_nameprep", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "nameprep() takes exactly one argument (%d given)", len(args))
		}
		s, err := strArg("nameprep", 1, args[0])
		if err != nil {
			return nil, err
		}
		out, err := nameprep(s)
		return py.String(out), err
	}, 0, "_idna_nameprep(label) -> the label prepared by RFC 3491")
	toA := py.MustNewMethod("_idna_to_ascii", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "ToASCII() takes exactly one argument (%d given)", len(args))
		}
		s, err := strArg("ToASCII", 1, args[0])
		if err != nil {
			return nil, err
		}
		out, err := toASCII(s)
		return py.Bytes(out), err
	}, 0, "_idna_to_ascii(label) -> RFC 3490 ToASCII of one label, as bytes")
	toU := py.MustNewMethod("_idna_to_unicode", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 1 {
			return nil, py.ExceptionNewf(py.TypeError, "ToUnicode() takes exactly one argument (%d given)", len(args))
		}
		var label []byte
		if s, ok := args[0].(py.String); ok {
			str := string(s)
			if !pyutil.IsASCII(str) {
				prepped, err := nameprep(str)
				if err != nil {
					return nil, err
				}
				if !pyutil.IsASCII(prepped) {
					return nil, idnaError("Invalid character in IDN label")
				}
				str = prepped
			}
			label = []byte(str)
		} else {
			b, err := pyarg.BytesLike(args[0])
			if err != nil {
				return nil, err
			}
			label = append([]byte(nil), b...)
		}
		out, err := toUnicode(label)
		return py.String(out), err
	}, 0, "_idna_to_unicode(label) -> RFC 3490 ToUnicode of one label")
	return []*py.Method{enc, dec, prep, toA, toU}
}
