// Command gpython-ssl is the gpython interpreter with every module of
// gpython-ssl built in: ssl, _ssl, socket, select, datetime, pprint and the
// completed built-in types.
//
// Usage:
//
//	gpython-ssl                      interactive prompt
//	gpython-ssl script.py [arg ...]  run a script, sys.argv = [script.py, arg ...]
//	gpython-ssl -c CODE [arg ...]    run CODE, sys.argv = ['-c', arg ...]
//	gpython-ssl -m MODULE [arg ...]  run a module as __main__ (runmodule.go)
//	gpython-ssl --doctest FILE.rst   run the interactive examples of a reST file
//
// An uncaught exception, or a SyntaxError in the script, prints what
// CPython 3.6 prints on stderr (pyutil.FormatException) and exits with
// status 1; SystemExit exits with its code.
//
// The runtime's container-aware GOMAXPROCS would keep the cgroup limit
// files open at descriptors 3 and 4, where a script's first socket or file
// goes in CPython; modules/socket applies the CPU quota instead.
//
//go:debug containermaxprocs=0
package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"syscall"

	"github.com/go-python/gpython/py"

	gpythonssl "github.com/gpython-ssl/gpython-ssl"
	"github.com/gpython-ssl/gpython-ssl/compiler"
	"github.com/gpython-ssl/gpython-ssl/internal/gcpolicy"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/internal/sigint"
	"github.com/gpython-ssl/gpython-ssl/modules/host"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

const usage = `usage: gpython-ssl [option] ... [-c CODE | -m MODULE | --doctest FILE.rst | script.py] [arg ...]

  (no arguments)       interactive prompt (the script on stdin when it is
                       not a terminal)
  -i                   interactive prompt even when stdin is not a terminal
  script.py [arg ...]  run a Python script (a directory or zip archive: its
                       __main__ module)
  - [arg ...]          run the script read from stdin
  -c CODE [arg ...]    run the Python statements in CODE
  -m MODULE [arg ...]  run a module (a package's __main__) as __main__
  --doctest FILE.rst   run the interactive examples of a reST file
  -h, --help           show this help
  -V, --version        print the Python version (3.6.15)
  -O, -OO              compile assert statements out, __debug__ False
  -W ARG               a warnings filter (action:message:category:module:lineno)
  -X ARG               an implementation option, in sys._xoptions
  -x                   skip the script's first line
  -E                   ignore the PYTHON* environment variables
  -I                   isolated: -E, and no script directory on sys.path
  -d -q -s -S -v -b    set their sys.flags
  -u -B -R             accepted for compatibility with CPython; no effect
`

func init() {
	// The interpreter runs on the main goroutine; keeping it on one OS
	// thread, until the script starts threads, keeps OpenSSL's allocations
	// in one malloc arena and its data in one core's caches, instead of
	// following the goroutine from thread to thread (bench/README.md).
	vm.LockMainOSThread()
}

func main() {
	// Ctrl-C raises KeyboardInterrupt, as in CPython, instead of killing
	// the process (internal/sigint).
	sigint.Install()
	if os.Getenv("GOGC") == "" && os.Getenv("GOMEMLIMIT") == "" {
		// Every bytes object a script receives is a fresh Go allocation;
		// with the default GOGC=100 and a small heap the collector runs
		// every few milliseconds during bulk TLS transfers. 400 measured
		// +40% on 16 KiB memory-BIO transfers (bench/README.md). The
		// policy keeps that factor without GOGC=400's 16 MiB minimum heap,
		// so that a script with little live data stays small
		// (internal/gcpolicy, bench/memory).
		gpythonssl.TuneGC()
	}
	// sys.stdout and sys.stderr keep their text as CPython's do
	// (modules/host/stdbuffer.go); the command's own messages go through
	// the same buffers, so that they keep their place among the script's.
	host.EnableStdBuffering()
	exit(run(os.Args[1:], host.StdStreamWriter(1), host.StdStreamWriter(2)))
}

