package vm

import (
	"reflect"
	"runtime"
	"strings"
	"sync/atomic"
	"unsafe"

	"github.com/go-python/gpython/py"
)

// Go functions known to leave namespaces alone.
//
// After a call of Go code the loop kills every global-cache entry
// (namespacesChanged, global_cache.go) unless it knows the code cannot
// have written a module's globals or the builtins. A loop calling
// struct.unpack, a hash object's update or a memory BIO's read paid for
// that twice per iteration: an atomic add on the process-wide epoch, and
// the global read next in the loop (a format string, a constant) going
// back to the maps.
//
// quietGoFunc answers for a Go method by the Go package its function is
// defined in: the packages below hold the functions and methods of
// modules that touch only their arguments, their receivers and their own
// Go state. They may call back into Python code (a json object_hook, a
// re.sub replacement, an SNI callback): that code's stores go through the
// loop, which moves the epoch itself, and a Go callable they call back
// through vm.Call is judged on its own when it returns (api.go). Their writes into module globals are
// made once, while the package sets its module up, before any script runs.
// A function defined elsewhere (a generic wrapper of internal/pyutil, a
// module that rebinds its own globals, as time.tzset does) stays unknown
// and invalidates, as before.
var quietPackages = []string{
	"github.com/go-python/gpython/stdlib/math.",
	"github.com/go-python/gpython/stdlib/binascii.",
	projectModules + "struct.",
	projectModules + "binascii.",
	projectModules + "zlib.",
	projectModules + "bz2.",
	projectModules + "lzma.",
	projectModules + "hashlib.",
	projectModules + "mathext.",
	projectModules + "array.",
	// collections.deque's methods write only the deque; extend's
	// iterables and the comparisons' __eq__ run through the loop.
	projectModules + "collections.",
	projectModules + "json.",
	projectModules + "re.",
	projectModules + "unicodedata.",
	projectModules + "select.",
	projectModules + "socket.",
	projectModules + "ssl.",
	projectModules + "_ssl.",
	// io.BytesIO's and StringIO's Go methods write only their
	// instance's attributes (modules/host/memio_fast.go).
	projectModules + "host.memioAccelerate.",
	// datetime calls a tzinfo's methods through vm.Call, which judges
	// them (tzcall.go); it reads time's struct_time, writes nothing.
	projectModules + "datetime.",
	// time's functions but tzset (quietExceptions), which rebinds the
	// module's tzname, timezone, altzone and daylight.
	projectModules + "time.",
	// Go wrappers whose only calls are of quiet Go functions and, through
	// vm.Call, of anything else (quietWrap).
	"github.com/gpython-ssl/gpython-ssl/vm.quietWrap.",
}

// quietExceptions are functions of quietPackages that do write a
// namespace (name prefixes, so that their closures are included).
var quietExceptions = []string{
	projectModules + "time.timeTzset",
}

// quietWrap returns fn as a distinct Go function that quietGoFunc takes
// as quiet. It is for wrappers made around a quiet method (one function
// shared by every wrapper could not be judged by its code address): fn
// calls only that method and, through vm.Call, Python or other Go code,
// which answers for itself. Not inlined: the closure's name (its code
// address's function) must be quietWrap's own wherever it is made.
//
//go:noinline
func quietWrap(fn func(py.Object, py.Tuple, py.StringDict) (py.Object, error)) func(py.Object, py.Tuple, py.StringDict) (py.Object, error) {
	return func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		return fn(self, args, kwargs)
	}
}

const projectModules = "github.com/gpython-ssl/gpython-ssl/modules/"

// quietPC caches quietGoFunc's verdicts by code address (not by method
// object, so that it keeps no interpreter's objects alive): a slot holds
// pc<<1 | verdict, 0 when empty. Threads share it; a slot taken by
// another function is recomputed and overwritten.
var quietPC [256]atomic.Uintptr

// quietGoFunc reports whether Go method m is known not to write any
// namespace (see quietPackages).
func quietGoFunc(m *py.Method) bool {
	pc := funcPC(goFunc(m))
	if pc == 0 {
		return false
	}
	slot := &quietPC[(uint64(pc)*0x9e3779b97f4a7c15)>>56]
	if e := slot.Load(); e>>1 == pc {
		return e&1 != 0
	}
	quiet := false
	if f := runtime.FuncForPC(pc); f != nil {
		name := f.Name()
		for _, p := range quietPackages {
			if strings.HasPrefix(name, p) {
				quiet = true
				break
			}
		}
		for _, p := range quietExceptions {
			if strings.HasPrefix(name, p) {
				quiet = false
			}
		}
	}
	e := pc << 1
	if quiet {
		e |= 1
	}
	slot.Store(e)
	return quiet
}

// funcPC is the code address of Go function fn (what
// reflect.Value.Pointer gives), or 0 when fn is nil or not a function.
// quietGoFunc asks on every call of a Go method whose receiver is not a
// plain value, and reflect's way (ValueOf, Kind, IsNil, Pointer) cost
// more than the verdict's cache probe; for the shapes py.Method holds
// the address is read directly: a func value in an interface is a
// pointer to its closure record, whose first word is the code address.
func funcPC(fn any) uintptr {
	switch fn.(type) {
	case func(py.Object, py.Object) (py.Object, error),
		func(py.Object) (py.Object, error),
		func(py.Object, py.Tuple) (py.Object, error),
		func(py.Object, py.Tuple, py.StringDict) (py.Object, error):
		closure := (*[2]unsafe.Pointer)(unsafe.Pointer(&fn))[1]
		if closure == nil {
			return 0
		}
		return *(*uintptr)(closure)
	case nil:
		return 0
	}
	v := reflect.ValueOf(fn)
	if v.Kind() != reflect.Func || v.IsNil() {
		return 0
	}
	return v.Pointer()
}
