package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of xdrlib (Lib/modules/xdrlib.py) against CPython 3.6.

const xdrlibPrelude = pytesting.ShowRepr + `import xdrlib
def err(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return type(e).__name__, str(e), repr(e)
def packed(*calls):
    p = xdrlib.Packer()
    for name, *args in calls:
        getattr(p, "pack_" + name)(*args)
    return p.get_buffer()
`

var xdrlibCases = []pytesting.Case{
	{"ints", `packed(("uint", 9), ("int", -2), ("enum", 3), ("bool", 0), ("bool", "x"))`},
	{"hypers", `packed(("uhyper", 2**64 - 1), ("hyper", -1), ("hyper", 2**40 + 5))`},
	{"floats", `packed(("float", 1.5), ("double", -0.1))`},
	{"strings", `packed(("fstring", 5, b"hello world"), ("string", b"abc"), ("opaque", b""), ("bytes", b"12345"), ("fopaque", 2, b"z"))`},
	{"lists", `packed(("list", [1, 2], xdrlib.Packer().pack_int), ("array", [7], xdrlib.Packer().pack_uint))`},
	{"roundtrip", `(lambda u: (u.unpack_uint(), u.unpack_int(), u.unpack_enum(), u.unpack_bool(), u.unpack_bool(), u.unpack_uhyper(), u.unpack_hyper(), u.unpack_hyper(), u.unpack_float(), u.unpack_double(), u.unpack_fstring(5), u.unpack_string(), u.unpack_opaque(), u.unpack_bytes(), u.get_position(), u.done()))(xdrlib.Unpacker(packed(("uint", 9), ("int", -2), ("enum", 3), ("bool", 0), ("bool", 1), ("uhyper", 2**64 - 1), ("hyper", -1), ("hyper", 2**40 + 5), ("float", 1.5), ("double", -0.1), ("fstring", 5, b"hello"), ("string", b"abc"), ("opaque", b""), ("bytes", b"12345"))))`},
	{"list roundtrip", `(lambda u: (u.unpack_list(u.unpack_int), u.unpack_array(u.unpack_uint), u.unpack_farray(2, u.unpack_int)))(xdrlib.Unpacker(packed(("list", [1, 2], lambda x: None), ("array", [7], lambda x: None)) + b""))`},
	{"list values", `(lambda p: (p.pack_list([4, 5], p.pack_int), p.pack_array([6], p.pack_int), p.pack_farray(1, [8], p.pack_int), (lambda u: (u.unpack_list(u.unpack_int), u.unpack_array(u.unpack_int), u.unpack_farray(1, u.unpack_int)))(xdrlib.Unpacker(p.get_buffer()))))(xdrlib.Packer())`},
	{"conversion errors", `[err(xdrlib.Packer().pack_uint, -1), err(xdrlib.Packer().pack_int, 2**31), err(xdrlib.Packer().pack_uhyper, -1), err(xdrlib.Packer().pack_uhyper, "x"), err(xdrlib.Packer().pack_float, "x"), err(xdrlib.Packer().pack_double, None)]`},
	{"size errors", `[err(xdrlib.Packer().pack_fstring, -1, b""), err(xdrlib.Packer().pack_farray, 2, [1], None), err(xdrlib.Unpacker(b"").unpack_fstring, -1)]`},
	{"eof", `[err(xdrlib.Unpacker(b"\0\0").unpack_uint), err(xdrlib.Unpacker(b"\0" * 7).unpack_double), err(xdrlib.Unpacker(b"\0\0\0\5ab").unpack_string), err(xdrlib.Unpacker(b"\0\0\0\1").unpack_list, lambda: 0)]`},
	{"list flag", `err(xdrlib.Unpacker(b"\0\0\0\2").unpack_list, None)`},
	{"done", `(err(xdrlib.Unpacker(b"\0\0\0\0").done), (lambda u: (u.set_position(4), u.done(), u.get_buffer()))(xdrlib.Unpacker(b"abcd")))`},
	{"reset", `(lambda p: (p.pack_int(1), p.reset(), p.pack_int(2), p.get_buf()))(xdrlib.Packer())`},
	{"unpacker reset", `(lambda u: (u.unpack_int(), u.reset(b"\0\0\0\7"), u.unpack_int()))(xdrlib.Unpacker(b"\0\0\0\1"))`},
	{"error object", `(lambda e: (e.msg, str(e), repr(e), e.args, issubclass(xdrlib.ConversionError, xdrlib.Error), xdrlib.ConversionError.__name__))(xdrlib.Error("m"))`},
	{"all", `xdrlib.__all__`},
}

func TestXdrlibDifferential(t *testing.T) {
	pytesting.DiffCases(t, "xdrlib", xdrlibPrelude, xdrlibCases)
}
