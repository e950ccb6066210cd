package pytime

import (
	"github.com/go-python/gpython/py"

	lib "github.com/gpython-ssl/gpython-ssl/Lib"
	"github.com/gpython-ssl/gpython-ssl/internal/codecache"
	_ "github.com/gpython-ssl/gpython-ssl/modules/datetime" // calendar.py imports datetime
)

// calendar is Lib/calendar.py, embedded: CPython 3.6's calendar module.
func init() {
	impl := &py.ModuleImpl{Info: py.ModuleInfo{Name: "calendar", FileDesc: "calendar.py"}}
	codecache.SetCode(impl, lib.CalendarSource) // precompiled when cached
	py.RegisterModule(impl)
}
