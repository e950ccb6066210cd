package _ssl

import (
	"runtime"
	"sync/atomic"
)

// OpenSSL objects hold C memory that Go's collector cannot see: an SSL_CTX
// some 14 KiB, an SSL with its record buffers and handshake state tens of
// KiB, against a few hundred bytes of Go heap for their wrappers. A script
// that drops objects without closing them (SSLObject has no close(); a
// loop that lets SSLContexts go) would pile up thousands of them between
// two collections, hundreds of MiB that, once freed all at once on the
// cleanup goroutine, also push OpenSSL's working set out of the caches.
// A gcPacer starts a collection in the background whenever the number of
// live objects of its kind grew by every since the last one.
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
		// A collection is under way. If objects keep coming much faster
		// than collections finish (a loaded machine starves the
		// background one), wait for a collection here rather than let
		// dropped objects pile up without bound.
		if live-mark >= backlog*p.every {
			p.mark.Store(live)
			runtime.GC()
		}
		return
	}
	p.mark.Store(live)
	go func() {
		defer p.running.Store(false)
		runtime.GC()
	}()
}

// backlog is how many times every objects may arrive while a background
// collection runs before the creating goroutine collects itself.
const backlog = 8

var (
	// contextPacer: an SSL_CTX is about 14 KiB of C memory (measured
	// under CPython 3.6, which frees each at once); 64 dropped contexts
	// are under 1 MiB. 1,024 kept a 100,000-context churn at 41 MiB RSS
	// against CPython's 15; 64 keeps it at 27 (bench/memory).
	contextPacer = gcPacer{every: 64}
	// connPacer: an SSL with its BIOs after its first flight is about
	// 28 KiB; 32 dropped ones are under 1 MiB. A collection with the
	// interpreter's 1-2 MiB of live heap takes about 2 ms on the other
	// core, against 32 connections' tens of milliseconds of handshakes;
	// the memory-BIO handshake benchmark measured 16-1024 alike
	// (bench/README.md).
	connPacer = gcPacer{every: 32}
)
