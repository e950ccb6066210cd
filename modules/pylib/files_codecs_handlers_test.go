package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of error handlers registered with
// codecs.register_error, against CPython 3.6: they must be called by
// every codec path (str.encode, bytes.decode, str(), bytes(),
// bytearray(), open(), TextIOWrapper, codecs' own functions and
// streams) with the exception CPython builds, and their results checked
// as CPython checks them. Lone surrogates are made by decoding with
// surrogateescape, and the cases print no str holding one.

const codecsHandlersPrelude = pytesting.ShowRepr + `import codecs, io, os, shutil, tempfile
D = tempfile.mkdtemp(prefix="codecs-h-")
calls = []
def mine(e):
    calls.append((type(e).__name__, e.encoding, e.start, e.end, e.reason))
    return ("?%d?" % e.start, e.end)
codecs.register_error("mine", mine)
def seen(f):
    del calls[:]
    r = f()
    return r, list(calls)
def answer(r):
    codecs.register_error("answer", lambda e: r)
    return "answer"
def fails(e):
    raise ValueError("handler says no at %d" % e.start)
codecs.register_error("fails", fails)
codecs.register_error("skip1", lambda e: ("_", e.end + 1))
codecs.register_error("bytes", lambda e: (b"<%d>" % e.start, e.end))
codecs.register_error("upper", lambda e: (repr(e.object[e.start:e.end]), e.end))
SUR = "a" + b"\xff\xfe".decode("ascii", "surrogateescape") + "b"
def err(f):
    try:
        return f()
    except Exception as e:
        return "%s: %s" % (type(e).__name__, e)
def exc(f):
    try:
        f()
    except Exception as e:
        return e
def swap(e):
    if e.object == b"a\xffb":
        e.object = b"XYZ\xffW"
    return ("<%d>" % e.start, e.end)
codecs.register_error("swapobj", swap)
def path(name):
    return os.path.join(D, name)
def write_read(enc, errors, text):
    with open(path("w.txt"), "w", encoding=enc, errors=errors) as f:
        f.write(text)
    with open(path("w.txt"), "rb") as f:
        return f.read()
def read_text(raw, enc, errors):
    with open(path("r.txt"), "wb") as f:
        f.write(raw)
    with open(path("r.txt"), encoding=enc, errors=errors) as f:
        return f.read()
`

