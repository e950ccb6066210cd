// Package gil is the interpreter lock: one Lock per interpreter, held by
// the goroutine that runs that interpreter's bytecode, as CPython's global
// interpreter lock is held by the thread that runs its eval loop.
//
// The holder gives the lock up in two ways:
//
//   - around every call that may block (a socket's recv, a TLS handshake,
//     select, time.sleep, a lock wait, file I/O): code outside the
//     evaluation loop wraps the call in Unlocked, which finds the lock the
//     calling goroutine holds, if any, releases it for the call and takes
//     it back after (CPython's Py_BEGIN_ALLOW_THREADS/Py_END_ALLOW_THREADS);
//   - when another goroutine has waited for it longer than the switch interval:
//     the waiter then sets the drop request, which the loop polls (one
//     atomic load) where it checks for Ctrl-C, and the loop calls Yield.
//
// As in CPython, releasing around a blocking call does not hand the lock
// to a waiter: the releasing goroutine may take it straight back if the
// call was quick. A yield does hand it over: the yielding goroutine lets
// the woken waiter run first, and a waiter that still loses the race has
// by then waited longer than Go's mutex starvation threshold (1 ms), so
// the next yield, which its drop request (renewed every switch interval)
// brings, passes the mutex directly to it.
//
// The code a callback runs while its caller is inside Unlocked (OpenSSL's
// servername callback during a handshake, say) takes the lock again with
// Acquire and gives it back with Release; Holding tells whether it must.
//
// The lock knows nothing of Python: it carries one opaque value for the
// holder (the interpreter's thread state), which Acquire installs and
// Unlocked restores.
package gil

import (
	"math"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"github.com/petermattis/goid"
)

// SwitchInterval is how long a goroutine waits for the lock before it asks
// the holder to yield (CPython's sys.getswitchinterval(), 5 ms).
const SwitchInterval = 5 * time.Millisecond

// Lock is one interpreter's lock. The zero value is not usable; see New.
type Lock struct {
	mu sync.Mutex
	// drop is set by a waiter that has waited SwitchInterval.
	drop atomic.Bool
	// holder is the goroutine id of the holder, 0 while free.
	holder atomic.Int64
	// state is the holder's value (Acquire's argument); read and written
	// only by the holder.
	state any
	// seq orders the holder's acquisitions (heldBy); written by the
	// holder only.
	seq uint64
	// interval is the switch interval in microseconds (Interval).
	interval atomic.Uint64
}

// New returns a free lock, registered for Unlocked until Close.
func New() *Lock {
	l := &Lock{}
	l.interval.Store(uint64(SwitchInterval / time.Microsecond))
	register(l)
	return l
}

// Acquire blocks until the calling goroutine holds l, then records state
// as the holder's value. The goroutine must not hold l already.
func (l *Lock) Acquire(state any) {
	if !l.mu.TryLock() {
		w := &waiter{l: l}
		w.mu.Lock()
		w.t = time.AfterFunc(l.wait(), w.fire)
		w.mu.Unlock()
		l.mu.Lock()
		w.stop()
	}
	l.seq = acquisitions.Add(1)
	l.state = state
	l.holder.Store(goid.Get())
}

// SetInterval sets how long a goroutine waits in Acquire before it asks
// the holder to yield, in microseconds (sys.setswitchinterval); 0 asks
// after one microsecond.
func (l *Lock) SetInterval(us uint64) { l.interval.Store(us) }

// Interval returns the switch interval SetInterval set, in microseconds;
// SwitchInterval until then.
func (l *Lock) Interval() uint64 { return l.interval.Load() }

// wait is the switch interval as a duration, at least a microsecond.
func (l *Lock) wait() time.Duration {
	us := l.interval.Load()
	switch {
	case us == 0:
		return time.Microsecond
	case us > uint64(math.MaxInt64/int64(time.Microsecond)):
		return math.MaxInt64
	}
	return time.Duration(us) * time.Microsecond
}

// waiter asks the holder to yield every switch interval while a goroutine
// waits in Acquire.
type waiter struct {
	l    *Lock
	mu   sync.Mutex
	t    *time.Timer
	done bool
}

