// Package modlist names the modules whose code Lib/modules.codecache
// holds, and compiles one as importing it would: the list the generator
// writes and the staleness test checks.
package modlist

import (
	"errors"
	"fmt"

	"github.com/go-python/gpython/py"

	lib "github.com/gpython-ssl/gpython-ssl/Lib"
	"github.com/gpython-ssl/gpython-ssl/internal/codecache"
	"github.com/gpython-ssl/gpython-ssl/modules/pylib"

	// py.Compile: the compiler the importer uses.
	_ "github.com/gpython-ssl/gpython-ssl/compiler"
	// They register ssl and calendar, whose file names Modules reads.
	_ "github.com/gpython-ssl/gpython-ssl/modules/ssl"
	_ "github.com/gpython-ssl/gpython-ssl/modules/time"
)

// Module is one embedded module's source.
type Module struct {
	Name     string // module name
	FileDesc string // the file name it is compiled with
	Src      string
}

// Modules returns every module of Lib/modules, then ssl and calendar
// (Lib/ssl.py and Lib/calendar.py), with the file names their registered
// ModuleImpls give.
func Modules() ([]Module, error) {
	srcs, err := pylib.Sources()
	if err != nil {
		return nil, err
	}
	var mods []Module
	for _, s := range srcs {
		mods = append(mods, Module{Name: s.Name, FileDesc: s.FileDesc, Src: s.Src})
	}
	for _, m := range []struct{ name, src string }{{"ssl", lib.SSLSource}, {"calendar", lib.CalendarSource}} {
		impl := py.GetModuleImpl(m.name)
		if impl == nil {
			return nil, fmt.Errorf("module %s is not registered", m.name)
		}
		mods = append(mods, Module{Name: m.name, FileDesc: impl.Info.FileDesc, Src: m.src})
	}
	return mods, nil
}

// CompileCode compiles m as the importer does (vm's moduleCode).
func CompileCode(m Module) (*py.Code, error) {
	return py.Compile(m.Src, m.FileDesc, py.ExecMode, 0, true)
}

// Compile compiles m and encodes its code; the error is an
// *codecache.UnencodableError when the code holds a constant Encode
// refuses.
func Compile(m Module) ([]byte, error) {
	co, err := CompileCode(m)
	if err != nil {
		return nil, err
	}
	return codecache.Encode(co)
}

// BuildFile compiles every module of Modules and returns the cache file
// holding them, and the modules left out because Encode refused one of
// their constants (each error says which type).
func BuildFile() (data []byte, leftOut []error, err error) {
	mods, err := Modules()
	if err != nil {
		return nil, nil, err
	}
	var entries []codecache.Entry
	for _, m := range mods {
		buf, err := Compile(m)
		var unenc *codecache.UnencodableError
		if errors.As(err, &unenc) {
			leftOut = append(leftOut, fmt.Errorf("%s left out: %w", m.Name, err))
			continue
		}
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", m.Name, err)
		}
		entries = append(entries, codecache.Entry{Name: m.Name, Source: m.Src, Code: buf})
	}
	data, err = codecache.Build(entries)
	return data, leftOut, err
}
