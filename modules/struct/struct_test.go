package pystruct_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	_ "github.com/gpython-ssl/gpython-ssl/modules/host" // bytearray, bytes and repr completion
	_ "github.com/gpython-ssl/gpython-ssl/modules/struct"
	_ "github.com/gpython-ssl/gpython-ssl/vm" // the evaluation loop (classes with __index__)
)

// prelude runs under gpython and CPython 3.6 alike: _show prints, per
// case, the repr of the result or the exception's class and message.
const prelude = `
import struct

` + pytesting.ShowRepr + `
class Idx:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n

class BadIdx:
    def __index__(self):
        return "x"

class Flt:
    def __float__(self):
        return 2.5

class BadBool:
    def __bool__(self):
        raise ValueError("no")

class Truthy:
    def __bool__(self):
        return False

def _into(fmt, size, offset, *args):
    b = bytearray(b"\xaa" * size)
    struct.pack_into(fmt, b, offset, *args)
    return b

def _catch():
    try:
        struct.pack("z")
    except Exception as e:
        return type(e) is struct.error, isinstance(e, struct.error), e.args

def _iter(fmt, data):
    it = struct.iter_unpack(fmt, data)
    hint = it.__length_hint__()
    return hint, list(it), it.__length_hint__()
`

var diffCases = []pytesting.Case{
	// calcsize: native sizes and alignment, standard sizes, whitespace.
	{"calcsize native all", `[struct.calcsize(c) for c in "xcbB?hHiIlLqQnNefdspP"]`},
	{"calcsize standard all", `[struct.calcsize("<" + c) for c in "xcbB?hHiIlLqQefdsp"]`},
	{"calcsize ci", `struct.calcsize("ci")`},
	{"calcsize c0i", `struct.calcsize("c0i")`},
	{"calcsize cq", `struct.calcsize("cq")`},
	{"calcsize =cq", `struct.calcsize("=cq")`},
	{"calcsize ce", `struct.calcsize("ce")`},
	{"calcsize cP", `struct.calcsize("cP")`},
	{"calcsize llh0l", `struct.calcsize("llh0l")`},
	{"calcsize pads strings", `struct.calcsize("3x2s2p")`},
	{"calcsize 0s", `struct.calcsize("0s")`},
	{"calcsize whitespace", `struct.calcsize("\ti \n h\r")`},
	{"calcsize space after order", `struct.calcsize("< i")`},
	{"calcsize empty", `struct.calcsize("")`},
	{"calcsize bytes", `struct.calcsize(b"<qh")`},
	{"calcsize NUL ends", `struct.calcsize("i\0q")`},
	{"calcsize big count", `struct.calcsize("9223372036854775807s")`},
	{"calcsize huge count", `struct.calcsize("9999999999999999999999i")`},
	{"calcsize too long", `struct.calcsize("4611686018427387904h")`},
	{"calcsize too long sum", `struct.calcsize("ii9223372036854775800x")`},
	{"calcsize count only", `struct.calcsize("10")`},
	{"calcsize bad char", `struct.calcsize("z")`},
	{"calcsize space in count", `struct.calcsize("3 i")`},
	{"calcsize space before order", `struct.calcsize(" <i")`},
	{"calcsize two orders", `struct.calcsize("<<i")`},
	{"calcsize order at end", `struct.calcsize("i<")`},
	{"calcsize n standard", `struct.calcsize("<n")`},
	{"calcsize N standard", `struct.calcsize("!N")`},
	{"calcsize P standard", `struct.calcsize("=P")`},
	{"calcsize int arg", `struct.calcsize(1)`},
	{"calcsize bytearray arg", `struct.calcsize(bytearray(b"i"))`},
	{"calcsize non-ascii", `struct.calcsize("\u00e9")`},
	{"calcsize no args", `struct.calcsize()`},
	{"calcsize two args", `struct.calcsize("i", "i")`},
	// pack: every code, byte orders.
	{"pack native mix", `struct.pack("bhilq", 1, 2, 3, 4, 5)`},
	{"pack little", `struct.pack("<bBhHiIlLqQ", -1, 255, -2, 65535, -3, 4294967295, -4, 4294967295, -5, 18446744073709551615)`},
	{"pack big", `struct.pack(">bBhHiIlLqQ", -1, 255, -2, 65535, -3, 4294967295, -4, 4294967295, -5, 18446744073709551615)`},
	{"pack network", `struct.pack("!HI", 0x1234, 0xdeadbeef)`},
	{"pack equals", `struct.pack("=hq", 1, -1)`},
	{"pack native n N P", `struct.pack("nNP", -1, 2**64 - 1, 2**63)`},
	{"pack P negative", `struct.pack("P", -1)`},
	{"pack P too big", `struct.pack("P", 2**64)`},
	{"pack P too small", `struct.pack("P", -2**63 - 1)`},
	{"pack bool", `struct.pack("?????", 0, 1, [], [0], None)`},
	{"pack bool class", `struct.pack("?", Truthy())`},
	{"pack char", `struct.pack("3c", b"a", b"b", b"c")`},
	{"pack char bytearray", `struct.pack("c", bytearray(b"a"))`},
	{"pack char str", `struct.pack("c", "a")`},
	{"pack char empty", `struct.pack("c", b"")`},
	{"pack char int", `struct.pack("c", 1)`},
	{"pack s truncates", `struct.pack("3s", b"abcdef")`},
	{"pack s pads", `struct.pack("5s", b"ab")`},
	{"pack s bytearray", `struct.pack("2s", bytearray(b"xyz"))`},
	{"pack s str", `struct.pack("s", "a")`},
	{"pack 0s", `struct.pack("0s", b"abc")`},
	{"pack p", `struct.pack("5p", b"abcdefg")`},
	{"pack p short", `struct.pack("5p", b"ab")`},
	{"pack 0p", `struct.pack("0p", b"abc")`},
	{"pack 1p", `struct.pack("1p", b"abc")`},
	{"pack p 255 cap", `struct.pack("300p", b"a" * 300)[:3]`},
	{"pack p str", `struct.pack("p", "a")`},
	{"pack pads", `struct.pack("x2xbx", 7)`},
	{"pack native alignment", `struct.pack("bid", 1, 2, 3.0)`},
	{"pack standard no alignment", `struct.pack("<bid", 1, 2, 3.0)`},
	{"pack empty", `struct.pack("")`},
	{"pack x with arg", `struct.pack("x", 1)`},
	{"pack too few", `struct.pack("2i", 1)`},
	{"pack too many", `struct.pack("2i", 1, 2, 3)`},
	{"pack no args", `struct.pack()`},
	{"pack keywords", `struct.pack("i", x=1)`},
	{"pack bad format type", `struct.pack(1)`},
	{"pack bad char", `struct.pack("y", 1)`},
	// integer ranges and conversions.
	{"pack b range", `struct.pack("b", 128)`},
	{"pack b huge", `struct.pack("b", 2**64)`},
	{"pack B negative", `struct.pack("B", -1)`},
	{"pack h range", `struct.pack("h", 32768)`},
	{"pack <h range", `struct.pack("<h", -32769)`},
	{"pack H range", `struct.pack("H", 65536)`},
	{"pack >H negative", `struct.pack(">H", -1)`},
	{"pack i range", `struct.pack("i", 2**31)`},
	{"pack <i range", `struct.pack("<i", -2**31 - 1)`},
	{"pack i huge", `struct.pack("i", 2**100)`},
	{"pack I negative", `struct.pack("I", -1)`},
	{"pack I range", `struct.pack("I", 2**32)`},
	{"pack <I range", `struct.pack("<I", 2**63)`},
	{"pack <l range", `struct.pack("<l", 2**31)`},
	{"pack l native 64", `struct.pack("l", 2**40)`},
	{"pack l native range", `struct.pack("l", 2**63)`},
	{"pack <L range", `struct.pack("<L", 2**32)`},
	{"pack L native range", `struct.pack("L", 2**64)`},
	{"pack L negative", `struct.pack("L", -1)`},
	{"pack q range", `struct.pack("q", 2**63)`},
	{"pack <q min", `struct.pack("<q", -2**63)`},
	{"pack Q max", `struct.pack("<Q", 2**64 - 1)`},
	{"pack Q range", `struct.pack("<Q", 2**64)`},
	{"pack Q negative", `struct.pack(">Q", -1)`},
	{"pack n range", `struct.pack("n", -2**63 - 1)`},
	{"pack N negative", `struct.pack("N", -1)`},
	{"pack int float", `struct.pack("i", 1.0)`},
	{"pack int str", `struct.pack("i", "1")`},
	{"pack int None", `struct.pack("i", None)`},
	{"pack int bool", `struct.pack("<i?", True, True)`},
	{"pack __index__", `struct.pack("<iQ", Idx(7), Idx(2**64 - 1))`},
	{"pack __index__ range", `struct.pack("<h", Idx(2**20))`},
	{"pack __index__ bad", `struct.pack("<i", BadIdx())`},
	{"pack __float__ as int", `struct.pack("<i", Flt())`},
	// floats.
	{"pack d", `struct.pack("<d", 1.5)`},
	{"pack >d negative zero", `struct.pack(">d", -0.0)`},
	{"pack f", `struct.pack(">f", 0.1)`},
	{"pack f max", `struct.pack(">f", 3.4028235e38)`},
	{"pack f rounds to max", `struct.pack(">f", 3.40282356e38)`},
	{"pack f overflow", `struct.pack(">f", 3.4028236e38)`},
	{"pack <f overflow", `struct.pack("<f", 1e300)`},
	{"pack native f no check", `struct.pack("f", 1e300)`},
	{"pack f inf", `struct.pack("<f", float("inf"))`},
	{"pack f nan", `struct.pack("<f", float("nan"))`},
	{"pack <f int overflow", `struct.pack("<f", 10**40)`},
	{"pack e", `struct.pack(">e", 0.1)`},
	{"pack e max", `struct.pack(">e", 65504)`},
	{"pack e rounds down", `struct.pack(">e", 65519.99)`},
	{"pack e overflow", `struct.pack("<e", 65520.0)`},
	{"pack e overflow int", `struct.pack("<e", 10**5)`},
	{"pack e big", `struct.pack("e", 1e300)`},
	{"pack e subnormal", `struct.pack(">e", 6e-8)`},
	{"pack e half tie", `struct.pack(">e", 2.9802322387695312e-08)`},
	{"pack e above tie", `struct.pack(">e", 3e-8)`},
	{"pack e underflow", `struct.pack(">e", 1e-8)`},
	{"pack e tie even", `struct.pack(">ee", 2049.0, 2051.0)`},
	{"pack e smallest normal", `struct.pack(">e", 2.0**-14)`},
	{"pack e inf", `struct.pack("<e", float("-inf"))`},
	{"pack e nan", `struct.pack("<e", float("nan"))`},
	{"pack e negative zero", `struct.pack("<e", -0.0)`},
	{"pack d int", `struct.pack("<d", 3)`},
	{"pack d bool", `struct.pack("d", True)`},
	{"pack d huge int", `struct.pack("d", 10**400)`},
	{"pack d str", `struct.pack("d", "1")`},
	{"pack d None", `struct.pack("d", None)`},
	{"pack d __float__", `struct.pack("<d", Flt())`},
	{"pack d __index__ only", `struct.pack("<d", Idx(1))`},
	// unpack.
	{"unpack >hHiIqQ", `struct.unpack(">hHiIqQ", bytes(range(28)))`},
	{"unpack <hHiIqQ", `struct.unpack("<hHiIqQ", bytes(range(200, 228)))`},
	{"unpack native bhilq", `struct.unpack("@bhilq", bytes(range(24)))`},
	{"unpack native size", `struct.unpack("@bhilq", bytes(range(32)))`},
	{"unpack Q high", `struct.unpack("<Q", b"\xff" * 8)`},
	{"unpack nNP", `struct.unpack("nNP", b"\xff" * 24)`},
	{"unpack <lL", `struct.unpack("<lL", b"\xff" * 8)`},
	{"unpack bool", `struct.unpack("<?2?", b"\x00\x02\xff")`},
	{"unpack chars", `struct.unpack("3c", b"abc")`},
	{"unpack s", `struct.unpack("2s3s", b"abcde")`},
	{"unpack 0s", `struct.unpack("0si", b"\x01\x00\x00\x00")`},
	{"unpack p", `struct.unpack("3p", b"\x09ab")`},
	{"unpack p short", `struct.unpack("5p", b"\x01abcd")`},
	{"unpack 0p", `struct.unpack("0p", b"")`},
	{"unpack pads", `struct.unpack("x2xbx", b"\x00\x00\x00\x05\x00")`},
	{"unpack e", `struct.unpack("<ed", bytes(range(2, 12)))`},
	{"unpack e values", `struct.unpack(">eeee", b"\x7b\xff\x00\x01\x7c\x00\xfc\x00")`},
	{"unpack e nan", `struct.unpack("<e", b"\x00\x7e")`},
	{"unpack f", `struct.unpack(">f", b"\x3f\x80\x00\x01")`},
	{"unpack f inf", `struct.unpack("<f", b"\x00\x00\x80\xff")`},
	{"unpack d", `struct.unpack(">d", b"\x3f\xf8" + bytes(6))`},
	{"unpack empty", `struct.unpack("", b"")`},
	{"unpack bytes format", `struct.unpack(b"<h", b"\x01\x00")`},
	{"unpack bytearray", `struct.unpack("<h", bytearray(b"\x01\x00"))`},
	{"unpack short", `struct.unpack("i", b"123")`},
	{"unpack long", `struct.unpack("i", b"12345")`},
	{"unpack str", `struct.unpack("i", "1234")`},
	{"unpack int", `struct.unpack("i", 1234)`},
	{"unpack extra arg", `struct.unpack("i", b"1234", 2)`},
	{"unpack one arg", `struct.unpack("i")`},
	{"unpack keywords", `struct.unpack("i", b"1234", x=1)`},
	// unpack_from.
	{"unpack_from", `struct.unpack_from("<h", b"\x00\x01\x02", 1)`},
	{"unpack_from default", `struct.unpack_from("<h", b"\x01\x00\x02")`},
	{"unpack_from negative", `[struct.unpack_from("<i", b"12345", o) for o in (-5, -4)]`},
	{"unpack_from negative too far", `struct.unpack_from("i", b"12345", -6)`},
	{"unpack_from negative short", `struct.unpack_from("i", b"12345", -3)`},
	{"unpack_from past end", `struct.unpack_from("i", b"12345", 2)`},
	{"unpack_from keywords", `struct.unpack_from("<i", buffer=b"12345", offset=1)`},
	{"unpack_from offset keyword", `struct.unpack_from("<i", b"12345", offset=1)`},
	{"unpack_from too many", `struct.unpack_from("i", b"1234", 0, 1)`},
	{"unpack_from no buffer", `struct.unpack_from("i")`},
	// Struct.unpack_from's direct path (an int offset, a bytes buffer)
	// and what it hands to the converters.
	{"Struct unpack_from every kind at offsets", `[struct.Struct(f).unpack_from(bytes(range(200, 256)) * 2, o) for f in ("<bhHiIqQefd?c", ">bhHiIqQefd?c", "=3s2p0sx") for o in (0, 3, -40)]`},
	{"Struct unpack_from zero-width at the end", `[struct.Struct("4s0s").unpack_from(b"abcd", 0), struct.Struct("0s").unpack_from(b"ab", 2)]`},
	{"Struct unpack_from bool index offset", `[struct.Struct("<H").unpack_from(b"\x01\x02\x03", True), struct.Struct("<H").unpack_from(bytearray(b"\x01\x02\x03"), 1), struct.Struct("<H").unpack_from(memoryview(b"\x01\x02\x03"), -2)]`},
	{"Struct unpack_from float offset", `struct.Struct("<H").unpack_from(b"\x01\x02\x03", 1.0)`},
	{"Struct unpack_from str buffer", `struct.Struct("<H").unpack_from("abc", 0)`},
	{"Struct unpack_from big offset", `struct.Struct("<H").unpack_from(b"abc", 2**70)`},
	{"Struct unpack_from past end", `struct.Struct("<Q").unpack_from(b"abcdefgh", 1)`},
	{"Struct unpack_from unbound", `struct.Struct.unpack_from(1, b"ab", 0)`},
	{"unpack_from bad keyword", `struct.unpack_from("i", b"1234", x=1)`},
	{"unpack_from twice", `struct.unpack_from("i", b"1234", buffer=b"1234")`},
	{"unpack_from float offset", `struct.unpack_from("i", b"1234", 1.0)`},
	{"unpack_from str offset", `struct.unpack_from("i", b"1234", "1")`},
	{"unpack_from huge offset", `struct.unpack_from("i", b"1234", 10**30)`},
	{"unpack_from __index__ offset", `struct.unpack_from("<h", b"\x00\x01\x02", Idx(1))`},
	{"unpack_from str buffer", `struct.unpack_from("i", "1234")`},
	// pack_into.
	{"pack_into", `_into("<h", 5, 1, 0x3132)`},
	{"pack_into pads zeroed", `_into("<bxh", 6, 1, 1, 2)`},
	{"pack_into negative", `[_into("<h", 5, o, 0x3132) for o in (-5, -3)]`},
	{"pack_into negative out", `_into("<h", 5, -1, 1)`},
	{"pack_into too far", `_into("<h", 5, 4, 1)`},
	{"pack_into way past", `_into("i", 5, 9, 1)`},
	{"pack_into negative too far", `_into("i", 5, -9, 1)`},
	{"pack_into small buffer", `_into("i", 3, 0, 1)`},
	{"pack_into returns None", `struct.pack_into("b", bytearray(1), 0, 1)`},
	{"pack_into bytes", `struct.pack_into("i", b"1234", 0, 1)`},
	{"pack_into no offset", `struct.pack_into("i", bytearray(4))`},
	{"pack_into no buffer", `struct.pack_into("i")`},
	{"pack_into no items", `struct.pack_into("i", bytearray(4), 0)`},
	{"pack_into too many", `struct.pack_into("<h", bytearray(2), 0, 1, 2)`},
	{"pack_into str offset", `struct.pack_into("i", bytearray(5), "x", 1)`},
	{"pack_into float offset", `struct.pack_into("i", bytearray(5), 1.0, 1)`},
	{"pack_into huge offset", `struct.pack_into("i", bytearray(4), 10**30, 1)`},
	{"pack_into __index__ offset", `_into("<b", 3, Idx(2), 9)`},
	{"pack_into range error", `_into("<b", 3, 0, 999)`},
	{"pack_into keywords", `struct.pack_into("b", bytearray(1), 0, x=1)`},
	// iter_unpack.
	{"iter_unpack", `_iter("<h", b"\x01\x00\x02\x00\x03\x00")`},
	{"iter_unpack empty", `_iter("<h", b"")`},
	{"iter_unpack bytearray", `list(struct.iter_unpack("<bb", bytearray(b"\x01\x02\x03\x04")))`},
	{"iter_unpack not multiple", `struct.iter_unpack("i", b"12345")`},
	{"iter_unpack zero size", `struct.iter_unpack("", b"")`},
	{"iter_unpack str", `struct.iter_unpack("i", "1234")`},
	{"iter_unpack one arg", `struct.iter_unpack("i")`},
	{"iter_unpack type", `type(struct.iter_unpack("b", b"a")).__name__`},
	// Struct.
	{"Struct format str", `struct.Struct("<i").format`},
	{"Struct format bytes", `struct.Struct(b">h").format`},
	{"Struct size", `struct.Struct("<iqc").size`},
	{"Struct keyword", `struct.Struct(format="i").size`},
	{"Struct pack", `struct.Struct("<hh").pack(1, 2)`},
	{"Struct pack count", `struct.Struct("ii").pack(1)`},
	{"Struct pack none", `struct.Struct("i").pack()`},
	{"Struct unpack", `struct.Struct("<hh").unpack(b"\x01\x00\x02\x00")`},
	{"Struct unpack short", `struct.Struct("i").unpack(b"1")`},
	{"Struct unpack no args", `struct.Struct("i").unpack()`},
	{"Struct unpack two args", `struct.Struct("i").unpack(b"1", b"2")`},
	{"Struct unpack_from", `struct.Struct("<h").unpack_from(b"\x00\x01\x02", 1)`},
	{"Struct unpack_from keyword", `struct.Struct("<i").unpack_from(buffer=b"1234")`},
	{"Struct unpack_from no args", `struct.Struct("i").unpack_from()`},
	{"Struct unpack_from short", `struct.Struct("i").unpack_from(b"1234", 1)`},
	{"Struct pack_into", `(lambda b: (struct.Struct("<H").pack_into(b, 1, 0x4142), b))(bytearray(4))`},
	{"Struct pack_into no offset", `struct.Struct("i").pack_into(bytearray(4))`},
	{"Struct iter_unpack", `list(struct.Struct("<b").iter_unpack(b"\x01\xff"))`},
	{"Struct iter_unpack no args", `struct.Struct("i").iter_unpack()`},
	{"Struct no args", `struct.Struct()`},
	{"Struct two args", `struct.Struct("i", "x")`},
	{"Struct int", `struct.Struct(1)`},
	{"Struct bad char", `struct.Struct("iz")`},
	{"Struct NUL", `struct.Struct(b"i\0").size`},
	{"Struct repr", `repr(struct.Struct("i"))[:18]`},
	{"Struct class", `repr(struct.Struct)`},
	// struct.error.
	{"error names", `(struct.error.__module__, struct.error.__name__, repr(struct.error))`},
	{"error bases", `struct.error.__bases__`},
	{"error is Exception", `issubclass(struct.error, Exception)`},
	{"error repr", `repr(struct.error("x"))`},
	{"error caught by base", `_catch()`},
	// more edges.
	{"__all__", `struct.__all__`},
	{"Struct format read-only", `setattr(struct.Struct("i"), "format", b"h")`},
	{"pack bool raising", `struct.pack("?", BadBool())`},
	{"pack big count", `len(struct.pack("100000b", *([1] * 100000)))`},
	{"pack e pair", `struct.pack("<2e", 1.5, -2.5)`},
	{"unpack e pair", `struct.unpack("<2e", b"\x00>\x00\xc1")`},
	{"pack >? 2", `struct.pack(">?", 2)`},
	{"pack =e int", `struct.pack("=e", 1)`},
	{"pack >q range", `struct.pack(">q", 2**63)`},
	{"pack !Q negative", `struct.pack("!Q", -1)`},
	{"pack >h range", `struct.pack(">h", 32768)`},
	{"pack >H range", `struct.pack(">H", 65536)`},
	{"pack !H negative", `struct.pack("!H", -1)`},
	{"pack >b range", `struct.pack(">b", -129)`},
	{"calcsize order only", `struct.calcsize("!")`},
	{"pack bytes bad char", `struct.pack(b"\xff")`},
	{"pack non-ascii run", `struct.pack("\u1234\u5678")`},
	{"pack non-ascii astral", `struct.pack("ab\U0001f600")`},
	{"unpack_from bytearray", `struct.unpack_from("<h", bytearray(b"\x01\x02\x03"), 1)`},
	{"Struct unpack_from negative", `struct.Struct("<h").unpack_from(b"\x01\x02\x03", -2)`},
	{"pack e 1e-5", `struct.pack(">e", 1e-5)`},
	{"pack e subnormal tie", `struct.pack(">e", 5.960464477539063e-08 * 1.5)`},
	{"pack e 65488", `struct.pack(">e", 65488.0)`},
	{"pack e 65503.99", `struct.pack(">e", 65503.99)`},
	{"unpack e subnormal", `struct.unpack(">e", b"\x03\xff")`},
	{"unpack e nan payload", `struct.unpack(">e", b"\x7c\x01")`},
	{"pack f underflow", `struct.pack("<f", 1e-46)`},
	{"pack f subnormal", `struct.pack("<f", -1e-45)`},
	{"pack d inf", `struct.pack("<d", float("inf"))`},
	// round trips.
	{"round trip all", `struct.unpack("<bBhHiIlLqQefd?cs", struct.pack("<bBhHiIlLqQefd?cs", -1, 2, -3, 4, -5, 6, -7, 8, -9, 10, 0.5, 1.25, 2.5, True, b"z", b"s"))`},
	{"round trip native", `struct.unpack("cbhilqnNPefd", struct.pack("cbhilqnNPefd", b"a", 1, 2, 3, 4, 5, 6, 7, 8, 9.5, 10.5, 11.5))`},
	// Repeat counts spelt out per value, mixed kinds, a Q past int64.
	{"unpack counts mixed <", `struct.unpack("<3h2x2Q?e2s3p", bytes(range(200, 232)))`},
	{"unpack counts mixed >", `struct.unpack(">3h2x2Q?e2s3p", bytes(range(200, 232)))`},
	{"unpack counts native", `struct.unpack("@b2hxi0s2c", bytes(range(1, 15)))`},
	{"Struct unpack_from counts", `[struct.Struct(">2Hb").unpack_from(bytes(range(250, 256)) * 2, o) for o in (0, 3, -5)]`},
	// unpack_from(buffer, offset) as two positional arguments.
	{"Struct unpack_from str buffer offset", `struct.Struct("<h").unpack_from("ab", 0)`},
	{"Struct unpack_from float offset", `struct.Struct("<h").unpack_from(b"ab", 0.0)`},
	{"Struct unpack_from None offset", `struct.Struct("<h").unpack_from(b"ab", None)`},
	{"Struct unpack_from int buffer", `struct.Struct("<h").unpack_from(5, 0)`},
	{"Struct unpack_from not a Struct", `struct.Struct.unpack_from(1, b"ab")`},
	{"Struct unpack_from not a Struct offset", `struct.Struct.unpack_from(1, b"ab", 0)`},
	// The format used last, given as str, bytes, then another.
	{"format last str bytes", `[struct.unpack(f, d) for f, d in (("<h", b"\xff\x00"), (b"<h", b"\xff\x00"), ("<h", b"\x00\xff"), (b"<b", b"\xff"), ("<b", b"\x80"), (">h", b"\xff\x00"))]`},
	{"format last then non-ascii", `[struct.unpack("<h", b"\x01\x00"), struct.unpack("<h\xe9", b"\x01\x00")]`},
}

// TestDifferential runs every case under CPython 3.6 (or its stored
// output) and gpython with the struct module, and compares the results
// and the exceptions' classes and messages.
func TestDifferential(t *testing.T) {
	require.GreaterOrEqual(t, len(diffCases), 120)
	pytesting.DiffCases(t, "struct_differential", prelude, diffCases)
}
