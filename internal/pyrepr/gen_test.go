package pyrepr_test

import (
	"fmt"
	"math"
	"math/big"
	"sort"
	"strconv"
	"strings"

	"github.com/go-python/gpython/py"
)

// gen builds a random nested built-in value and the Python source that
// makes the same value under CPython, from a stream of choices (math/rand
// in the differential test, fuzz bytes in FuzzRepr). Dict keys are written
// sorted and set members are small non-negative ints, so that CPython's
// order is the one gpython's values print in.
type gen struct {
	next func(n int) int // a choice in [0, n)
	size int             // values left to make, bounding the structure
}

var interestingFloats = []float64{0, math.Copysign(0, -1), 1, 0.1, 0.1 + 0.2, 2.5, 1e-5, 1e-4, 1e15, 1e16, 1e22,
	1e300, 1.5e9, -1.5, 5e-324, math.MaxFloat64, 1e-320, math.Inf(1), math.Inf(-1), math.NaN(), 1.0 / 3, 9007199254740993}

var strRunes = []rune{'a', 'Z', '0', ' ', '\'', '"', '\\', '\t', '\n', '\r', 0, 0x1f, 0x7f, 0x80, 0xa0, 0xad, 0xe9,
	0x300, 0x4e2d, 0x2028, 0xfeff, 0xfffd, 0x1f600, 0x10ffff, 0xe000}

func floatSrc(f float64) string {
	switch {
	case math.IsNaN(f):
		return "float('nan')"
	case math.IsInf(f, 1):
		return "float('inf')"
	case math.IsInf(f, -1):
		return "float('-inf')"
	}
	return "float.fromhex('" + strconv.FormatFloat(f, 'x', -1, 64) + "')"
}

func (g *gen) float() float64 {
	if g.next(2) == 0 {
		return interestingFloats[g.next(len(interestingFloats))]
	}
	bits := uint64(0)
	for i := 0; i < 8; i++ {
		bits = bits<<8 | uint64(g.next(256))
	}
	return math.Float64frombits(bits)
}

func (g *gen) str() (string, string) {
	n := g.next(6)
	var s, src strings.Builder
	src.WriteByte('\'')
	for i := 0; i < n; i++ {
		r := strRunes[g.next(len(strRunes))]
		s.WriteRune(r)
		fmt.Fprintf(&src, `\U%08x`, r)
	}
	src.WriteByte('\'')
	return s.String(), src.String()
}

func (g *gen) value(depth int) (py.Object, string) {
	g.size--
	kind := g.next(17)
	if depth > 4 || g.size <= 0 {
		kind %= 9 // scalars only
	}
	switch kind {
	case 0:
		n := int64(g.next(2001) - 1000)
		return py.Int(n), strconv.FormatInt(n, 10)
	case 1:
		b := new(big.Int).Lsh(big.NewInt(int64(g.next(1000)+1)), 70)
		if g.next(2) == 0 {
			b.Neg(b)
		}
		return (*py.BigInt)(b), b.String()
	case 2:
		f := g.float()
		return py.Float(f), floatSrc(f)
	case 3:
		s, src := g.str()
		return py.String(s), src
	case 4:
		n := g.next(5)
		p := make([]byte, n)
		var src strings.Builder
		src.WriteString("b'")
		for i := range p {
			p[i] = []byte{'a', '\'', '"', '\\', '\n', 0, 0x7f, 0x80, 0xff}[g.next(9)]
			fmt.Fprintf(&src, `\x%02x`, p[i])
		}
		src.WriteByte('\'')
		return py.Bytes(p), src.String()
	case 5:
		if g.next(2) == 0 {
			return py.True, "True"
		}
		return py.False, "False"
	case 6:
		return py.None, "None"
	case 7:
		re, im := g.float(), g.float()
		return py.Complex(complex(re, im)), "complex(" + floatSrc(re) + ", " + floatSrc(im) + ")"
	case 8:
		n := g.next(10)
		return py.Int(n), strconv.Itoa(n)
	case 9, 10:
		items, srcs := g.items(depth)
		if len(items) == 1 {
			return py.Tuple(items), "(" + srcs[0] + ",)"
		}
		return py.Tuple(items), "(" + strings.Join(srcs, ", ") + ")"
	case 11, 12:
		items, srcs := g.items(depth)
		return py.NewListFromItems(items), "[" + strings.Join(srcs, ", ") + "]"
	case 13:
		d := py.StringDict{}
		srcOf := map[string]string{}
		n := g.next(4)
		for i := 0; i < n; i++ {
			k, ksrc := g.str()
			v, vsrc := g.value(depth + 1)
			d[k] = v
			srcOf[k] = ksrc + ": " + vsrc
		}
		keys := make([]string, 0, len(d))
		for k := range d {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		parts := make([]string, len(keys))
		for i, k := range keys {
			parts[i] = srcOf[k]
		}
		return d, "{" + strings.Join(parts, ", ") + "}"
	case 14:
		members, src := g.ints()
		if len(members) == 0 {
			return py.NewSet(), "set()"
		}
		return py.NewSetFromItems(members), "{" + src + "}"
	case 15:
		members, src := g.ints()
		return py.NewFrozenSetFromItems(members), "frozenset([" + src + "])"
	default:
		items, srcs := g.items(depth)
		name, base := "ValueError", py.ValueError
		if g.next(2) == 0 {
			name, base = "KeyError", py.KeyError
		}
		return &py.Exception{Base: base, Args: py.Tuple(items)}, name + "(" + strings.Join(srcs, ", ") + ")"
	}
}

func (g *gen) items(depth int) ([]py.Object, []string) {
	n := g.next(4)
	items := make([]py.Object, 0, n)
	srcs := make([]string, 0, n)
	for i := 0; i < n; i++ {
		v, src := g.value(depth + 1)
		items = append(items, v)
		srcs = append(srcs, src)
	}
	return items, srcs
}

// ints returns distinct set members below 8, whose CPython order is
// ascending whatever the insertion order (each sits in its own slot).
func (g *gen) ints() ([]py.Object, string) {
	seen := map[int]bool{}
	var members []py.Object
	var srcs []string
	for i, n := 0, g.next(5); i < n; i++ {
		v := g.next(8)
		if seen[v] {
			continue
		}
		seen[v] = true
		members = append(members, py.Int(v))
		srcs = append(srcs, strconv.Itoa(v))
	}
	return members, strings.Join(srcs, ", ")
}
