package osext

import (
	"syscall"
	"unsafe"
)

// The *at() system calls the syscall package leaves out, for the dir_fd
// forms of os.readlink, os.symlink and os.link. A relative path is taken
// from the directory open as dirfd (AT_FDCWD: the current directory).

// atSymlinkFollow is AT_SYMLINK_FOLLOW: linkat follows a link given as
// the source.
const atSymlinkFollow = 0x400

func readlinkAt(dirfd int, path string, buf []byte) (int, error) {
	p, err := syscall.BytePtrFromString(path)
	if err != nil {
		return 0, err
	}
	n, _, e := syscall.Syscall6(syscall.SYS_READLINKAT, uintptr(dirfd), uintptr(unsafe.Pointer(p)),
		uintptr(unsafe.Pointer(&buf[0])), uintptr(len(buf)), 0, 0)
	if e != 0 {
		return 0, e
	}
	return int(n), nil
}

func symlinkAt(target string, dirfd int, link string) error {
	t, err := syscall.BytePtrFromString(target)
	if err != nil {
		return err
	}
	l, err := syscall.BytePtrFromString(link)
	if err != nil {
		return err
	}
	if _, _, e := syscall.Syscall(syscall.SYS_SYMLINKAT, uintptr(unsafe.Pointer(t)), uintptr(dirfd), uintptr(unsafe.Pointer(l))); e != 0 {
		return e
	}
	return nil
}

func linkAt(srcDirfd int, src string, dstDirfd int, dst string, flags int) error {
	s, err := syscall.BytePtrFromString(src)
	if err != nil {
		return err
	}
	d, err := syscall.BytePtrFromString(dst)
	if err != nil {
		return err
	}
	_, _, e := syscall.Syscall6(syscall.SYS_LINKAT, uintptr(srcDirfd), uintptr(unsafe.Pointer(s)),
		uintptr(dstDirfd), uintptr(unsafe.Pointer(d)), uintptr(flags), 0)
	if e != 0 {
		return e
	}
	return nil
}
