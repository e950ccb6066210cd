package compiler

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
)

func TestStripLines(t *testing.T) {
	tests := []struct {
		src, want string
		lines     []int // the original line of each line of want
	}{
		{src: "a\nb\n", want: "a\nb\n", lines: nil},
		{src: "a" + markedNL + "x" + markedNL + "b\nc\n", want: "a\nx\nb\nc\n", lines: []int{1, 1, 1, 2}},
		{src: "a\n" + "x" + markedNL + "b\n", want: "a\nx\nb\n", lines: []int{1, 2, 2}},
		// Tails stand for the line before them, added or not.
		{src: "a\n" + "t" + tailNL + "u" + tailNL + "b\n", want: "a\nt\nu\nb\n", lines: []int{1, 1, 1, 2}},
		{src: "x" + markedNL + "a\n" + "t" + tailNL + "b\n", want: "x\na\nt\nb\n", lines: []int{1, 1, 1, 2}},
	}
	for _, tc := range tests {
		got, m := stripLines(tc.src)
		assert.Equal(t, tc.want, got, "%q", tc.src)
		if tc.lines == nil {
			assert.Nil(t, m)
			continue
		}
		for i, l := range tc.lines {
			assert.Equal(t, l, m.line(i+1), "%q line %d", tc.src, i+1)
		}
		assert.Equal(t, tc.lines[len(tc.lines)-1]+2, m.line(len(tc.lines)+2), "past the end")
	}
}

func TestRemapCode(t *testing.T) {
	// Lines 1..5 of the stripped source: 2 and 3 were added after line 1.
	m := lineMap{0, 1, 1, 1, 2, 3}
	inner := &py.Code{Firstlineno: 2, Lnotab: string([]byte{0, 1, 4, 2})}
	co := &py.Code{Firstlineno: 1, Lnotab: string([]byte{2, 3, 2, 1}), Consts: py.Tuple{inner}}
	m.remapCode(co)
	assert.Equal(t, int32(1), co.Firstlineno)
	assert.Equal(t, string([]byte{2, 1, 2, 1}), co.Lnotab) // lines 1, 4, 5 -> 1, 2, 3
	assert.Equal(t, int32(1), inner.Firstlineno)
	assert.Equal(t, string([]byte{0, 0, 4, 2}), inner.Lnotab) // lines 2, 3, 5 -> 1, 1, 3
}

func TestSetFirstLine(t *testing.T) {
	tests := []struct {
		name      string
		tab       []byte
		line      int
		wantFirst int32
		wantTab   []byte
	}{
		{"shift absorbed", []byte{0, 9, 4, 1}, 8, 8, []byte{0, 2, 4, 1}},
		{"no table", nil, 5, 5, nil},
		{"instructions before the construct's line", []byte{0, 2, 4, 5}, 8, 1, []byte{0, 2, 4, 5}},
		{"default lines move up", []byte{4, 9}, 6, 6, []byte{4, 4}},
	}
	for _, tc := range tests {
		co := &py.Code{Firstlineno: 1, Lnotab: string(tc.tab)}
		setFirstLine(co, tc.line)
		assert.Equal(t, tc.wantFirst, co.Firstlineno, tc.name)
		assert.Equal(t, string(tc.wantTab), co.Lnotab, tc.name)
	}
}

func TestLookupName(t *testing.T) {
	tests := []struct {
		name string
		want rune
		ok   bool
	}{
		{"LATIN SMALL LETTER A", 'a', true},
		{"latin small letter a", 'a', true},
		{"NBSP", 0xA0, true},
		{"byte order mark", 0xFEFF, true},
		{"CJK UNIFIED IDEOGRAPH-4E00", 0x4E00, true},
		{"CJK UNIFIED IDEOGRAPH-4e00", 0, false},
		{"CJK UNIFIED IDEOGRAPH-9FFF", 0, false},
		{"HANGUL SYLLABLE GAG", 0xAC01, true},
		{"hangul syllable gag", 0, false},
		{"NO SUCH NAME", 0, false},
		{"", 0, false},
	}
	for _, tc := range tests {
		r, ok := lookupName(tc.name)
		assert.Equal(t, tc.ok, ok, tc.name)
		assert.Equal(t, tc.want, r, tc.name)
	}
}
