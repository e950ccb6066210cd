package pyutil

import (
	"math"
	"os"
	"strings"
	"syscall"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
)

// TestCheckAlloc: sizes up to the limit pass, larger ones and products
// that overflow are MemoryError; replace() counts its matches only when
// the bound says it may not fit.
func TestCheckAlloc(t *testing.T) {
	limit := AllocLimit()
	assert.Greater(t, limit, 1<<20, "a machine has a megabyte")
	isMemoryError := func(err error) bool {
		e, ok := err.(*py.Exception)
		return ok && e.Type() == py.MemoryError
	}
	assert.NoError(t, CheckAlloc(0))
	assert.NoError(t, CheckAlloc(limit))
	assert.True(t, isMemoryError(CheckAlloc(limit+1)))
	assert.NoError(t, CheckAllocItems(limit/16, 16))
	assert.True(t, isMemoryError(CheckAllocItems(limit/16+1, 16)))
	assert.True(t, isMemoryError(CheckAllocItems(math.MaxInt, math.MaxInt)), "no overflow")
	assert.NoError(t, CheckAllocItems(-5, 16))

	counted := 0
	matches := func(n int) func() int { return func() int { counted++; return n } }
	assert.NoError(t, CheckReplaceAlloc(100, 1, 3, -1, matches(100)))
	assert.Zero(t, counted, "a small replace counts nothing")
	assert.NoError(t, CheckReplaceAlloc(1<<20, 1, 1<<20, -1, matches(0)))
	assert.Equal(t, 1, counted, "a replace that might not fit counts its matches")
	assert.True(t, isMemoryError(CheckReplaceAlloc(1<<20, 1, 1<<20, -1, matches(1<<20))))
	assert.NoError(t, CheckReplaceAlloc(1<<20, 1, 1<<20, 1, matches(1<<20)), "count bounds the matches")
	assert.NoError(t, CheckReplaceAlloc(1<<40, 3, 2, -1, matches(1<<40)), "a shrinking replace always fits")
}

// TestCommitRoom: strict overcommit's room is CommitLimit less
// Committed_AS from /proc/meminfo's text, zero when over, unknown when a
// line is missing or malformed.
func TestCommitRoom(t *testing.T) {
	for _, c := range []struct {
		name, text string
		room       uint64
		ok         bool
	}{
		{"room", "MemTotal:       24000000 kB\nCommitLimit:    12000000 kB\nCommitted_AS:    2000000 kB\n", 10000000 * 1024, true},
		{"over", "CommitLimit:    100 kB\nCommitted_AS:    200 kB\n", 0, true},
		{"no unit", "CommitLimit: 4096\nCommitted_AS: 1024\n", 3072 * 1024, true},
		{"missing", "CommitLimit:    100 kB\n", 0, false},
		{"bad number", "CommitLimit:    x kB\nCommitted_AS:    1 kB\n", 0, false},
		{"bad unit", "CommitLimit:    100 MB\nCommitted_AS:    1 kB\n", 0, false},
		{"overflow", "CommitLimit:    18446744073709551615 kB\nCommitted_AS:    1 kB\n", 0, false},
		{"empty", "", 0, false},
	} {
		t.Run(c.name, func(t *testing.T) {
			room, ok := commitRoom(c.text)
			assert.Equal(t, c.ok, ok)
			assert.Equal(t, c.room, room)
		})
	}
}

// TestAllocLimitGrantsWhatLinuxWould: under the default heuristic
// overcommit a 2 GiB allocation passes on a machine with 4 GiB of RAM and
// swap (bytes(2**31) makes it in CPython 3.6), and the limit is never more
// than RAM plus swap.
func TestAllocLimitGrantsWhatLinuxWould(t *testing.T) {
	var si syscall.Sysinfo_t
	if syscall.Sysinfo(&si) != nil || si.Totalram == 0 {
		t.Skip("no sysinfo(2) here")
	}
	total := (uint64(si.Totalram) + uint64(si.Totalswap)) * max(uint64(si.Unit), 1)
	assert.LessOrEqual(t, uint64(AllocLimit()), total)
	mode, _ := os.ReadFile("/proc/sys/vm/overcommit_memory")
	var rl syscall.Rlimit
	limited := syscall.Getrlimit(syscall.RLIMIT_AS, &rl) == nil && rl.Cur != math.MaxUint64
	if strings.TrimSpace(string(mode)) == "0" && total >= 4<<30 && !limited {
		assert.NoError(t, CheckAlloc(2<<30))
	}
}
