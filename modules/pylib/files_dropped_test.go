package pylib_test

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of file objects dropped without close(): IOBase's
// __del__ closes them when their last reference goes, so a compressed
// file written and forgotten is complete on disk, as in CPython 3.6.

const droppedPrelude = pytesting.ShowRepr + `import bz2, gzip, io, lzma, os, shutil, tempfile
D = tempfile.mkdtemp(prefix="dropped-")
TEXT = b"".join(b"record %d of the dropped file\n" % i for i in range(500))
MODS = {"gz": gzip, "bz2": bz2, "xz": lzma}
def write_and_forget(kind, path, mode="wb", data=TEXT):
    f = MODS[kind].open(path, mode)
    f.write(data)
def dropped(kind, mode="wb", data=TEXT):
    path = os.path.join(D, "forgotten." + kind)
    write_and_forget(kind, path, mode, data)
    with MODS[kind].open(path, "rb") as r:
        back = r.read()
    return len(back), back == (data if mode == "wb" else data.encode())
def into_buffer():
    buf = io.BytesIO()
    g = gzip.GzipFile(fileobj=buf, mode="wb", mtime=0)
    g.write(b"kept in memory")
    g = None
    return gzip.decompress(buf.getvalue())
def closed_flag():
    f = gzip.open(os.path.join(D, "flag.gz"), "wb")
    f.close()
    f.__del__()
    return f.closed
`

var droppedCases = []pytesting.Case{
	{"gzip dropped", `dropped("gz")`},
	{"bz2 dropped", `dropped("bz2")`},
	{"lzma dropped", `dropped("xz")`},
	{"gzip text dropped", `dropped("gz", "wt", "text line\n" * 50)`},
	{"gzip over BytesIO dropped", `into_buffer()`},
	{"__del__ after close", `closed_flag()`},
	{"cleanup", `shutil.rmtree(D)`},
}

// TestDroppedFilesDifferential runs the script in the interpreter's own
// process: the collections that finalize a dropped object are rationed
// by the heap they mark, which this test binary's many contexts make
// large.
func TestDroppedFilesDifferential(t *testing.T) {
	src := pytesting.CaseScript(droppedPrelude, droppedCases)
	want := pytesting.CPython36Output(t, "dropped_files", src)
	path := filepath.Join(t.TempDir(), "dropped.py")
	require.NoError(t, os.WriteFile(path, []byte(src), 0o644))
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute)
	defer cancel()
	out, err := exec.CommandContext(ctx, pytesting.Binary(t), path).CombinedOutput()
	require.NoError(t, err, "output:\n%s", out)
	pytesting.CompareCases(t, droppedCases, want, string(out))
}
