// Package gpythonssl gives an embedded gpython interpreter everything this
// project builds: the project's evaluation loop and compiler front-end, the
// ssl and _ssl modules, socket, select, the standard-library modules
// (datetime, time, json, hashlib, struct, subprocess, ...) and the
// completion of gpython's built-in types.
//
// Modules register themselves when their package is initialised, so a blank
// import is enough:
//
//	import _ "github.com/gpython-ssl/gpython-ssl"
//
// NewContext is the one call for programs that prefer an explicit one.
package gpythonssl

import (
	"github.com/go-python/gpython/py"

	_ "github.com/go-python/gpython/stdlib" // gpython's own modules and py.NewContext

	"github.com/gpython-ssl/gpython-ssl/internal/gcpolicy"
	"github.com/gpython-ssl/gpython-ssl/internal/gil"

	_ "github.com/gpython-ssl/gpython-ssl/compiler" // f-strings: py.Compile and compile() rewrite them
	_ "github.com/gpython-ssl/gpython-ssl/modules/array"
	_ "github.com/gpython-ssl/gpython-ssl/modules/audioop"
	_ "github.com/gpython-ssl/gpython-ssl/modules/binascii"
	_ "github.com/gpython-ssl/gpython-ssl/modules/bz2"
	_ "github.com/gpython-ssl/gpython-ssl/modules/cjkcodecs" // _cjkcodecs: the CJK codecs under Lib/modules/_multibytecodec.py
	_ "github.com/gpython-ssl/gpython-ssl/modules/cmath"
	_ "github.com/gpython-ssl/gpython-ssl/modules/codecs"      // _codecs: error-handler registry and codec functions under Lib/modules/codecs.py
	_ "github.com/gpython-ssl/gpython-ssl/modules/collections" // _collections_accel: deque's hot methods under Lib/modules/collections
	_ "github.com/gpython-ssl/gpython-ssl/modules/crypt"       // _crypt: crypt(3) under Lib/modules/crypt.py
	_ "github.com/gpython-ssl/gpython-ssl/modules/csv"         // _csv: the parser and quoting under Lib/modules/csv.py
	_ "github.com/gpython-ssl/gpython-ssl/modules/datetime"
	_ "github.com/gpython-ssl/gpython-ssl/modules/decimal" // _apdecimal: the arithmetic of Lib/modules/decimal.py, over math/big
	_ "github.com/gpython-ssl/gpython-ssl/modules/errno"
	_ "github.com/gpython-ssl/gpython-ssl/modules/fcntl"
	_ "github.com/gpython-ssl/gpython-ssl/modules/functools"
	_ "github.com/gpython-ssl/gpython-ssl/modules/gc" // gc.collect() runs Go's collector and weakref callbacks
	_ "github.com/gpython-ssl/gpython-ssl/modules/grp"
	_ "github.com/gpython-ssl/gpython-ssl/modules/hashlib"
	_ "github.com/gpython-ssl/gpython-ssl/modules/heapq" // _heapq: the heap functions under Lib/modules/heapq.py
	_ "github.com/gpython-ssl/gpython-ssl/modules/host"  // bytes/str/builtins completion
	_ "github.com/gpython-ssl/gpython-ssl/modules/itertools"
	_ "github.com/gpython-ssl/gpython-ssl/modules/json"
	_ "github.com/gpython-ssl/gpython-ssl/modules/lzma"
	_ "github.com/gpython-ssl/gpython-ssl/modules/marshal" // marshal: CPython 3.6's format, code objects included
	_ "github.com/gpython-ssl/gpython-ssl/modules/mathext"
	_ "github.com/gpython-ssl/gpython-ssl/modules/mmap"
	_ "github.com/gpython-ssl/gpython-ssl/modules/multiprocessing" // _multiprocessing: SemLock over POSIX named semaphores
	_ "github.com/gpython-ssl/gpython-ssl/modules/operator"
	_ "github.com/gpython-ssl/gpython-ssl/modules/osext" // os functions for shutil, tempfile, getpass, platform
	_ "github.com/gpython-ssl/gpython-ssl/modules/ospath"
	_ "github.com/gpython-ssl/gpython-ssl/modules/pickle"  // _pickle_builtins: pickle.dump/dumps/load/loads as built-in functions
	_ "github.com/gpython-ssl/gpython-ssl/modules/pkgutil" // _pkgutil: the built-in module names pkgutil lists
	_ "github.com/gpython-ssl/gpython-ssl/modules/pprint"
	_ "github.com/gpython-ssl/gpython-ssl/modules/pwd"
	_ "github.com/gpython-ssl/gpython-ssl/modules/pyast"
	_ "github.com/gpython-ssl/gpython-ssl/modules/pyexpat" // xml.parsers.expat over the system libexpat
	_ "github.com/gpython-ssl/gpython-ssl/modules/pylib"   // standard-library modules written in Python (Lib/modules)
	_ "github.com/gpython-ssl/gpython-ssl/modules/random"
	_ "github.com/gpython-ssl/gpython-ssl/modules/re"
	_ "github.com/gpython-ssl/gpython-ssl/modules/resource"
	_ "github.com/gpython-ssl/gpython-ssl/modules/select"
	_ "github.com/gpython-ssl/gpython-ssl/modules/signal"
	_ "github.com/gpython-ssl/gpython-ssl/modules/socket"
	_ "github.com/gpython-ssl/gpython-ssl/modules/spwd"
	_ "github.com/gpython-ssl/gpython-ssl/modules/sqlite3" // _sqlite3: the native half of Lib/modules/sqlite3
	_ "github.com/gpython-ssl/gpython-ssl/modules/ssl"
	_ "github.com/gpython-ssl/gpython-ssl/modules/struct"
	_ "github.com/gpython-ssl/gpython-ssl/modules/subprocess"
	_ "github.com/gpython-ssl/gpython-ssl/modules/syslog"
	_ "github.com/gpython-ssl/gpython-ssl/modules/termios"
	_ "github.com/gpython-ssl/gpython-ssl/modules/thread" // _thread: Python threads under the interpreter lock
	_ "github.com/gpython-ssl/gpython-ssl/modules/time"
	_ "github.com/gpython-ssl/gpython-ssl/modules/traceback"
	_ "github.com/gpython-ssl/gpython-ssl/modules/tracemalloc" // _tracemalloc: heap sizes from Go's runtime, no traces
	_ "github.com/gpython-ssl/gpython-ssl/modules/unicodedata"
	_ "github.com/gpython-ssl/gpython-ssl/modules/weakref" // _weakref under Lib/modules/weakref.py
	_ "github.com/gpython-ssl/gpython-ssl/modules/zlib"
	_ "github.com/gpython-ssl/gpython-ssl/vm" // the evaluation loop, context and RecursionError
)