// exit ends the process with status after writing what the standard
// streams still hold (os.Exit alone would drop it).
func exit(status int) {
	_ = host.FlushStdBuffers()
	os.Exit(status)
}

// endInterpreter ends ctx as CPython's finalization does: the non-daemon
// threads are joined and the atexit callbacks run, then sys.stdout and
// sys.stderr are flushed; a failed flush makes the exit status 120
// (stdout's failure reported as "Exception ignored in: ..."). Last, the
// context closes.
func endInterpreter(ctx py.Context, status *int) {
	vm.WaitForThreads(ctx)
	sys, _ := ctx.GetModule("sys")
	if !host.FlushStreamsAtExit(sys) {
		*status = 120
	}
	_ = ctx.Close()
	_ = host.FlushStdBuffers() // what finalizers wrote at the close
}

// flushIO flushes sys.stderr, then sys.stdout, ignoring errors, as CPython
// does after a script file (or the standard input) has run and after each
// statement at the prompt.
func flushIO(ctx py.Context) {
	if sys, err := ctx.GetModule("sys"); err == nil {
		flushStream(sys, "stderr")
		flushStream(sys, "stdout")
	}
}

// run is the whole program, returning the exit status; main only exits.
// The command line is read by runCommandLine (cmdline.go).
func run(args []string, stdout, stderr io.Writer) int {
	return runCommandLine(args, stdout, stderr)
}

// newContext makes an interpreter context with sys.argv set and sys.path
// as CPython makes it: the script's directory, or the current directory
// for -c, -m and the prompt (none under -I), then PYTHONPATH's
// directories. The standard library is compiled in, so nothing follows;
// gpython's defaults (its lib directories and the system's Python 3
// dist-packages, modules CPython 3.6 would not see) are left out.
func newContext(argv []string, scriptDir string) py.Context {
	opts := py.DefaultContextOpts()
	opts.SysArgs = make([]string, len(argv))
	for i, arg := range argv {
		opts.SysArgs[i] = pyutil.FSDecode(arg) // bytes that are not UTF-8 as CPython's surrogateescape
	}
	opts.SysPaths = append([]string(nil), startup.paths...)
	ctx := gpythonssl.NewContext(opts)
	startFaulthandler(ctx)
	startWarnings(ctx)
	startSite(ctx)
	// What start-up alone touched of the executable goes at the
	// program's first import (when the GC policy is installed): it would
	// add to the script's own peak. A program that imports nothing does
	// not pay for the trim.
	gcpolicy.StartupDone()
	// As in CPython, the script's entry goes in front after site has run,
	// so that site leaves it as it is ("" stays relative).
	switch {
	case startup.opts.Isolated != 0:
	case scriptDir != "":
		prependPath(ctx, pyutil.FSDecode(scriptDir))
	default:
		prependPath(ctx, "") // CPython 3.6: the working directory, as ""
	}
	return ctx
}

// prependPath puts entry first on ctx's sys.path.
func prependPath(ctx py.Context, entry string) {
	if sys, err := ctx.GetModule("sys"); err == nil {
		if path, ok := sys.Globals["path"].(*py.List); ok {
			path.Items = append([]py.Object{py.String(entry)}, path.Items...)
		}
	}
}

// startWarnings imports the warnings module before site when -W or
// PYTHONWARNINGS gave options, as CPython does: their filters apply from
// the start, and an invalid one is reported ("Invalid -W option ignored:
// ...") even when the script never imports warnings. An error in the
// import is printed and start-up goes on, as CPython's.
func startWarnings(ctx py.Context) {
	if len(startup.opts.WarnOptions) == 0 {
		return
	}
	if _, err := vm.ImportModule(ctx, "warnings"); err != nil {
		w := host.StdStreamWriter(2)
		fmt.Fprintln(w, "'import warnings' failed; traceback:")
		vm.ReportUncaught(ctx, err, w)
	}
}

