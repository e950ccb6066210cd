//go:build !linux

package sigint

import (
	"syscall"

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
)

// Read is read(2) retried on EINTR with the interpreter lock released;
// Linux's version lets signal handlers run while it waits.
func Read(fd int, p []byte) (n int, err error) {
	gil.Unlocked(func() {
		for {
			n, err = syscall.Read(fd, p)
			if err != syscall.EINTR {
				return
			}
		}
	})
	return max(n, 0), err
}
