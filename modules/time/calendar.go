package pytime

import (
	"github.com/go-python/gpython/py"

	lib "github.com/gpython-ssl/gpython-ssl/Lib"
	_ "github.com/gpython-ssl/gpython-ssl/modules/datetime" // calendar.py imports datetime
)

// calendar is Lib/calendar.py, embedded: CPython 3.6's calendar module.
func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "calendar", FileDesc: "calendar.py"},
		CodeSrc: lib.CalendarSource,
	})
}