// siteBuiltins are the names CPython's site module adds to builtins.
var siteBuiltins = []string{"exit", "quit", "copyright", "credits", "license", "help"}

// startSite imports the site module, as CPython does before it runs
// anything, unless -S was given; then the builtins site would have added
// are absent too. An error in site is fatal, as in CPython.
func startSite(ctx py.Context) {
	if startup.opts.NoSite != 0 {
		if b := ctx.Store().Builtins; b != nil {
			for _, name := range siteBuiltins {
				delete(b.Globals, name)
			}
		}
		return
	}
	if _, err := vm.ImportModule(ctx, "site"); err != nil {
		w := host.StdStreamWriter(2)
		fmt.Fprintln(w, "Failed to import the site module")
		vm.ReportUncaught(ctx, err, w)
		exit(1)
	}
}

// runScript reads and compiles the file itself: gpython's RunFile fails on
// absolute paths.
func runScript(path string, argv []string, stderr io.Writer) int {
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return runMainFromPath(path, argv, stderr)
	}
	src, err := os.ReadFile(path)
	if err != nil {
		text, ok := embeddedScript(path)
		if !ok {
			reportUnopenable(path, err, stderr)
			return 2
		}
		src = []byte(text)
	}
	if isZipArchive(src) {
		return runMainFromPath(path, argv, stderr)
	}
	if strings.HasSuffix(path, ".pyc") || bytes.HasPrefix(src, vm.PycMagic[:2]) {
		// a compiled file, as CPython tells one: by its name, or by the
		// first half of the magic number
		return runCompiled(path, src, argv, stderr)
	}
	if startup.skipFirstLine {
		// -x: the first line is not Python; its newline stays so that
		// the lines keep their numbers.
		if i := bytes.IndexByte(src, '\n'); i >= 0 {
			src = src[i:]
		} else {
			src = nil
		}
	}
	dir, err := filepath.Abs(filepath.Dir(path))
	if err != nil {
		dir = filepath.Dir(path)
	}
	// __file__ and the traceback's file name decode undecodable bytes as
	// CPython does (surrogateescape); the file itself was read by its bytes
	return runSource(string(src), pyutil.FSDecode(path), argv, dir, true, stderr)
}

// reportUnopenable prints CPython's message for a script it cannot open:
// the program name as invoked, the path as given and the C library's text
// for the errno.
func reportUnopenable(path string, err error, stderr io.Writer) {
	var errno syscall.Errno
	text := err.Error()
	if errors.As(err, &errno) {
		text = fmt.Sprintf("[Errno %d] %s", int(errno), pyutil.StrError(errno))
	}
	fmt.Fprintf(stderr, "%s: can't open file '%s': %s\n", os.Args[0], path, text)
}

// embeddedScript is the source of the library module compiled into the
// binary whose __file__ is path (vm.EmbeddedFile), when no file of that
// name is on disk: CPython's library modules are files that can be run
// as scripts by their __file__ (`python3 /usr/lib/python3.6/pydoc.py
// name`, as test.test_pydoc runs pydoc.__file__), and so are ours.
func embeddedScript(path string) (string, bool) {
	if !strings.HasPrefix(path, vm.EmbeddedLibDir+"/") || !strings.HasSuffix(path, ".py") {
		return "", false
	}
	lines, ok := pyutil.SourceLines.Lines(path)
	if !ok {
		return "", false
	}
	return strings.Join(lines, "\n") + "\n", true
}

