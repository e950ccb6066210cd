package gcpolicy

import (
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestImageRange(t *testing.T) {
	const ino = 9988768
	cases := []struct {
		line   string
		ok     bool
		lo, hi uintptr
	}{
		{"0040a000-00ba5000 r-xp 0000a000 fe:00 9988768    /tmp/x/gpy", true, 0x40a000, 0xba5000},
		{"00ba5000-01b07000 r--p 007a5000 fe:00 9988768    /tmp/x/gpy", true, 0xba5000, 0x1b07000},
		{"01b08000-01b93000 rw-p 01708000 fe:00 9988768    /tmp/x/gpy", false, 0, 0},                   // writable: .data
		{"00400000-0040a000 r--s 00000000 fe:00 9988768    /tmp/x/gpy", false, 0, 0},                   // shared
		{"7f52a64c5000-7f52a6742000 r-xp 000c5000 fe:00 1234    /usr/lib/libcrypto.so.3", false, 0, 0}, // another file
		{"01b93000-03bea000 rw-p 00000000 00:00 0", false, 0, 0},
		{"00ba5000-01b07000 r--p 007a5000 00:2a 77    /usr/bin/gpy", true, 0xba5000, 0x1b07000}, // overlayfs: by path
		{"garbage", false, 0, 0},
		{"zz-01 r-xp 0 fe:00 9988768 /x", false, 0, 0},
	}
	for _, tc := range cases {
		lo, hi, ok := imageRange([]byte(tc.line), ino, "/usr/bin/gpy")
		assert.Equal(t, tc.ok, ok, tc.line)
		assert.Equal(t, tc.lo, lo, tc.line)
		assert.Equal(t, tc.hi, hi, tc.line)
	}
}

// rssFileKiB is RssFile of /proc/self/status.
func rssFileKiB(t *testing.T) int {
	status, err := os.ReadFile("/proc/self/status")
	require.NoError(t, err)
	for _, line := range strings.Split(string(status), "\n") {
		if f := strings.Fields(line); len(f) == 3 && f[0] == "RssFile:" {
			n, err := strconv.Atoi(f[1])
			require.NoError(t, err)
			return n
		}
	}
	t.Skip("no RssFile in /proc/self/status")
	return 0
}

// A trim unmaps the test binary's resident code and tables, and the code
// keeps running: what it needs maps back in.
func TestTrimImage(t *testing.T) {
	if f, err := os.Open("/proc/self/pagemap"); err != nil {
		t.Skip("no pagemap:", err)
	} else {
		f.Close()
	}
	before := rssFileKiB(t)
	n := trimImage()
	after := rssFileKiB(t)
	require.Positive(t, n, "something of the executable was resident")
	assert.Less(t, after, before, "RssFile %d KiB before the trim, %d after", before, after)
	// Code, tables and the runtime all work after it.
	var b strings.Builder
	for i := range 1000 {
		b.WriteString(strconv.Itoa(i))
	}
	assert.Equal(t, 2890, b.Len())
	assert.NotPanics(t, func() { _ = trimImage() })
}

// A trim opens no file: the descriptor of the pagemap is found once, at a
// high number, so the numbers a script's own files get do not move.
func TestTrimOpensNoFile(t *testing.T) {
	prepareImage()
	if img == nil {
		t.Skip("the image cannot be trimmed here")
	}
	assert.GreaterOrEqual(t, img.fd, imageFD)
	f, err := os.Open(os.DevNull)
	require.NoError(t, err)
	lowest := f.Fd()
	require.NoError(t, f.Close())
	trimImage()
	g, err := os.Open(os.DevNull)
	require.NoError(t, err)
	defer g.Close()
	assert.Equal(t, lowest, g.Fd(), "the lowest free descriptor is the same after a trim")
}

// The C heap's trim leaves malloc working; processCPU counts the
// process's CPU time (the trim clock keeps its short delay while it grows).
func TestTrimMallocAndProcessCPU(t *testing.T) {
	assert.NotPanics(t, trimMalloc)
	before := processCPU()
	deadline := time.Now().Add(5 * time.Second)
	x := 0
	for processCPU()-before < 20*time.Millisecond && time.Now().Before(deadline) {
		for i := range 100000 {
			x += i
		}
	}
	assert.GreaterOrEqual(t, processCPU()-before, 20*time.Millisecond, "CPU time of a busy loop (%d)", x)
	assert.NotPanics(t, trimMalloc)
}
