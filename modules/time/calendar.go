package pytime

import (
	"github.com/go-python/gpython/py"

	lib "github.com/gpython-ssl/gpython-ssl/Lib"
	"github.com/gpython-ssl/gpython-ssl/internal/codecache"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	_ "github.com/gpython-ssl/gpython-ssl/modules/datetime" // calendar.py imports datetime
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// calendar is Lib/calendar.py, embedded: CPython 3.6's calendar module.
func init() {
	// located in the library directory as Lib/modules' are, with its
	// lines in tracebacks
	file := vm.EmbeddedFile("calendar", false)
	impl := &py.ModuleImpl{Info: py.ModuleInfo{Name: "calendar", FileDesc: file}}
	load := func() string { return lib.CalendarSource }
	codecache.SetLazyCode(impl, load) // precompiled when cached under file
	py.RegisterModule(impl)
	pyutil.SourceLines.EmbedLazy(file, load)
}
