package json

import (
	"strings"
	"unsafe"

	"github.com/gpython-ssl/gpython-ssl/internal/pybox"
)

// boxer makes the py.String, py.Float and py.Int values of one decode with
// one heap object per slab of values (pybox.Slab) instead of one each: a
// document of many small values spends most of its time in the allocator
// otherwise. A value keeps its whole slab alive, which is at most a few
// KiB. The bytes of short strings go into an arena of its own, copied out
// of the document.
type boxer struct {
	pybox.Slab
	arena []byte
}

// The arena starts small, for small documents, and doubles up to
// arenaSize bytes.
const (
	firstArena = 64
	arenaSize  = 4096
)

// text copies s out of the document: into the arena when it is short
// (arenaSize/8 bytes at most), so that short strings do not cost an
// allocation each.
func (b *boxer) text(s string) string {
	if len(s) > arenaSize/8 {
		return strings.Clone(s)
	}
	if len(b.arena)+len(s) > cap(b.arena) {
		b.arena = make([]byte, 0, max(min(max(2*cap(b.arena), firstArena), arenaSize), len(s)))
	}
	start := len(b.arena)
	b.arena = append(b.arena, s...)
	return unsafe.String(&b.arena[start], len(s))
}