var codecsHandlersCases = []pytesting.Case{
	{"encode ascii run", `seen(lambda: "a\u00e9\u20acb".encode("ascii", "mine"))`},
	{"encode latin1 run", `seen(lambda: "a\u00e9\u20ac\u20acb\u0100".encode("latin-1", "mine"))`},
	{"encode utf8 surrogates", `seen(lambda: SUR.encode("utf-8", "mine"))`},
	{"encode utf16le per char", `seen(lambda: SUR.encode("utf-16-le", "mine"))`},
	{"encode utf16 bom", `seen(lambda: SUR.encode("utf-16", "mine"))`},
	{"decode ascii per byte", `seen(lambda: b"a\xff\xfeb".decode("ascii", "mine"))`},
	{"decode utf8 start bytes", `seen(lambda: b"a\xff\xfeb".decode("utf-8", "mine"))`},
	{"decode utf8 truncated", `seen(lambda: b"a\xe2\x82b\xf0\x9f".decode("utf-8", "mine"))`},
	{"decode utf16 bom positions", `seen(lambda: b"\xff\xfea\x00\x00\xdcb".decode("utf-16", "mine"))`},
	{"decode utf16le surrogate", `seen(lambda: b"a\x00\x00\xd8b\x00".decode("utf-16-le", "mine"))`},
	{"decode utf16be odd", `seen(lambda: b"\x00a\x00".decode("utf-16-be", "mine"))`},
	{"str constructor", `seen(lambda: str(b"x\x80y", "ascii", "mine"))`},
	{"bytes constructor", `seen(lambda: bytes("x\u20acy", "latin-1", "mine"))`},
	{"bytearray constructor", `seen(lambda: bytearray("x\u00e9y", "ascii", "mine"))`},
	{"codecs.encode", `seen(lambda: codecs.encode("\u00e9t\u00e9", "ascii", "mine"))`},
	{"codecs.decode", `seen(lambda: codecs.decode(b"\xe9t\xe9", "utf-8", "mine"))`},
	{"incremental decoder", `seen(lambda: [codecs.getincrementaldecoder("utf-8")("mine").decode(b, f) for b, f in ((b"a\xff", False),)] + [codecs.getincrementaldecoder("utf-8")("mine").decode(b"\xe2\x82", True)])`},
	{"incremental encoder", `seen(lambda: codecs.getincrementalencoder("ascii")("mine").encode("x\u00e9"))`},
	{"stream writer", `(lambda b: (codecs.getwriter("ascii")(b, "mine").write("\u00e9a"), b.getvalue()))(io.BytesIO())`},
	{"stream reader", `codecs.getreader("utf-8")(io.BytesIO(b"a\xffb"), "mine").read()`},
	{"open write", `seen(lambda: write_read("ascii", "mine", "a\u00e9\u20acb\n"))`},
	{"open read", `seen(lambda: read_text(b"a\xff\xfeb\n", "utf-8", "mine"))`},
	{"open read latin1 never fails", `seen(lambda: read_text(b"a\xffb", "latin-1", "mine"))`},
	{"codecs.open read", `(lambda p: (open(p, "wb").write(b"\xffok\n"), codecs.open(p, encoding="ascii", errors="mine").read()))(path("c.txt"))`},
	{"textiowrapper read", `seen(lambda: io.TextIOWrapper(io.BytesIO(b"x\xffy"), encoding="ascii", errors="mine").read())`},
	{"textiowrapper write", `(lambda b: (io.TextIOWrapper(b, encoding="latin-1", errors="mine").write("\u20ac1"), b))(io.BytesIO())[0]`},
	{"textiowrapper errors attr", `io.TextIOWrapper(io.BytesIO(), encoding="ascii", errors="mine").errors`},
	{"handler raises", `"a\u00e9".encode("ascii", "fails")`},
	{"handler raises decode", `b"ab\xff".decode("utf-8", "fails")`},
	{"skip past end", `"a\u00e9bc".encode("ascii", "skip1")`},
	{"bytes replacement encode", `("a\u00e9b".encode("ascii", "bytes"), "a\u20acb".encode("latin-1", "bytes"))`},
	{"bytes replacement decode", `b"a\xff".decode("ascii", "bytes")`},
	{"replacement from object", `("a\u00e9\u00e8b".encode("ascii", "upper"), b"a\xff\xfe".decode("ascii", "upper"))`},
	{"str replacement not encodable", `"a\u00e9b".encode("ascii", answer(("\u00e9", 2)))`},
	{"latin1 replacement encodable", `"a\u20acb".encode("latin-1", answer(("\u00e9", 2)))`},
	{"result not tuple", `"a\u00e9b".encode("ascii", answer("x"))`},
	{"result short tuple", `"a\u00e9b".encode("ascii", answer(("x",)))`},
	{"result long tuple", `b"a\xffb".decode("ascii", answer(("x", 1, 2)))`},
	{"result list", `"a\u00e9b".encode("ascii", answer(["x", 2]))`},
	{"result None", `b"a\xffb".decode("utf-8", answer(None))`},
	{"result int first", `"a\u00e9b".encode("ascii", answer((1, 2)))`},
	{"result bytearray", `"a\u00e9b".encode("ascii", answer((bytearray(b"x"), 2)))`},
	{"decode result bytes", `b"a\xffb".decode("ascii", answer((b"x", 2)))`},
	{"position float", `"a\u00e9b".encode("ascii", answer(("x", 2.0)))`},
	{"position str", `b"a\xffb".decode("ascii", answer(("x", "2")))`},
	{"position too big", `"a\u00e9b".encode("ascii", answer(("x", 100)))`},
	{"position too big decode", `b"a\xffb".decode("utf-8", answer(("x", 4)))`},
	{"position at end", `("a\u00e9b".encode("ascii", answer(("x", 3))), b"a\xffb".decode("utf-8", answer(("x", 3))))`},
	{"position negative", `("a\u00e9b".encode("ascii", answer(("x", -1))), b"a\xffb".decode("ascii", answer(("x", -1))))`},
	{"position too negative", `"a\u00e9b".encode("ascii", answer(("x", -100)))`},
	{"position too negative decode", `b"a\xffb".decode("ascii", answer(("x", -5)))`},
	{"position huge", `"a\u00e9b".encode("ascii", answer(("x", 2**70)))`},
	{"unknown handler encode", `"a\u00e9".encode("ascii", "nope")`},
	{"unknown handler decode", `b"a\xff".decode("utf-8", "nope")`},
	{"unknown handler unused", `("abc".encode("ascii", "nope"), b"abc".decode("ascii", "nope"), str(b"x", "latin-1", "nope"))`},
	{"unknown handler str()", `str(b"\xff", "ascii", "nope")`},
	{"unknown handler open", `write_read("ascii", "nope", "\u00e9")`},
	{"re-register replaces", `(codecs.register_error("swap", lambda e: ("1", e.end)), codecs.register_error("swap", lambda e: ("2", e.end)), "\u00e9".encode("ascii", "swap"))`},
	{"lookup_error identity", `codecs.lookup_error("mine") is mine`},
	{"builtin handlers reprs", `[repr(codecs.lookup_error(n)) for n in ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace", "surrogateescape", "surrogatepass")]`},
	{"register_error bad name", `codecs.register_error(1, mine)`},
	{"register_error not callable", `codecs.register_error("x", "y")`},
	{"lookup_error bad name", `codecs.lookup_error(1)`},
	{"xmlcharrefreplace decoding", `b"\xff".decode("ascii", "xmlcharrefreplace")`},
	{"surrogateescape roundtrip", `b"a\xff".decode("ascii", "surrogateescape").encode("ascii", "surrogateescape")`},
	{"surrogateescape ascii byte", `b"a\xed\x41".decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape")`},
	{"handler functions ranges", `(codecs.ignore_errors(UnicodeEncodeError("ascii", "ab", 5, 1, "r")), codecs.replace_errors(UnicodeEncodeError("ascii", "ab", 5, 1, "r")), codecs.replace_errors(UnicodeEncodeError("ascii", "ab", -5, 1, "r")), codecs.backslashreplace_errors(UnicodeEncodeError("ascii", "ab", 0, 9, "r")))`},
	{"handler functions decode", `(codecs.backslashreplace_errors(UnicodeDecodeError("ascii", b"a\xff\xfe", 1, 3, "r")), codecs.ignore_errors(UnicodeDecodeError("ascii", b"ab", 0, 2, "r")), codecs.replace_errors(UnicodeDecodeError("ascii", b"ab", 0, 2, "r")))`},
	{"xmlcharref function on decode", `codecs.xmlcharrefreplace_errors(UnicodeDecodeError("ascii", b"aa", 1, 2, "r"))`},
	{"strict_errors non exception", `codecs.strict_errors(1)`},
	{"strict_errors other exception", `codecs.strict_errors(ValueError("x"))`},
	{"ignore_errors int", `codecs.ignore_errors(1)`},
	{"handler sees object", `(lambda got: ("a\u00e9".encode("ascii", answer(("", 2))), codecs.register_error("obj", lambda e: (got.append((e.object, e.start, e.end)) or ("", e.end))), b"\xffz".decode("ascii", "obj"), got))([])`},
	{"namereplace", `("a\u00e9\u20ac\x80\u4e00\uac00\ud7a3\U0001f600\u0378".encode("ascii", "namereplace"), "\u00e9\u20ac".encode("latin-1", "namereplace"))`},
	{"namereplace sample", `(lambda t: (len(t), __import__("hashlib").sha256(t.encode("ascii", "namereplace")).hexdigest()))("".join(chr(c) for c in range(0xa0, 0x30000, 7) if not 0xd800 <= c < 0xe000))`},
	{"namereplace_errors function", `codecs.namereplace_errors(UnicodeEncodeError("ascii", "x\u00e9\U0001f600\u0378", 1, 4, "r"))`},
	{"namereplace decoding", `b"\xff".decode("ascii", "namereplace")`},
	{"registry name wraps index error", `b"a\xff".decode("U8", answer(("x", 100)))`},
	{"registry name wraps lookup error", `b"a".decode("utf-16-le", "nope")`},
	{"registry name wraps encode", `"a\u00e9".encode("646", "nope")`},
	{"registry name wraps handler error", `"a\u20ac".encode("L1", "fails")`},
	{"registry name str()", `str(b"\xff", "utf", "nope")`},
	{"registry name bytes()", `bytes("\u20ac", "cp819", answer(("x", 9)))`},
	{"shortcut names not wrapped", `[err(lambda: "a\u00e9".encode(n, answer(("x", -9)))) for n in (" ASCII ", "Latin_1", "iso8859-1", "US-ASCII", "utf8", "UTF_16", "646", "l1", "utf-16-be")]`},
	{"shortcut names decode", `[err(lambda: b"a\xff".decode(n, answer(("x", -9)))) for n in ("ascii", " utf-8 ", "UTF8", "us_ascii", "u8", "ansi_x3.4_1968")]`},
	{"registry unicode error not wrapped", `"a\u00e9".encode("646")`},
	{"registry name custom handler", `seen(lambda: ("a\u00e9".encode("646", "mine"), b"a\xffb".decode("u8", "mine")))`},
	{"utf-8-sig str methods", `("ab".encode("utf-8-sig"), "a\u00e9".encode("UTF-8-SIG", "mine"), b"\xef\xbb\xbfab".decode("utf-8-sig"), b"ab".decode("utf_8_sig"), str(b"\xef\xbb\xbfx\xff", "utf-8-sig", "mine"))`},
	{"utf-8-sig decode error", `b"\xef\xbb\xbfa\xff".decode("utf-8-sig")`},
	{"utf-8-sig unknown handler", `b"a\xff".decode("utf-8-sig", "nope")`},
	{"handler swaps object", `b"a\xffb".decode("ascii", "swapobj")`},
	{"exception attributes settable", `(lambda e: (setattr(e, "start", 0), setattr(e, "reason", "new"), e.start, e.reason, str(e)))(UnicodeEncodeError("ascii", "ab", 1, 2, "old"))`},
	{"many errors", `(lambda s: (len(s), s[:3]))((b"\xff" * 20000).decode("utf-8", "upper"))`},
	{"surrogateescape head then fail ascii", `err(lambda: "\udce9\xe9".encode("ascii", "surrogateescape"))`},
	{"surrogateescape head then run ascii", `(lambda: [err(lambda: s.encode("ascii", "surrogateescape")) for s in ("a\udce9\xe9\xe9b", "\udc80\udc81\u0100")])()`},
	{"surrogateescape head then fail utf-8", `err(lambda: "\udce9\udc10x".encode("utf-8", "surrogateescape"))`},
	{"surrogateescape head then fail latin-1", `err(lambda: "\udcff\udc7f".encode("latin-1", "surrogateescape"))`},
	{"surrogateescape charmap whole run", `[err(lambda: "\udcff\U0001f600".encode(e, "surrogateescape")) for e in ("cp1252", "cp437", "iso8859-15")]`},
	{"surrogateescape error range", `[(lambda e: (e.start, e.end, ascii(e.object[e.start:e.end])))(exc(lambda: s.encode(c, "surrogateescape"))) for s, c in (("\udcaa\xe9", "ascii"), ("x\udc80\udc81\u20ac\u20ac", "latin-1"), ("\udc80\ud800", "utf-8"))]`},
	{"cleanup", `shutil.rmtree(D)`},
}

