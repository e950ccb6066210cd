package _ssl

// Exported Go callbacks of the context code. This preamble only declares
// (cgo copies it into _cgo_export.c).

// #include <stdint.h>
import "C"

//export gosslPasswordCallback
func gosslPasswordCallback(buf *C.char, size C.int, rwflag C.int, h C.uintptr_t) C.int {
	return C.int(passwordCallback((*C.char)(buf), C.int(size), C.uintptr_t(h)))
}
