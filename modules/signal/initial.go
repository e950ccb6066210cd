package pysignal

/*
#include <signal.h>

// gpyssl_initial_ign[n] records that signal n was ignored when the
// process started. A constructor runs before Go's runtime installs its
// own handlers, after which the inherited disposition cannot be read.
static char gpyssl_initial_ign[65];

__attribute__((constructor)) static void gpyssl_record_initial_signals(void) {
	for (int n = 1; n < 65; n++) {
		struct sigaction sa;
		if (sigaction(n, NULL, &sa) == 0 && sa.sa_handler == SIG_IGN)
			gpyssl_initial_ign[n] = 1;
	}
}

static int gpyssl_ignored_at_start(int n) {
	return n > 0 && n < 65 && gpyssl_initial_ign[n];
}
*/
import "C"

// ignoredAtStart reports whether signal n was ignored (SIG_IGN) when the
// process started, as a parent (nohup, a shell's empty trap) left it.
func ignoredAtStart(n int) bool {
	return C.gpyssl_ignored_at_start(C.int(n)) != 0
}

// droppedByRuntime are the signals that kill a process at SIG_DFL but
// that Go's runtime catches and drops unless they are notified: SIGUSR1,
// SIGUSR2, SIGALRM, SIGXCPU, SIGVTALRM, SIGIO, SIGPWR and the real-time
// signals the C library leaves to programs (34 to 64).
func droppedByRuntime() []int {
	ns := []int{10, 12, 14, 24, 26, 29, 30}
	for n := 34; n < nsig; n++ {
		ns = append(ns, n)
	}
	return ns
}

// routeDroppedDefaults takes over the signals of droppedByRuntime whose
// disposition is SIG_DFL, so that one arriving before the script sets a
// handler kills the process, as under CPython, instead of being lost.
func routeDroppedDefaults() {
	mu.Lock()
	defer mu.Unlock()
	for _, n := range droppedByRuntime() {
		if handlers[n] == sigDFL && !taken[n] {
			setDisposition(n, sigDFL)
		}
	}
}
