package pylib_test

import (
	"archive/zip"
	"bytes"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of zipfile against CPython 3.6. Archives are built
// with fixed ZipInfo dates (and files with fixed mtimes), so that the
// bytes written can be compared whole; files live in a fresh directory
// whose path never reaches the output.

// zipCryptoHex are two archives written by Info-ZIP's zip with the
// password "pass": s.txt stored, d.txt deflated, both with data
// descriptors (so the password check byte comes from the time).
const zipCryptoHex = `ENC0 = bytes.fromhex("504b03040a00090000001782835d2f6637681f0000001300000005001c00732e7478745554090003ee95116bee95116b75780b000104000000000400000000f52f55bb07e4819e97533ceec727609791e5075340d8ecca2e97eb50c7add3504b07082f6637681f00000013000000504b01021e030a00090000001782835d2f6637681f00000013000000050018000000000000000000a48100000000732e7478745554050003ee95116b75780b000104000000000400000000504b050600000000010001004b0000006e0000000000")
ENC8 = bytes.fromhex("504b030414000b0008001782835da6b906f9230000008b02000005001c00642e7478745554090003ee95116bee95116b75780b000104000000000400000000c10b008e10a607bcc08d386ec237ea0db0ed92edda8e966da26dd163ee9be05e331b0b504b0708a6b906f9230000008b020000504b01021e0314000b0008001782835da6b906f9230000008b020000050018000000000001000000a48100000000642e7478745554050003ee95116b75780b000104000000000400000000504b050600000000010001004b000000720000000000")
`

const zipPrelude = pytesting.ShowRepr + `import zipfile, io, os, sys, hashlib, tempfile, shutil, warnings
warnings.simplefilter("ignore")
D = tempfile.mkdtemp(prefix="zip-")
def P(*names):
    return os.path.join(D, *names)
DT = (2001, 2, 3, 4, 5, 6)
TEXT = b"".join(b"row %d of the member\n" % i for i in range(200))
def info(name, method=zipfile.ZIP_STORED, dt=DT):
    zi = zipfile.ZipInfo(name, dt)
    zi.compress_type = method
    return zi
def build(method=zipfile.ZIP_STORED, comment=b"", **kw):
    b = io.BytesIO()
    with zipfile.ZipFile(b, "w", method, **kw) as zf:
        zf.writestr(info("a.txt", method), TEXT)
        zf.writestr(info("dir/", zipfile.ZIP_STORED), b"")
        zf.writestr(info("dir/b.bin", method), bytes(range(256)) * 4)
        zf.writestr(info("caf\u00e9.txt", method, (2010, 12, 31, 23, 59, 58)), "unicode name")
        with zf.open(info("w.txt", method), "w") as w:
            w.write(b"written through open(w)\n" * 10)
        zf.comment = comment
    return b.getvalue()
Z0 = build()
Z8 = build(zipfile.ZIP_DEFLATED)
def sha(b):
    return hashlib.sha1(b).hexdigest()
def rd(data):
    return zipfile.ZipFile(io.BytesIO(data))
def flip(data, at, mask=0xff):
    b = bytearray(data)
    b[at] ^= mask
    return bytes(b)
def tree(root):
    out = []
    for d, dirs, files in os.walk(root):
        dirs.sort()
        for f in sorted(files):
            p = os.path.join(d, f)
            out.append((os.path.relpath(p, root), open(p, "rb").read()[:20]))
    return out
def oserr(f):
    try:
        f()
    except OSError as e:
        return type(e).__name__, e.errno, e.strerror, os.path.basename(e.filename)
def cli(*args):
    out = io.StringIO()
    old = sys.stdout
    sys.stdout = out
    try:
        zipfile.main(list(args))
        code = None
    except SystemExit as e:
        code = e.code
    finally:
        sys.stdout = old
    return code, out.getvalue().replace(D, "<D>")
with open(P("src.txt"), "wb") as f:
    f.write(TEXT)
os.mkdir(P("srcdir"))
with open(P("srcdir", "inner.txt"), "wb") as f:
    f.write(b"inner file\n")
for p in (P("src.txt"), P("srcdir", "inner.txt"), P("srcdir")):
    os.utime(p, (1000000000, 1000000000))
def quiet(f):
    out = io.StringIO()
    old = sys.stdout
    sys.stdout = out
    try:
        r = f()
    finally:
        sys.stdout = old
    return r, out.getvalue().replace(D, "<D>")
def pyfiles(files):
    for name, text in files.items():
        os.makedirs(os.path.dirname(P("py", name)), exist_ok=True)
        with open(P("py", name), "w") as f:
            f.write(text)
pyfiles({"pkg/__init__.py": "", "pkg/m.py": "x = 1\n", "pkg/bad.py": "def (:\n",
         "pkg/sub/__init__.py": "", "pkg/sub/s.py": "y = 2\n", "pkg/notpkg/n.py": "", "pkg/data.txt": "",
         "plain/a.py": "", "plain/inner/b.py": "", "one.py": "print(42)\n"})
def pyzip(path, **kw):
    z = zipfile.PyZipFile(io.BytesIO(), "w")
    r, out = quiet(lambda: z.writepy(path, **kw))
    return sorted(z.namelist()), "SyntaxError" in out, r
` + zipCryptoHex

var zipCases = []pytesting.Case{
	{"stored bytes", `(len(Z0), sha(Z0))`},
	{"deflated bytes", `(len(Z8), sha(Z8))`},
	{"bzip2 bytes", `sha(build(zipfile.ZIP_BZIP2))`},
	{"lzma bytes", `sha(build(zipfile.ZIP_LZMA))`},
	{"comment bytes", `sha(build(comment=b"archive comment"))`},
	{"force zip64", `(lambda b: (lambda z: (lambda w: (w.write(b"q"), w.close(), z.close(), b.getvalue()))(z.open(info("z"), "w", force_zip64=True)))(zipfile.ZipFile(b, "w")))(io.BytesIO())`},
	{"allowZip64 false bytes", `sha(build(allowZip64=False))`},
	{"namelist", `rd(Z8).namelist()`},
	{"infolist reprs", `[repr(i) for i in rd(Z8).infolist()]`},
	{"info fields", `[(i.filename, i.date_time, i.compress_type, i.create_system, i.create_version, i.extract_version, i.flag_bits, i.external_attr, i.header_offset, i.CRC, i.compress_size, i.file_size, i.extra, i.comment, i.volume, i.internal_attr, i.is_dir()) for i in rd(Z8).infolist()]`},
	{"read members", `[(n, sha(rd(Z).read(n))) for Z in (Z0, Z8) for n in rd(Z).namelist()]`},
	{"read bzip2 lzma", `[rd(build(m)).read("dir/b.bin") == bytes(range(256)) * 4 for m in (zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)]`},
	{"open read api", `(lambda f: (repr(f), f.read(5), f.readline(), f.read1(4), f.peek(2)[:2], len(f.read()), f.read(), f.close(), repr(f)))(rd(Z8).open("a.txt"))`},
	{"open iterate", `len(list(rd(Z0).open("a.txt")))`},
	{"getinfo", `repr(rd(Z0).getinfo("dir/"))`},
	{"getinfo missing", `rd(Z0).getinfo("nope")`},
	{"read missing", `rd(Z0).read("nope")`},
	{"printdir", `(lambda out: (rd(Z8).printdir(out), out.getvalue()))(io.StringIO())`},
	{"testzip good", `rd(Z8).testzip()`},
	{"comment read", `rd(build(comment=b"hello")).comment`},
	{"repr", `(repr(zipfile.ZipFile(P("r.zip"), "w")).replace(D, "<D>"), repr((lambda z: (z.close(), z)[1])(rd(Z0))))`},
	{"is_zipfile", `(zipfile.is_zipfile(io.BytesIO(Z0)), zipfile.is_zipfile(io.BytesIO(b"nope" * 10)), zipfile.is_zipfile(P("src.txt")), zipfile.is_zipfile(P("missing")))`},
	{"zipinfo defaults", `(lambda z: (z.filename, z.date_time, z.compress_type, z.create_system, z.create_version, z.extract_version, z.flag_bits, z.external_attr, z.comment, z.extra, repr(z)))(zipfile.ZipInfo("x\u0000y"))`},
	{"zipinfo file_size unset", `zipfile.ZipInfo("a").file_size`},
	{"zipinfo before 1980", `zipfile.ZipInfo("a", (1979, 12, 31, 0, 0, 0))`},
	{"zipinfo from_file", `(lambda z: (z.filename, z.file_size, z.is_dir(), oct(z.external_attr >> 16)[-3:]))(zipfile.ZipInfo.from_file(P("src.txt"), "/abs/../name.txt"))`},
	{"zipinfo from_file dir", `(lambda z: (z.filename, z.file_size, z.is_dir(), z.external_attr & 0x10))(zipfile.ZipInfo.from_file(P("srcdir"), "d"))`},
	{"write from files", `(lambda p: (lambda z: ([z.write(P("src.txt"), "s.txt"), z.write(P("srcdir"), "sd"), z.write(P("srcdir", "inner.txt"), "sd/inner.txt", zipfile.ZIP_DEFLATED)], z.close(), sha(open(p, "rb").read())))(zipfile.ZipFile(p, "w")))(P("files.zip"))`},
	{"append", `(lambda b: (lambda z: (z.writestr(info("added.txt"), b"more"), z.close(), sha(b.getvalue()), rd(b.getvalue()).namelist()))(zipfile.ZipFile(b, "a")))(io.BytesIO(Z0))`},
	{"append to non zip", `(lambda b: (lambda z: (z.writestr(info("x"), b"y"), z.close(), b.getvalue()[:8], rd(b.getvalue()).read("x")))(zipfile.ZipFile(b, "a")))(io.BytesIO(b"prefix!!"))`},
	{"mode x", `(lambda p: (zipfile.ZipFile(p, "x").close(), os.path.getsize(p)))(P("x.zip"))`},
	{"mode x exists", `(lambda p: (zipfile.ZipFile(p, "w").close(), oserr(lambda: zipfile.ZipFile(p, "x"))))(P("x2.zip"))`},
	{"missing file", `oserr(lambda: zipfile.ZipFile(P("missing.zip")))`},
	{"bad mode", `zipfile.ZipFile(io.BytesIO(), "q")`},
	{"bad compression", `zipfile.ZipFile(io.BytesIO(), "w", 99)`},
	{"open bad mode", `rd(Z0).open("a.txt", "q")`},
	{"write in read mode", `rd(Z0).writestr("n", b"x")`},
	{"write closed", `(lambda z: (z.close(), z.writestr("n", b"x")))(zipfile.ZipFile(io.BytesIO(), "w"))`},
	{"read closed", `(lambda z: (z.close(), z.read("a.txt")))(rd(Z0))`},
	{"pwd on write", `zipfile.ZipFile(io.BytesIO(), "w").open("n", "w", pwd=b"p")`},
	{"two write handles", `(lambda z: (z.open(info("a"), "w"), z.open(info("b"), "w")))(zipfile.ZipFile(io.BytesIO(), "w"))`},
	{"read while writing", `(lambda z: (z.writestr(info("a"), b"1"), z.open(info("b"), "w"), z.read("a")))(zipfile.ZipFile(io.BytesIO(), "w"))`},
	{"large zip64 refused", `(lambda z: (z.open(info("a"), "w", force_zip64=True)))(zipfile.ZipFile(io.BytesIO(), "w", allowZip64=False))`},
	{"unseekable output", `(lambda s: (lambda z: (z.writestr(info("a"), b"data one"), z.writestr(info("b", zipfile.ZIP_DEFLATED), b"data two" * 9), z.close(), sha(s.b.getvalue())))(zipfile.ZipFile(s, "w")))(type("W", (), {"b": io.BytesIO(), "write": lambda self, d: self.b.write(d), "flush": lambda self: None})())`},
	{"unseekable read back", `(lambda s: (lambda z: (z.writestr(info("a"), b"data one"), z.close(), rd(s.b.getvalue()).read("a"), rd(s.b.getvalue()).getinfo("a").flag_bits))(zipfile.ZipFile(s, "w")))(type("W", (), {"b": io.BytesIO(), "write": lambda self, d: self.b.write(d), "flush": lambda self: None})())`},
	{"duplicate name", `(lambda b: (lambda z: (z.writestr(info("d"), b"1"), z.writestr(info("d"), b"2"), z.close(), rd(b.getvalue()).read("d"), len(rd(b.getvalue()).infolist())))(zipfile.ZipFile(b, "w")))(io.BytesIO())`},
	{"writestr str name", `(lambda z: (z.writestr("n.txt", "text"), z.writestr("d/", b""), [(i.external_attr, i.compress_type) for i in z.infolist()]))(zipfile.ZipFile(io.BytesIO(), "w", zipfile.ZIP_DEFLATED))`},
	{"extractall", `(lambda d: (rd(Z8).extractall(d), tree(d)))(P("out"))`},
	{"extract returns", `(lambda d: os.path.relpath(rd(Z8).extract("dir/b.bin", d), d))(P("out2"))`},
	{"extract sanitises", `(lambda b: (lambda z: ([z.writestr(info(n), n.encode()) for n in ("../up.txt", "/abs.txt", "a/./b/../c.txt", "..\\win.txt")], z.close(), rd(b.getvalue()).extractall(P("safe")), tree(P("safe"))))(zipfile.ZipFile(b, "w")))(io.BytesIO())`},
	{"zipcrypto stored", `(lambda z: (z.read("s.txt", pwd=b"pass"), z.getinfo("s.txt").flag_bits))(rd(ENC0))`},
	{"zipcrypto deflated setpassword", `(lambda z: (z.setpassword(b"pass"), len(z.read("d.txt"))))(rd(ENC8))`},
	{"zipcrypto no password", `rd(ENC0).read("s.txt")`},
	{"zipcrypto bad password", `rd(ENC0).read("s.txt", pwd=b"wrong")`},
	{"zipcrypto pwd type", `rd(ENC0).read("s.txt", pwd="pass")`},
	{"corrupt not zip", `zipfile.ZipFile(io.BytesIO(b"PK\x03\x04 but not really a zip archive"))`},
	{"corrupt empty", `zipfile.ZipFile(io.BytesIO(b""))`},
	{"corrupt truncated end", `zipfile.ZipFile(io.BytesIO(Z0[:-10]))`},
	{"corrupt central magic", `zipfile.ZipFile(io.BytesIO(Z0.replace(b"PK\x01\x02", b"PK\x01\x09", 1)))`},
	{"corrupt local magic", `rd(flip(Z0, 0)).read("a.txt")`},
	{"corrupt crc", `rd(flip(Z0, 60, 1)).read("a.txt")`},
	{"corrupt crc testzip", `rd(flip(Z0, 60, 1)).testzip()`},
	{"corrupt deflate data", `rd(flip(Z8, 50)).read("a.txt")`},
	{"corrupt name mismatch", `rd(Z0.replace(b"a.txt", b"A.txt", 1)).read("a.txt")`},
	{"corrupt central dir cut", `(lambda e: zipfile.ZipFile(io.BytesIO(Z0[:e - 30] + Z0[e:])))(Z0.rindex(b"PK\x05\x06"))`},
	{"prefixed archive", `rd(b"#!/bin/sh\n" + Z8).read("a.txt") == TEXT`},
	{"pyzipfile bad ext", `zipfile.PyZipFile(io.BytesIO(), "w").writepy(P("src.txt"))`},
	{"errors", `(zipfile.BadZipfile is zipfile.BadZipFile, zipfile.error is zipfile.BadZipFile, issubclass(zipfile.LargeZipFile, Exception), zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)`},
	{"cli list", `(lambda p: (open(p, "wb").write(Z8), cli("-l", p)))(P("cli.zip"))`},
	{"cli test", `cli("-t", P("cli.zip"))`},
	{"cli test corrupt", `(lambda p: (open(p, "wb").write(flip(Z0, 60, 1)), cli("-t", p)))(P("bad.zip"))`},
	{"cli extract", `(cli("-e", P("cli.zip"), P("cliout")), tree(P("cliout")))`},
	{"cli create", `(cli("-c", P("made.zip"), P("src.txt"), P("srcdir")), rd(open(P("made.zip"), "rb").read()).namelist(), [i.compress_type for i in rd(open(P("made.zip"), "rb").read()).infolist()])`},
	{"cli usage", `cli()`},
	{"cli bad args", `cli("-l")`},
	{"pyzipfile package", `pyzip(P("py", "pkg"))`},
	{"pyzipfile plain directory", `pyzip(P("py", "plain"))`},
	{"pyzipfile module", `pyzip(P("py", "one.py"))`},
	{"pyzipfile basename", `pyzip(P("py", "one.py"), basename="lib")`},
	{"pyzipfile bad syntax", `pyzip(P("py", "pkg", "bad.py"))`},
	{"pyzipfile filterfunc", `pyzip(P("py", "pkg"), filterfunc=lambda p: "bad" not in p and "sub" not in p)`},
	{"pyzipfile filter all", `pyzip(P("py", "pkg"), filterfunc=lambda p: False)`},
	{"pyzipfile debug", `(lambda z: (setattr(z, "debug", 1), quiet(lambda: z.writepy(P("py", "pkg"), filterfunc=lambda p: "bad" not in p))[1].count("skipped by filterfunc")))(zipfile.PyZipFile(io.BytesIO(), "w"))`},
	{"pyzipfile pathlike", `pyzip(__import__("pathlib").Path(P("py", "one.py")))`},
	{"zipinfo from_file fd", `(lambda fd: (lambda z: (os.close(fd), z.filename, z.file_size))(zipfile.ZipInfo.from_file(fd, "by-fd")))(os.open(P("src.txt"), os.O_RDONLY))`},
	{"sanitize windows name", `[zipfile.ZipFile._sanitize_windows_name(a, sep) for a, sep in ((r',,?,C:,foo,bar/z', ','), (r'a\b,c<d>e|f"g?h*i', ','), ('../../foo../../ba..r', '/'), ('', '/'))]`},
	{"append keeps zip64 extra", `(lambda lim: (setattr(zipfile, "ZIP64_LIMIT", 100), (lambda b: (zipfile.ZipFile(b, "w").writestr(info("s"), TEXT) if False else None, (lambda z: (z.writestr(info("s"), TEXT), z.close()))(zipfile.ZipFile(b, "w")), (lambda e: ((lambda z: (z.writestr(info("t"), TEXT), z.close()))(zipfile.ZipFile(b, "a")), rd(b.getvalue()).getinfo("s").extra == e, e))(rd(b.getvalue()).getinfo("s").extra)))(io.BytesIO()), setattr(zipfile, "ZIP64_LIMIT", lim))[1][2])(zipfile.ZIP64_LIMIT)`},
	{"cleanup", `shutil.rmtree(D)`},
}

func TestZipfileDifferential(t *testing.T) {
	t.Setenv("TZ", "UTC") // listings and ZIP dates are local time; the stored output is UTC's
	pytesting.DiffCases(t, "zipfile", zipPrelude, zipCases)
}

// zipCorpus returns a small valid archive written by Go's archive/zip.
func zipCorpus(t testing.TB) []byte {
	var b bytes.Buffer
	w := zip.NewWriter(&b)
	for _, m := range []struct {
		name   string
		method uint16
		data   string
	}{{"a.txt", zip.Store, "stored member\n"}, {"d/b.txt", zip.Deflate, "deflated member, deflated member\n"}} {
		f, err := w.CreateHeader(&zip.FileHeader{Name: m.name, Method: m.method})
		require.NoError(t, err)
		_, err = f.Write([]byte(m.data))
		require.NoError(t, err)
	}
	require.NoError(t, w.SetComment("corpus"))
	require.NoError(t, w.Close())
	return b.Bytes()
}

// zipReadAll is the script the corpus and fuzz tests run: every way of
// reading the archive, where bad input may raise the module's exceptions
// (and those its codecs raise), never anything else.
const zipReadAll = `import zipfile, io, zlib, lzma
ALLOWED = (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, RuntimeError, EOFError, OSError, ValueError, KeyError, zlib.error, lzma.LZMAError)
try:
    zf = zipfile.ZipFile(io.BytesIO(DATA))
except ALLOWED:
    zf = None
if zf is not None:
    for info in zf.infolist():
        repr(info)
        try:
            zf.read(info.filename)
        except ALLOWED:
            pass
    try:
        zf.testzip()
    except ALLOWED:
        pass
    zf.printdir(io.StringIO())
zipfile.is_zipfile(io.BytesIO(DATA))
print("ok")
`

// TestZipfileCorruptCorpus cuts and damages a valid archive at every
// interesting place: each variant must give zipfile's exceptions only.
func TestZipfileCorruptCorpus(t *testing.T) {
	good := zipCorpus(t)
	var variants [][]byte
	for cut := 0; cut < len(good); cut += 7 {
		variants = append(variants, good[:cut])
	}
	for at := 0; at < len(good); at += 5 {
		v := append([]byte(nil), good...)
		v[at] ^= 0xA5
		variants = append(variants, v)
	}
	var src bytes.Buffer
	src.WriteString("CORPUS = [\n")
	for _, v := range variants {
		src.WriteString("    " + pyBytesLiteral(v) + ",\n")
	}
	src.WriteString("]\nfor DATA in CORPUS:\n    exec(SCRIPT)\n")
	script := "SCRIPT = " + pyQuoted(zipReadAll) + "\n" + src.String()
	out, err := pytesting.RunGuarded(t, script)
	require.NoError(t, err)
	require.Equal(t, len(variants), bytes.Count([]byte(out), []byte("ok\n")))
}

// FuzzZipfileRead feeds arbitrary bytes to zipfile.
func FuzzZipfileRead(f *testing.F) {
	good := zipCorpus(f)
	f.Add(good)
	f.Add(good[:len(good)-10])
	f.Add([]byte("PK\x05\x06\x00\x00\x00\x00\x01\x00\x01\x00\xff\xff\xff\xff\x00\x00\x00\x00\x00\x00"))
	shared := pytesting.NewShared(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > 4000 {
			return
		}
		out, err := shared.Run(t, "DATA = "+pyBytesLiteral(data)+"\n"+zipReadAll)
		require.NoError(t, err)
		require.Equal(t, "ok\n", out)
	})
}

// pyQuoted spells s as a Python string literal.
func pyQuoted(s string) string {
	var b bytes.Buffer
	b.WriteByte('"')
	for _, c := range []byte(s) {
		switch {
		case c == '\\' || c == '"':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '\n':
			b.WriteString(`\n`)
		case c < 0x20 || c >= 0x7f:
			b.WriteString(`\x`)
			b.WriteString(string("0123456789abcdef"[c>>4]) + string("0123456789abcdef"[c&15]))
		default:
			b.WriteByte(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}
