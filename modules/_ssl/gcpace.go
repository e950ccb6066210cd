package _ssl

import (
	"runtime"
	"sync/atomic"

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
)

// OpenSSL objects hold C memory that Go's collector cannot see: an SSL_CTX
// some 14 KiB, an SSL with its record buffers and handshake state tens of
// KiB, against a few hundred bytes of Go heap for their wrappers. A script
// that drops objects without closing them (SSLObject has no close(); a
// loop that lets SSLContexts go) would pile up thousands of them between
// two collections, hundreds of MiB that, once freed all at once on the
// cleanup goroutine, also push OpenSSL's working set out of the caches.
// A gcPacer collects whenever the number of live objects of its kind grew
// by every since the last collection.
//
// The goroutine that makes the object collects, and waits for the
// collection to end. A collection started in the background let the
// creator go on making objects while it ran, tens of milliseconds on a
// loaded machine: 100-250 dropped SSLs instead of every, whose freed
// chunks malloc's heap kept (a 30,000 MemoryBIO+SSLObject churn ended
// with 4.5-12 MiB of malloc heap against CPython's 1.7, RSS 1.5-1.65x
// CPython's; waiting: 2.2 MiB, 1.33x). The CPU time is the same (the
// marking is the same work, and the creator would otherwise compete with
// it for the second core); the collection's 2-3 ms of wall time per
// every objects is a few percent of their handshakes. The interpreter
// lock is released meanwhile, so that other Python threads run.
type gcPacer struct {
	every   int64
	mark    atomic.Int64 // live count when the last collection was started
	running atomic.Bool
}

// note is called with the live count after each new object.
func (p *gcPacer) note(live int64) {
	mark := p.mark.Load()
	if live < mark {
		// Cleanups ran: count from the lower level.
		p.mark.CompareAndSwap(mark, live)
		return
	}
	if live-mark < p.every {
		return
	}
	if !p.running.CompareAndSwap(false, true) {
		// Another goroutine is collecting, which will find this one's
		// garbage too. If objects keep coming much faster than that
		// collection ends, collect here as well rather than let dropped
		// objects pile up without bound.
		if live-mark >= backlog*p.every {
			p.mark.Store(live)
			gil.Unlocked(runtime.GC)
		}
		return
	}
	defer p.running.Store(false)
	p.mark.Store(live)
	gil.Unlocked(runtime.GC)
}

// backlog is how many times every objects other goroutines may make
// while one collects before they collect too.
const backlog = 8

var (
	// contextPacer: an SSL_CTX is about 14 KiB of C memory (measured
	// under CPython 3.6, which frees each at once); 64 dropped contexts
	// are under 1 MiB. 1,024 kept a 100,000-context churn at 41 MiB RSS
	// against CPython's 15; 64 keeps it at 27 (bench/memory).
	contextPacer = gcPacer{every: 64}
	// connPacer: an SSL with its BIOs after its first flight is about
	// 28 KiB; 32 dropped ones are under 1 MiB. A collection with the
	// interpreter's 3-4 MiB of live heap takes 2-3 ms, against 32
	// connections' tens of milliseconds of handshakes; the memory-BIO
	// handshake benchmark measured 16-1024 alike (bench/README.md).
	// Waiting for each collection, 64 left 3.9 MiB of malloc heap in the
	// MemoryBIO churn where 32 left 2.2.
	connPacer = gcPacer{every: 32}
)
