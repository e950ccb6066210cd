package gpythonssl_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	gpythonssl "github.com/gpython-ssl/gpython-ssl"
)

// concurrentImportScript starts eight threads that import one package
// nobody imported before and use it at once; results lists what each
// thread got (a value, or the error it hit).
const concurrentImportScript = `
import threading
results = []
def work():
    try:
        results.append(str(use()))
    except Exception as e:
        results.append('%%s: %%s' %% (type(e).__name__, e))
def use():
%s
def main():
    threads = [threading.Thread(target=work) for _ in range(8)]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
main()
`

// TestConcurrentFirstImport: a thread importing a package another thread
// is still loading waits for it (per-module import locks, as CPython's
// _ModuleLock) instead of seeing the half-made module ("cannot import
// name ..."). Each round is a fresh interpreter, so every import is a
// first one.
func TestConcurrentFirstImport(t *testing.T) {
	cases := []struct {
		name string
		use  string // the body of use(), indented
		want string
	}{
		{"html", "    import html\n    return html.unescape('&amp;&lt;')", "&<"},
		{"json.decoder", "    import json.decoder\n    return json.decoder.JSONDecoder().decode('[1, 2]')", "[1, 2]"},
		{"email.mime.text", "    from email.mime.text import MIMEText\n    return MIMEText('x')['Content-Type']", `text/plain; charset="us-ascii"`},
		{"xml.etree.ElementTree", "    import xml.etree.ElementTree as ET\n    return ET.fromstring('<a>t</a>').text", "t"},
	}
	rounds := 10
	if testing.Short() {
		rounds = 2
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			src := fmt.Sprintf(concurrentImportScript, tc.use)
			for round := 0; round < rounds; round++ {
				ctx := gpythonssl.NewContext(py.DefaultContextOpts())
				m, err := runModule(ctx, src)
				require.NoError(t, err, "round %d", round)
				l, ok := m.Globals["results"].(*py.List)
				require.True(t, ok, "round %d: results is %T", round, m.Globals["results"])
				require.Len(t, l.Items, 8, "round %d", round)
				for _, r := range l.Items {
					assert.Equal(t, py.String(tc.want), r, "round %d", round)
				}
				ctx.Close()
			}
		})
	}
}

// TestCircularImportAcrossThreads: two threads each import one of two
// modules that import each other; neither waits for the other forever
// (CPython's _DeadlockError case: the partial module is taken), and
// within one thread a circular import still sees the partial module.
func TestCircularImportAcrossThreads(t *testing.T) {
	dir := t.TempDir()
	write := func(name, src string) {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644))
	}
	write("cyc_a.py", "import time\ntime.sleep(0.05)\nimport cyc_b\nX = 'a'\n")
	write("cyc_b.py", "import time\ntime.sleep(0.05)\nimport cyc_a\nX = 'b'\n")
	write("cyc_c.py", "import cyc_d\nY = 1\n")
	write("cyc_d.py", "import cyc_c\nPARTIAL = not hasattr(cyc_c, 'Y')\n")
	ctx := gpythonssl.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	m, err := runModule(ctx, fmt.Sprintf(`
import sys, threading
sys.path.insert(0, %q)
got = []
def imp(name):
    got.append((name, __import__(name).X))
def main():
    threads = [threading.Thread(target=imp, args=(n,)) for n in ('cyc_a', 'cyc_b')]
    for th in threads:
        th.start()
    for th in threads:
        th.join()
main()
got = sorted(got)
import cyc_c, cyc_d
partial = cyc_d.PARTIAL
`, dir))
	require.NoError(t, err)
	got, err := py.Repr(m.Globals["got"])
	require.NoError(t, err)
	assert.Equal(t, py.String("[('cyc_a', 'a'), ('cyc_b', 'b')]"), got)
	assert.Equal(t, py.True, m.Globals["partial"])
}
