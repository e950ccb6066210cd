package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of codecs against CPython 3.6. The codecs are the
// interpreter's (utf-8, ascii, latin-1, utf-16*) and codecs' utf-8-sig;
// CodecInfo reprs carry an address, so the cases print names instead.

const codecsPrelude = pytesting.ShowRepr + `import codecs, os, io, shutil, tempfile
D = tempfile.mkdtemp(prefix="codecs-")
def inc_decode(enc, chunks, errors="strict"):
    d = codecs.getincrementaldecoder(enc)(errors)
    out = [d.decode(c) for c in chunks]
    out.append(d.decode(b"", True))
    return out
def inc_encode(enc, chunks):
    e = codecs.getincrementalencoder(enc)()
    out = [e.encode(c) for c in chunks]
    out.append(e.encode("", True))
    return out
def search(name):
    if name == "rot_test":
        return codecs.CodecInfo(lambda s, errors="strict": (s[::-1].encode("ascii"), len(s)),
                                lambda b, errors="strict": (bytes(b)[::-1].decode("ascii"), len(b)),
                                name="rot-test")
    return None
codecs.register(search)
codecs.register_error("test.q", lambda e: ("<%d-%d>" % (e.start, e.end), e.end))
def roundtrip_file(enc, text):
    p = os.path.join(D, "f_" + enc + ".txt")
    with codecs.open(p, "w", encoding=enc) as f:
        f.write(text)
    with open(p, "rb") as f:
        raw = f.read()
    with codecs.open(p, "r", encoding=enc) as f:
        back = f.read()
    with codecs.open(p, encoding=enc) as f:
        lines = list(f)
    return raw, back, lines
`