// runCompiled runs a file of compiled code as CPython runs a .pyc given as
// the script: its code object (after the 12-byte header) runs as
// __main__, whose __loader__ is a SourcelessFileLoader.
func runCompiled(path string, data []byte, argv []string, stderr io.Writer) (status int) {
	name := pyutil.FSDecode(path)
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "SystemError: internal error in the interpreter while running %s: %v\n", name, r)
			status = 1
		}
	}()
	dir, err := filepath.Abs(filepath.Dir(path))
	if err != nil {
		dir = filepath.Dir(path)
	}
	ctx := newContext(argv, dir)
	defer endInterpreter(ctx, &status)
	module, err := newMainModule(ctx, name)
	if err != nil {
		return reportError(err, stderr)
	}
	var code py.Object
	if !bytes.HasPrefix(data, vm.PycMagic) {
		// another interpreter's (CPython's own), or not compiled code
		return reportErrorIn(ctx, py.ExceptionNewf(py.RuntimeError, "Bad magic number in .pyc file"), stderr)
	}
	if len(data) < 12 {
		return reportErrorIn(ctx, py.ExceptionNewf(py.RuntimeError, "Bad code object in .pyc file"), stderr)
	}
	marshal, err := vm.ImportModule(ctx, "marshal")
	if err == nil {
		var loads py.Object
		if loads, err = vm.GetAttr(marshal, "loads"); err == nil {
			code, err = vm.Call(loads, py.Tuple{py.Bytes(data[12:])}, nil)
		}
	}
	if err != nil {
		return reportErrorIn(ctx, err, stderr)
	}
	c, ok := code.(*py.Code)
	if !ok {
		return reportErrorIn(ctx, py.ExceptionNewf(py.RuntimeError, "Bad code object in .pyc file"), stderr)
	}
	if machinery, err := vm.ImportModule(ctx, "importlib.machinery"); err == nil {
		if cls, err := vm.GetAttr(machinery, "SourcelessFileLoader"); err == nil {
			if loader, err := vm.Call(cls, py.Tuple{py.String("__main__"), py.String(name)}, nil); err == nil {
				module.Globals["__loader__"] = loader
			}
		}
	}
	vm.RecordModule(ctx, module)
	_, err = ctx.RunCode(c, module.Globals, module.Globals, nil)
	flushIO(ctx) // as after any script file
	return finishMain(ctx, err, true, stderr)
}

// runStdin reads the script from the standard input and runs it as
// "<stdin>", with sys.path as for -c.
func runStdin(argv []string, stderr io.Writer) int {
	src, err := io.ReadAll(os.Stdin)
	if err != nil {
		fmt.Fprintf(stderr, "gpython-ssl: can't read the standard input: %v\n", err)
		return 2
	}
	return runSource(string(src), "<stdin>", argv, "", true, stderr)
}

// runSource runs src as the module __main__ and maps its outcome to an exit
// status. A Go panic escaping gpython's VM (it has a few, such as `d is d`
// on a dict) is reported as a SystemError, not a crash.
func runSource(src, filename string, argv []string, scriptDir string, asFile bool, stderr io.Writer) (status int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "Traceback (most recent call last):\n  File %q, in <module>\nSystemError: internal error in the interpreter: %v\n", filename, r)
			status = 1
		}
	}()
	ctx := newContext(argv, scriptDir)
	defer endInterpreter(ctx, &status)
	// A script (a file or the standard input) is read as a file, -c's code
	// as a string: CPython reports errors at the end of the input
	// differently (compiler.CompileFile).
	compile := py.Compile
	if asFile {
		compile = func(src, filename string, _ py.CompileMode, _ int, _ bool) (*py.Code, error) {
			return compiler.CompileFile(src, filename)
		}
	}
	// with the context's lock held: a source codec may be Python code
	var code *py.Code
	err := vm.WithLock(ctx, func() (err error) {
		code, err = compile(src, filename, py.ExecMode, 0, true)
		return err
	})
	if err != nil {
		return reportErrorIn(ctx, err, stderr)
	}
	module, err := newMainModule(ctx, filename)
	if err != nil {
		return reportError(err, stderr)
	}
	vm.RecordModule(ctx, module) // sys.modules['__main__']
	_, err = ctx.RunCode(code, module.Globals, module.Globals, nil)
	if asFile {
		// CPython flushes stderr, then stdout, after a script file (the
		// standard input too) has run, before any traceback; not after -c
		flushIO(ctx)
	}
	return finishMain(ctx, err, filename != "<stdin>", stderr)
}

