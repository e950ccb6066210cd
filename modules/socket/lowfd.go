package socket

import (
	"os"
	"runtime"
	"strconv"
	"strings"
	"syscall"
)

// Descriptor numbers a script sees. CPython keeps no descriptor of its own
// open, so the first socket or file a script opens is fd 3 and scripts
// print it (repr(sock), sock.fileno(), ResourceWarning messages). Go's
// runtime makes its network poller (an epoll descriptor and an eventfd) on
// the first file the process opens, at the lowest free numbers. Before
// anything else opens a file, moveRuntimeFDsHigh fills every free number below
// reservedBelow with a placeholder, makes the runtime start its poller
// (which then lands above the placeholders), and closes the placeholders:
// the low numbers are the script's again, as in CPython. The cgroup limit
// files the runtime would also keep open (its container-aware GOMAXPROCS)
// are closed by cmd/gpython-ssl's "//go:debug containermaxprocs=0", and
// limitProcsToQuota applies the CPU quota in their place.

// reservedBelow is the number the runtime's descriptors are moved to or
// above; a script has to hold that many files at once to notice. The
// package's init runs moveRuntimeFDsHigh and limitProcsToQuota first.
const reservedBelow = 128

func moveRuntimeFDsHigh() {
	limit := reservedBelow
	var rl syscall.Rlimit
	if syscall.Getrlimit(syscall.RLIMIT_NOFILE, &rl) == nil && rl.Cur < uint64(2*limit) {
		limit = int(rl.Cur / 2)
	}
	if limit <= 8 {
		return
	}
	base, err := syscall.Open("/dev/null", syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	if err != nil {
		return
	}
	held := []int{base}
	defer func() { closeAll(held) }()
	if base >= limit {
		return
	}
	for {
		fd, _, e := syscall.RawSyscall(syscall.SYS_FCNTL, uintptr(base), syscall.F_DUPFD_CLOEXEC, 3)
		if e != 0 {
			return // out of descriptors: leave the runtime where it lands
		}
		held = append(held, int(fd))
		if int(fd) >= limit-1 {
			break
		}
	}
	// A pipe is the first pollable file: opening it starts the poller.
	if r, w, err := os.Pipe(); err == nil {
		r.Close()
		w.Close()
	}
}

// sysCloseRange is close_range(2)'s number, the same on every Linux
// architecture (Linux 5.9).
const sysCloseRange = 436

// closeAll closes the descriptors fds, given in increasing order: each
// run of consecutive numbers with one close_range call where the kernel
// has it (one system call in place of the 125 closes of a process
// started with only 0, 1 and 2 open), one by one where it has not.
func closeAll(fds []int) {
	for _, run := range consecutiveRuns(fds) {
		lo, hi := run[0], run[1]
		if hi > lo && runtime.GOOS == "linux" {
			if _, _, e := syscall.RawSyscall(sysCloseRange, uintptr(lo), uintptr(hi), 0); e == 0 {
				continue
			}
		}
		for fd := lo; fd <= hi; fd++ {
			syscall.Close(fd)
		}
	}
}

// consecutiveRuns gives the first and last number of each run of
// consecutive numbers in fds, which is in increasing order.
func consecutiveRuns(fds []int) [][2]int {
	var runs [][2]int
	for _, fd := range fds {
		if n := len(runs); n > 0 && runs[n-1][1]+1 == fd {
			runs[n-1][1] = fd
			continue
		}
		runs = append(runs, [2]int{fd, fd})
	}
	return runs
}

// limitProcsToQuota lowers GOMAXPROCS to the process's CPU quota (cgroup
// v2 cpu.max or v1 cpu.cfs_quota_us), rounded up and at least 2, as Go's
// runtime does by default; GOMAXPROCS in the environment wins.
func limitProcsToQuota() {
	if os.Getenv("GOMAXPROCS") != "" {
		return
	}
	quota, period := cpuQuota()
	if quota <= 0 || period <= 0 {
		return
	}
	n := int((quota + period - 1) / period)
	n = max(n, 2)
	if n < runtime.GOMAXPROCS(0) {
		runtime.GOMAXPROCS(n)
	}
}

// cpuQuota reads the CPU bandwidth limit of the cgroup the process sees at
// /sys/fs/cgroup (a container's own); 0 when there is none.
func cpuQuota() (quota, period int64) {
	if b, err := os.ReadFile("/sys/fs/cgroup/cpu.max"); err == nil {
		f := strings.Fields(string(b))
		if len(f) == 2 && f[0] != "max" {
			q, err1 := strconv.ParseInt(f[0], 10, 64)
			p, err2 := strconv.ParseInt(f[1], 10, 64)
			if err1 == nil && err2 == nil {
				return q, p
			}
		}
		return 0, 0
	}
	read := func(name string) int64 {
		b, err := os.ReadFile("/sys/fs/cgroup/cpu/" + name)
		if err != nil {
			return 0
		}
		v, err := strconv.ParseInt(strings.TrimSpace(string(b)), 10, 64)
		if err != nil {
			return 0
		}
		return v
	}
	return read("cpu.cfs_quota_us"), read("cpu.cfs_period_us")
}