var codecsCases = []pytesting.Case{
	{"lookup names", `[codecs.lookup(n).name for n in ("utf-8", "UTF8", "u8", "utf_8", "ascii", "US-ASCII", "latin-1", "latin1", "L1", "iso-8859-1", "utf-16", "UTF-16LE", "utf_16_be", "utf-8-sig", " utf 8 ")]`},
	{"lookup unknown", `codecs.lookup("no-such-codec")`},
	{"lookup non str", `codecs.lookup(1)`},
	{"codecinfo tuple", `(lambda i: (isinstance(i, tuple), len(i), i[0] is i.encode, i[1] is i.decode, i.streamreader is i[2], i.streamwriter is i[3]))(codecs.lookup("utf-8"))`},
	{"codecinfo repr", `repr(codecs.lookup("ascii")).startswith("<codecs.CodecInfo object for encoding ascii at 0x")`},
	{"encode", `(codecs.encode("h\u00e9llo"), codecs.encode("h\u00e9llo", "latin-1"), codecs.encode("ab", "utf-16-le"), codecs.encode("ab", "utf-16"), codecs.encode("ab", "utf-8-sig"))`},
	{"decode", `(codecs.decode(b"h\xc3\xa9"), codecs.decode(b"\xe9", "latin-1"), codecs.decode(b"\xff\xfea\x00", "utf-16"), codecs.decode(b"\x00a", "utf-16-be"), codecs.decode(b"\xef\xbb\xbfab", "utf-8-sig"), codecs.decode(b"ab", "utf-8-sig"))`},
	{"encode error", `codecs.encode("a\u00e9", "ascii")`},
	{"decode error", `codecs.decode(b"a\xff", "utf-8")`},
	{"encode errors arg", `[codecs.encode("a\u00e9b", "ascii", e) for e in ("ignore", "replace", "xmlcharrefreplace", "backslashreplace")]`},
	{"decode errors arg", `[codecs.decode(b"a\xffb", "utf-8", e) for e in ("ignore", "replace", "backslashreplace")]`},
	{"unknown errors", `codecs.decode(b"a\xff", "ascii", "nope")`},
	{"encode unknown", `codecs.encode("x", "nope")`},
	{"getencoder", `(codecs.getencoder("ascii")("abc"), codecs.getencoder("utf-8")("\u20ac"), codecs.getencoder("utf-16-be")("a"))`},
	{"getdecoder", `(codecs.getdecoder("latin-1")(b"\xe9x"), codecs.getdecoder("utf-8")(b"\xe2\x82\xac"), codecs.getdecoder("utf-8")(bytearray(b"ok")))`},
	{"decoder final error", `codecs.getdecoder("utf-8")(b"a\xe2\x82")`},
	{"encoder type error", `codecs.getencoder("utf-8")(b"x")`},
	{"decoder type error", `codecs.getdecoder("utf-8")("x")`},
	{"incremental utf8", `inc_decode("utf-8", [b"a\xc3", b"\xa9b\xe2", b"\x82", b"\xac", b"\xf0\x9f", b"\x98\x80"])`},
	{"incremental utf8 truncated", `inc_decode("utf-8", [b"a\xe2\x82"])`},
	{"incremental utf8 replace", `inc_decode("utf-8", [b"a\xe2\x82"], "replace")`},
	{"incremental utf16", `inc_decode("utf-16", [b"\xff", b"\xfea", b"\x00b", b"\x00"])`},
	{"incremental utf16 be bom", `inc_decode("utf-16", [b"\xfe\xff\x00", b"a\xd8\x3d", b"\xde\x00"])`},
	{"incremental utf16le surrogate", `inc_decode("utf-16-le", [b"=\xd8", b"\x00\xde"])`},
	{"incremental utf8sig", `inc_decode("utf-8-sig", [b"\xef", b"\xbb", b"\xbfab", b"c"])`},
	{"incremental encoder", `(inc_encode("utf-16", ["a", "b"]), inc_encode("utf-8-sig", ["a", "b"]), inc_encode("ascii", ["x", ""]))`},
	{"incremental reset", `(lambda e: (e.encode("a"), e.reset(), e.encode("b")))(codecs.getincrementalencoder("utf-16")())`},
	{"iterencode", `list(codecs.iterencode(["a", "", "\u00e9"], "utf-8"))`},
	{"iterencode utf16", `list(codecs.iterencode(["a", "b"], "utf-16"))`},
	{"iterdecode", `list(codecs.iterdecode([b"\xc3", b"\xa9", b"", b"x"], "utf-8"))`},
	{"iterdecode utf16", `list(codecs.iterdecode([b"\xff", b"\xfea", b"\x00"], "utf-16"))`},
	{"iterdecode error", `list(codecs.iterdecode([b"a", b"\xc3"], "utf-8"))`},
	{"BOM constants", `(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM, codecs.BOM_UTF16, codecs.BOM_UTF32, codecs.BOM_LE, codecs.BOM_BE, codecs.BOM32_LE, codecs.BOM64_BE)`},
	{"search function", `(codecs.encode("abc", "rot_test"), codecs.decode(b"cba", "rot_test"), codecs.lookup("rot_test").name, codecs.lookup("ROT_TEST").name)`},
	{"register not callable", `codecs.register(1)`},
	{"register_error custom", `(codecs.encode("a\u00e9\u00e8b", "ascii", "test.q"), codecs.decode(b"a\xff\xfeb", "ascii", "test.q"), codecs.lookup_error("test.q")(UnicodeEncodeError("ascii", "xy", 0, 2, "r")))`},
	{"lookup_error builtins", `[codecs.lookup_error(n).__name__ for n in ("strict", "ignore", "replace", "xmlcharrefreplace", "backslashreplace")]`},
	{"lookup_error unknown", `codecs.lookup_error("nope")`},
	{"register_error not callable", `codecs.register_error("x", 1)`},
	{"error handler functions", `(codecs.ignore_errors(UnicodeEncodeError("ascii", "a\u00e9\u00e9", 1, 3, "r")), codecs.replace_errors(UnicodeEncodeError("ascii", "a\u00e9\u00e9", 1, 3, "r")), codecs.replace_errors(UnicodeDecodeError("ascii", b"a\xff\xff", 1, 3, "r")), codecs.xmlcharrefreplace_errors(UnicodeEncodeError("ascii", "a\u20ac", 1, 2, "r")), codecs.backslashreplace_errors(UnicodeEncodeError("ascii", "\u00e9\u20ac\U0001f600", 0, 3, "r")), codecs.backslashreplace_errors(UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "r")))`},
	{"strict_errors raises", `codecs.strict_errors(UnicodeDecodeError("utf-8", b"\xff", 0, 1, "bad byte"))`},
	{"handler wrong arg", `codecs.ignore_errors(ValueError("x"))`},
	{"open roundtrip utf8", `roundtrip_file("utf-8", "h\u00e9\nline2\r\nend")`},
	{"open roundtrip utf16", `roundtrip_file("utf-16", "ab\ncd\n")`},
	{"open roundtrip latin1", `roundtrip_file("latin-1", "\u00e9t\u00e9\n")`},
	{"open no encoding", `(lambda p: (open(p, "w").write("x\n"), codecs.open(p).read()))(os.path.join(D, "plain.txt"))`},
	{"open unknown encoding", `codecs.open(os.path.join(D, "u.txt"), "w", encoding="nope")`},
	{"open readline", `(lambda p: (open(p, "wb").write("a\u00e9\nb\nc".encode()), (lambda f: (f.readline(), f.readline(), f.readline(), f.readline()))(codecs.open(p, encoding="utf-8"))))(os.path.join(D, "rl.txt"))`},
	{"open readlines", `(lambda p: (open(p, "wb").write(b"x\ny\n"), codecs.open(p, encoding="ascii").readlines()))(os.path.join(D, "rls.txt"))`},
	{"stream writer reader", `(lambda b: (codecs.getwriter("utf-8")(b).write("\u00e9t\u00e9"), b.getvalue(), codecs.getreader("utf-8")(io.BytesIO(b.getvalue())).read()))(io.BytesIO())`},
	{"stream writer writelines", `(lambda b: (codecs.getwriter("latin-1")(b).writelines(["a", "\u00e9"]), b.getvalue()))(io.BytesIO())`},
	{"stream reader chunks", `(lambda r: (r.read(1), r.read(), r.read()))(codecs.getreader("utf-8")(io.BytesIO(b"\xc3\xa9abc")))`},
	{"cleanup", `shutil.rmtree(D)`},
	{"stream reader incomplete", `(lambda r: (r.read(), r.read(), r.bytebuffer))(codecs.getreader("utf-8")(io.BytesIO(b"ab\xe2\x82")))`},
	{"encode wrapped type error", `codecs.encode(b"x", "utf-8")`},
	{"decode wrapped type error", `codecs.decode("x", "latin-1")`},
	{"getincrementalencoder unknown", `codecs.getincrementalencoder("nope")`},
	{"encoded file", `(lambda b: (codecs.EncodedFile(b, "utf-8", "latin-1").write(b"\xc3\xa9"), b.getvalue()))(io.BytesIO())`},
}

func TestCodecsDifferential(t *testing.T) {
	pytesting.DiffCases(t, "codecs", codecsPrelude, codecsCases)
}
