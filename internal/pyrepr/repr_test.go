package pyrepr_test

import (
	"fmt"
	"math"
	"math/rand"
	"strconv"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// cpython36Lines is CPython 3.6's output lines for src, the reference
// (for the text of exceptions too: 3.6's repr keeps a 1-tuple's comma,
// ValueError('x',)); stored in testdata/cpython36/name.out for machines
// without it (pytesting.CPython36Output).
func cpython36Lines(t *testing.T, name, src string) []string {
	t.Helper()
	out := pytesting.CPython36Output(t, name, src)
	return strings.Split(strings.TrimSuffix(out, "\n"), "\n")
}

func mustRepr(t *testing.T, o py.Object) string {
	t.Helper()
	s, err := pyrepr.Repr(o)
	require.NoError(t, err)
	return s
}

// TestReprRandomStructures compares Repr and Str of 500 random nested
// built-in values (exceptions among them) with CPython 3.6's repr and str
// of the same values.
func TestReprRandomStructures(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	var src strings.Builder
	var objs []py.Object
	for i := 0; i < 500; i++ {
		g := &gen{next: r.Intn, size: 40}
		o, s := g.value(0)
		objs = append(objs, o)
		fmt.Fprintf(&src, "v = %s\nprint(ascii(repr(v)))\nprint(ascii(str(v)))\n", s)
	}
	lines := cpython36Lines(t, "random_structures", src.String())
	require.Len(t, lines, 2*len(objs))
	for i, o := range objs {
		rep := mustRepr(t, o)
		str, err := pyrepr.Str(o)
		require.NoError(t, err)
		// ascii(...) of the text keeps the lines one per value.
		assert.Equal(t, lines[2*i], pyrepr.ASCII(pyrepr.StrRepr(rep)), "repr of value %d", i)
		assert.Equal(t, lines[2*i+1], pyrepr.ASCII(pyrepr.StrRepr(str)), "str of value %d", i)
	}
}

// TestFloatReprDifferential compares FloatRepr with CPython's repr of
// 3000 floats: random bit patterns, random decimal magnitudes from 1e-330
// to 1e308, and the boundaries of positional notation.
func TestFloatReprDifferential(t *testing.T) {
	r := rand.New(rand.NewSource(2))
	var fs []float64
	for i := 0; i < 1000; i++ {
		fs = append(fs, math.Float64frombits(r.Uint64()))
	}
	for i := 0; i < 1000; i++ {
		fs = append(fs, r.Float64()*math.Pow(10, float64(r.Intn(638)-330)))
	}
	for e := -8; e <= 20; e++ {
		p := math.Pow(10, float64(e))
		fs = append(fs, p, -p, math.Nextafter(p, 0), math.Nextafter(p, math.Inf(1)), 1.5*p, 0.999999*p)
	}
	for len(fs) < 3000 {
		fs = append(fs, float64(r.Int63n(1<<53))/float64(int64(1)<<r.Intn(60)))
	}
	var src strings.Builder
	for _, f := range fs {
		if math.IsNaN(f) {
			src.WriteString("print(repr(float('nan')))\n")
			continue
		}
		fmt.Fprintf(&src, "print(repr(float.fromhex('%s')))\n", strconv.FormatFloat(f, 'x', -1, 64))
	}
	lines := cpython36Lines(t, "TestFloatReprDifferential", src.String())
	require.Len(t, lines, len(fs))
	bad := 0
	for i, f := range fs {
		if !assert.Equal(t, lines[i], pyrepr.FloatRepr(f), "bits %#x", math.Float64bits(f)) {
			bad++
			require.Less(t, bad, 10, "too many mismatches")
		}
	}
}

// TestStrReprDifferential compares StrRepr with CPython 3.6's repr
// (Unicode 9.0.0) of every code point below U+3400 and a sample above,
// one character at a time: the runs of the code points repr escapes, and
// the exact text of a few.
func TestStrReprDifferential(t *testing.T) {
	const src = `
cps = [c for c in range(0x3400) if not 0xd800 <= c < 0xe000]
cps += [c for c in range(0x3400, 0x110000, 97) if not 0xd800 <= c < 0xe000]
run = None
for i, c in enumerate(cps + [None]):
    esc = c is not None and repr(chr(c))[1:-1] != chr(c)
    if esc and run is None:
        run = i
    elif not esc and run is not None:
        print('escaped %x-%x' % (cps[run], cps[i - 1]))
        run = None
for c in [0, 39, 34, 92, 10, 0x7f, 0x80, 0xa0, 0xad, 0xe9, 0x2028, 0xfeff, 0x4e2d, 0x1f600, 0x1f97a, 0x7ff, 0x10d0]:
    print(ascii(repr(chr(c))))
`
	want := cpython36Lines(t, "TestStrReprDifferential", src)
	var cps []rune
	for c := rune(0); c < 0x3400; c++ {
		if c < 0xd800 || c >= 0xe000 {
			cps = append(cps, c)
		}
	}
	for c := rune(0x3400); c < 0x110000; c += 97 {
		if c < 0xd800 || c >= 0xe000 {
			cps = append(cps, c)
		}
	}
	var got []string
	run := -1
	for i := 0; i <= len(cps); i++ {
		esc := false
		if i < len(cps) {
			r := pyrepr.StrRepr(string(cps[i]))
			esc = r[1:len(r)-1] != string(cps[i])
		}
		switch {
		case esc && run < 0:
			run = i
		case !esc && run >= 0:
			got = append(got, fmt.Sprintf("escaped %x-%x", cps[run], cps[i-1]))
			run = -1
		}
	}
	for _, c := range []rune{0, 39, 34, 92, 10, 0x7f, 0x80, 0xa0, 0xad, 0xe9, 0x2028, 0xfeff, 0x4e2d, 0x1f600, 0x1f97a, 0x7ff, 0x10d0} {
		got = append(got, pyrepr.ASCII(pyrepr.StrRepr(pyrepr.StrRepr(string(c)))))
	}
	assert.Equal(t, want, got)
}

// TestBytesReprDifferential compares BytesRepr and ByteArrayRepr with
// CPython for every single byte and for the quote combinations.
func TestBytesReprDifferential(t *testing.T) {
	var inputs [][]byte
	for b := 0; b < 256; b++ {
		inputs = append(inputs, []byte{byte(b)})
	}
	inputs = append(inputs, []byte{}, []byte(`'"`), []byte(`a'b`), []byte(`a"b`), []byte(`\'`))
	var src strings.Builder
	for _, p := range inputs {
		fmt.Fprintf(&src, "print(repr(bytes.fromhex('%x')), repr(bytearray.fromhex('%x')))\n", p, p)
	}
	lines := cpython36Lines(t, "TestBytesReprDifferential", src.String())
	require.Len(t, lines, len(inputs))
	for i, p := range inputs {
		assert.Equal(t, lines[i], pyrepr.BytesRepr(p)+" "+pyrepr.ByteArrayRepr(p), "%x", p)
	}
}

// TestComplexReprDifferential compares ComplexRepr with CPython.
func TestComplexReprDifferential(t *testing.T) {
	parts := []float64{0, math.Copysign(0, -1), 1, -1, 2.5, 1e16, 1e-5, 1e300, math.Inf(1), math.Inf(-1), math.NaN(), 0.1}
	var src strings.Builder
	var cs []complex128
	for _, re := range parts {
		for _, im := range parts {
			cs = append(cs, complex(re, im))
			fmt.Fprintf(&src, "print(repr(complex(float('%s'), float('%s'))))\n", pyrepr.FloatRepr(re), pyrepr.FloatRepr(im))
		}
	}
	lines := cpython36Lines(t, "TestComplexReprDifferential", src.String())
	require.Len(t, lines, len(cs))
	for i, c := range cs {
		assert.Equal(t, lines[i], pyrepr.ComplexRepr(c), "%v", c)
	}
}

// TestReprGo checks values only Go code builds (recursion, frozenset,
// non-tuple exception args, deep nesting) and Str's dispatch.
func TestReprGo(t *testing.T) {
	self := py.NewList()
	self.Append(py.Int(1))
	self.Append(self)
	d := py.StringDict{}
	d["me"] = d
	shared := py.NewListFromItems([]py.Object{py.Float(0.5)})
	cases := []struct {
		name string
		o    py.Object
		want string
	}{
		{"recursive list", self, "[1, [...]]"},
		{"recursive list in tuple", py.Tuple{self}, "([1, [...]],)"},
		{"recursive dict", d, "{'me': {...}}"},
		{"shared list twice", py.Tuple{shared, shared}, "([0.5], [0.5])"},
		{"frozenset", py.NewFrozenSetFromItems([]py.Object{py.Int(2), py.Int(1)}), "frozenset({1, 2})"},
		{"empty frozenset", py.NewFrozenSet(), "frozenset()"},
		{"set of 1-tuple", py.NewSetFromItems([]py.Object{py.String("b"), py.String("a")}), "{'a', 'b'}"},
		{"exception module name", &py.Exception{Base: &py.Type{Name: "ssl.SSLError"}, Args: py.Tuple{py.Int(1), py.String("x")}}, "SSLError(1, 'x')"},
		{"exception 1 arg", &py.Exception{Base: py.ValueError, Args: py.Tuple{py.Tuple{py.Int(1)}}}, "ValueError((1,),)"},
		{"ellipsis", py.Ellipsis, "Ellipsis"},
		{"class", py.IntType, "<class 'int'>"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Equal(t, c.want, mustRepr(t, c.o))
		})
	}

	deep := py.Object(py.Int(0))
	for i := 0; i < 5*pyrepr.MaxDepth; i++ {
		deep = py.NewListFromItems([]py.Object{deep})
	}
	_, err := pyrepr.Repr(deep)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "maximum recursion depth exceeded")

	strs := []struct {
		name string
		o    py.Object
		want string
	}{
		{"str", py.String("a'b"), "a'b"},
		{"float", py.Float(1e16), "1e+16"},
		{"1-tuple", py.Tuple{py.String("x")}, "('x',)"},
		{"exception none", &py.Exception{Base: py.ValueError, Args: py.Tuple{}}, ""},
		{"exception one", &py.Exception{Base: py.ValueError, Args: py.Tuple{py.Float(0.5)}}, "0.5"},
		{"exception two", &py.Exception{Base: py.ValueError, Args: py.Tuple{py.Float(0.5), py.Tuple{py.None}}}, "(0.5, (None,))"},
		{"KeyError", &py.Exception{Base: py.KeyError, Args: py.Tuple{py.String("k")}}, "'k'"},
		{"OSError", &py.Exception{Base: py.FileNotFoundError, Args: py.Tuple{py.Int(2), py.String("gone"), py.String("f"), py.None, py.String("g")}}, "[Errno 2] gone: 'f' -> 'g'"},
		{"class", py.IntType, "<class 'int'>"},
	}
	for _, c := range strs {
		t.Run("str "+c.name, func(t *testing.T) {
			s, err := pyrepr.Str(c.o)
			require.NoError(t, err)
			assert.Equal(t, c.want, s)
		})
	}
}

