package vm

import (
	"encoding/binary"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// The attributes of sys that gpython's sys module lacks: the version and
// platform facts scripts test (version_info, maxsize, byteorder,
// platform, ...) and sys.modules, the dict of the modules imported in the
// context.

// sysSource defines the structseq values of sys (version_info, flags,
// implementation) as tuple subclasses, as CPython shows them.
const sysSource = `
class _structseq(tuple):
    __slots__ = ()
    _fields = ()
    def __repr__(self):
        return "sys.%s(%s)" % (type(self).__name__, ", ".join(["%s=%r" % fv for fv in zip(self._fields, self)]))

def _seq(name, fields, values, sealed=False):
    ns = {"__slots__": (), "_fields": fields, "__module__": "sys", "n_sequence_fields": len(fields),
          "n_fields": len(fields), "n_unnamed_fields": 0}
    for i, f in enumerate(fields):
        ns[f] = property(lambda self, i=i: self[i])
    cls = type(name, (_structseq,), ns)
    value = tuple.__new__(cls, values)
    if sealed:
        def __new__(cls, *args, **kwargs):
            raise TypeError("cannot create 'sys.%s' instances" % name)
        cls.__new__ = __new__
    return value

version_info = _seq("version_info", ("major", "minor", "micro", "releaselevel", "serial"), (3, 6, 15, "final", 0), True)
flags = _seq("flags", ("debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
    "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated"),
    _flag_values, True)
del _flag_values
float_info = _seq("float_info", ("max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig",
    "mant_dig", "epsilon", "radix", "rounds"),
    (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53, 2.220446049250313e-16, 2, 1))
thread_info = _seq("thread_info", ("name", "lock", "version"), ("pthread", "semaphore", _thread_lib_version))
del _thread_lib_version
int_info = _seq("int_info", ("bits_per_digit", "sizeof_digit"), (30, 4))
hash_info = _seq("hash_info", ("width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits", "cutoff"),
    (64, 2305843009213693951, 314159, 0, 1000003, "siphash24", 64, 128, 0))

def _namespace_class():
    busy = set()
    class SimpleNamespace:
        """A simple attribute-based namespace.

SimpleNamespace(**kwargs)"""
        def __init__(self, *args, **kwargs):
            if args:
                raise TypeError("no positional arguments expected")
            for name, value in kwargs.items():
                setattr(self, name, value)
        def __repr__(self):
            if id(self) in busy:
                return "namespace(...)"
            busy.add(id(self))
            try:
                fields = ["%s=%r" % kv for kv in sorted(self.__dict__.items())]
            finally:
                busy.discard(id(self))
            return "namespace(" + ", ".join(fields) + ")"
        def __eq__(self, other):
            if issubclass(type(other), __class__):  # the real class, as C's type check
                return self.__dict__ == other.__dict__
            return NotImplemented
        def __ne__(self, other):
            if issubclass(type(other), __class__):
                return self.__dict__ != other.__dict__
            return NotImplemented
        def __getattr__(self, name):
            raise AttributeError("'types.SimpleNamespace' object has no attribute '%s'" % name)
        def __hash__(self):
            raise TypeError("unhashable type: 'types.SimpleNamespace'")
    SimpleNamespace.__module__ = "types"
    SimpleNamespace.__qualname__ = "SimpleNamespace"
    return SimpleNamespace

implementation = _namespace_class()(name="cpython", cache_tag="` + CacheTag + `", version=version_info,
    hexversion=hexversion, _multiarch="x86_64-linux-gnu")
del _seq, _structseq, _namespace_class

def getfilesystemencoding():
    """Return the encoding used to convert Unicode filenames in
operating system filenames."""
    return "utf-8"

def getfilesystemencodeerrors():
    """Return the error mode used to convert Unicode filenames in
operating system filenames."""
    return "surrogateescape"

def getdefaultencoding():
    """Return the current default string encoding used by the Unicode
implementation."""
    return "utf-8"

`

var (
	sysCodeOnce sync.Once
	sysCode     *py.Code
	sysCodeErr  error
)

// installSysAttrs completes a context's sys module.
func installSysAttrs(ctx *Context, sys *py.Module) error {
	g := sys.Globals
	g["version"] = py.String("3.6.15 (default, gpython-ssl) \n[Go " + runtime.Version() + "]")
	g["hexversion"] = py.Int(0x03060ff0) // 3.6.15 final
	g["api_version"] = py.Int(1013)
	g["maxsize"] = py.Int(math.MaxInt64)
	g["maxunicode"] = py.Int(0x10ffff)
	g["byteorder"] = py.String(byteOrder())
	g["platform"] = py.String(runtime.GOOS)
	g["abiflags"] = py.String("m")
	g["float_repr_style"] = py.String("short")
	g["_git"] = py.Tuple{py.String("CPython"), py.String(""), py.String("")} // a release build's
	installOptionAttrs(g)
	if exe := commandPath(); exe != "" {
		g["executable"] = py.String(exe)
	}
	g["builtin_module_names"] = builtinModuleNames()
	installPrefix(g)
	g["copyright"] = py.String("Copyright (c) 2001-2021 Python Software Foundation.\nAll Rights Reserved.")
	for _, s := range []string{"stdin", "stdout", "stderr"} {
		if f, ok := g[s].(*py.File); ok {
			pyutil.SetStdStreamName(f, "<"+s+">")
		}
	}
	modules := NewDict(0)
	modules.SetStr("sys", sys)
	if b, err := ctx.Store().GetModule("builtins"); err == nil {
		modules.SetStr("builtins", b)
	}
	ctx.modules = modules
	g["modules"] = modules

	sysCodeOnce.Do(func() {
		sysCode, sysCodeErr = compileSysSource()
	})
	if sysCodeErr != nil {
		return sysCodeErr
	}
	installSysSize(g)
	installSysHooks(ctx, g)
	installSysTrace(ctx, g)
	installSysThreads(ctx, g)
	installSysMisc(ctx, g)
	installSysCoroWrapper(ctx, g)
	g["_getframe"] = py.MustNewMethod("_getframe", func(self py.Object, args py.Tuple) (py.Object, error) {
		depth := 0
		if len(args) > 1 {
			return nil, py.ExceptionNewf(py.TypeError, "_getframe expected at most 1 arguments, got %d", len(args))
		}
		if len(args) == 1 {
			n, ok := args[0].(py.Int)
			if !ok {
				return nil, py.ExceptionNewf(py.TypeError, "an integer is required (got type %s)", typeName(args[0]))
			}
			depth = int(n)
		}
		t := threadOf(ctx)
		f := t.top
		for ; f != nil && depth > 0; depth-- {
			f = f.back
		}
		if f == nil {
			return nil, py.ExceptionNewf(py.ValueError, "call stack is not deep enough")
		}
		return t.frameChain(f), nil
	}, 0, "_getframe(depth=0) -> frame\n\nThe frame depth levels above the caller's; ValueError when the stack is shallower.")
	g["_current_frames"] = py.MustNewMethod("_current_frames", func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 0 {
			return nil, py.ExceptionNewf(py.TypeError, "_current_frames() takes no arguments (%d given)", len(args))
		}
		return ctx.currentFrames(), nil
	}, 0, "_current_frames() -> dictionary\n\nEach running thread's identifier mapped to its innermost frame.")
	ctx.main.uninterruptible = true
	defer func() { ctx.main.uninterruptible = false }()
	_, err := evalCode(ctx, sysCode, g, g, nil, nil, nil, nil, nil)
	return err
}

