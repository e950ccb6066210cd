// Package modlist names the modules whose code Lib/modules.codecache
// holds, and compiles one as importing it would: the list the generator
// writes and the staleness test checks.
package modlist

import (
	"errors"
	"fmt"
	"sort"
	_ "unsafe" // go:linkname: gpython's module registry

	"github.com/go-python/gpython/py"

	lib "github.com/gpython-ssl/gpython-ssl/Lib"
	"github.com/gpython-ssl/gpython-ssl/internal/codecache"
	"github.com/gpython-ssl/gpython-ssl/modules/pylib"
	"github.com/gpython-ssl/gpython-ssl/vm"

	// py.Compile: the compiler the importer uses.
	_ "github.com/gpython-ssl/gpython-ssl/compiler"
	// Every module of the project, registered as the binary registers
	// them: ssl and calendar, whose file names Modules reads, and the Go
	// modules whose source (CodeSrc) runs at import.
	_ "github.com/gpython-ssl/gpython-ssl"
)

// registry is gpython's table of registered modules, which gpython has
// no way to list: the Go modules with source are found there, so that a
// module added later is cached without a list kept by hand.
//
//go:linkname registry github.com/go-python/gpython/py.gRuntime
var registry py.Runtime

// Module is one embedded module's source.
type Module struct {
	Name     string // module name
	FileDesc string // the file name it is compiled with
	Src      string
	// Go is set for a Go module's CodeSrc: the module is registered with
	// its source, and the importer takes the cached code for exactly
	// that source (vm.PrecompiledModuleCode).
	Go bool
}

// Modules returns every module of Lib/modules, then ssl and calendar
// (Lib/ssl.py and Lib/calendar.py), with the file names their registered
// ModuleImpls give, then the Go modules registered with source.
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
	mods = append(mods, goModules(mods)...)
	// sys's Python part, which every context runs at its start.
	return append(mods, Module{Name: vm.SysSourceName, FileDesc: vm.SysSourceName, Src: vm.SysSource, Go: true}), nil
}

// goModules returns the registered Go modules with source (CodeSrc, as
// it stands once every package's init has run) whose names embedded
// lists none of, sorted by name.
func goModules(embedded []Module) []Module {
	have := map[string]bool{}
	for _, m := range embedded {
		have[m.Name] = true
	}
	var mods []Module
	for name, impl := range registry.ModuleImpls {
		if impl.CodeSrc != "" && !have[name] {
			mods = append(mods, Module{Name: name, FileDesc: impl.Info.FileDesc, Src: impl.CodeSrc, Go: true})
		}
	}
	sort.Slice(mods, func(i, j int) bool { return mods[i].Name < mods[j].Name })
	return mods
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
