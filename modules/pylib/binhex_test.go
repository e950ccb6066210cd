package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of binhex (Lib/modules/binhex.py) against CPython
// 3.6: encoding byte for byte, decoding, and the state errors.

const binhexPrelude = pytesting.ShowRepr + `import binhex, os, tempfile, io
d = tempfile.mkdtemp()
src = os.path.join(d, "in.txt")
enc = os.path.join(d, "enc.hqx")
out = os.path.join(d, "out.bin")
data = b"hello world\n" * 50 + bytes(range(256)) + b"\x90\x90\x90" + b"a" * 300
with open(src, "wb") as f:
    f.write(data)
binhex.binhex(src, enc)
class Keep(io.BytesIO):
    def close(self):
        self.final = self.getvalue()
def err(f, *a):
    try:
        return f(*a)
    except Exception as e:
        return type(e).__name__, str(e)
def bad(content):
    p = os.path.join(d, "bad")
    with open(p, "wb") as f:
        f.write(content)
    return err(binhex.hexbin, p, out)
`

var binhexCases = []pytesting.Case{
	{"encoded", `open(enc, "rb").read()`},
	{"roundtrip", `(binhex.hexbin(enc, out), open(out, "rb").read() == data)`},
	{"header", `(lambda h: (h.FName, h.FInfo.Type, h.FInfo.Creator, h.FInfo.Flags, h.dlen, h.rlen, h.read(5), h.read(3), h.close_data(), h.read_rsrc(), h.close()))(binhex.HexBin(enc))`},
	{"fileinfo", `(lambda i: (i[0], i[1].Type, i[1].Creator, i[2], i[3]))(binhex.getfileinfo(src))`},
	{"binary fileinfo", `(lambda p: (open(p, "wb").write(b"\0\1"), binhex.getfileinfo(p)[1].Type))(os.path.join(d, "b:in"))`},
	{"no data", `(bad(b""), bad(b"no colon here"))`},
	{"writer", `(lambda k: (lambda w: (w.write(b"abc"), w.write_rsrc(b"zz"), w.close(), k.final))(binhex.BinHex(("n", None, 3, 2), k)))(Keep())`},
	{"finfo", `(lambda k: (lambda fi: (setattr(fi, "Type", "ABCD"), setattr(fi, "Flags", 3), (lambda w: (w.write(b""), w.close(), k.final))(binhex.BinHex(("name", fi, 0, 0), k))))(binhex.FInfo()))(Keep())`},
	{"wrong sizes", `(lambda k: (lambda w: (w.write(b"ab"), err(w.close)))(binhex.BinHex(("n", None, 3, 0), k)))(Keep())`},
	{"write after rsrc", `(lambda w: (w.write(b"abc"), w.write_rsrc(b"zz"), err(w.write, b"q")))(binhex.BinHex(("n", None, 3, 2), io.BytesIO()))`},
	{"long name", `err(binhex.BinHex, ("x" * 64, None, 0, 0), io.BytesIO())`},
	{"resource size", `(lambda w: (w.write(b"abc"), err(w.close)))(binhex.BinHex(("n", None, 3, 5), Keep()))`},
	{"names", `(binhex.__all__, binhex.LINELEN, binhex.RUNCHAR, binhex.FInfo().Type)`},
}

func TestBinhexDifferential(t *testing.T) {
	pytesting.DiffCases(t, "binhex", binhexPrelude, binhexCases)
}
