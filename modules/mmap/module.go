// Package pymmap is CPython 3.6's mmap module on Linux: memory-mapped
// files and anonymous shared memory as a mutable, fixed-size sequence of
// bytes with a file-like position (read, write, seek, find), the ACCESS_*,
// MAP_* and PROT_* constants, PAGESIZE and ALLOCATIONGRANULARITY.
//
// An mmap object is a pyutil.WritableBuffer, so bytes(m), struct's
// pack_into, socket.send and the other buffer consumers accept it. Its
// mapping is released by close(), by leaving a with block, or, for a map
// the script drops, when Go's collector finds the object unreachable.
package pymmap

import (
	"os"
	"syscall"

	"github.com/go-python/gpython/py"
)

// The access modes of the access argument (ACCESS_DEFAULT is not exported
// in 3.6).
const (
	accessDefault = 0
	accessRead    = 1
	accessWrite   = 2
	accessCopy    = 3
)

// Linux's MAP_DENYWRITE and MAP_EXECUTABLE (ignored by the kernel, exported
// by CPython).
const (
	mapDenyWrite  = 0x800
	mapExecutable = 0x1000
)

// constants returns the module's integer constants.
func constants() py.StringDict {
	page := py.Int(os.Getpagesize())
	return py.StringDict{
		"ACCESS_READ":           py.Int(accessRead),
		"ACCESS_WRITE":          py.Int(accessWrite),
		"ACCESS_COPY":           py.Int(accessCopy),
		"PAGESIZE":              page,
		"ALLOCATIONGRANULARITY": page,
		"MAP_SHARED":            py.Int(syscall.MAP_SHARED),
		"MAP_PRIVATE":           py.Int(syscall.MAP_PRIVATE),
		"MAP_ANON":              py.Int(syscall.MAP_ANONYMOUS),
		"MAP_ANONYMOUS":         py.Int(syscall.MAP_ANONYMOUS),
		"MAP_DENYWRITE":         py.Int(mapDenyWrite),
		"MAP_EXECUTABLE":        py.Int(mapExecutable),
		"PROT_READ":             py.Int(syscall.PROT_READ),
		"PROT_WRITE":            py.Int(syscall.PROT_WRITE),
		"PROT_EXEC":             py.Int(syscall.PROT_EXEC),
	}
}

const moduleDoc = "Memory-mapped files and anonymous shared memory (the mmap type)."

func init() {
	installMethods()
	setupSubclass()
	g := constants()
	g["mmap"] = MmapType
	g["error"] = py.OSError
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "mmap", Doc: moduleDoc},
		Globals: g,
	})
}
