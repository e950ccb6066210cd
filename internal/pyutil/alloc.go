package pyutil

import (
	"math"
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
// for: the machine's RAM plus swap (where Linux's default, heuristic,
// overcommit makes malloc fail), or the address-space or data-segment
// limit (ulimit -v, -d) when lower; 1 TiB when the kernel does not say.
var AllocLimit = sync.OnceValue(func() int {
	limit := uint64(1 << 40)
	var si syscall.Sysinfo_t
	if syscall.Sysinfo(&si) == nil && si.Totalram > 0 {
		unit := max(uint64(si.Unit), 1)
		limit = (uint64(si.Totalram) + uint64(si.Totalswap)) * unit
	}
	for _, res := range []int{syscall.RLIMIT_AS, syscall.RLIMIT_DATA} {
		var rl syscall.Rlimit
		if syscall.Getrlimit(res, &rl) == nil && rl.Cur != math.MaxUint64 && rl.Cur < limit {
			limit = rl.Cur
		}
	}
	return int(min(limit, 1<<62))
})

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
