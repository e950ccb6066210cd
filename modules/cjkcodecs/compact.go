package cjkcodecs

import (
	"cmp"
	"encoding/binary"
	"hash/fnv"
	"slices"
	"strings"
	"sync"
)

// Compact forms of the loaded tables: sorted code points with packed
// codes, searched by bisection, instead of maps of small slices (a map
// entry and a slice per character cost tens of bytes; these cost four
// to nine).

// codeTable maps characters to codes. Most entries are a BMP character
// with a one- or two-byte code whose length its value shows (a two-byte
// code's lead byte is never 0): those take four bytes, in keys16 and
// codes16. The rest (other planes, longer codes) are in keys, codes and
// lens, codes of more than four bytes (euc_kr's eight-byte Hangul) in
// long. A character is in one part only.
type codeTable struct {
	keys16  []uint16
	codes16 []uint16
	keys    []rune
	codes   []uint32 // the code's bytes, big-endian; for a long code its offset in long
	lens    []uint8  // the code's length, or longCode
	long    []byte   // long codes, each after a byte giving its length
}

// longCode is the length that marks a code kept in codeTable.long.
const longCode = 0xFF

// codeEntry is one candidate while a table is built; an override
// replaces (or, with n 0, removes) what the decoding tables give.
type codeEntry struct {
	r        rune
	code     uint32
	n        uint8 // or longCode: code is the offset of the code in long
	override bool
}

// packCode packs up to four bytes; ok is false for a longer code.
func packCode(b []byte) (uint32, bool) {
	if len(b) > 4 {
		return 0, false
	}
	var v uint32
	for _, c := range b {
		v = v<<8 | uint32(c)
	}
	return v, true
}

// appendPacked appends the n bytes of code.
func appendPacked(out []byte, code uint32, n int) []byte {
	for k := n - 1; k >= 0; k-- {
		out = append(out, byte(code>>(8*k)))
	}
	return out
}

// resolveEntries sorts entries by character and keeps one per character:
// the last override if there is one (none when it removes), else the
// first entry added. keep is called with each kept entry in order.
func resolveEntries(entries []codeEntry, keep func(codeEntry)) {
	slices.SortStableFunc(entries, func(a, b codeEntry) int { return cmp.Compare(a.r, b.r) })
	for i := 0; i < len(entries); {
		j := i + 1
		for j < len(entries) && entries[j].r == entries[i].r {
			j++
		}
		chosen := entries[i]
		if last := entries[j-1]; last.override {
			chosen = last
		}
		if !chosen.override || chosen.n > 0 {
			keep(chosen)
		}
		i = j
	}
}

// newCodeTable builds the table of entries, whose long codes are in long.
func newCodeTable(entries []codeEntry, long []byte) *codeTable {
	t := &codeTable{long: long, keys16: make([]uint16, 0, len(entries)), codes16: make([]uint16, 0, len(entries))}
	resolveEntries(entries, func(e codeEntry) {
		if e.r >= 0 && e.r <= 0xFFFF && (e.n == 1 && e.code <= 0xFF || e.n == 2 && e.code > 0xFF && e.code <= 0xFFFF) {
			t.keys16 = append(t.keys16, uint16(e.r))
			t.codes16 = append(t.codes16, uint16(e.code))
			return
		}
		t.keys = append(t.keys, e.r)
		t.codes = append(t.codes, e.code)
		t.lens = append(t.lens, e.n)
	})
	t.keys16, t.codes16 = slices.Clip(t.keys16), slices.Clip(t.codes16)
	t.keys, t.codes, t.lens = slices.Clip(t.keys), slices.Clip(t.codes), slices.Clip(t.lens)
	return t
}

// longAt is the long code at offset off.
func (t *codeTable) longAt(off uint32) []byte {
	n := uint32(t.long[off])
	return t.long[off+1 : off+1+n]
}

// findRune is the index of r, or -1.
func findRune(keys []rune, r rune) int {
	i, ok := slices.BinarySearch(keys, r)
	if !ok {
		return -1
	}
	return i
}

