package pyutil

import "syscall"

// One read(2) of up to n bytes (os.read, os.pread, FileIO.read) needs a
// buffer of n bytes in CPython, allocated before the call; a script that
// asks for 2**31 bytes of a short file gets the file, and pays for the
// allocation only in address space. A Go buffer of n bytes is touched
// memory, so the readers size it by what one read can return instead
// (issue 20, item 1): the caller checks n with CheckAlloc first, as
// CPython's allocation would fail, then reads into ReadBufferSize bytes.

const (
	// directRead is the size up to which the buffer is simply n bytes.
	directRead = 1 << 16
	// streamRead caps the buffer for a descriptor that is not a regular
	// file (a pipe, socket or terminal): one read returns at most what
	// the kernel holds for it, and a pipe holds at most 1 MiB unless
	// /proc/sys/fs/pipe-max-size says otherwise.
	streamRead = 1 << 20
	// growSlack is added to a regular file's remaining length, for a
	// file that grows between the fstat and the read.
	growSlack = 1 << 16
)

// ReadBufferSize is the size of the buffer for one read of up to n bytes
// (n >= 0) from fd at offset at (at < 0: the descriptor's position): n
// when small; for a regular file, what remains of it past the offset
// (plus growSlack), at most n; otherwise at most streamRead.
func ReadBufferSize(fd, n int, at int64) int {
	if n <= directRead {
		return n
	}
	var st syscall.Stat_t
	if syscall.Fstat(fd, &st) != nil || st.Mode&syscall.S_IFMT != syscall.S_IFREG {
		return min(n, streamRead)
	}
	if at < 0 {
		pos, err := syscall.Seek(fd, 0, 1)
		if err != nil {
			return min(n, streamRead)
		}
		at = pos
	}
	left := max(st.Size-at, 0) + growSlack
	if left < int64(n) {
		return int(left)
	}
	return n
}
