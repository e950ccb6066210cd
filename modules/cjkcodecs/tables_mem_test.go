package cjkcodecs

import (
	"runtime"
	"testing"

	"github.com/stretchr/testify/assert"
)

// liveHeap is the heap in use after a collection.
func liveHeap() uint64 {
	runtime.GC()
	var m runtime.MemStats
	runtime.ReadMemStats(&m)
	return m.HeapAlloc
}

// TestTablesCompact bounds what all the codecs' tables hold once loaded
// (the map-based tables held about 39 MB; the compact ones about 5).
func TestTablesCompact(t *testing.T) {
	before := liveHeap()
	for name := range tableCodecs {
		table(name)
	}
	for name := range iso2022Configs {
		iso2022Table(name)
	}
	grown := int64(liveHeap()) - int64(before)
	t.Logf("tables hold %d KB", grown>>10)
	assert.Less(t, grown, int64(8<<20), "tables hold %d KB", grown>>10)
}

// TestTablesShared checks that codecs carrying the same charset share
// its cells.
func TestTablesShared(t *testing.T) {
	jis := byte('B') | charsetWide
	a, b := iso2022Table("iso2022_jp").sets[jis], iso2022Table("iso2022_jp_ext").sets[jis]
	assert.NotNil(t, a)
	assert.Same(t, a, b)
	assert.NotSame(t, a, iso2022Table("iso2022_jp").sets['J'])
}
