package pylib_test

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of the command lines that `python -m MODULE` runs for
// library modules whose main block is their only command line: uu,
// platform and doctest.

// TestUUMain runs `python -m uu` in the binary and in CPython 3.6: encoding
// a file and stdin, decoding to a file, -t refusals and the usage errors.
func TestUUMain(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, os.WriteFile(filepath.Join(dir, "data.bin"), []byte("abc\x00\xffdef\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "enc.uu"), []byte("begin 644 x\n#86)C\n`\nend\n"), 0o644))
	uu := func(name, stdin string, args ...string) pytesting.Command {
		return pytesting.Command{Name: name, Args: append([]string{"-m", "uu"}, args...), Stdin: stdin}
	}
	// The refusals print sys.argv[0], the path of uu.py, which is where
	// each interpreter keeps its library.
	modulePath := regexp.MustCompile(`\S*/uu\.py`)
	pytesting.DiffCommands(t, "uu_main", dir, []pytesting.Command{
		uu("encode file", "", "data.bin"),
		uu("encode stdin", "xyz\n"),
		uu("decode stdin", "begin 644 x\n#86)C\n`\nend\n", "-d"),
		uu("decode to file", "", "-d", "enc.uu", "out.bin"),
		uu("decode text to file", "", "-d", "-t", "enc.uu", "out2.bin"),
		uu("text from stdin", "abc", "-t"),
		uu("text to stdout", "", "-d", "-t", "enc.uu"),
		uu("too many arguments", "", "a", "b", "c"),
		uu("help", "", "-h"),
		uu("bad option", "", "-z"),
	}, func(exe, out string) string { return modulePath.ReplaceAllString(out, "uu.py") })
}

const platformMainPrelude = pytesting.ShowRepr + `import io, platform, runpy, sys
def main(*words):
    old = sys.argv, sys.stdout
    sys.argv, sys.stdout = ["platform"] + list(words), io.StringIO()
    try:
        runpy.run_module("platform", run_name="__main__")
    except SystemExit as e:
        code = e.code
    finally:
        out = sys.stdout.getvalue()
        sys.argv, sys.stdout = old
    return out, code
`

// The printed string is the machine's, so each case shows whether it is
// what platform.platform() gives for the same words.
var platformMainCases = []pytesting.Case{
	{"default", `(lambda r: (r[0] == platform.platform() + "\n", r[1]))(main())`},
	{"terse", `(lambda r: (r[0] == platform.platform(terse=True) + "\n", r[1]))(main("terse"))`},
	{"dashed words", `(lambda r: (r[0] == platform.platform(aliased=False, terse=True) + "\n", r[1]))(main("--terse", "--nonaliased"))`},
	{"unknown words ignored", `(lambda r: (r[0] == platform.platform() + "\n", r[1]))(main("verbose"))`},
}

func TestPlatformMain(t *testing.T) {
	pytesting.DiffCases(t, "platform_main", platformMainPrelude, platformMainCases)
}

// TestDoctestMain runs `python -m doctest` in the binary and in CPython
// 3.6: a module's docstrings and a text file, -v, -f, -o, failures and
// the usage errors. (The help text is worded our own way.)
func TestDoctestMain(t *testing.T) {
	dir := t.TempDir()
	module := "\"\"\"\n>>> add(1, 2)\n3\n>>> add(1, 1)\n3\n>>> add(2, 2)\n5\n\"\"\"\n" +
		"print('imported', __name__)\n\ndef add(a, b):\n    \"\"\"\n    >>> add(2, 3)\n    5\n    \"\"\"\n    return a + b\n"
	require.NoError(t, os.WriteFile(filepath.Join(dir, "dtmod.py"), []byte(module), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "good.py"), []byte("def f():\n    \"\"\"\n    >>> f()\n    1\n    \"\"\"\n    return 1\n"), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "text.txt"), []byte("Title\n\n>>> 1 + 1\n2\n>>> print('a   b')\na b\n"), 0o644))
	doctest := func(name string, args ...string) pytesting.Command {
		return pytesting.Command{Name: name, Args: append([]string{"-m", "doctest"}, args...)}
	}
	pytesting.DiffCommands(t, "doctest_main", dir, []pytesting.Command{
		doctest("module with failures", "dtmod.py"),
		doctest("verbose module", "-v", "good.py"),
		doctest("fail fast", "-f", "dtmod.py"),
		doctest("text file", "text.txt"),
		doctest("option flag", "-o", "NORMALIZE_WHITESPACE", "text.txt"),
		doctest("two flags and files", "-v", "-o", "ELLIPSIS", "-o", "NORMALIZE_WHITESPACE", "text.txt", "good.py"),
		doctest("stops at first failing file", "dtmod.py", "good.py"),
		doctest("no file"),
		doctest("unknown flag", "-o", "BOGUS", "text.txt"),
	}, func(exe, out string) string { return strings.ReplaceAll(out, dir, "<D>") })
}

// TestPickleAndMimetypesMain runs `python -m pickle FILE` and `python -m
// mimetypes` in the binary and in CPython 3.6. (Their help texts are
// worded our own way.)
func TestPickleAndMimetypesMain(t *testing.T) {
	dir := t.TempDir()
	// Protocol 2 pickles of {'a': [1, 2], 'b': (None, 'x')} and of a long list.
	require.NoError(t, os.WriteFile(filepath.Join(dir, "d.pkl"), []byte("\x80\x02}q\x00(X\x01\x00\x00\x00aq\x01]q\x02(K\x01K\x02eX\x01\x00\x00\x00bq\x03NX\x01\x00\x00\x00xq\x04\x86q\x05u."), 0o644))
	require.NoError(t, os.WriteFile(filepath.Join(dir, "bad.pkl"), []byte("not a pickle"), 0o644))
	cmd := func(name string, args ...string) pytesting.Command {
		return pytesting.Command{Name: name, Args: args}
	}
	modulePath := regexp.MustCompile(`\S*/(pickle|mimetypes)\.py`)
	pytesting.DiffCommands(t, "pickle_mimetypes_main", dir, []pytesting.Command{
		cmd("pickle file", "-m", "pickle", "d.pkl"),
		cmd("pickle two files", "-m", "pickle", "d.pkl", "d.pkl"),
		cmd("pickle test run", "-m", "pickle", "-t"),
		cmd("pickle missing file", "-m", "pickle", "none.pkl"),
		cmd("mimetypes guesses", "-m", "mimetypes", "a.html", "x.tar.gz", "http://h/p.json?q", "noext", "data.unknownext"),
		cmd("mimetypes lenient", "-m", "mimetypes", "-l", "a.jpg", "b.rtf"),
		cmd("mimetypes extension", "-m", "mimetypes", "-e", "text/html", "application/json", "no/such"),
		cmd("mimetypes lenient extension", "-m", "mimetypes", "--lenient", "--extension", "text/xul"),
	}, func(exe, out string) string { return modulePath.ReplaceAllString(out, "$1.py") })
}
