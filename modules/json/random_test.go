package json_test

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// docGen writes random JSON documents from a fixed seed, so that the
// script built from them, and CPython's stored output, never change.
type docGen struct{ r *rand.Rand }

var genStrings = []string{"", "a", "key", "caf\u00e9", "\u4e2d\u6587", "\U0001f600", "tab\there", "q\"uote", "back\\slash", "nl\n", "\u2028", "\x7f", "slash/"}

func (g *docGen) str() string {
	s := genStrings[g.r.IntN(len(genStrings))]
	var b strings.Builder
	b.WriteByte('"')
	for _, c := range s {
		switch {
		case c == '"' || c == '\\':
			b.WriteByte('\\')
			b.WriteRune(c)
		case c < 0x20:
			fmt.Fprintf(&b, "\\u%04x", c)
		case c > 0x7f && g.r.IntN(2) == 0 && c < 0x10000:
			fmt.Fprintf(&b, "\\u%04X", c)
		case c == '/' && g.r.IntN(2) == 0:
			b.WriteString("\\/")
		default:
			b.WriteRune(c)
		}
	}
	b.WriteByte('"')
	return b.String()
}

func (g *docGen) number() string {
	var b strings.Builder
	if g.r.IntN(3) == 0 {
		b.WriteByte('-')
	}
	if g.r.IntN(4) == 0 {
		b.WriteByte('0')
	} else {
		b.WriteString(strconv.FormatUint(g.r.Uint64()>>uint(g.r.IntN(64)), 10))
		if g.r.IntN(6) == 0 {
			b.WriteString("123456789012345678901234567890")
		}
	}
	if g.r.IntN(3) == 0 {
		b.WriteString("." + strconv.Itoa(g.r.IntN(100000)))
	}
	if g.r.IntN(4) == 0 {
		b.WriteString([]string{"e", "E", "e+", "e-", "E-"}[g.r.IntN(5)] + strconv.Itoa(g.r.IntN(330)))
	}
	return b.String()
}

func (g *docGen) space() string {
	return []string{"", "", " ", "\n", "\t ", "\r\n  "}[g.r.IntN(6)]
}

func (g *docGen) value(depth int) string {
	n := 8
	if depth > 4 {
		n = 5
	}
	switch g.r.IntN(n) {
	case 0:
		return []string{"null", "true", "false", "NaN", "Infinity", "-Infinity"}[g.r.IntN(6)]
	case 1, 2:
		return g.number()
	case 3, 4:
		return g.str()
	case 5:
		items := make([]string, g.r.IntN(4))
		for i := range items {
			items[i] = g.space() + g.value(depth+1) + g.space()
		}
		return "[" + strings.Join(items, ",") + g.space() + "]"
	default:
		items := make([]string, g.r.IntN(4))
		for i := range items {
			items[i] = g.space() + g.str() + g.space() + ":" + g.space() + g.value(depth+1)
		}
		return "{" + strings.Join(items, ",") + g.space() + "}"
	}
}

// corrupt breaks a document in one place: a byte dropped, doubled or
// replaced by a JSON-significant one.
func (g *docGen) corrupt(doc string) string {
	if doc == "" {
		return "x"
	}
	i := g.r.IntN(len(doc))
	for i > 0 && doc[i]&0xc0 == 0x80 { // not inside a UTF-8 sequence
		i--
	}
	switch g.r.IntN(3) {
	case 0:
		_, size := utf8DecodeRune(doc[i:])
		return doc[:i] + doc[i+size:]
	case 1:
		return doc[:i] + doc[i:i+1] + doc[i:]
	default:
		return doc[:i] + string(",:[]{}\"\\0-.e x\n"[g.r.IntN(15)]) + doc[i:]
	}
}

func utf8DecodeRune(s string) (rune, int) {
	for i, r := range s {
		if i > 0 {
			return r, i
		}
	}
	return 0, len(s)
}

// TestRandomDocuments decodes random documents and broken copies of
// them under CPython 3.6 and gpython, and encodes each value back with
// several option sets: values, texts and error messages must agree.
func TestRandomDocuments(t *testing.T) {
	g := &docGen{r: rand.New(rand.NewPCG(16, 2026))}
	var src strings.Builder
	src.WriteString(`
import json

def _run(i, doc):
    try:
        v = json.loads(doc)
    except ValueError as e:
        print(i, "!!", type(e).__name__, e)
        return
    print(i, "=>", repr(v))
    print(i, json.dumps(v))
    print(i, json.dumps(v, sort_keys=True, indent=2, ensure_ascii=False))
    print(i, json.dumps(v, separators=(",", ":"), sort_keys=True))
    try:
        print(i, json.dumps(v, allow_nan=False))
    except ValueError as e:
        print(i, "!!", e)

`)
	const n = 400
	for i := 0; i < n; i++ {
		doc := g.space() + g.value(0) + g.space()
		if i%3 == 2 {
			doc = g.corrupt(doc)
		}
		fmt.Fprintf(&src, "_run(%d, %s)\n", i, strconv.Quote(doc))
	}
	script := src.String()
	want := pytesting.CPython36Output(t, "json_random", script)
	got, err := pytesting.RunGuarded(t, script)
	require.NoError(t, err)
	wantLines := strings.Split(want, "\n")
	gotLines := strings.Split(got, "\n")
	for i := 0; i < len(wantLines) && i < len(gotLines); i++ {
		if !assert.Equal(t, wantLines[i], gotLines[i], "line %d", i+1) {
			break
		}
	}
	assert.Equal(t, len(wantLines), len(gotLines))
}
