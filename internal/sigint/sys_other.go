//go:build !linux

package sigint

// Without eventfd there is no descriptor: FD stays -1 and only Done wakes
// waiters; there is no thread to kick either (the project's socket layer
// is Linux-only anyway).

func newWakeFD() int      { return -1 }
func signalWakeFD(fd int) {}
func drainWakeFD(fd int)  {}
func kickThreads()        {}
