package codecache

import (
	"unsafe"

	"github.com/go-python/gpython/py"

	lib "github.com/gpython-ssl/gpython-ssl/Lib"
	"github.com/gpython-ssl/gpython-ssl/modules/marshal"
)

// readCode reads the code object Encode wrote in buf with the project's
// one marshal reader (modules/marshal), which gives the constants with the
// compiler's types (py.Int within int64, bytes, the loop's frozenset).
//
// Strings (names, bytecode, line tables, str constants) are not copied
// when buf lies in the embedded Lib/modules.codecache: they point into
// the binary's read-only data, which nothing writes. Any other buf is
// copied once and the strings share that copy.
//
// Malformed input is an error, never a panic.
func readCode(buf []byte) (*py.Code, error) {
	obj, err := marshal.LoadString(asString(buf))
	if err != nil {
		return nil, err
	}
	co, ok := obj.(*py.Code)
	if !ok {
		return nil, py.ExceptionNewf(py.AssertionError, "Embedded code did not produce a py.Code object")
	}
	return co, nil
}

// asString returns buf's bytes as a string: the same memory when buf is
// part of the embedded cache (read-only for the life of the process), a
// copy otherwise (a caller's slice may change later).
func asString(buf []byte) string {
	if len(buf) == 0 {
		return ""
	}
	start := uintptr(unsafe.Pointer(unsafe.StringData(lib.CodeCache)))
	p := uintptr(unsafe.Pointer(unsafe.SliceData(buf)))
	if len(lib.CodeCache) > 0 && p >= start && p-start <= uintptr(len(lib.CodeCache)) &&
		uintptr(len(buf)) <= uintptr(len(lib.CodeCache))-(p-start) {
		return unsafe.String(unsafe.SliceData(buf), len(buf))
	}
	return string(buf)
}