// commandPath is sys.executable as CPython 3.6 gives it: the path the
// command was started by (argv[0], made absolute, or found on $PATH),
// not the file a symbolic link leads to, so that a link in a virtual
// environment's bin directory finds its pyvenv.cfg. It is "" (gpython's
// os.Executable stays) when argv[0] does not lead to the running program,
// as in a Go program that embeds the interpreter under another name.
func commandPath() string {
	if len(os.Args) == 0 || os.Args[0] == "" {
		return ""
	}
	arg := os.Args[0]
	path := arg
	if !strings.ContainsRune(arg, '/') {
		found, err := exec.LookPath(arg)
		if err != nil {
			return ""
		}
		path = found
	}
	if !filepath.IsAbs(path) {
		wd, err := os.Getwd()
		if err != nil {
			return ""
		}
		path = wd + "/" + strings.TrimPrefix(path, "./")
	}
	self, err := os.Executable()
	if err != nil {
		return ""
	}
	a, err1 := os.Stat(path)
	b, err2 := os.Stat(self)
	if err1 != nil || err2 != nil || !os.SameFile(a, b) {
		return ""
	}
	return pyutil.FSDecode(path)
}

func byteOrder() string {
	var b [2]byte
	binary.NativeEndian.PutUint16(b[:], 1)
	if b[0] == 1 {
		return "little"
	}
	return "big"
}

// recordModule enters an imported module in the context's sys.modules.
// RecordModule enters a module made outside an import (the script's
// __main__) in the context's sys.modules, unless the name is taken.
// It also gives the module its __builtins__ (the builtins module), as a
// script's globals have in CPython, and __main__ its __spec__, __loader__
// and the rest (mainModuleAttrs).
func RecordModule(ctx py.Context, m *py.Module) {
	if m != nil && m.Globals != nil {
		if _, ok := m.Globals["__builtins__"]; !ok && ctx.Store().Builtins != nil {
			m.Globals["__builtins__"] = ctx.Store().Builtins
		}
	}
	recordModule(ctx, m)
	if m != nil && m.Globals != nil && m.ModuleImpl != nil && m.ModuleImpl.Info.Name == py.MainModuleName {
		mainModuleAttrs(ctx, m)
	}
}

// recordModuleAs puts m in sys.modules under another name too (an alias
// such as os.path), unless something is there already.
func recordModuleAs(ctx py.Context, name string, m py.Object) {
	c, ok := ctx.(*Context)
	if !ok || c.modules == nil || m == nil {
		return
	}
	if _, ok := c.modules.GetStr(name); !ok {
		c.modules.SetStr(name, m)
	}
}

