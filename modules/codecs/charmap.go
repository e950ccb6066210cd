package codecs

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/modules/host"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// codecs.charmap_decode, charmap_encode and charmap_build: single-byte
// coding through a mapping the caller gives (a str indexed by byte, or
// any mapping; None means latin-1). charmap_build answers a dict from
// character to byte (CPython answers an EncodingMap object that behaves
// the same in charmap_encode).

// isLookupError reports whether err is a LookupError (KeyError,
// IndexError included): a mapping's way of saying "undefined".
func isLookupError(err error) bool {
	e, ok := err.(*py.Exception)
	if !ok {
		if info, ok2 := err.(py.ExceptionInfo); ok2 {
			e, ok = info.Value.(*py.Exception)
		}
	}
	return ok && e.Base.IsSubtype(py.LookupError)
}

// decodeLook makes charmap_decode's per-byte lookup through mapping.
func decodeLook(mapping py.Object) func(x byte) (string, bool, error) {
	if table, ok := mapping.(py.String); ok {
		runes := []rune(string(table))
		return func(x byte) (string, bool, error) {
			if int(x) >= len(runes) || runes[x] == 0xFFFE {
				return "", false, nil
			}
			return string(runes[x]), true, nil
		}
	}
	return func(x byte) (string, bool, error) {
		v, err := vm.GetItem(mapping, py.Int(x))
		if err != nil {
			if isLookupError(err) {
				return "", false, nil
			}
			return "", false, err
		}
		switch t := v.(type) {
		case py.String:
			if t == "\ufffe" {
				return "", false, nil
			}
			return string(t), true, nil
		case py.Int:
			if t < 0 || t > 0x10FFFF {
				return "", false, pyutil.TypeErrorf("character mapping must be in range(0x110000)")
			}
			if t == 0xFFFE {
				return "", false, nil
			}
			return string(rune(t)), true, nil
		}
		if v == py.None {
			return "", false, nil
		}
		return "", false, pyutil.TypeErrorf("character mapping must return integer, None or str")
	}
}

func charmapDecode(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, data, errors, err := decodeArgs("charmap_decode", []string{"data", "errors", "mapping"}, args, kwargs)
	if err != nil {
		return nil, err
	}
	if !pyarg.Given(a[2]) {
		s, _, err := host.DecodeText(data, "latin-1", errors, true)
		if err != nil {
			return nil, err
		}
		return py.Tuple{py.String(s), py.Int(len(data))}, nil
	}
	s, err := host.DecodeMapped(data, errors, decodeLook(a[2]))
	if err != nil {
		return nil, err
	}
	return py.Tuple{py.String(s), py.Int(len(data))}, nil
}

func charmapEncode(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := pyarg.Parse("charmap_encode", args, kwargs, []string{"str", "errors", "mapping"}, 1, 3)
	if err != nil {
		return nil, err
	}
	s, err := strArg("charmap_encode", 1, a[0])
	if err != nil {
		return nil, err
	}
	errors, err := errorsArg("charmap_encode", 2, a[1])
	if err != nil {
		return nil, err
	}
	var out []byte
	if !pyarg.Given(a[2]) {
		out, err = host.EncodeText(s, "latin-1", errors)
	} else {
		mapping := a[2]
		out, err = host.EncodeMapped(s, errors, func(r rune) ([]byte, bool, error) {
			v, err := vm.GetItem(mapping, py.Int(r))
			if err != nil {
				if isLookupError(err) {
					return nil, false, nil
				}
				return nil, false, err
			}
			switch t := v.(type) {
			case py.Int:
				if t < 0 || t > 255 {
					return nil, false, pyutil.TypeErrorf("character mapping must be in range(256)")
				}
				return []byte{byte(t)}, true, nil
			case py.Bytes:
				return []byte(t), true, nil
			}
			if v == py.None {
				return nil, false, nil
			}
			return nil, false, pyutil.TypeErrorf("character mapping must return integer, bytes or None, not %s", pyutil.TypeName(v))
		})
	}
	if err != nil {
		return nil, err
	}
	return py.Tuple{py.Bytes(out), py.Int(charCount(s))}, nil
}

func charmapBuild(self py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, pyutil.TypeErrorf("charmap_build() takes exactly one argument (%d given)", len(args))
	}
	s, err := strArg("charmap_build", 1, args[0])
	if err != nil {
		return nil, err
	}
	out := vm.NewDict(256)
	for i, r := range []rune(s) {
		if i > 255 {
			break
		}
		if _, has, _ := out.GetItem(py.Int(r)); !has {
			if err := out.SetItem(py.Int(r), py.Int(i)); err != nil {
				return nil, err
			}
		}
	}
	return out, nil
}

func charmapMethods() []*py.Method {
	return []*py.Method{
		py.MustNewMethod("charmap_decode", charmapDecode, 0, "charmap_decode(data, errors=None, mapping=None) -> (str, bytes consumed)"),
		py.MustNewMethod("charmap_encode", charmapEncode, 0, "charmap_encode(str, errors=None, mapping=None) -> (bytes, length consumed)"),
		py.MustNewMethod("charmap_build", charmapBuild, 0, "charmap_build(decoding_table) -> the encoding map of a 256-character decoding table"),
	}
}