func TestCodecsHandlersDifferential(t *testing.T) {
	pytesting.DiffCases(t, "codecs_handlers", codecsHandlersPrelude, codecsHandlersCases)
}

// Streams and incremental coders beyond the held-back codecs cases:
// line splitting across reads, keepends, sizes, seek/reset, the
// recoder, coder state.
const codecsStreamsPrelude = pytesting.ShowRepr + `import codecs, io
def reader(data, enc="utf-8", errors="strict"):
    return codecs.getreader(enc)(io.BytesIO(data), errors)
def lines(r, **kw):
    out = []
    while True:
        line = r.readline(**kw)
        if not line:
            return out
        out.append(line)
LONG = ("x" * 70 + "\u00e9\r\n") * 3 + "tail\rlast"
`

var codecsStreamsCases = []pytesting.Case{
	{"readline long crlf", `lines(reader(LONG.encode()))`},
	{"readline keepends false", `lines(reader(LONG.encode()), keepends=False)`},
	{"readline size", `lines(reader(b"abcdef\nxy\n"), size=4)`},
	{"readline other separators", `lines(reader("a\x0bb\x0cc\x1cd\u2028e\x85f".encode()))`},
	{"readlines", `(reader(b"a\nb\r\nc").readlines(), reader(b"a\nb\r\nc").readlines(keepends=False))`},
	{"iterate utf16", `list(reader("x\ny\u00e9\n".encode("utf-16"), "utf-16"))`},
	{"read chars", `(lambda r: (r.read(chars=2), r.read(chars=1), r.read()))(reader("\u00e9\u20acab".encode()))`},
	{"read size then rest", `(lambda r: (r.read(2), r.read(1), r.read(100), r.read()))(reader("\u00e9\u20acab".encode()))`},
	{"reader error", `reader(b"ab\xff").read()`},
	{"reader replace", `reader(b"ab\xffc", errors="replace").read()`},
	{"reader utf16 no bom", `reader(b"a\x00", "utf-16").read()`},
	{"reader utf-8-sig", `(reader(b"\xef\xbb\xbfab", "utf-8-sig").read(), reader(b"ab", "utf-8-sig").read())`},
	{"reader seek reset", `(lambda r: (r.read(), r.seek(0), r.read()))(reader(b"\xff\xfea\x00", "utf-16"))`},
	{"writer utf16 twice", `(lambda b: (lambda w: (w.write("a"), w.write("b"), b.getvalue()))(codecs.getwriter("utf-16")(b)))(io.BytesIO())`},
	{"writer utf-8-sig reset", `(lambda b: (lambda w: (w.write("a"), w.reset(), w.write("b"), b.getvalue()))(codecs.getwriter("utf-8-sig")(b)))(io.BytesIO())`},
	{"writer attribute forwarding", `(lambda b: codecs.getwriter("ascii")(b).getvalue())(io.BytesIO(b"kept"))`},
	{"readerwriter", `(lambda b: (lambda s: (s.write("\u00e9"), s.seek(0), s.read(), s.encoding if hasattr(s, "encoding") else None))(codecs.StreamReaderWriter(b, codecs.getreader("latin-1"), codecs.getwriter("latin-1"))))(io.BytesIO())`},
	{"recoder read", `codecs.EncodedFile(io.BytesIO("\u00e9t\u00e9\n".encode("latin-1")), "utf-8", "latin-1").read()`},
	{"recoder readline", `codecs.EncodedFile(io.BytesIO(b"a\nb\n"), "utf-16-le", "ascii").readline()`},
	{"recoder attrs", `(lambda r: (r.data_encoding, r.file_encoding))(codecs.EncodedFile(io.BytesIO(), "utf-8"))`},
	{"incremental decoder state", `(lambda d: (d.decode(b"a\xe2\x82"), d.getstate(), d.setstate((b"\xc3", 0)), d.decode(b"\xa9"), d.getstate()))(codecs.getincrementaldecoder("utf-8")())`},
	{"incremental encoder states", `[(lambda e: (e.getstate(), e.encode("a"), e.getstate()))(codecs.getincrementalencoder(n)()) for n in ("utf-8", "utf-16", "utf-8-sig", "latin-1")]`},
	{"incremental decoder reset", `(lambda d: (d.decode(b"\xfe\xff\x00a"), d.reset(), d.decode(b"\xff\xfea\x00")))(codecs.getincrementaldecoder("utf-16")())`},
	{"incremental utf16 no bom", `codecs.getincrementaldecoder("utf-16")().decode(b"a\x00b\x00")`},
	{"incremental latin1 ascii", `(codecs.getincrementaldecoder("latin-1")().decode(b"\xe9"), codecs.getincrementaldecoder("ascii")().decode(b"ok", True))`},
	{"incremental ascii error", `codecs.getincrementaldecoder("ascii")().decode(b"o\x80")`},
	{"codec functions", `(codecs.utf_8_decode(b"a\xe2", None, False), codecs.utf_16_ex_decode(b"\xfe\xff\x00a\x00"), codecs.utf_16_encode("a", None, 1), codecs.latin_1_encode("\u00e9"), codecs.ascii_decode(memoryview(b"ab")))`},
	{"codec function errors", `codecs.utf_8_encode("a", 1)`},
	{"codec function bytes-like", `codecs.ascii_decode(1)`},
	{"lookup returns 4-tuple", `(codecs.register(lambda n: (1, 2, 3) if n == "three" else None), codecs.lookup("three"))`},
	{"encode bad encoding type", `codecs.encode("a", 1)`},
	{"decode bad errors type", `codecs.decode(b"a", "ascii", 1)`},
	{"custom codec errors wrap", `(codecs.register(lambda n: codecs.CodecInfo(lambda s, e="strict": 1 / 0, None, name="div") if n == "div" else None), codecs.encode("a", "div"))`},
	{"custom codec bad result", `(codecs.register(lambda n: codecs.CodecInfo(lambda s, e="strict": b"x", None, name="one") if n == "one" else None), codecs.encode("a", "one"))`},
	{"plain 4-tuple codec", `(codecs.register(lambda n: (lambda s, e="strict": (s.upper().encode(), len(s)), lambda b, e="strict": (bytes(b).decode().lower(), len(b)), "R", "W") if n == "plain4" else None), codecs.encode("ab", "plain4"), codecs.decode(b"AB", "plain4"))`},
	{"plain 4-tuple getencoder", `codecs.getencoder("plain4")`},
	{"plain 4-tuple getreader", `codecs.getreader("plain4")`},
	{"plain 4-tuple incremental", `codecs.getincrementalencoder("plain4")`},
	{"codecinfo extra attrs", `(lambda i: (i.name, i.incrementalencoder, i._is_text_encoding))(codecs.CodecInfo(1, 2, name="n", _is_text_encoding=False))`},
}

func TestCodecsStreamsDifferential(t *testing.T) {
	pytesting.DiffCases(t, "codecs_streams", codecsStreamsPrelude, codecsStreamsCases)
}
