package host_test

import (
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	"github.com/gpython-ssl/gpython-ssl/modules/host"
)

// TestStdStreamsMatchCPython36 compares what sys.stdout, sys.stderr and
// sys.stdin report and do with CPython 3.6's text streams. Both run with
// PYTHONIOENCODING=utf-8 and PYTHONUNBUFFERED unset; the cases flush
// between text and bytes so that CPython's buffering cannot reorder them.
func TestStdStreamsMatchCPython36(t *testing.T) {
	t.Setenv("PYTHONIOENCODING", "utf-8")
	t.Setenv("PYTHONUNBUFFERED", "") // empty: unset, for CPython too
	prelude := pytesting.ShowRepr + "import sys, _io as io\n"
	cases := []pytesting.Case{
		{"encoding", `(sys.stdout.encoding, sys.stderr.encoding, sys.stdin.encoding)`},
		{"errors", `(sys.stdout.errors, sys.stderr.errors, sys.stdin.errors)`},
		{"mode", `(sys.stdout.mode, sys.stderr.mode, sys.stdin.mode)`},
		{"state", `(sys.stdout.closed, sys.stdout.newlines, sys.stdout.line_buffering, sys.stdout.writable(), sys.stdin.readable())`},
		{"type", `(type(sys.stdout).__name__, type(sys.stdout).__module__, type(sys.stdout) is type(sys.stderr))`},
		{"buffer", `(type(sys.stdout.buffer).__name__, type(sys.stdin.buffer).__name__, sys.stdout.buffer is sys.stdout.buffer, sys.stdout.buffer.writable())`},
		{"buffer names", `(repr(sys.stdout.buffer), repr(sys.stdin.buffer), sys.stdout.buffer.name, sys.stdout.buffer.fileno() == sys.stdout.fileno())`},
		{"buffer raw", `(repr(sys.stdout.buffer.raw), sys.stdout.buffer.raw.closefd)`},
		{"write bytes", `(sys.stdout.write('text\n'), sys.stdout.flush(), sys.stdout.buffer.write(b'bytes\n'), sys.stdout.buffer.flush())`},
		{"write str to buffer", `sys.stdout.buffer.write('x')`},
		{"write counts characters", `(sys.stdout.write('\u00e9\u20ac\U0001f600\n'), sys.stdout.write(''), sys.stdout.flush())`},
		{"write str subclass", `(lambda S: sys.stdout.write(S('sub\n')))(type('S', (str,), {}))`},
		{"write not str", `[sys.stdout.write(x) for x in (5, None, b'x')]`},
		{"write arity", `sys.stdout.write()`},
		{"writelines", `(sys.stdout.writelines(['one\n', 'two\n']), sys.stdout.writelines(iter(())), sys.stdout.flush())`},
		{"writelines bad", `sys.stdout.writelines([b'x'])`},
		{"writelines not iterable", `sys.stdout.writelines(5)`},
		{"rewrap", `(lambda w: (w.write('\u00e9 rewrapped\n'), w.flush(), w.encoding, w.detach() is sys.stdout.buffer))(io.TextIOWrapper(sys.stdout.buffer, encoding='utf-8'))`},
	}
	pytesting.DiffCases(t, "std_streams", prelude, cases)
}

// TestStdinReadlines reads a pipe through gpython's file object, as
// sys.stdin is: readlines (with and without a hint), then the end.
func TestStdinReadlines(t *testing.T) {
	r, w, err := os.Pipe()
	require.NoError(t, err)
	_, err = w.WriteString("one\ntwo\nthree\nfour\n")
	require.NoError(t, err)
	require.NoError(t, w.Close())
	stdin := &py.File{File: r, FileMode: py.FileRead}
	defer r.Close()
	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	mod, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: "__main__"}})
	require.NoError(t, err)
	mod.Globals["f"] = stdin
	code, err := py.Compile("a = f.readlines(5)\nb = f.readline()\nc = f.readlines()\nd = f.readlines()\ne = f.closed\n", "<test>", py.ExecMode, 0, true)
	require.NoError(t, err)
	_, err = ctx.RunCode(code, mod.Globals, mod.Globals, nil)
	require.NoError(t, err)
	lines := func(o py.Object) []string {
		var out []string
		for _, s := range o.(*py.List).Items {
			out = append(out, string(s.(py.String)))
		}
		return out
	}
	require.Equal(t, []string{"one\n", "two\n"}, lines(mod.Globals["a"]))
	require.Equal(t, py.String("three\n"), mod.Globals["b"])
	require.Equal(t, []string{"four\n"}, lines(mod.Globals["c"]))
	require.Empty(t, lines(mod.Globals["d"]))
	require.Equal(t, py.False, mod.Globals["e"])
}

// TestStdStreamErrorsByLocale: the error handler of stdin, stdout and
// stderr under the C locale and with PYTHONIOENCODING's parts, as CPython
// 3.6 chooses it (checked against it when installed): surrogateescape for
// stdin and stdout under the C locale unless PYTHONIOENCODING names an
// encoding or a handler.
func TestStdStreamErrorsByLocale(t *testing.T) {
	cases := []struct {
		name, lcAll, lang, ioenc string
		want                     [3]string // stdin, stdout, stderr
	}{
		{"C locale", "C", "", "", [3]string{"surrogateescape", "surrogateescape", "backslashreplace"}},
		{"POSIX locale", "POSIX", "", "", [3]string{"surrogateescape", "surrogateescape", "backslashreplace"}},
		{"no locale set", "", "", "", [3]string{"surrogateescape", "surrogateescape", "backslashreplace"}},
		{"UTF-8 locale", "", "C.UTF-8", "", [3]string{"strict", "strict", "backslashreplace"}},
		{"C locale, handler given", "C", "", ":ignore", [3]string{"ignore", "ignore", "backslashreplace"}},
		{"C locale, encoding given", "C", "", "iso8859-1", [3]string{"strict", "strict", "backslashreplace"}},
		{"C locale, encoding and colon", "C", "", "iso8859-1:", [3]string{"strict", "strict", "backslashreplace"}},
		{"C locale, colon only", "C", "", ":", [3]string{"surrogateescape", "surrogateescape", "backslashreplace"}},
		{"UTF-8 locale, handler given", "", "C.UTF-8", "utf-8:replace", [3]string{"replace", "replace", "backslashreplace"}},
	}
	py36 := pytesting.CPython36()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			for k, v := range map[string]string{"LC_ALL": c.lcAll, "LC_CTYPE": "", "LANG": c.lang, "PYTHONIOENCODING": c.ioenc} {
				t.Setenv(k, v)
			}
			var got [3]string
			for i, name := range []string{"<stdin>", "<stdout>", "<stderr>"} {
				_, got[i] = host.StdStreamCodec(name)
			}
			require.Equal(t, c.want, got)
			if py36 == "" {
				return
			}
			cmd := exec.Command(py36, "-c", "import sys; print(sys.stdin.errors, sys.stdout.errors, sys.stderr.errors)")
			cmd.Env = []string{"PATH=/usr/bin:/bin"}
			for k, v := range map[string]string{"LC_ALL": c.lcAll, "LANG": c.lang, "PYTHONIOENCODING": c.ioenc} {
				if v != "" {
					cmd.Env = append(cmd.Env, k+"="+v)
				}
			}
			out, err := cmd.Output()
			require.NoError(t, err)
			require.Equal(t, strings.Join(c.want[:], " ")+"\n", string(out), "CPython 3.6")
		})
	}
}
