package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of gzip's command line (gzip._test, what python -m
// gzip runs) against CPython 3.6: compressing and decompressing files,
// the name check, and standard input to standard output.

const gzipCLIPrelude = pytesting.ShowRepr + `import gzip, io, os, sys, tempfile, shutil
D = tempfile.mkdtemp(prefix="gzc-")
P = os.path.join(D, "data.txt")
with open(P, "wb") as f:
    f.write(b"line one\nline two\n" * 100)
class Std:
    def __init__(self, data=b""):
        self.buffer = io.BytesIO(data)
def run(*args, stdin=b""):
    old = sys.argv, sys.stdin, sys.stdout
    out = io.StringIO()
    out.buffer = io.BytesIO()
    sys.argv, sys.stdin, sys.stdout = ["gzip"] + list(args), Std(stdin), out
    try:
        gzip._test()
    finally:
        sys.argv, sys.stdin, sys.stdout = old
    return out.getvalue().replace(D, "<D>"), out.buffer.getvalue()
`

var gzipCLICases = []pytesting.Case{
	{"compress file", `(run(P), os.path.exists(P + ".gz"), gzip.decompress(open(P + ".gz", "rb").read())[:18], open(P + ".gz", "rb").read()[10:19])`},
	{"decompress file", `(os.remove(P), run("-d", P + ".gz"), open(P, "rb").read()[:9], os.path.exists(P + ".gz"))`},
	{"decompress wrong name", `run("-d", P)`},
	{"stdin to stdout", `(lambda r: (r[0], r[1][:3], gzip.decompress(r[1])))(run(stdin=b"abc\n"))`},
	{"decompress stdin", `run("-d", "-", stdin=gzip.compress(b"xyz"))`},
	{"cleanup", `shutil.rmtree(D)`},
}

func TestGzipCommandLine(t *testing.T) {
	pytesting.DiffCases(t, "gzip_cli", gzipCLIPrelude, gzipCLICases)
}