// FuzzRepr renders random nested built-in values: Repr and Str never
// panic, and a list's repr is its items' reprs joined, as CPython's is.
func FuzzRepr(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{9, 1, 2, 0, 0})
	f.Add([]byte{11, 3, 13, 2, 3, 1, 2, 2})
	f.Add([]byte("\x10\x03\x0e\x04\x05\x06\x07\x02\x00\x01\xff\xfe"))
	f.Fuzz(func(t *testing.T, data []byte) {
		pos := 0
		g := &gen{size: 60, next: func(n int) int {
			if pos >= len(data) {
				return 0
			}
			b := int(data[pos])
			pos++
			return b % n
		}}
		var items []py.Object
		var reprs []string
		for i := 0; i < 3; i++ {
			o, _ := g.value(0)
			rep, err := pyrepr.Repr(o)
			if err != nil {
				t.Fatalf("Repr: %v", err)
			}
			if _, err := pyrepr.Str(o); err != nil {
				t.Fatalf("Str: %v", err)
			}
			items = append(items, o)
			reprs = append(reprs, rep)
		}
		got, err := pyrepr.Repr(py.NewListFromItems(items))
		if err != nil {
			t.Fatal(err)
		}
		if want := "[" + strings.Join(reprs, ", ") + "]"; got != want {
			t.Fatalf("list repr %q, items %q", got, want)
		}
	})
}

// BenchmarkRepr renders a mixed nested structure.
func BenchmarkRepr(b *testing.B) {
	g := &gen{next: rand.New(rand.NewSource(3)).Intn, size: 200}
	o, _ := g.value(0)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := pyrepr.Repr(o); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzStrRepr checks that a repr is the reprs of its characters put
// together (runs of plain ASCII are copied in one piece, everything else
// a character at a time), for text without quotes, which would choose the
// quoting of the whole.
func FuzzStrRepr(f *testing.F) {
	for _, s := range []string{"", "plain text", "tab\there\n", "caf\u00e9 \u2028\x7f\\", "\xed\xa0\x80x", "\xff\xfe", "\U0001f600a\x00"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		s = strings.NewReplacer("'", "", `"`, "").Replace(s)
		var parts strings.Builder
		for i := 0; i < len(s); {
			_, w := pyutil.DecodeWTF8(s[i:])
			one := pyrepr.StrRepr(s[i : i+w])
			parts.WriteString(one[1 : len(one)-1])
			i += w
		}
		whole := pyrepr.StrRepr(s)
		require.Equal(t, "'"+parts.String()+"'", whole)
	})
}
