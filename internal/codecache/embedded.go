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