// NewContext returns a new interpreter context in which every module of the
// project can be imported. It is py.NewContext; importing this package is
// what makes the modules available.
func NewContext(opts py.ContextOpts) py.Context {
	return py.NewContext(opts)
}

// AllowThreads runs fn with the interpreter lock of the calling goroutine's
// interpreter released, as C extensions do with Py_BEGIN_ALLOW_THREADS: a
// Go function installed as a Python builtin wraps its blocking part (a
// network call, a long computation) in it so that the interpreter's other
// threads, and other goroutines calling into the same context, run
// meanwhile. fn must not touch Python objects. Outside Python code it just
// runs fn.
//
// A context may be used from several goroutines at once: each call into it
// (py.Call on one of its functions, RunSrc, RunCode) takes the context's
// interpreter lock for its duration, and Python threads started by a
// script share the same lock.
func AllowThreads(fn func()) { gil.Unlocked(fn) }

// TuneGC sizes the Go heap to the interpreter's live data, as the
// gpython-ssl command does: the collector's growth factor is GOGC=400
// (fewer collections during bulk TLS transfers), but the heap may fill
// only max(4 MiB, 5x the live heap) before a collection, instead of
// GOGC=400's 16 MiB minimum, and memory above that returns to the OS. It
// sets the process-wide GC percent and soft memory limit
// (runtime/debug), so a program embedding gpython-ssl opts in by calling
// it, typically at the start of main; the returned function restores the
// previous settings. Without it, Go's defaults (or GOGC/GOMEMLIMIT) apply.
// For the first second the factor is GOGC=100 (start-up's long-lived
// objects packed densely), and the executable's read-only pages the
// program no longer uses are unmapped now and then (gcpolicy.Default).
func TuneGC() (undo func()) { return gcpolicy.Install(gcpolicy.Default) }
