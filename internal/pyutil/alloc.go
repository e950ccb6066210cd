package pyutil

import (
	"math"
	"os"
	"strconv"
	"strings"
	"sync"
	"syscall"

	"github.com/go-python/gpython/py"
)

// CPython allocates what a size asks for (b'x' * n, bytearray(n),
// os.read(fd, n), a str's replace or join) and raises MemoryError when
// malloc refuses it; Go's allocator kills the process instead ("fatal
// error: runtime: out of memory"). Every size that comes from a script is
// therefore checked here first, against the largest allocation Linux
// would grant CPython.

// AllocLimit is the largest single allocation a script's size may ask
// for: what Linux would grant CPython's malloc. Under the kernel's default
// heuristic overcommit (vm.overcommit_memory 0) a mapping larger than the
// machine's RAM plus swap is refused and any smaller one granted (its
// pages are only taken when touched: bytes(2**31) makes 2 GiB on a machine
// with 8), so that sum is the limit; under strict accounting (2) it is the
// commit room left when first asked (CommitLimit less Committed_AS), past
// which Go's allocator would end the process. The address-space or
// data-segment limit (ulimit -v, -d) bounds it when lower; 1 TiB when the
// kernel says nothing.
var AllocLimit = sync.OnceValue(func() int {
	limit := uint64(1 << 40)
	var si syscall.Sysinfo_t
	if syscall.Sysinfo(&si) == nil && si.Totalram > 0 {
		unit := max(uint64(si.Unit), 1)
		limit = (uint64(si.Totalram) + uint64(si.Totalswap)) * unit
	}
	if mode, err := os.ReadFile("/proc/sys/vm/overcommit_memory"); err == nil && strings.TrimSpace(string(mode)) == "2" {
		if info, err := os.ReadFile("/proc/meminfo"); err == nil {
			if room, ok := commitRoom(string(info)); ok && room < limit {
				limit = room
			}
		}
	}
	for _, res := range []int{syscall.RLIMIT_AS, syscall.RLIMIT_DATA} {
		var rl syscall.Rlimit
		if syscall.Getrlimit(res, &rl) == nil && rl.Cur != math.MaxUint64 && rl.Cur < limit {
			limit = rl.Cur
		}
	}
	return int(min(limit, 1<<62))
})

// commitRoom reads /proc/meminfo's text: the bytes strict overcommit
// accounting still grants (CommitLimit less Committed_AS, zero when
// over), and whether both lines were there.
func commitRoom(meminfo string) (uint64, bool) {
	field := func(name string) (uint64, bool) {
		for _, line := range strings.Split(meminfo, "\n") {
			rest, ok := strings.CutPrefix(line, name+":")
			if !ok {
				continue
			}
			kb, unit, _ := strings.Cut(strings.TrimSpace(rest), " ")
			n, err := strconv.ParseUint(kb, 10, 64)
			if err != nil || (unit != "" && unit != "kB") || n > math.MaxUint64/1024 {
				return 0, false
			}
			return n * 1024, true
		}
		return 0, false
	}
	limit, ok1 := field("CommitLimit")
	used, ok2 := field("Committed_AS")
	if !ok1 || !ok2 {
		return 0, false
	}
	if used >= limit {
		return 0, true
	}
	return limit - used, true
}

// CheckAlloc is MemoryError (CPython's, with no message) when n bytes
// could not be allocated at once; nil otherwise.
func CheckAlloc(n int) error {
	if n > AllocLimit() {
		return ErrNoMemory()
	}
	return nil
}

// CheckAllocItems is CheckAlloc for count items of size bytes each, the
// product taken without overflow; negative counts are the caller's to
// refuse.
func CheckAllocItems(count, size int) error {
	if count > 0 && size > 0 && count > AllocLimit()/size {
		return ErrNoMemory()
	}
	return nil
}

// ErrNoMemory is CPython's MemoryError for a result too large to make.
func ErrNoMemory() error {
	return &py.Exception{Base: py.MemoryError, Args: py.Tuple{}, Dict: py.StringDict{}}
}

// CheckReplaceAlloc is CheckAlloc for the result of a replace() of old
// by new in n bytes, at most count times (count < 0: all): only when the
// largest possible result (every position a match) would not fit are
// the matches counted (matches), so an ordinary replace pays nothing.
func CheckReplaceAlloc(n, oldLen, newLen, count int, matches func() int) error {
	grow := newLen - oldLen
	if grow <= 0 {
		return nil
	}
	most := n/max(oldLen, 1) + 1
	if count >= 0 {
		most = min(most, count)
	}
	if CheckAllocItems(most, grow) == nil && most*grow <= AllocLimit()-n {
		return nil
	}
	m := matches()
	if count >= 0 {
		m = min(m, count)
	}
	if CheckAllocItems(m, grow) != nil || m*grow > AllocLimit()-n {
		return ErrNoMemory()
	}
	return nil
}
