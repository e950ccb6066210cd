package osext

import (
	"bufio"
	"os"
	"strconv"
	"strings"
	"syscall"
	"unsafe"
)

// utimeNow is UTIME_NOW: utimensat sets the current time.
const utimeNow = (1 << 30) - 1

// atSymlinkNofollow is AT_SYMLINK_NOFOLLOW; atFDCWD is AT_FDCWD.
const (
	atSymlinkNofollow = 0x100
	atFDCWD           = -100
)

// utimensat sets the access and modification times (ts[0], ts[1]) of
// path, taken from the directory open as dirfd when relative.
func utimensat(dirfd int, path string, ts []syscall.Timespec, follow bool) error {
	p, err := syscall.BytePtrFromString(path)
	if err != nil {
		return err
	}
	flags := 0
	if !follow {
		flags = atSymlinkNofollow
	}
	_, _, e := syscall.Syscall6(syscall.SYS_UTIMENSAT, uintptr(dirfd), uintptr(unsafe.Pointer(p)),
		uintptr(unsafe.Pointer(&ts[0])), uintptr(flags), 0, 0)
	if e != 0 {
		return e
	}
	return nil
}

// utmpLogin is the part of glibc's getlogin(3) that works without utmp:
// the login uid of the process (/proc/self/loginuid) and its name in
// /etc/passwd. ok is false when the process has no login uid, where
// getlogin fails with ENXIO.
func utmpLogin() (string, bool) {
	b, err := os.ReadFile("/proc/self/loginuid")
	if err != nil {
		return "", false
	}
	uid, err := strconv.ParseUint(strings.TrimSpace(string(b)), 10, 32)
	if err != nil || uid == 1<<32-1 {
		return "", false
	}
	f, err := os.Open("/etc/passwd")
	if err != nil {
		return "", false
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		fields := strings.Split(sc.Text(), ":")
		if len(fields) > 2 && fields[2] == strconv.FormatUint(uid, 10) {
			return fields[0], true
		}
	}
	return "", false
}

// futimens sets the times of an open file.
func futimens(fd int, ts []syscall.Timespec) error {
	_, _, e := syscall.Syscall6(syscall.SYS_UTIMENSAT, uintptr(fd), 0,
		uintptr(unsafe.Pointer(&ts[0])), 0, 0, 0)
	if e != 0 {
		return e
	}
	return nil
}
