package cjkcodecs

import (
	"slices"
	"strings"
)

// A table codec is one without shift state (shift_jis, euc_kr, gbk,
// big5, ...): decoding walks a trie of 256-cell nodes from the lead
// byte, encoding looks characters up in a codeTable, with the pairs
// some codecs encode as one code (a kana followed by a combining mark,
// for example).

type tableCodec struct {
	name  string
	nodes trie
	multi [][]rune
	gb4   []rune    // gb18030: the BMP characters of the four-byte form by index
	jamo  [3][]byte // euc_kr: jamo index + 1 of each byte of an eight-byte Hangul
	enc   *codeTable
	pairs map[pairKey][]byte
	first map[rune]bool // characters that may start a pair
}

// gb18030's four-byte form: index 189000 is U+10000.
const (
	gb4Supplementary = 189000
	gb4Count         = 1587600 // 126*10*126*10
)

func loadTableCodec(name string) *tableCodec {
	r := openTable(name)
	c := &tableCodec{name: name}
	var tb trieBuilder
	var node [256]uint32
	prev := 0
	for n := r.uint(); n > 0 && r.err == nil; n-- {
		for j := range node {
			prev += r.signed()
			node[j] = uint32(prev)
		}
		tb.add(&node)
	}
	c.nodes = tb.done()
	c.multi = make([][]rune, r.uint())
	for i := range c.multi {
		m := make([]rune, r.uint())
		for j := range m {
			m[j] = rune(r.uint())
		}
		c.multi[i] = m
	}
	c.gb4 = make([]rune, r.uint())
	last := 0
	for i := range c.gb4 {
		last += r.signed()
		c.gb4[i] = rune(last)
	}
	if n := r.uint(); n > 0 {
		all := make([]byte, n)
		for i := range all {
			all[i] = byte(r.uint())
		}
		for k := range c.jamo {
			c.jamo[k] = all[k*256 : (k+1)*256]
		}
	}
	entries := c.invert()
	var long []byte
	cp := 0
	for n := r.uint(); n > 0 && r.err == nil; n-- {
		cp += r.uint()
		b := r.bytes()
		e := codeEntry{r: rune(cp), n: uint8(len(b)), override: true}
		if code, ok := packCode(b); ok {
			e.code = code
		} else {
			e.n, e.code = longCode, uint32(len(long))
			long = append(append(long, byte(len(b))), b...)
		}
		entries = append(entries, e)
	}
	c.enc = newCodeTable(entries, slices.Clip(long))
	if n := r.uint(); n > 0 {
		c.pairs = make(map[pairKey][]byte, n)
		c.first = map[rune]bool{}
		for i := 0; i < n; i++ {
			k := pairKey{rune(r.uint()), rune(r.uint())}
			c.pairs[k] = slices.Clone(r.bytes()) // not pinning the decompressed table
			c.first[k.first] = true
		}
	}
	r.check(name)
	return c
}

// invert is the encoding the decoding trie gives: each character's first
// sequence in byte order (gen.py's invert builds the same; the table
// lists where the codec's encoder differs), as entries newCodeTable
// resolves: an earlier entry for a character wins.
func (c *tableCodec) invert() []codeEntry {
	entries := make([]codeEntry, 0, len(c.gb4)+len(c.nodes.nodes)*128)
	var walk func(node int, prefix uint32, n uint8)
	walk = func(node int, prefix uint32, n uint8) {
		for b := 0; b < 256; b++ {
			cell := c.nodes.cell(node, byte(b))
			kind, val := cell&7, int(cell>>3)
			code := prefix<<8 | uint32(b)
			switch {
			case kind == cellChar:
				entries = append(entries, codeEntry{r: rune(val), code: code, n: n + 1})
			case kind == cellMore && n < 3:
				walk(val, code, n+1)
			}
		}
	}
	if len(c.nodes.nodes) > 0 {
		walk(0, 0, 0)
	}
	for i, cp := range c.gb4 {
		if cp != 0 {
			code, _ := packCode(gb4Bytes(i))
			entries = append(entries, codeEntry{r: cp, code: code, n: 4})
		}
	}
	return entries
}

// gb4Bytes is gb18030's four-byte sequence of linear index i.
func gb4Bytes(i int) []byte {
	b := make([]byte, 4)
	b[3] = byte(0x30 + i%10)
	i /= 10
	b[2] = byte(0x81 + i%126)
	i /= 126
	b[1] = byte(0x30 + i%10)
	b[0] = byte(0x81 + i/10)
	return b
}