// finishMain ends the run of a script, -c or -m whose outcome is err:
// under -i (or PYTHONINSPECT) the interactive prompt follows in the same
// __main__, after the traceback of an uncaught exception (SystemExit
// included), as in CPython; otherwise err gives the exit status.
func finishMain(ctx py.Context, err error, mayInspect bool, stderr io.Writer) int {
	if !mayInspect || startup.opts.Inspect == 0 {
		if err != nil {
			return reportErrorIn(ctx, err, stderr)
		}
		return 0
	}
	if err != nil {
		vm.ReportUncaught(ctx, err, stderr)
	}
	return runPrompt(ctx, false, stderr)
}

// reportError prints an uncaught exception (a compile-time SyntaxError
// has no traceback, so only its location and last line print) and returns
// the exit status; SystemExit gives its code as CPython does.
func reportError(err error, stderr io.Writer) int {
	return reportErrorIn(nil, err, stderr)
}

// reportErrorIn is reportError for an error raised in ctx, whose
// sys.excepthook and sys.tracebacklimit then apply (vm.ReportUncaught).
func reportErrorIn(ctx py.Context, err error, stderr io.Writer) int {
	exc := pyutil.ExceptionValue(err)
	if e, ok := exc.(*py.Exception); ok && e.Type().IsSubtype(py.SystemExit) {
		return systemExitCode(e, stderr)
	}
	if ctx == nil {
		pyutil.PrintTraceback(stderr, err)
	} else {
		vm.ReportUncaught(ctx, err, stderr)
	}
	return 1
}

// systemExitCode: no argument or None exits 0, an int exits with it, any
// other value is printed on stderr and exits 1.
func systemExitCode(e *py.Exception, stderr io.Writer) int {
	args, _ := e.Args.(py.Tuple)
	if len(args) == 0 || args[0] == py.None {
		return 0
	}
	if len(args) == 1 {
		switch n := args[0].(type) {
		case py.Int, py.Bool, *py.BigInt:
			c, err := py.IndexInt(n)
			if err != nil {
				return -1 & 0xff
			}
			return c & 0xff
		}
		if s, err := py.StrAsString(args[0]); err == nil {
			fmt.Fprintln(stderr, s)
			return 1
		}
	}
	if r, err := py.ReprAsString(args); err == nil {
		fmt.Fprintln(stderr, r)
	}
	return 1
}

// runREPL is the interactive prompt with no script, -c or -m: the
// banner (unless -q), PYTHONSTARTUP's file, then the prompts.
func runREPL(stderr io.Writer) (status int) {
	ctx := newContext([]string{""}, "")
	defer endInterpreter(ctx, &status)
	// CPython's banner, on stderr as CPython writes it (straight to the
	// descriptor, as the prompts): sys.version, the platform, and the
	// hint; the ssl line is the project's.
	if startup.opts.Quiet == 0 {
		writePrompt(fmt.Sprintf("Python %s on %s\nwith ssl over %s\nType \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n",
			sysVersion(ctx), runtime.GOOS, opensslVersion(ctx)))
	}
	return runPrompt(ctx, true, stderr)
}

// sysVersion is sys.version, for the banner.
func sysVersion(ctx py.Context) string {
	if sys, err := ctx.GetModule("sys"); err == nil {
		if v, ok := sys.Globals["version"].(py.String); ok {
			return string(v)
		}
	}
	return "3.6.15"
}

// opensslVersion reads ssl.OPENSSL_VERSION for the banner, if importable.
func opensslVersion(ctx py.Context) string {
	m, err := py.RunSrc(ctx, "import ssl; v = ssl.OPENSSL_VERSION", "<banner>", nil)
	if err != nil {
		return "OpenSSL"
	}
	if v, ok := m.Globals["v"].(py.String); ok {
		return string(v)
	}
	return "OpenSSL"
}
