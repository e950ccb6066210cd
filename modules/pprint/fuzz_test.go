package pprint_test

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	"github.com/gpython-ssl/gpython-ssl/modules/pprint"
)

// decoder builds a nested Python value from fuzz bytes.
type decoder struct {
	data []byte
	n    int
}

func (d *decoder) next() byte {
	if len(d.data) == 0 {
		return 0
	}
	b := d.data[0]
	d.data = d.data[1:]
	return b
}

func (d *decoder) value(depth int) py.Object {
	d.n++
	if d.n > 200 {
		return py.None
	}
	k := d.next()
	if depth > 6 {
		k %= 6
	}
	switch k % 10 {
	case 0:
		return py.Int(int8(d.next()))
	case 1:
		return py.Float(float64(int8(d.next())) / 7)
	case 2:
		return py.String(d.text())
	case 3:
		return py.Bytes(d.text())
	case 4:
		return py.NewBool(d.next()%2 == 0)
	case 5:
		return py.None
	case 6:
		items := d.items(depth)
		return &py.List{Items: items}
	case 7:
		return py.Tuple(d.items(depth))
	case 8:
		m := py.StringDict{}
		for i, n := 0, int(d.next()%6); i < n; i++ {
			m[d.text()] = d.value(depth + 1)
		}
		return m
	}
	s := py.NewSet()
	for i, n := 0, int(d.next()%5); i < n; i++ {
		s.Add(py.Int(d.next()))
	}
	return s
}

func (d *decoder) items(depth int) []py.Object {
	n := int(d.next() % 8)
	items := make([]py.Object, 0, n)
	for i := 0; i < n; i++ {
		items = append(items, d.value(depth+1))
	}
	return items
}

func (d *decoder) text() string {
	n := int(d.next() % 40)
	var b strings.Builder
	for i := 0; i < n; i++ {
		c := d.next()
		switch c % 8 {
		case 0:
			b.WriteByte(' ')
		case 1:
			b.WriteByte("\n\t'\"\\\x00"[int(c/8)%6])
		case 2:
			b.WriteRune(rune(0xa0 + int(c)))
		default:
			b.WriteByte('a' + c%26)
		}
	}
	return b.String()
}

// FuzzFormat lays out random nested values at random widths: it must
// never panic, and a width too large to wrap gives saferepr's text.
func FuzzFormat(f *testing.F) {
	f.Add([]byte{6, 3, 2, 10, 'a', 'b', 7, 1, 2, 5}, uint8(10), uint8(1))
	f.Add([]byte{8, 3, 5, 'k', 'e', 'y', 'z', 'q', 2, 30, 0, 1, 0, 1, 0}, uint8(0), uint8(4))
	f.Add([]byte("\x07\x01\x02\x20hello world, hello world, hello"), uint8(3), uint8(0))
	f.Fuzz(func(t *testing.T, data []byte, width, indent uint8) {
		d := &decoder{data: data}
		v := d.value(0)
		p := pprint.Printer{Indent: int(indent % 8), Width: int(width%120) + 1, Compact: width%2 == 0}
		if width%5 == 0 {
			p.Depth = int(indent%4) + 1
		}
		_, err := p.Format(v)
		require.NoError(t, err)
		wide := pprint.Printer{Indent: 1, Width: 1 << 30}
		out, err := wide.Format(v)
		require.NoError(t, err)
		rep, _, _, err := wide.Repr(v)
		require.NoError(t, err)
		assert.Equal(t, rep, out)
	})
}

// randomExpr writes a random nested Python literal (str keys only, as
// gpython dicts require).
func randomExpr(r *rand.Rand, depth int) string {
	k := r.Intn(10)
	if depth > 4 {
		k = r.Intn(5)
	}
	words := []string{"alpha", "beta", "x", "a much longer word", "it\\'s", "tab\\tstop", "caf\\u00e9", "", "line\\nbreak"}
	switch k {
	case 0:
		return fmt.Sprint(r.Intn(2000000) - 1000000)
	case 1:
		var b strings.Builder
		for i, n := 0, r.Intn(25); i < n; i++ {
			b.WriteString(words[r.Intn(len(words))])
			if r.Intn(3) > 0 {
				b.WriteString(" ")
			}
		}
		return "'" + b.String() + "'"
	case 2:
		return fmt.Sprintf("b'%s'", strings.Repeat("ab\\x00c ", r.Intn(20)))
	case 3:
		return []string{"None", "True", "False", "0.5", "1e+300", "-2.25"}[r.Intn(6)]
	case 4:
		return fmt.Sprintf("'%s'", strings.Repeat("w", r.Intn(100)))
	case 5, 6:
		n := r.Intn(7)
		parts := make([]string, n)
		for i := range parts {
			parts[i] = randomExpr(r, depth+1)
		}
		if k == 5 {
			return "[" + strings.Join(parts, ", ") + "]"
		}
		if n == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	case 7, 8:
		n := r.Intn(6)
		parts := make([]string, n)
		for i := range parts {
			parts[i] = fmt.Sprintf("'%s%d': %s", words[r.Intn(3)], r.Intn(50), randomExpr(r, depth+1))
		}
		return "{" + strings.Join(parts, ", ") + "}"
	}
	// Distinct members below 8 never collide in CPython's set table, so
	// its iteration order is reproducible (see pyrepr.SetItems).
	var parts []string
	for _, v := range r.Perm(8)[:1+r.Intn(8)] {
		parts = append(parts, fmt.Sprint(v))
	}
	return "{" + strings.Join(parts, ", ") + "}"
}

// TestRandomDifferential pprints 60 seeded random structures at random
// settings under gpython and CPython 3.6 and compares the output.
func TestRandomDifferential(t *testing.T) {
	r := rand.New(rand.NewSource(20180105))
	var src strings.Builder
	src.WriteString("import pprint\n")
	for i := 0; i < 60; i++ {
		fmt.Fprintf(&src, "pprint.pprint(%s, width=%d, indent=%d, compact=%v)\n",
			randomExpr(r, 0), 10+r.Intn(90), 1+r.Intn(4), []string{"False", "True"}[r.Intn(2)])
	}
	want := cpython(t, src.String())
	got, err := pytesting.Run(t, src.String())
	require.NoError(t, err)
	assert.Equal(t, want, got)
}