func recordModule(ctx py.Context, m *py.Module) {
	c, ok := ctx.(*Context)
	if !ok || c.modules == nil || m == nil || m.ModuleImpl == nil {
		return
	}
	name := m.ModuleImpl.Info.Name
	if name == "" {
		return
	}
	if _, ok := c.modules.GetStr(name); !ok {
		c.modules.SetStr(name, m)
	}
	c.recordedModules.Store(name, struct{}{})
}

// currentFrames is sys._current_frames(): each thread of c that is
// running Python code, by identifier, to its innermost frame. The caller
// holds the interpreter lock, and a thread's frames change only under it.
func (c *Context) currentFrames() *Dict {
	threads := c.threadStates()
	d := NewDict(len(threads))
	for _, t := range threads {
		if t.top != nil {
			_ = d.SetItem(py.Int(t.ident), t.frameChain(t.top))
		}
	}
	return d
}

// otherThreadsActivation is the activation that pf stands for on a thread
// of ctx other than t. The caller holds the interpreter lock, so the
// other threads' stacks stand still.
func otherThreadsActivation(ctx py.Context, t *thread, pf *py.Frame) *frame {
	c, ok := ctx.(*Context)
	if !ok {
		return nil
	}
	for _, o := range c.threadStates() {
		if o == t {
			continue
		}
		if f := o.activationOf(pf); f != nil {
			return f
		}
	}
	return nil
}

// threadStates is a snapshot of the context's thread states.
func (c *Context) threadStates() []*thread {
	c.tmu.Lock()
	defer c.tmu.Unlock()
	threads := make([]*thread, 0, len(c.threads))
	for _, t := range c.threads {
		threads = append(threads, t)
	}
	return threads
}

// frameChain is the frame object of f for sys._getframe: the activation's
// one snapshot, shared with its tracebacks; f_back and f_lineno are
// answered from the live stack while it runs (liveFrame).
func (t *thread) frameChain(f *frame) *py.Frame { return f.sharedFrame() }

// defaultPrefix is sys.prefix when no installation directory is found,
// CPython's own default (configure's --prefix).
const defaultPrefix = "/usr/local"

// stdlibSubdir is where, under a prefix, CPython 3.6 keeps its standard
// library; it is the landmark of an installation prefix here as well.
const stdlibSubdir = "lib/python3.6"

// stdlibOnPath is the standard-library directory installPrefix last put
// on sys.path (nil when none): the place of the compiled-in library
// among sys.path's directories (shadowingFile).
var stdlibOnPath atomic.Pointer[string]

// installPrefix sets sys.prefix, sys.exec_prefix and their base_ twins,
// and puts the prefix's standard-library directory on sys.path (after
// PYTHONPATH's entries, before site's additions), as CPython 3.6's
// start-up does (Modules/getpath.c). The modules compiled into the
// binary are found before any directory, so that directory only adds
// what the binary lacks: CPython's own test package, or pure-Python
// modules installed there. A prefix that is not found adds nothing.
func installPrefix(g py.StringDict) {
	prefix, execPrefix, stdlib := findPrefix(commandLineOptions(), os.Getenv("PYTHONHOME"), commandPath())
	g["prefix"], g["base_prefix"] = py.String(prefix), py.String(prefix)
	g["exec_prefix"], g["base_exec_prefix"] = py.String(execPrefix), py.String(execPrefix)
	if stdlib == "" {
		return
	}
	stdlibOnPath.Store(&stdlib)
	if path, ok := g["path"].(*py.List); ok {
		path.Items = append(path.Items, py.String(stdlib))
	}
}

// findPrefix returns the installation prefixes and the standard-library
// directory to search, in CPython 3.6's order: PYTHONHOME ("PREFIX" or
// "PREFIX:EXEC_PREFIX", unless -E or -I rules the environment out), then
// the nearest directory at or above the executable's own (a symbolic link
// followed to the real file, as CPython follows it) that holds
// lib/python3.6; else /usr/local and no directory. exe is sys.executable,
// "" when the interpreter is embedded in another program.
func findPrefix(o CommandLineOptions, home, exe string) (prefix, execPrefix, stdlib string) {
	if home != "" && o.IgnoreEnvironment == 0 && o.Isolated == 0 {
		prefix, execPrefix = home, home
		if i := strings.IndexByte(home, ':'); i >= 0 {
			prefix, execPrefix = home[:i], home[i+1:]
		}
		return prefix, execPrefix, filepath.Join(prefix, stdlibSubdir)
	}
	if exe != "" {
		if real, err := filepath.EvalSymlinks(exe); err == nil {
			exe = real
		}
		for dir := filepath.Dir(exe); ; dir = filepath.Dir(dir) {
			lib := filepath.Join(dir, stdlibSubdir)
			if st, err := os.Stat(lib); err == nil && st.IsDir() {
				return dir, dir, lib
			}
			if dir == filepath.Dir(dir) {
				break
			}
		}
	}
	return defaultPrefix, defaultPrefix, ""
}
