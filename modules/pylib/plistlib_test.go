package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of plistlib (Lib/modules/plistlib.py) against
// CPython 3.6: both formats byte for byte, reading back, the deprecated
// interface and its warnings, and damaged input.

const plistPrelude = pytesting.ShowRepr + `import plistlib, datetime, io, os, tempfile, warnings
from plistlib import FMT_XML, FMT_BINARY
warnings.simplefilter("always")
SAMPLE = {"name": "x & <y>", "n": 42, "neg": -7, "big": 2 ** 40, "f": 1.5, "t": True, "no": False,
          "when": datetime.datetime(2018, 3, 4, 5, 6, 7), "blob": b"\x00\x01payload" * 9,
          "list": [1, "two", [3.0], {}], "tup": (), "nested": {"a": {"b": []}}, "uni": "caf\u00e9 \u2603"}
def rt(value, fmt, **kw):
    return plistlib.loads(plistlib.dumps(value, fmt=fmt), **kw)
def err(f, *a, **kw):
    try:
        return f(*a, **kw)
    except Exception as e:
        return type(e).__name__, str(e)
def caught(f, *a):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        r = f(*a)
    return r, [(x.category.__name__, str(x.message)) for x in w]
d = tempfile.mkdtemp()
`

var plistCases = []pytesting.Case{
	{"xml bytes", `plistlib.dumps(SAMPLE)`},
	{"binary bytes", `plistlib.dumps(SAMPLE, fmt=FMT_BINARY)`},
	{"xml roundtrip", `rt(SAMPLE, FMT_XML) == dict(SAMPLE, tup=[])`},
	{"binary roundtrip", `rt(SAMPLE, FMT_BINARY) == dict(SAMPLE, tup=[])`},
	{"unsorted", `(plistlib.dumps({"b": 1, "a": 2}, sort_keys=False), plistlib.dumps({"b": 1, "a": 2}, fmt=FMT_BINARY, sort_keys=False))`},
	{"skipkeys", `(plistlib.dumps({1: 2, "k": 3}, skipkeys=True), err(plistlib.dumps, {1: 2}), err(plistlib.dumps, {1: 2}, fmt=FMT_BINARY))`},
	{"int limits", `[(n, err(rt, n, f)) for n in (2 ** 63 - 1, 2 ** 64 - 1, 2 ** 64, -2 ** 63, -2 ** 63 - 1, 255, 256, 65535, 65536) for f in (FMT_XML, FMT_BINARY)]`},
	{"binary ints", `[plistlib.dumps(n, fmt=FMT_BINARY)[8:-40] for n in (0, 300, 70000, 2 ** 33, -1, 2 ** 63)]`},
	{"floats", `(plistlib.dumps(0.1), rt(-2.5e-10, FMT_BINARY), rt(float("inf"), FMT_XML))`},
	{"unsupported", `(err(plistlib.dumps, object()), err(plistlib.dumps, None), err(plistlib.dumps, {1, 2}, fmt=FMT_BINARY))`},
	{"none binary", `rt([None, None], FMT_BINARY)`},
	{"control chars", `(err(plistlib.dumps, "a\x01b"), plistlib.dumps("line\r\nnext\rend\tx"))`},
	{"data wrapping", `plistlib.dumps({"a": {"b": {"c": bytes(range(100))}}})`},
	{"data objects", `(rt(b"xy", FMT_XML, use_builtin_types=False), rt(b"xy", FMT_BINARY, use_builtin_types=False), plistlib.dumps(plistlib.Data(b"zz")))`},
	{"Data", `(plistlib.Data(b"ab") == b"ab", plistlib.Data(b"ab") == plistlib.Data(b"ab"), plistlib.Data(b"ab") == "ab", err(plistlib.Data, "s"), plistlib.Data.fromBase64("aGk="), plistlib.Data(b"x" * 60).asBase64(20))`},
	{"dict_type", `(lambda r: (type(r).__name__, list(r)))(plistlib.loads(plistlib.dumps({"z": 1, "a": 2}), dict_type=__import__("collections").OrderedDict))`},
	{"bad date", `err(plistlib.loads, b"<plist><date>2011-02</date></plist>")`},
	{"dates", `(plistlib.loads(b"<plist><date>2011-02Z</date></plist>"), plistlib.loads(b"<plist><date>2011-02-03T04Z</date></plist>"), rt(datetime.datetime(1990, 1, 1, 0, 0, 1), FMT_BINARY))`},
	{"shared objects", `(lambda a: (lambda r: (r[0] is r[1], len(plistlib.dumps([a, a, "s", "s"], fmt=FMT_BINARY))))(rt([a, a], FMT_BINARY)))([1, 2])`},
	{"long strings", `(rt("x" * 300, FMT_BINARY) == "x" * 300, plistlib.dumps("y" * 20, fmt=FMT_BINARY)[8:12], rt(["\u20ac" * 16], FMT_BINARY))`},
	{"detect", `(err(plistlib.loads, b"junk"), err(plistlib.loads, b""), plistlib.loads(b"\xef\xbb\xbf<?xml version='1.0'?><plist><true/></plist>"))`},
	{"utf16 xml", `plistlib.loads('<?xml version="1.0" encoding="UTF-16"?><plist><string>\u00e9</string></plist>'.encode("utf-16"))`},
	{"bad xml", `[err(plistlib.loads, s) for s in (b"<plist><dict><key>a</key></dict></plist>", b"<plist><dict><string>a</string></dict></plist>", b"<plist><array><key>a</key></array></plist>", b"<plist><dict><key>a</key><key>b</key></dict></plist>")]`},
	{"entities refused", `err(plistlib.loads, b'<?xml version="1.0"?><!DOCTYPE p [<!ENTITY e "x">]><plist><string>&e;</string></plist>')`},
	{"bad binary", `[err(plistlib.loads, b) for b in (b"bplist00", b"bplist00" + b"\x00" * 32, plistlib.dumps([1, 2], fmt=FMT_BINARY)[:-5] + b"\xff" * 5)]`},
	{"explicit fmt", `(err(plistlib.loads, plistlib.dumps(1), fmt=FMT_BINARY), err(plistlib.dumps, 1, fmt=3), plistlib.loads(plistlib.dumps([1]), fmt=FMT_XML))`},
	{"enum", `(FMT_XML, FMT_BINARY, repr(plistlib.PlistFormat(2)), sorted(plistlib.__all__))`},
	{"InvalidFileException", `(issubclass(plistlib.InvalidFileException, ValueError), str(plistlib.InvalidFileException()), str(plistlib.InvalidFileException("m")))`},
	{"readPlistFromBytes", `(lambda r: (type(r[0]).__name__, r[0]["k"], type(r[0]["d"]).__name__, r[1]))(caught(plistlib.readPlistFromBytes, plistlib.dumps({"k": 1, "d": b"q"})))`},
	{"writePlistToBytes", `caught(plistlib.writePlistToBytes, {"a": [1]})`},
	{"readPlist writePlist", `(lambda p: (caught(plistlib.writePlist, {"a": 1}, p)[1], caught(plistlib.readPlist, p)))(os.path.join(d, "x.plist"))`},
	{"attribute access", `(lambda r: caught(lambda: (r.k, err(getattr, r, "missing"))))(caught(plistlib.readPlistFromBytes, plistlib.dumps({"k": 5}))[0])`},
	{"Plist Dict", `(caught(lambda: plistlib.Plist(a=1)), caught(lambda: plistlib.Dict(b=2)), caught(lambda: plistlib.Plist.fromFile(io.BytesIO(plistlib.dumps({"z": 0})))))`},
	{"Plist write", `(lambda b: (caught(lambda: plistlib.Plist(q=1))[0].write(b), b.getvalue()))(io.BytesIO())`},
	{"file dump load", `(lambda p: (plistlib.dump([1], open(p, "wb"), fmt=FMT_BINARY), plistlib.load(open(p, "rb"))))(os.path.join(d, "b.plist"))`},
	{"empty containers", `(plistlib.dumps([{}, []]), rt([{}, [], ""], FMT_BINARY))`},
}

func TestPlistlibDifferential(t *testing.T) {
	pytesting.DiffCases(t, "plistlib", plistPrelude, plistCases)
}
