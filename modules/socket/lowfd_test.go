package socket

import (
	"syscall"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestConsecutiveRuns(t *testing.T) {
	for _, tc := range []struct {
		fds  []int
		want [][2]int
	}{
		{nil, nil},
		{[]int{3}, [][2]int{{3, 3}}},
		{[]int{3, 4, 5, 6}, [][2]int{{3, 6}}},
		{[]int{3, 5, 6, 7, 9}, [][2]int{{3, 3}, {5, 7}, {9, 9}}},
		{[]int{10, 11, 20, 21, 22}, [][2]int{{10, 11}, {20, 22}}},
	} {
		assert.Equal(t, tc.want, consecutiveRuns(tc.fds), "%v", tc.fds)
	}
}

// TestCloseAllKeepsOthers: closeAll closes exactly the descriptors it
// is given, also when one it was not given sits between two runs.
func TestCloseAllKeepsOthers(t *testing.T) {
	open := func() int {
		fd, err := syscall.Open("/dev/null", syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
		require.NoError(t, err)
		return fd
	}
	isOpen := func(fd int) bool {
		var st syscall.Stat_t
		return syscall.Fstat(fd, &st) == nil
	}
	var fds []int
	for range 12 {
		fds = append(fds, open())
	}
	// Keep one in the middle of a run, as a descriptor inherited from
	// the parent would be.
	kept := fds[5]
	defer syscall.Close(kept)
	var given []int
	for _, fd := range fds {
		if fd != kept {
			given = append(given, fd)
		}
	}
	closeAll(given)
	for _, fd := range given {
		assert.False(t, isOpen(fd), "fd %d still open", fd)
	}
	assert.True(t, isOpen(kept), "fd %d closed", kept)
}
