package pyfcntl

import (
	"syscall"

	"github.com/go-python/gpython/py"
)

// The module's constants, as Linux defines them (<fcntl.h>,
// <sys/file.h>, <linux/fcntl.h>).
var constTable = map[string]int64{
	"FD_CLOEXEC": syscall.FD_CLOEXEC,
	"F_DUPFD":    syscall.F_DUPFD, "F_DUPFD_CLOEXEC": syscall.F_DUPFD_CLOEXEC,
	"F_GETFD": syscall.F_GETFD, "F_SETFD": syscall.F_SETFD,
	"F_GETFL": syscall.F_GETFL, "F_SETFL": syscall.F_SETFL,
	"F_GETLK": syscall.F_GETLK, "F_SETLK": syscall.F_SETLK, "F_SETLKW": syscall.F_SETLKW,
	"F_GETLK64": syscall.F_GETLK64, "F_SETLK64": syscall.F_SETLK64, "F_SETLKW64": syscall.F_SETLKW64,
	"F_GETOWN": syscall.F_GETOWN, "F_SETOWN": syscall.F_SETOWN,
	"F_GETSIG": syscall.F_GETSIG, "F_SETSIG": syscall.F_SETSIG,
	"F_GETLEASE": syscall.F_GETLEASE, "F_SETLEASE": syscall.F_SETLEASE, "F_NOTIFY": syscall.F_NOTIFY,
	"F_RDLCK": syscall.F_RDLCK, "F_WRLCK": syscall.F_WRLCK, "F_UNLCK": syscall.F_UNLCK,
	"F_EXLCK": 4, "F_SHLCK": 8,
	"FASYNC":  syscall.O_ASYNC,
	"LOCK_SH": syscall.LOCK_SH, "LOCK_EX": syscall.LOCK_EX, "LOCK_NB": syscall.LOCK_NB, "LOCK_UN": syscall.LOCK_UN,
	"LOCK_MAND": 32, "LOCK_READ": 64, "LOCK_WRITE": 128, "LOCK_RW": 192,
	"DN_ACCESS": 1, "DN_MODIFY": 2, "DN_CREATE": 4, "DN_DELETE": 8, "DN_RENAME": 16, "DN_ATTRIB": 32,
	"DN_MULTISHOT": 0x80000000,
}

// constants returns the module's globals for its constants.
func constants() py.StringDict {
	d := py.StringDict{}
	for k, v := range constTable {
		d[k] = py.Int(v)
	}
	return d
}