// lookup answers r's code and its length; a long code answers its
// length and 0 (appendCode writes it).
func (t *codeTable) lookup(r rune) (uint32, int, bool) {
	if r >= 0 && r <= 0xFFFF {
		if i, ok := slices.BinarySearch(t.keys16, uint16(r)); ok {
			code := uint32(t.codes16[i])
			if code > 0xFF {
				return code, 2, true
			}
			return code, 1, true
		}
	}
	i := findRune(t.keys, r)
	if i < 0 {
		return 0, 0, false
	}
	if t.lens[i] == longCode {
		return 0, len(t.longAt(t.codes[i])), true
	}
	return t.codes[i], int(t.lens[i]), true
}

// appendCode appends r's code; ok is false when r has none.
func (t *codeTable) appendCode(out []byte, r rune) ([]byte, bool) {
	code, n, ok := t.lookup(r)
	switch {
	case !ok:
		return out, false
	case n > 4:
		return append(out, t.longAt(t.codes[findRune(t.keys, r)])...), true
	}
	return appendPacked(out, code, n), true
}

// isoTable maps characters to a charset and a code of up to two bytes,
// packed as charset<<24 | length<<16 | code.
type isoTable struct {
	keys []rune
	vals []uint32
}

func packISO(charset byte, code []byte) (uint32, bool) {
	v, ok := packCode(code)
	if !ok || len(code) > 2 {
		return 0, false
	}
	return uint32(charset)<<24 | uint32(len(code))<<16 | v, true
}

func newISOTable(entries []codeEntry) isoTable {
	t := isoTable{keys: make([]rune, 0, len(entries)), vals: make([]uint32, 0, len(entries))}
	resolveEntries(entries, func(e codeEntry) {
		t.keys = append(t.keys, e.r)
		t.vals = append(t.vals, e.code)
	})
	t.keys, t.vals = slices.Clip(t.keys), slices.Clip(t.vals)
	return t
}

func (t isoTable) lookup(r rune) (isoCode, bool) {
	i := findRune(t.keys, r)
	if i < 0 {
		return isoCode{}, false
	}
	return unpackISO(t.vals[i]), true
}

func unpackISO(v uint32) isoCode {
	return isoCode{charset: byte(v >> 24), n: uint8(v >> 16 & 3), code: uint16(v)}
}

// cellSet is one ISO-2022 charset's decodable cells: sorted keys and the
// character of each, or ^index into multi for a cell of several.
type cellSet struct {
	keys  []uint16
	chars []rune
	multi [][]rune
}

// add adds cell key; text is copied when kept.
func (s *cellSet) add(key int, text []rune) {
	s.keys = append(s.keys, uint16(key))
	if len(text) == 1 && text[0] >= 0 {
		s.chars = append(s.chars, text[0])
		return
	}
	s.chars = append(s.chars, ^rune(len(s.multi)))
	s.multi = append(s.multi, slices.Clone(text))
}

// writeCell writes the text of cell key; it answers false when there is
// none.
func (s *cellSet) writeCell(key int, out *strings.Builder) bool {
	if s == nil || key > 0xFFFF {
		return false
	}
	i, ok := slices.BinarySearch(s.keys, uint16(key))
	if !ok {
		return false
	}
	if c := s.chars[i]; c >= 0 {
		out.WriteRune(c)
	} else {
		for _, r := range s.multi[^c] {
			out.WriteRune(r)
		}
	}
	return true
}

func (s *cellSet) equal(o *cellSet) bool {
	if !slices.Equal(s.keys, o.keys) || !slices.Equal(s.chars, o.chars) || len(s.multi) != len(o.multi) {
		return false
	}
	for i := range s.multi {
		if !slices.Equal(s.multi[i], o.multi[i]) {
			return false
		}
	}
	return true
}

