// Package gc registers a minimal Python module "gc": collect() runs Go's
// collector (twice, so that objects freed by the first cycle's
// finalisation are found too) and then the hooks other modules installed
// with OnCollect (weakref callbacks); enable, disable and isenabled keep a
// flag only, since Go's collector cannot and need not be turned off.
//
// Unlike CPython, where reference counting frees an object at its last
// reference, Go frees it at a collection: weak references die, and their
// callbacks run, at the next gc.collect() (or later), not at the last del.
package gc

import (
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

var (
	hooksMu sync.Mutex
	hooks   []func() error
	enabled atomic.Bool
)

// OnCollect adds a function that gc.collect() calls after the collection
// (on the calling thread, under the interpreter lock). An error it
// returns is raised by gc.collect().
func OnCollect(f func() error) {
	hooksMu.Lock()
	defer hooksMu.Unlock()
	hooks = append(hooks, f)
}

// Collect runs Go's collector twice and then the OnCollect hooks.
func Collect() error {
	runtime.GC()
	runtime.GC()
	hooksMu.Lock()
	hs := append([]func() error(nil), hooks...)
	hooksMu.Unlock()
	for _, h := range hs {
		if err := h(); err != nil {
			return err
		}
	}
	return nil
}

func gc_collect(_ py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	v, err := pyarg.Parse("collect", args, kwargs, []string{"generation"}, 0, 0)
	if err != nil {
		return nil, err
	}
	if v[0] != nil {
		g, err := pyarg.Int(v[0])
		if err != nil {
			return nil, err
		}
		if g < 0 || g > 2 {
			return nil, py.ExceptionNewf(py.ValueError, "invalid generation")
		}
	}
	if err := Collect(); err != nil {
		return nil, err
	}
	return py.Int(0), nil
}

func init() {
	enabled.Store(true)
	methods := []*py.Method{
		py.MustNewMethod("collect", gc_collect, 0, "collect(generation=2) -> int\n\nRun a collection of the given generation (0, 1 or 2; ValueError otherwise)\nand give the number of unreachable objects found."),
		py.MustNewMethod("enable", func(py.Object) (py.Object, error) {
			enabled.Store(true)
			return py.None, nil
		}, 0, "enable() -> None\n\nTurn automatic collection on."),
		py.MustNewMethod("disable", func(py.Object) (py.Object, error) {
			enabled.Store(false)
			return py.None, nil
		}, 0, "disable() -> None\n\nTurn automatic collection off."),
		py.MustNewMethod("isenabled", func(py.Object) (py.Object, error) {
			return py.NewBool(enabled.Load()), nil
		}, 0, "isenabled() -> bool\n\nWhether automatic collection is on."),
	}
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "gc", Doc: "Control over the cycle garbage collector: run it, switch it on or off, inspect it.", Flags: py.ShareModule},
		Methods: methods,
	})
}
