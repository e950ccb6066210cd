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

const moduleDoc = "Encodings of binary data as ASCII text (hex, base64, uu, quoted-printable, binhex) and CRC checksums."

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
	hexDoc := `b2a_hex(data) -> bytes

Two lowercase hex digits for each byte of data; hexlify is the same function.`
	unhexDoc := `a2b_hex(hexstr) -> bytes

The bytes written as pairs of hex digits (either case) in hexstr; an odd
count of digits is an error. unhexlify is the same function.`
	methods := []*py.Method{
		decoder("a2b_uu", a2bUU, "a2b_uu(data) -> bytes\n\nThe bytes one uuencoded line stands for."),
		encoder("b2a_uu", b2aUU, "b2a_uu(data) -> bytes\n\nOne uuencoded line (with its newline) for at most 45 bytes."),
		decoder("a2b_base64", a2bBase64, "a2b_base64(data) -> bytes\n\nThe bytes a line of base64 text stands for."),
		method("b2a_base64", b2aBase64Func, "b2a_base64(data, *, newline=True) -> bytes\n\ndata in base64, ending in a newline unless newline is false."),
		method("a2b_hqx", a2bHQXFunc, "Decode .hqx coding."),
		encoder("b2a_hqx", ok(b2aHQX), "Encode .hqx data."),
		encoder("rlecode_hqx", ok(rlecodeHQX), "rlecode_hqx(data) -> bytes\n\ndata with runs compressed in the binhex 4 run-length scheme."),
		encoder("rledecode_hqx", rledecodeHQX, "rledecode_hqx(data) -> bytes\n\nThe bytes binhex 4 run-length data expands to."),
		method("crc_hqx", crcHQXFunc, "crc_hqx(data, value) -> int\n\nThe 16-bit binhex CRC of data, continuing from value."),
		method("crc32", crc32Func, "crc32(data, value=0) -> int\n\nThe unsigned CRC-32 of data, continuing from value."),
		encoder("b2a_hex", ok(hexlify), hexDoc),
		encoder("hexlify", ok(hexlify), hexDoc),
		decoder("a2b_hex", unhexlify, unhexDoc),
		decoder("unhexlify", unhexlify, unhexDoc),
		method("a2b_qp", a2bQPFunc, "a2b_qp(data, header=False) -> bytes\n\nThe bytes quoted-printable text stands for; with header, '_' means space."),
		method("b2a_qp", b2aQPFunc, `b2a_qp(data, quotetabs=False, istext=True, header=False) -> bytes

data in quoted-printable form. quotetabs escapes every space and tab;
istext leaves line endings as they are (otherwise CR and LF are escaped);
header writes spaces as '_'.`),
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