func (w *waiter) fire() {
	w.l.drop.Store(true)
	w.mu.Lock()
	if !w.done {
		w.t.Reset(w.l.wait())
	}
	w.mu.Unlock()
}

func (w *waiter) stop() {
	w.mu.Lock()
	w.done = true
	w.t.Stop()
	w.mu.Unlock()
}

// Release gives l up. The calling goroutine must hold it.
func (l *Lock) Release() {
	l.state = nil
	l.holder.Store(0)
	l.mu.Unlock()
}

// Holding reports whether the calling goroutine holds l.
func (l *Lock) Holding() bool { return l.holder.Load() == goid.Get() }

// State returns the value the holder passed to Acquire. Only the holder
// may call it.
func (l *Lock) State() any { return l.state }

// DropRequested reports whether a goroutine has waited for l longer than
// the switch interval; the holder then calls Yield. One atomic load.
func (l *Lock) DropRequested() bool { return l.drop.Load() }

// Yield lets a waiting goroutine run: the holder releases l and takes it
// back, keeping its state. A waiter blocked in Acquire gets the lock first.
func (l *Lock) Yield() {
	l.drop.Store(false)
	state := l.state
	l.Release()
	runtime.Gosched() // the waiter Release woke goes first
	l.Acquire(state)
}

// Unlocked runs fn with the lock the calling goroutine holds, if any,
// released, and takes it back afterwards with the same state. fn must not
// touch Python objects. A goroutine that holds no lock just runs fn.
func Unlocked(fn func()) {
	g := goid.Get()
	l := heldBy(g)
	if l == nil {
		fn()
		return
	}
	state := l.state
	l.Release()
	entry := lent.put(g, l, state)
	defer func() {
		lent.restore(g, entry)
		l.Acquire(state)
	}()
	fn()
}

// Release gives up the lock the calling goroutine holds, if any, and
// returns the function that takes it back; for code whose blocking part
// is not one closure. The returned function must be called exactly once,
// on the same goroutine.
func Release() (reacquire func()) {
	g := goid.Get()
	l := heldBy(g)
	if l == nil {
		return func() {}
	}
	state := l.state
	l.Release()
	entry := lent.put(g, l, state)
	return func() {
		lent.restore(g, entry)
		l.Acquire(state)
	}
}

// Held runs fn with the calling goroutine holding its interpreter's lock:
// for code that may run Python (a signal handler) from inside Unlocked or
// between Release and its reacquire. It takes back the lock the
// goroutine gave up there, with the state it had, runs fn and gives the
// lock up again. A goroutine that already holds a lock, or never had one,
// just runs fn. Like any Acquire, it must not be called while holding a
// Go mutex that the lock's holder may wait for.
func Held(fn func()) {
	g := goid.Get()
	if heldBy(g) != nil {
		fn()
		return
	}
	l, state, ok := lent.get(g)
	if !ok {
		fn()
		return
	}
	l.Acquire(state)
	defer l.Release()
	fn()
}

// HeldState returns the state of the innermost lock the calling
// goroutine holds, or nil when it holds none.
func HeldState() any {
	if l := heldBy(goid.Get()); l != nil {
		return l.state
	}
	return nil
}

// LentState returns the state of the lock the calling goroutine gave up
// in Unlocked or Release and has not taken back, or nil.
func LentState() any {
	_, state, _ := lent.get(goid.Get())
	return state
}

// lent records, per goroutine, the lock it gave up in Unlocked or
// Release and the state to restore, for Held and LentState. Only the
// goroutine itself reads its entry, so an entry is a slot the goroutine
// claims with one compare-and-swap of its id and frees by storing 0: a
// few nanoseconds around every blocking call. A goroutine that finds
// no free slot near its hash (more than lentSlots goroutines inside
// Unlocked at once) records itself in a map under a mutex instead.
// Held's fn may give the lock up again (a handler that sleeps): that
// nested entry takes a second slot, with the same lock and state.
var lent lentTable

const (
	lentSlots = 1024
	lentProbe = 16
)

type lentLock struct {
	l     *Lock
	state any
}

