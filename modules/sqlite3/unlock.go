package sqlite3

/*
#include "shim.h"
*/
import "C"

import (
	"sync"

	"github.com/petermattis/goid"

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
)

// The interpreter lock is released while sqlite steps a statement, as
// CPython releases it around sqlite3_step, so that other Python threads
// run meanwhile (and one of them can call interrupt()). A Python callback
// that sqlite makes during the step takes the lock back for the length
// of the call. relocks holds, for each goroutine inside an unlocked step
// and not inside a callback, the function that retakes the lock.
var relocks sync.Map // goroutine id (int64) -> func()

// unlockedStep is sqlite3_step(st) without the interpreter lock.
func unlockedStep(st *C.sqlite3_stmt) C.int {
	id := goid.Get()
	relocks.Store(id, gil.Release())
	rc := C.sqlite3_step(st)
	if f, ok := relocks.LoadAndDelete(id); ok {
		f.(func())()
	}
	return rc
}

// withPython begins a callback: it retakes the interpreter lock if the
// step running on this goroutine released it, and returns the function
// that gives it up again before the callback returns to sqlite.
func withPython() (done func()) {
	id := goid.Get()
	f, ok := relocks.LoadAndDelete(id)
	if !ok {
		return func() {}
	}
	f.(func())()
	return func() { relocks.Store(id, gil.Release()) }
}
