package vm

import (
	"fmt"
	"os"
	"syscall"
	"time"
	"unsafe"
)

// kernelSigaction is the struct rt_sigaction(2) takes on Linux.
type kernelSigaction struct {
	handler  uintptr
	flags    uint64
	restorer uintptr
	mask     uint64
}

// DieOfSignal ends the process as the kernel's default action for signal
// n does (Go's runtime would otherwise catch it): n's disposition back
// to SIG_DFL, n unblocked, then n sent to the process. A parent sees the
// process killed by n.
func DieOfSignal(n int) {
	var dfl kernelSigaction
	syscall.RawSyscall6(syscall.SYS_RT_SIGACTION, uintptr(n), uintptr(unsafe.Pointer(&dfl)), 0, 8, 0, 0)
	unblock := uint64(1) << (n - 1)
	syscall.RawSyscall6(syscall.SYS_RT_SIGPROCMASK, 1 /* SIG_UNBLOCK */, uintptr(unsafe.Pointer(&unblock)), 0, 8, 0, 0)
	_ = syscall.Kill(os.Getpid(), syscall.Signal(n))
	time.Sleep(100 * time.Millisecond)
	os.Exit(128 + n)
}

// fatalFramesShown is how many frames the dump of a fatal error lists,
// innermost first (faulthandler's limit).
const fatalFramesShown = 100

// fatalError is CPython's Py_FatalError: msg and the thread's Python
// stack on stderr, then abort().
func (t *thread) fatalError(msg string) {
	w := os.Stderr
	fmt.Fprintf(w, "Fatal Python error: %s\n\n", msg)
	fmt.Fprintf(w, "Current thread 0x%016x (most recent call first):\n", t.ident)
	shown := 0
	for f := t.top; f != nil; f = f.back {
		if shown == fatalFramesShown {
			fmt.Fprintln(w, "  ...")
			break
		}
		fmt.Fprintf(w, "  File \"%s\", line %d in %s\n", f.c.py.Filename, f.lineno(), f.c.py.Name)
		shown++
	}
	DieOfSignal(int(syscall.SIGABRT))
}