type lentSlot struct {
	g atomic.Int64
	e lentLock // written and read by goroutine g only
}

type lentTable struct {
	slots [lentSlots]lentSlot
	mu    sync.Mutex
	extra map[int64][]lentLock
}

// entry is what put returns for restore: a slot index, or -1 for the map.
type lentEntry int

func lentHash(g int64, i int) int {
	return int((uint64(g)*0x9e3779b97f4a7c15)>>54+uint64(i)) % lentSlots
}

func (t *lentTable) put(g int64, l *Lock, state any) lentEntry {
	for i := range lentProbe {
		k := lentHash(g, i)
		if t.slots[k].g.CompareAndSwap(0, g) {
			t.slots[k].e = lentLock{l, state}
			return lentEntry(k)
		}
	}
	t.mu.Lock()
	if t.extra == nil {
		t.extra = map[int64][]lentLock{}
	}
	t.extra[g] = append(t.extra[g], lentLock{l, state})
	t.mu.Unlock()
	return -1
}

func (t *lentTable) restore(g int64, e lentEntry) {
	if e >= 0 {
		t.slots[e].e = lentLock{}
		t.slots[e].g.Store(0)
		return
	}
	t.mu.Lock()
	if s := t.extra[g]; len(s) > 1 {
		t.extra[g] = s[:len(s)-1]
	} else {
		delete(t.extra, g)
	}
	t.mu.Unlock()
}

func (t *lentTable) get(g int64) (*Lock, any, bool) {
	for i := range lentProbe {
		k := lentHash(g, i)
		if t.slots[k].g.Load() == g {
			e := t.slots[k].e
			return e.l, e.state, true
		}
	}
	t.mu.Lock()
	defer t.mu.Unlock()
	if s := t.extra[g]; len(s) > 0 {
		e := s[len(s)-1]
		return e.l, e.state, true
	}
	return nil, nil, false
}

// locks are the live locks (New to Close), copied on write so that
// heldBy reads them with one atomic load: Unlocked runs around every
// socket and TLS call.
var (
	locks   atomic.Pointer[[]*Lock]
	locksMu sync.Mutex
	// acquisitions numbers Acquire calls, so that heldBy finds the
	// innermost of several locks one goroutine holds.
	acquisitions atomic.Uint64
)

// Close retires l: Unlocked no longer considers it. The interpreter that
// owns it calls Close when it is closed; l must be free.
func (l *Lock) Close() {
	locksMu.Lock()
	defer locksMu.Unlock()
	old := locks.Load()
	if old == nil {
		return
	}
	next := make([]*Lock, 0, len(*old))
	for _, x := range *old {
		if x != l {
			next = append(next, x)
		}
	}
	locks.Store(&next)
}

func register(l *Lock) {
	locksMu.Lock()
	defer locksMu.Unlock()
	var next []*Lock
	if old := locks.Load(); old != nil {
		next = append(next, *old...)
	}
	next = append(next, l)
	locks.Store(&next)
}

// heldBy returns the innermost lock goroutine g holds, or nil: more than
// one only when Go code running under one interpreter's lock calls into
// another interpreter.
func heldBy(g int64) *Lock {
	list := locks.Load()
	if list == nil {
		return nil
	}
	var inner *Lock
	for _, l := range *list {
		// seq is written by the holder only, so g may read it once it
		// sees itself as the holder.
		if l.holder.Load() == g && (inner == nil || l.seq > inner.seq) {
			inner = l
		}
	}
	return inner
}

// threads counts the threads started in any interpreter that are still
// running (ThreadStarted, ThreadEnded).
var threads atomic.Int64

// ThreadStarted and ThreadEnded keep the count Threaded reads; the
// evaluation loop calls them around each thread it starts.
func ThreadStarted() { threads.Add(1) }

// ThreadEnded: see ThreadStarted.
func ThreadEnded() { threads.Add(-1) }

// Threaded reports whether a thread started by an interpreter is running:
// code that would hold a per-object lock across a blocking call (a TLS
// read on a blocking socket) then makes the call so that it cannot sleep
// under that lock, so that another thread can use the object meanwhile.
func Threaded() bool { return threads.Load() > 0 }