var tableCodecs = map[string]*lazy[*tableCodec]{}

func init() {
	for _, n := range []string{"shift_jis", "cp932", "euc_jp", "euc_jis_2004", "euc_jisx0213",
		"shift_jis_2004", "shift_jisx0213", "gb2312", "gbk", "gb18030",
		"big5", "cp950", "big5hkscs", "euc_kr", "cp949", "johab"} {
		tableCodecs[n] = &lazy[*tableCodec]{}
	}
}

// table is the loaded table codec called name.
func table(name string) *tableCodec {
	l := tableCodecs[name]
	return l.get(func() *tableCodec { return loadTableCodec(name) })
}

// tableDecoder decodes with a tableCodec; it has no state.
type tableDecoder struct{ c *tableCodec }

func (d tableDecoder) reset() {}

func (d tableDecoder) unit(b []byte, i int, out *strings.Builder) (int, int) {
	node := 0
	for k := i; ; k++ {
		if k >= len(b) {
			return 0, -1
		}
		cell := d.c.nodes.cell(node, b[k])
		val := int(cell >> 3)
		switch cell & 7 {
		case cellBad:
			return 0, val
		case cellMore:
			node = val
		case cellChar:
			out.WriteRune(rune(val))
			return k + 1 - i, 0
		case cellMulti:
			for _, r := range d.c.multi[val] {
				out.WriteRune(r)
			}
			return k + 1 - i, 0
		case cellGB4:
			return d.gb4(b, i, out)
		case cellMakeup:
			return d.makeup(b, i, out)
		default:
			return 0, 1
		}
	}
}

// gb4 decodes gb18030's four-byte form at b[i:].
func (d tableDecoder) gb4(b []byte, i int, out *strings.Builder) (int, int) {
	if len(b)-i < 4 {
		return 0, -1
	}
	b1, b2, b3, b4 := int(b[i]), int(b[i+1]), int(b[i+2]), int(b[i+3])
	if b1 < 0x81 || b1 > 0xFE || b3 < 0x81 || b3 > 0xFE || b4 < 0x30 || b4 > 0x39 {
		return 0, 1
	}
	idx := (((b1-0x81)*10+b2-0x30)*126+b3-0x81)*10 + b4 - 0x30
	switch {
	case idx < len(d.c.gb4):
		if cp := d.c.gb4[idx]; cp != 0 {
			out.WriteRune(cp)
			return 4, 0
		}
	case idx >= gb4Supplementary && idx-gb4Supplementary <= 0x10FFFF-0x10000:
		out.WriteRune(rune(0x10000 + idx - gb4Supplementary))
		return 4, 0
	}
	return 0, 1
}

// makeup decodes euc_kr's eight-byte Hangul (A4D4 then three jamo).
func (d tableDecoder) makeup(b []byte, i int, out *strings.Builder) (int, int) {
	if len(b)-i < 8 {
		return 0, -1
	}
	var idx [3]int
	for k := 0; k < 3; k++ {
		if b[i+2+2*k] != 0xA4 {
			return 0, 1
		}
		idx[k] = int(d.c.jamo[k][b[i+3+2*k]])
		if idx[k] == 0 {
			return 0, 1
		}
	}
	out.WriteRune(rune(0xAC00 + ((idx[0]-1)*21+idx[1]-1)*28 + idx[2] - 1))
	return 8, 0
}

// tableEncoder encodes with a tableCodec.
type tableEncoder struct{ c *tableCodec }

func (e tableEncoder) reset()                  {}
func (e tableEncoder) flush(out []byte) []byte { return out }

// appendCode appends r's code; ok is false when r has none.
func (e tableEncoder) appendCode(out []byte, r rune) ([]byte, bool) {
	if out, ok := e.c.enc.appendCode(out, r); ok {
		return out, true
	}
	if e.c.name == "gb18030" && r >= 0x10000 && r <= 0x10FFFF {
		return append(out, gb4Bytes(gb4Supplementary+int(r)-0x10000)...), true
	}
	return out, false
}

func (e tableEncoder) unit(chars []rune, i int, final bool, out []byte) ([]byte, int, int) {
	r := chars[i]
	if e.c.first[r] {
		if i+1 == len(chars) && !final {
			return out, 0, -1
		}
		if i+1 < len(chars) {
			if b, ok := e.c.pairs[pairKey{r, chars[i+1]}]; ok {
				return append(out, b...), 2, 0
			}
		}
	}
	out, ok := e.appendCode(out, r)
	if !ok {
		return out, 0, 1
	}
	return out, 1, 0
}
