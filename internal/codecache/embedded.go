package codecache

import (
	"sync"
	"unsafe"

	"github.com/go-python/gpython/py"

	lib "github.com/gpython-ssl/gpython-ssl/Lib"
	// The cached code was compiled by the project's front-end, whose
	// output calls runtime helpers it installs as builtins (__pep492__
	// for coroutines, and others): a program running that code must link
	// it, even when it compiles nothing itself.
	_ "github.com/gpython-ssl/gpython-ssl/compiler"
)

// embedded is Lib/modules.codecache, its index read on first use; nil
// when the file is empty or malformed, which only makes every module
// compile from source.
var embedded = sync.OnceValue(func() *File {
	// A string is embedded read-only: its pages are read from the binary
	// when first touched, and only then count in the process's memory (a
	// []byte would be writable data). Nothing writes through the slice.
	f, err := Parse(unsafe.Slice(unsafe.StringData(lib.CodeCache), len(lib.CodeCache)))
	if err != nil {
		return nil
	}
	return f
})

// Lookup returns the encoded code of the embedded module name compiled
// from src, or nil when Lib/modules.codecache has none for that exact
// source.
func Lookup(name, src string) []byte {
	return embedded().Code(name, src)
}

// SetCode gives impl the code of src, the source of the embedded module
// named impl.Info.Name: its precompiled code (CodeBuf) when the cache holds
// it for src, else src itself (CodeSrc) for the importer to compile. The
// cache entry must have been generated with impl.Info.FileDesc as the
// file name (see gen/).
func SetCode(impl *py.ModuleImpl, src string) {
	if buf := Lookup(impl.Info.Name, src); buf != nil {
		impl.CodeBuf = buf
		impl.CodeSrc = ""
		return
	}
	impl.CodeBuf = nil
	impl.CodeSrc = src
}

// lazyMagic heads the CodeBuf SetLazyCode gives a module: the module's
// name follows, and Decode reads the source then.
const lazyMagic = "\x00codecache:lazy:"

// lazyModule is a module registered by SetLazyCode.
type lazyModule struct {
	load     func() string // the module's source
	fileDesc string        // the file name its code is compiled with
}

var (
	lazyMu sync.Mutex
	// by module name; guarded by lazyMu. Sized for Lib/modules (about
	// 310 files, registered at start-up), so that it is not rebuilt as
	// it grows.
	lazyMap = make(map[string]lazyModule, 512)
)

// SetLazyCode registers impl, an embedded module whose source load reads,
// without reading it: the first import reads the source and takes the
// cache's code for it when the cache holds code for exactly that source,
// else compiles it (so a stale entry is never used). Nothing of the
// module is read or held before it is imported.
func SetLazyCode(impl *py.ModuleImpl, load func() string) {
	lazyMu.Lock()
	lazyMap[impl.Info.Name] = lazyModule{load: load, fileDesc: impl.Info.FileDesc}
	n := len(lazyMagic) + len(impl.Info.Name)
	if cap(markers)-len(markers) < n {
		markers = make([]byte, 0, max(markerSlab, n))
	}
	start := len(markers)
	markers = append(append(markers, lazyMagic...), impl.Info.Name...)
	impl.CodeBuf = markers[start:len(markers):len(markers)] // capped: an append copies
	impl.CodeSrc = ""
	lazyMu.Unlock()
}

// markerSlab is the size of the buffers SetLazyCode cuts the modules'
// markers from (guarded by lazyMu): the 320 modules registered at every
// start take five allocations instead of 320.
const markerSlab = 2048

var markers []byte

// lazyCode is the code of the module SetLazyCode registered as name, and
// whether it came from the cache.
func lazyCode(name string) (co *py.Code, cached bool, err error) {
	lazyMu.Lock()
	m, ok := lazyMap[name]
	lazyMu.Unlock()
	if !ok {
		return nil, false, py.ExceptionNewf(py.ImportError, "no embedded module %s", name)
	}
	src := m.load()
	if buf := Lookup(name, src); buf != nil {
		co, err := readCode(buf)
		if err != nil || co.Filename == m.fileDesc {
			return co, true, err
		}
		// compiled under another file name: stale as a changed source is
	}
	co, err = py.Compile(src, m.fileDesc, py.ExecMode, 0, true)
	return co, false, err
}
