//go:build !linux

package sigint

import (
	"syscall"

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
)

// Write is one write(2) retried on EINTR with the interpreter lock
// released; Linux's version lets signal handlers run while it waits.
func Write(fd int, p []byte) (n int, err error) {
	gil.Unlocked(func() {
		for {
			n, err = syscall.Write(fd, p)
			if err != syscall.EINTR {
				return
			}
		}
	})
	return max(n, 0), err
}