func (s *cellSet) fingerprint() uint64 {
	h := fnv.New64a()
	buf := make([]byte, 0, 8)
	for i, k := range s.keys {
		buf = binary.BigEndian.AppendUint16(buf[:0], k)
		h.Write(binary.BigEndian.AppendUint32(buf, uint32(s.chars[i])))
	}
	for _, m := range s.multi {
		for _, c := range m {
			h.Write(binary.BigEndian.AppendUint32(buf[:0], uint32(c)))
		}
		h.Write([]byte{0xFF})
	}
	return h.Sum64()
}

// sharedSets holds the cell sets loaded so far, so codecs with the same
// charset (the iso2022_jp variants all carry JIS X 0208) share one copy.
var sharedSets struct {
	sync.Mutex
	m map[uint64][]*cellSet
}

// share is s, or an identical set loaded before.
func share(s *cellSet) *cellSet {
	s.keys, s.chars, s.multi = slices.Clip(s.keys), slices.Clip(s.chars), slices.Clip(s.multi)
	fp := s.fingerprint()
	sharedSets.Lock()
	defer sharedSets.Unlock()
	if sharedSets.m == nil {
		sharedSets.m = map[uint64][]*cellSet{}
	}
	for _, o := range sharedSets.m[fp] {
		if o.equal(s) {
			return o
		}
	}
	sharedSets.m[fp] = append(sharedSets.m[fp], s)
	return s
}

// trie is a decoding trie whose 256-cell nodes are stored by their span
// of cells that differ from the node's commonest cell (fill), with
// identical spans stored once.
type trie struct {
	nodes []trieNode
	cells []uint32
}

type trieNode struct {
	lo, hi uint8  // the stored span; lo > hi when nothing is stored
	fill   uint32 // every cell outside it
	off    uint32 // the span's start in cells
}

// cell is cell b of node.
func (t *trie) cell(node int, b byte) uint32 {
	n := &t.nodes[node]
	if b < n.lo || b > n.hi {
		return n.fill
	}
	return t.cells[n.off+uint32(b-n.lo)]
}

// trieBuilder adds nodes to a trie, sharing identical spans.
type trieBuilder struct {
	t     trie
	spans map[uint64][]uint32 // span fingerprint -> offsets of spans stored
}

// commonest is the value most cells of node hold.
func commonest(node *[256]uint32) uint32 {
	sorted := *node
	slices.Sort(sorted[:])
	best, bestRun := sorted[0], 0
	for i := 0; i < len(sorted); {
		j := i + 1
		for j < len(sorted) && sorted[j] == sorted[i] {
			j++
		}
		if j-i > bestRun {
			best, bestRun = sorted[i], j-i
		}
		i = j
	}
	return best
}

func (tb *trieBuilder) add(node *[256]uint32) {
	fill := commonest(node)
	lo, hi := 0, 255
	for lo <= hi && node[lo] == fill {
		lo++
	}
	for hi >= lo && node[hi] == fill {
		hi--
	}
	if lo > hi {
		tb.t.nodes = append(tb.t.nodes, trieNode{lo: 1, hi: 0, fill: fill})
		return
	}
	span := node[lo : hi+1]
	h := fnv.New64a()
	var buf [4]byte
	for _, c := range span {
		binary.LittleEndian.PutUint32(buf[:], c)
		h.Write(buf[:])
	}
	fp := h.Sum64()
	if tb.spans == nil {
		tb.spans = map[uint64][]uint32{}
	}
	off, found := uint32(0), false
	for _, o := range tb.spans[fp] {
		if int(o)+len(span) <= len(tb.t.cells) && slices.Equal(tb.t.cells[o:int(o)+len(span)], span) {
			off, found = o, true
			break
		}
	}
	if !found {
		off = uint32(len(tb.t.cells))
		tb.t.cells = append(tb.t.cells, span...)
		tb.spans[fp] = append(tb.spans[fp], off)
	}
	tb.t.nodes = append(tb.t.nodes, trieNode{lo: uint8(lo), hi: uint8(hi), fill: fill, off: off})
}

func (tb *trieBuilder) done() trie {
	return trie{nodes: slices.Clip(tb.t.nodes), cells: slices.Clip(tb.t.cells)}
}
