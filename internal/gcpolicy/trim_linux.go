package gcpolicy

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"os"
	"strconv"
	"sync"
	"syscall"
	"time"
)

// Pagemap entry bits (Documentation/admin-guide/mm/pagemap.rst).
const (
	pmPresent = 1 << 63
	pmSwapped = 1 << 62
	pmFile    = 1 << 61
)

// image is what trimImage works on, found once (prepareImage): the
// executable's read-only mappings and a descriptor of /proc/self/pagemap.
// The descriptor stays open, duplicated to a number at or above
// imageFD, so that a trim opens no file: opening one while a script
// runs would move the numbers its own sockets and files get (a script
// that prints a fileno saw them change). Nothing is ever read from the
// descriptor unless it is still the pagemap it was (device and inode),
// as a script may close descriptors it does not know (os.closerange).
type image struct {
	ranges   [][2]uintptr
	fd       int
	dev, ino uint64
	// entries is the pagemap read buffer, kept from trim to trim (the
	// largest range's size): a trim runs when the heap is to shrink, so
	// it allocates nothing.
	entries []byte
}

// imageFD is the lowest number the pagemap descriptor may get.
const imageFD = 1000

var (
	imageOnce sync.Once
	img       *image // nil when the image cannot be trimmed
)

// prepareImage finds the image's mappings and opens the pagemap; the
// first trim does it, so that a short run (most scripts end before the
// first trim is due) never pays the 10 ms it takes. The pagemap is
// duplicated above imageFD at once: a script's own open() racing it can
// at worst get the next number up, once.
func prepareImage() {
	imageOnce.Do(func() { img = findImage() })
}

func findImage() *image {
	exe, err := os.Stat("/proc/self/exe")
	if err != nil {
		return nil
	}
	st, ok := exe.Sys().(*syscall.Stat_t)
	if !ok {
		return nil
	}
	path, _ := os.Readlink("/proc/self/exe")
	maps, err := readProcFile("/proc/self/maps")
	if err != nil {
		return nil
	}
	im := &image{fd: -1}
	sc := bufio.NewScanner(bytes.NewReader(maps))
	for sc.Scan() {
		if lo, hi, ok := imageRange(sc.Bytes(), st.Ino, path); ok {
			im.ranges = append(im.ranges, [2]uintptr{lo, hi})
		}
	}
	if len(im.ranges) == 0 {
		return nil
	}
	fd, err := syscall.Open("/proc/self/pagemap", syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	if err != nil {
		return nil
	}
	high, _, e := syscall.Syscall(syscall.SYS_FCNTL, uintptr(fd), syscall.F_DUPFD_CLOEXEC, imageFD)
	syscall.Close(fd)
	if e != 0 {
		return nil
	}
	im.fd = int(high)
	var pst syscall.Stat_t
	if syscall.Fstat(im.fd, &pst) != nil {
		syscall.Close(im.fd)
		return nil
	}
	im.dev, im.ino = pst.Dev, pst.Ino
	return im
}

// readProcFile reads a file of /proc with system calls only: os.Open
// would start Go's network poller, whose two descriptors would then take
// numbers a script's first files and sockets get in CPython.
func readProcFile(name string) ([]byte, error) {
	fd, err := syscall.Open(name, syscall.O_RDONLY|syscall.O_CLOEXEC, 0)
	if err != nil {
		return nil, err
	}
	defer syscall.Close(fd)
	var out []byte
	buf := make([]byte, 64<<10)
	for {
		n, err := syscall.Read(fd, buf)
		if err == syscall.EINTR {
			continue
		}
		if err != nil {
			return nil, err
		}
		if n <= 0 {
			return out, nil
		}
		out = append(out, buf[:n]...)
	}
}

// trimImage unmaps the pages of the executable's read-only mappings
// (.text, .rodata, .gopclntab) that are mapped from the page cache,
// returning how many bytes it unmapped. Only clean file pages are
// dropped: a page of a private mapping that was written (the relocations
// of the RELRO segment, a debugger's breakpoint, a uprobe) or swapped
// out is left alone, as MADV_DONTNEED would lose its contents. The pages
// stay in the page cache; the next access maps them again with a minor
// fault. Calls must not overlap (trimNow serializes them).
func trimImage() int64 {
	prepareImage()
	im := img
	if im == nil || im.fd < 0 {
		return 0
	}
	var st syscall.Stat_t
	if syscall.Fstat(im.fd, &st) != nil || st.Dev != im.dev || st.Ino != im.ino {
		im.fd = -1 // closed, perhaps reused, by the program: trim no more
		return 0
	}
	var trimmed int64
	page := uintptr(os.Getpagesize())
	for _, r := range im.ranges {
		lo, hi := r[0], r[1]
		n := (hi - lo) / page
		if uintptr(cap(im.entries)) < n*8 {
			im.entries = make([]byte, n*8)
		}
		entries := im.entries[:n*8]
		if got, err := syscall.Pread(im.fd, entries, int64(lo/page*8)); err != nil || got != len(entries) {
			continue
		}
		run := uintptr(0) // start of the current run of droppable pages
		flush := func(end uintptr) {
			if run != 0 && end > run {
				if _, _, e := syscall.Syscall(syscall.SYS_MADVISE, run, end-run, syscall.MADV_DONTNEED); e == 0 {
					trimmed += int64(end - run)
				}
			}
			run = 0
		}
		for i := uintptr(0); i < n; i++ {
			e := binary.LittleEndian.Uint64(entries[i*8:])
			addr := lo + i*page
			switch {
			case e&pmPresent != 0 && e&pmFile != 0 && e&pmSwapped == 0:
				if run == 0 {
					run = addr
				}
			case e&(pmPresent|pmSwapped) == 0:
				// Not mapped: nothing to lose, so a run goes on across
				// it. The pages mapped singly (cmd/gpython-ssl's
				// pagefaults_linux.go) lie scattered among unmapped
				// ones, and one madvise per page cost -c pass 2 ms.
			default:
				flush(addr)
			}
		}
		flush(hi)
	}
	return trimmed
}

// imageRange parses one line of /proc/self/maps and reports the range of
// a private, read-only (not writable) mapping of the executable: the file
// with inode ino, or at path (on overlayfs the mapping names the lower
// file's inode).
func imageRange(line []byte, ino uint64, path string) (lo, hi uintptr, ok bool) {
	f := bytes.Fields(line)
	if len(f) < 6 {
		return 0, 0, false
	}
	perms := f[1]
	if len(perms) < 4 || perms[0] != 'r' || perms[1] == 'w' || perms[3] != 'p' {
		return 0, 0, false
	}
	i, err := strconv.ParseUint(string(f[4]), 10, 64)
	if err != nil || i == 0 || (i != ino && (path == "" || string(bytes.Join(f[5:], []byte(" "))) != path)) {
		return 0, 0, false
	}
	dash := bytes.IndexByte(f[0], '-')
	if dash < 0 {
		return 0, 0, false
	}
	l, err1 := strconv.ParseUint(string(f[0][:dash]), 16, 64)
	h, err2 := strconv.ParseUint(string(f[0][dash+1:]), 16, 64)
	if err1 != nil || err2 != nil || h <= l {
		return 0, 0, false
	}
	return uintptr(l), uintptr(h), true
}

// processCPU is the CPU time the process has used, user and system.
func processCPU() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// sleep blocks the calling goroutine's thread for d (see clock).
func sleep(d time.Duration) {
	ts := syscall.NsecToTimespec(int64(d))
	for {
		var left syscall.Timespec
		if err := syscall.Nanosleep(&ts, &left); err != syscall.EINTR {
			return
		}
		ts = left
	}
}
