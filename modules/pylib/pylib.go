// Package pylib registers the standard-library modules the project writes
// in Python (Lib/modules): each NAME.py as the module NAME, each
// PKG/__init__.py as the package PKG (with an empty __path__) and
// PKG/NAME.py as PKG.NAME. A module's source is read when it is first
// imported: its compiled code comes from Lib/modules.codecache when the
// cache holds code for that source (internal/codecache), and the source is
// compiled otherwise.
package pylib

import (
	"io/fs"
	"path"
	"strings"
	"sync"
	"unsafe"

	"github.com/go-python/gpython/py"

	lib "github.com/gpython-ssl/gpython-ssl/Lib"
	"github.com/gpython-ssl/gpython-ssl/internal/codecache"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// Source is one module of Lib/modules as registered.
type Source struct {
	Name     string // module name, "collections.abc"
	FileDesc string // file name its code is compiled with (vm.EmbeddedFile)
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
		s := Source{Src: src}
		s.Name, s.Package = moduleName(p)
		s.FileDesc = vm.EmbeddedFile(s.Name, s.Package)
		out = append(out, s)
		return nil
	})
	return out, err
}

func init() {
	// Only the names are read here: a module's source is read from the
	// binary when the module is first imported (its code then comes from
	// the cache when the cache holds it for that source) or when a
	// traceback first shows one of its lines.
	if err := registerDir("modules", ""); err != nil {
		panic("pylib: " + err.Error())
	}
}

// registerDir registers every .py file under dir, a directory of
// lib.Modules whose modules are named prefix+NAME ("" at the top,
// "PKG." inside the package PKG), depth first in name order as
// fs.WalkDir visits them. It builds the paths and names as it descends,
// one concatenation each: cleaning and splitting each of the 320 paths
// again (path.Join, moduleName) was a third of the walk's cost at every
// start. TestEveryEmbeddedFileRegistered checks the names against
// moduleName's.
func registerDir(dir, prefix string) error {
	entries, err := lib.Modules.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		base := e.Name()
		p := dir + "/" + base
		if e.IsDir() {
			if err := registerDir(p, prefix+base+"."); err != nil {
				return err
			}
		} else if mod, ok := strings.CutSuffix(base, ".py"); ok {
			if mod == "__init__" {
				register(p, strings.TrimSuffix(prefix, "."), true)
			} else {
				register(p, prefix+mod, false)
			}
		}
	}
	return nil
}

// registration is what register allocates for one module, made in
// slabs: the modules stay registered for the life of the process, so
// one allocation per slabSize modules serves as well as one each.
type registration struct {
	impl py.ModuleImpl
	src  lazySource
}

const slabSize = 64

var slab []registration // what is left of the current slab

// register registers the embedded file p as the module name (a package
// when pkg is set), to be read and compiled (or taken from the code
// cache) at its first import.
func register(p, name string, pkg bool) {
	if len(slab) == 0 {
		slab = make([]registration, slabSize)
	}
	r := &slab[0]
	slab = slab[1:]
	if pkg {
		// A package has __path__ (importlib tells packages by it);
		// its submodules are embedded, so the list is empty.
		r.impl.Globals = py.StringDict{"__path__": py.NewList()}
	}
	// vm.EmbeddedFile(name, pkg), made from the path in one
	// concatenation (TestEveryEmbeddedFileRegistered compares them).
	fileDesc := vm.EmbeddedLibDir + strings.TrimPrefix(p, "modules")
	r.impl.Info = py.ModuleInfo{Name: name, FileDesc: fileDesc}
	r.src.path = p
	load := r.src.load
	codecache.SetLazyCode(&r.impl, load)
	py.RegisterModule(&r.impl)
	pyutil.SourceLines.EmbedLazy(fileDesc, load)
}

// lazySource is the source of one embedded file, read at most once, by
// the first of the code cache and the traceback line cache to ask. It
// does what sync.OnceValue would without its allocations (its captured
// variables each escape), 320 times at every start: it lives in its
// module's registration, and only the method value load allocates.
type lazySource struct {
	once sync.Once
	path string
	src  string
}

func (l *lazySource) load() string {
	l.once.Do(func() {
		src, err := readSource(l.path)
		if err != nil {
			panic("pylib: " + err.Error()) // the binary's own files
		}
		l.src = src
	})
	return l.src
}

// moduleName is the module an embedded file modules/... defines, and
// whether it is a package (PKG/__init__.py).
func moduleName(p string) (name string, pkg bool) {
	rel := strings.TrimSuffix(strings.TrimPrefix(p, "modules/"), ".py")
	if path.Base(rel) == "__init__" {
		return strings.ReplaceAll(path.Dir(rel), "/", "."), true
	}
	return strings.ReplaceAll(rel, "/", "."), false
}

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
