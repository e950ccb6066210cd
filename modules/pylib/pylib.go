// Package pylib registers the standard-library modules the project writes
// in Python (Lib/modules): each NAME.py as the module NAME, each
// PKG/__init__.py as the package PKG (with an empty __path__) and
// PKG/NAME.py as PKG.NAME. A module whose compiled code is in
// Lib/modules.codecache for its current source is registered with that
// code (internal/codecache), and compiled from source otherwise.
package pylib

import (
	"io/fs"
	"path"
	"strings"
	"unsafe"

	"github.com/go-python/gpython/py"

	lib "github.com/gpython-ssl/gpython-ssl/Lib"
	"github.com/gpython-ssl/gpython-ssl/internal/codecache"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// Source is one module of Lib/modules as registered.
type Source struct {
	Name     string // module name, "collections.abc"
	FileDesc string // file name its code is compiled with, "<collections.abc>"
	Package  bool   // whether it is a package (PKG/__init__.py)
	Src      string // its source
}

// Sources returns the modules of Lib/modules in file order. Each call
// reads the sources afresh.
func Sources() ([]Source, error) {
	var out []Source
	err := fs.WalkDir(lib.Modules, "modules", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(p, ".py") {
			return err
		}
		src, err := readSource(p)
		if err != nil {
			return err
		}
		rel := strings.TrimSuffix(strings.TrimPrefix(p, "modules/"), ".py")
		s := Source{Name: strings.ReplaceAll(rel, "/", "."), Src: src}
		if path.Base(rel) == "__init__" {
			s.Name = strings.ReplaceAll(path.Dir(rel), "/", ".")
			s.Package = true
		}
		s.FileDesc = "<" + s.Name + ">"
		out = append(out, s)
		return nil
	})
	return out, err
}

func init() {
	sources, err := Sources()
	if err != nil {
		panic("pylib: " + err.Error())
	}
	for _, s := range sources {
		var globals py.StringDict
		if s.Package {
			// A package has __path__ (importlib tells packages by it);
			// its submodules are embedded, so the list is empty.
			globals = py.StringDict{"__path__": py.NewList()}
		}
		impl := &py.ModuleImpl{
			Info:    py.ModuleInfo{Name: s.Name, FileDesc: s.FileDesc},
			Globals: globals,
		}
		codecache.SetCode(impl, s.Src)
		py.RegisterModule(impl)
		// The line cache keeps the string just registered (or, for a
		// module registered with its compiled code, the string read
		// here): one copy of each source in memory.
		if !pseudoFiles[s.FileDesc] {
			pyutil.SourceLines.Embed(s.FileDesc, s.Src)
		}
	}
}

// pseudoFiles are the file names CPython gives code that comes from no
// file (exec, compile, -c, the prompt). The module string is registered
// as "<string>", like every embedded module as "<NAME>"; its lines stay
// out of the traceback line cache, which would otherwise print them for
// code run with -c or exec().
var pseudoFiles = map[string]bool{"<string>": true, "<stdin>": true}

// readSource reads the embedded file p into a string with one allocation
// of its size: the sources (about 1 MB) live as long as the process, and
// converting fs.ReadFile's bytes would allocate each one twice. The bytes
// are not used again after the conversion, which is what unsafe.String
// requires.
func readSource(p string) (string, error) {
	b, err := fs.ReadFile(lib.Modules, p)
	if err != nil || len(b) == 0 {
		return "", err
	}
	return unsafe.String(&b[0], len(b)), nil
}
