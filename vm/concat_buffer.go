package vm

import (
	"sync"
	"unsafe"
	"weak"
)

// Repeated concatenation, s += x in a loop, is linear overall in CPython:
// a str or bytes that only the variable refers to is resized in place.
// Without reference counts, + here keeps long results in buffers with
// spare room instead: a result is a view of the start of its buffer, and
// a later + whose left operand is exactly the latest view of a buffer
// (the same start and the buffer's whole used length) writes the right
// operand into the spare room and returns a longer view. The bytes past
// a view's length belong to no str or bytes yet, so no value already
// handed out ever changes (strings.Builder relies on the same); a + on an
// older, shorter view copies as before.

// concatMin is the result length from which + keeps spare room: shorter
// results are copied exactly, as they always were.
const concatMin = 256

// concatBuffer is one buffer with spare room, held weakly: a buffer no
// value uses any more is freed, not kept for the next +.
type concatBuffer struct {
	start weak.Pointer[byte]
	used  int // the length of the latest view
	size  int // the buffer's capacity
}

// concatBuffers remembers the few buffers most recently grown, so that
// several strings built at once (a line and a whole text) each keep
// theirs; guarded by its mutex, since threads and interpreters share it.
var concatBuffers struct {
	sync.Mutex
	recent [4]concatBuffer
	next   int
}

// concatBytes is a followed by b as the bytes of a new value, appended in
// place when a is the latest view of a buffer with room. The result's
// capacity is its length: nothing may append to it but this function.
func concatBytes(a, b []byte) []byte {
	n := len(a) + len(b)
	if n < concatMin || len(b) == 0 {
		out := make([]byte, n)
		copy(out, a)
		copy(out[len(a):], b)
		return out
	}
	start := unsafe.SliceData(a)
	concatBuffers.Lock()
	defer concatBuffers.Unlock()
	if len(a) > 0 {
		for i := range concatBuffers.recent {
			e := &concatBuffers.recent[i]
			if e.used == len(a) && e.size-e.used >= len(b) && e.start.Value() == start {
				buf := unsafe.Slice(start, e.size)
				copy(buf[e.used:], b)
				e.used = n
				return buf[:n:n]
			}
		}
	}
	size := n + n/2 + 64
	buf := make([]byte, n, size)
	copy(buf, a)
	copy(buf[len(a):], b)
	concatBuffers.recent[concatBuffers.next] = concatBuffer{start: weak.Make(unsafe.SliceData(buf)), used: n, size: size}
	concatBuffers.next = (concatBuffers.next + 1) % len(concatBuffers.recent)
	return buf[:n:n]
}

// concatStrings is a + b for two str values (concatBytes).
func concatStrings(a, b string) string {
	if len(a)+len(b) < concatMin || len(b) == 0 {
		return a + b
	}
	out := concatBytes(unsafe.Slice(unsafe.StringData(a), len(a)), unsafe.Slice(unsafe.StringData(b), len(b)))
	return unsafe.String(unsafe.SliceData(out), len(out))
}
