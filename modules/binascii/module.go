// Package binascii registers the Python modules "binascii" and "base64"
// for gpython, with CPython 3.6's API, behaviour and error messages.
//
// binascii is complete for 3.6: base64, uu, quoted-printable, hex, hqx
// (a2b_hqx, b2a_hqx, rlecode_hqx, rledecode_hqx), crc32, crc_hqx, Error and
// Incomplete. base64 (base64.go) provides every function of 3.6's module;
// encode and decode work on any objects with read/readline and write.
package binascii

import (
	"errors"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

const moduleDoc = "Conversion between binary data and ASCII"

// ErrorType is binascii.Error, a ValueError.
var ErrorType = pyutil.NewExceptionType("Error", "", py.ValueError)

// IncompleteType is binascii.Incomplete.
var IncompleteType = pyutil.NewExceptionType("Incomplete", "", py.ExceptionType)

// pyError turns a codec error into binascii.Error or binascii.Incomplete.
func pyError(err error) error {
	var ce *codecError
	if errors.As(err, &ce) {
		if ce.incomplete {
			return py.ExceptionNewf(IncompleteType, "%s", ce.msg)
		}
		return py.ExceptionNewf(ErrorType, "%s", ce.msg)
	}
	return err
}

type fn func(args py.Tuple, kwargs py.StringDict) (py.Object, error)

func method(name string, f fn, doc string) *py.Method {
	return py.MustNewMethod(name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		return f(args, kwargs)
	}, 0, doc)
}

// decoder makes a METH_O function over an ascii_buffer argument.
func decoder(name string, f func([]byte) ([]byte, error), doc string) *py.Method {
	return method(name, func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		o, err := onlyArg(name, args, kwargs)
		if err != nil {
			return nil, err
		}
		b, err := asciiBuffer(o)
		if err != nil {
			return nil, err
		}
		out, err := f(b)
		if err != nil {
			return nil, pyError(err)
		}
		return py.Bytes(out), nil
	}, doc)
}

// encoder makes a METH_O function over a bytes-like argument.
func encoder(name string, f func([]byte) ([]byte, error), doc string) *py.Method {
	return method(name, func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		o, err := onlyArg(name, args, kwargs)
		if err != nil {
			return nil, err
		}
		b, err := buffer(o)
		if err != nil {
			return nil, err
		}
		out, err := f(b)
		if err != nil {
			return nil, pyError(err)
		}
		return py.Bytes(out), nil
	}, doc)
}

func b2aBase64Func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := cArgs("b2a_base64", args, kwargs, []string{"data", "newline"}, 1, 1)
	if err != nil {
		return nil, err
	}
	b, err := buffer(a[0])
	if err != nil {
		return nil, err
	}
	newline := true
	if a[1] != nil {
		if newline, err = cIntFlag(a[1]); err != nil {
			return nil, err
		}
	}
	return py.Bytes(b2aBase64(b, newline)), nil
}

func a2bQPFunc(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := cArgs("a2b_qp", args, kwargs, []string{"data", "header"}, 1, 2)
	if err != nil {
		return nil, err
	}
	b, err := asciiBuffer(a[0])
	if err != nil {
		return nil, err
	}
	header := false
	if a[1] != nil {
		if header, err = cIntFlag(a[1]); err != nil {
			return nil, err
		}
	}
	return py.Bytes(a2bQP(b, header)), nil
}

func b2aQPFunc(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := cArgs("b2a_qp", args, kwargs, []string{"data", "quotetabs", "istext", "header"}, 1, 4)
	if err != nil {
		return nil, err
	}
	b, err := buffer(a[0])
	if err != nil {
		return nil, err
	}
	flags := []bool{false, true, false}
	for i := range flags {
		if a[i+1] != nil {
			if flags[i], err = cIntFlag(a[i+1]); err != nil {
				return nil, err
			}
		}
	}
	return py.Bytes(b2aQP(b, flags[0], flags[1], flags[2])), nil
}

func crc32Func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := posArgs("crc32", args, kwargs, 1, 2); err != nil {
		return nil, err
	}
	b, err := buffer(args[0])
	if err != nil {
		return nil, err
	}
	var crc uint32
	if len(args) == 2 {
		if crc, err = uint32Mask(args[1]); err != nil {
			return nil, err
		}
	}
	return py.Int(crc32Update(b, crc)), nil
}

func crcHQXFunc(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := posArgs("crc_hqx", args, kwargs, 2, 2); err != nil {
		return nil, err
	}
	b, err := buffer(args[0])
	if err != nil {
		return nil, err
	}
	crc, err := uint32Mask(args[1])
	if err != nil {
		return nil, err
	}
	return py.Int(crcHQX(b, crc)), nil
}

func a2bHQXFunc(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	o, err := onlyArg("a2b_hqx", args, kwargs)
	if err != nil {
		return nil, err
	}
	b, err := asciiBuffer(o)
	if err != nil {
		return nil, err
	}
	out, done, err := a2bHQX(b)
	if err != nil {
		return nil, pyError(err)
	}
	d := py.Int(0)
	if done {
		d = 1
	}
	return py.Tuple{py.Bytes(out), d}, nil
}

func ok(f func([]byte) []byte) func([]byte) ([]byte, error) {
	return func(b []byte) ([]byte, error) { return f(b), nil }
}

func init() {
	ErrorType.Dict["__module__"] = py.String("binascii")
	IncompleteType.Dict["__module__"] = py.String("binascii")
	hexDoc := `Hexadecimal representation of binary data.

The return value is a bytes object.  This function is also
available as "hexlify()".`
	unhexDoc := `Binary data of hexadecimal representation.

hexstr must contain an even number of hex digits (upper or lower case).
This function is also available as "unhexlify()".`
	methods := []*py.Method{
		decoder("a2b_uu", a2bUU, "Decode a line of uuencoded data."),
		encoder("b2a_uu", b2aUU, "Uuencode line of data."),
		decoder("a2b_base64", a2bBase64, "Decode a line of base64 data."),
		method("b2a_base64", b2aBase64Func, "Base64-code line of data."),
		method("a2b_hqx", a2bHQXFunc, "Decode .hqx coding."),
		encoder("b2a_hqx", ok(b2aHQX), "Encode .hqx data."),
		encoder("rlecode_hqx", ok(rlecodeHQX), "Binhex RLE-code binary data."),
		encoder("rledecode_hqx", rledecodeHQX, "Decode hexbin RLE-coded string."),
		method("crc_hqx", crcHQXFunc, "Compute CRC-CCITT incrementally."),
		method("crc32", crc32Func, "Compute CRC-32 incrementally."),
		encoder("b2a_hex", ok(hexlify), hexDoc),
		encoder("hexlify", ok(hexlify), hexDoc),
		decoder("a2b_hex", unhexlify, unhexDoc),
		decoder("unhexlify", unhexlify, unhexDoc),
		method("a2b_qp", a2bQPFunc, "Decode a string of qp-encoded data."),
		method("b2a_qp", b2aQPFunc, `Encode a string using quoted-printable encoding.

On encoding, when istext is set, newlines are not encoded, and white
space at end of lines is.  When istext is not set, \r and \n (CR/LF)
are both encoded.  When quotetabs is set, space and tabs are encoded.`),
	}
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "binascii", Doc: moduleDoc},
		Methods: methods,
		Globals: py.StringDict{
			"Error":      ErrorType,
			"Incomplete": IncompleteType,
		},
	})
}
