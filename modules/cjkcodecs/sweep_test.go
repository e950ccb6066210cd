package cjkcodecs

import (
	"bufio"
	"crypto/sha1"
	"encoding/hex"
	"hash"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSweep checks every codec exhaustively against CPython 3.6: every
// byte pair (after each charset's designation for the stateful codecs),
// the longer forms, every code point and the combining pairs, digested
// as gen/sweep.py digests them (testdata/sweep36.txt is its output under
// CPython 3.6).

var sweepPrefixes = map[string][]string{
	"iso2022_kr":      {"\x1b$)C\x0e"},
	"iso2022_jp":      {"\x1b$B", "\x1b(J"},
	"iso2022_jp_1":    {"\x1b$(D"},
	"iso2022_jp_2":    {"\x1b$(C", "\x1b$A", "\x1b.F\x1bN", "\x1b.A\x1bN"},
	"iso2022_jp_2004": {"\x1b$(Q", "\x1b$(P"},
	"iso2022_jp_3":    {"\x1b$(O", "\x1b$(P"},
	"iso2022_jp_ext":  {"\x1b(I", "\x1b$(D"},
	"hz":              {"~{"},
}

func sweepDecode(t *testing.T, h hash.Hash, name string, blob []byte, errors string) {
	s, err := Decode(name, blob, errors)
	require.NoError(t, err)
	h.Write([]byte(s))
}

func sweepDigest(t *testing.T, name string) string {
	h := sha1.New()
	for _, prefix := range append([]string{""}, sweepPrefixes[name]...) {
		for lead := 0; lead < 256; lead++ {
			var blob []byte
			for b := 0; b < 256; b++ {
				blob = append(append(blob, prefix...), byte(lead), byte(b), 0)
			}
			sweepDecode(t, h, name, blob, "replace")
			sweepDecode(t, h, name, blob, "backslashreplace")
		}
	}
	switch name {
	case "euc_jp", "euc_jis_2004", "euc_jisx0213":
		for b2 := 0xA1; b2 < 0xFF; b2++ {
			var blob []byte
			for b3 := 0; b3 < 256; b3++ {
				blob = append(blob, 0x8F, byte(b2), byte(b3), 0)
			}
			sweepDecode(t, h, name, blob, "replace")
		}
	case "gb18030":
		for b1 := 0x81; b1 < 0xFF; b1++ {
			var blob []byte
			for b2 := 0x30; b2 < 0x3A; b2++ {
				for b3 := 0x81; b3 < 0xFF; b3++ {
					for b4 := 0x30; b4 < 0x3A; b4++ {
						blob = append(blob, byte(b1), byte(b2), byte(b3), byte(b4))
					}
				}
			}
			sweepDecode(t, h, name, blob, "replace")
		}
	case "euc_kr":
		for x := 0xA1; x < 0xFF; x++ {
			var blob []byte
			for y := 0xA1; y < 0xFF; y++ {
				for _, z := range []byte{0xA1, 0xBF, 0xD4, 0xFE} {
					blob = append(blob, 0xA4, 0xD4, 0xA4, byte(x), 0xA4, byte(y), 0xA4, z)
				}
			}
			sweepDecode(t, h, name, blob, "replace")
		}
	}
	top := 0x30000
	if name == "gb18030" {
		top = 0x110000
	}
	for start := 0; start < top; start += 0x1000 {
		var sb strings.Builder
		for c := start; c < start+0x1000; c++ {
			if c < 0xD800 || c >= 0xE000 {
				sb.WriteRune(rune(c))
			}
		}
		b, err := Encode(name, sb.String(), "backslashreplace")
		require.NoError(t, err)
		h.Write(b)
	}
	var firsts []rune
	for _, r := range [][2]rune{{0x80, 0x400}, {0x3040, 0x3100}, {0x31F0, 0x3200}} {
		for c := r[0]; c < r[1]; c++ {
			firsts = append(firsts, c)
		}
	}
	for _, c := range firsts {
		s := string(c) + "\u0300\u0301\u02e5\u02e9\u0304\u030c\u309a" + string(c) + "\u309a" + string(c)
		b, err := Encode(name, s, "xmlcharrefreplace")
		require.NoError(t, err)
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil))
}

func TestSweep(t *testing.T) {
	f, err := os.Open("testdata/sweep36.txt")
	require.NoError(t, err)
	defer f.Close()
	n := 0
	for sc := bufio.NewScanner(f); sc.Scan(); {
		name, want, ok := strings.Cut(sc.Text(), " ")
		require.True(t, ok)
		n++
		t.Run(name, func(t *testing.T) {
			assert.Equal(t, want, sweepDigest(t, name))
		})
	}
	assert.Equal(t, 24, n, "one digest per codec")
}
