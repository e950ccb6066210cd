package _ssl

import (
	"runtime"
	"sync/atomic"
)

// OpenSSL objects hold C memory that Go's collector cannot see: an SSL_CTX
// some 20 KiB, an SSL with its record buffers and handshake state tens of
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
	if live-mark < p.every || !p.running.CompareAndSwap(false, true) {
		return
	}
	p.mark.Store(live)
	go func() {
		defer p.running.Store(false)
		runtime.GC()
	}()
}

var (
	// contextPacer: 1,024 dropped contexts are about 20 MiB.
	contextPacer = gcPacer{every: 1024}
	// connPacer: 128 dropped connections with their BIOs are a few MiB,
	// within the last-level cache; the memory-BIO handshake benchmark
	// measured 128 as good as any of 16-1024 (bench/README.md).
	connPacer = gcPacer{every: 128}
)
