package vm

import (
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"unsafe"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// The library modules written in Python are compiled into the binary,
// and their __file__ names a path under EmbeddedLibDir that does not
// exist on disk. Scripts read those files all the same: open(json.__file__),
// tokenize.open(mod.__file__), imp.find_module's file, a loader's
// get_data. OpenEmbeddedFile serves such a read-only open from a
// descriptor of an anonymous in-memory file holding the module's source,
// so that every file operation on it works (read, seek, fstat, mmap,
// fileno handed to os.read) as on CPython's installed library file.

// OpenEmbeddedFile opens, for reading, the source of the module compiled
// into the binary whose file path is path (absolute, or relative to the
// working directory), when a real open of path with flags failed with
// ENOENT. ok is false when path names no such file or flags ask for more
// than reading (writing, creating, truncating, appending): the caller
// keeps its ENOENT. The descriptor is close-on-exec, as every descriptor
// Python opens, and positioned at 0.
func OpenEmbeddedFile(path string, flags int) (fd int, ok bool, err error) {
	if flags&(syscall.O_ACCMODE|syscall.O_CREAT|syscall.O_TRUNC|syscall.O_APPEND|syscall.O_DIRECTORY) != syscall.O_RDONLY {
		return -1, false, nil
	}
	src, ok := EmbeddedSourceFile(path)
	if !ok {
		return -1, false, nil
	}
	fd, err = memoryFile(filepath.Base(path), src)
	if err != nil {
		return -1, true, err
	}
	return fd, true, nil
}

// EmbeddedSourceFile is the source of the module compiled into the
// binary whose file path is path (absolute, or relative to the working
// directory), and whether there is one.
func EmbeddedSourceFile(path string) (string, bool) {
	path, inside := embeddedPath(path) // import_embedded_stat.go
	if !inside || !strings.HasSuffix(path, ".py") {
		return "", false
	}
	return pyutil.SourceLines.Embedded(path)
}

// memfdCreate is memfd_create's system call number on this architecture,
// 0 where it is not known here (a temporary file stands in then).
var memfdCreate = map[string]uintptr{
	"amd64": 319, "arm64": 279, "riscv64": 279, "loong64": 279,
	"386": 356, "arm": 385, "ppc64le": 360, "ppc64": 360, "s390x": 350,
}[runtime.GOARCH]

const (
	mfdCloexec      = 0x1
	mfdAllowSealing = 0x2
	fAddSeals       = 1033
	// F_SEAL_SEAL | F_SEAL_SHRINK | F_SEAL_GROW | F_SEAL_WRITE
	sealAll = 0x1 | 0x2 | 0x4 | 0x8
)

// memoryFile is a read-only descriptor of an anonymous file holding
// content: a sealed memfd reopened read-only through /proc (so that a
// write fails with EBADF, as on a file opened for reading), else the
// sealed memfd itself, else an unlinked temporary file.
func memoryFile(name, content string) (int, error) {
	fd, err := -1, error(syscall.ENOSYS)
	if memfdCreate != 0 {
		fd, err = memfdOpen(name)
	}
	if err != nil {
		f, terr := os.CreateTemp("", "gpython-ssl-embedded-*")
		if terr != nil {
			return -1, terr
		}
		_ = os.Remove(f.Name())
		fd, err = syscall.Dup(int(f.Fd()))
		f.Close()
		if err != nil {
			return -1, err
		}
		syscall.CloseOnExec(fd)
	}
	if err := writeAll(fd, content); err != nil {
		syscall.Close(fd)
		return -1, err
	}
	_, _, _ = syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), fAddSeals, sealAll)
	ro, err := syscall.Open("/proc/self/fd/"+strconv.Itoa(fd), syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	if err == nil {
		syscall.Close(fd)
		return ro, nil
	}
	if _, err := syscall.Seek(fd, 0, 0); err != nil {
		syscall.Close(fd)
		return -1, err
	}
	return fd, nil
}

// memfdOpen is memfd_create(name, MFD_CLOEXEC|MFD_ALLOW_SEALING).
func memfdOpen(name string) (int, error) {
	p, err := syscall.BytePtrFromString("gpython-ssl:" + name)
	if err != nil {
		return -1, err
	}
	r, _, errno := syscall.Syscall(memfdCreate, uintptr(unsafe.Pointer(p)), mfdCloexec|mfdAllowSealing, 0)
	if errno != 0 {
		return -1, errno
	}
	return int(r), nil
}

// writeAll writes content to fd whole.
func writeAll(fd int, content string) error {
	b := []byte(content)
	for len(b) > 0 {
		n, err := syscall.Write(fd, b)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return err
		}
		b = b[n:]
	}
	return nil
}
