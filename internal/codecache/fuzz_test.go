package codecache_test

import (
	"encoding/binary"
	"errors"
	"math"
	"math/big"
	"testing"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/codecache"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// treeGen builds a tree of constants from fuzz input, one byte choosing
// each node.
type treeGen struct {
	data []byte
}

func (g *treeGen) byte() byte {
	if len(g.data) == 0 {
		return 0
	}
	b := g.data[0]
	g.data = g.data[1:]
	return b
}

func (g *treeGen) bytes(n int) []byte {
	n = min(n, len(g.data))
	b := g.data[:n]
	g.data = g.data[n:]
	return b
}

func (g *treeGen) u64() uint64 {
	var b [8]byte
	copy(b[:], g.bytes(8))
	return binary.LittleEndian.Uint64(b[:])
}

// object returns a constant; hashable ones only when inSet, as frozenset
// members must be.
func (g *treeGen) object(depth int, inSet bool) py.Object {
	kind := g.byte() % 15
	if depth > 4 && kind >= 10 {
		kind %= 10
	}
	switch kind {
	case 0:
		return py.None
	case 1:
		return py.Bool(g.byte()&1 == 1)
	case 2:
		return py.Ellipsis
	case 3:
		return py.Int(int32(g.u64()))
	case 4:
		return py.Int(int64(g.u64()))
	case 5:
		// Beyond int64: compiled code holds a *py.BigInt only there.
		n := new(big.Int).SetBytes(g.bytes(int(g.byte() % 40)))
		n.Add(n, new(big.Int).Lsh(big.NewInt(1), 64))
		if g.byte()&1 == 1 {
			n.Neg(n)
		}
		return (*py.BigInt)(n)
	case 6:
		return py.Float(math.Float64frombits(g.u64()))
	case 7:
		return py.Complex(complex(math.Float64frombits(g.u64()), math.Float64frombits(g.u64())))
	case 8:
		return py.String(g.bytes(int(g.byte())))
	case 9:
		return py.String(g.bytes(int(g.byte()) * 3))
	case 10:
		if inSet {
			return py.String("")
		}
		return g.tuple(depth)
	case 12:
		if inSet {
			return py.String("") // Encode refuses bytes in a frozenset
		}
		return py.Bytes(g.bytes(int(g.byte())))
	case 13:
		if inSet {
			return py.None
		}
		// A tuple shaped like the pair Encode writes for bytes.
		return py.Tuple{py.String("\x00codecache:bytes"), py.String(g.bytes(int(g.byte() % 8)))}
	case 11:
		// The compiler's frozenset, or now and then gpython's.
		items := make([]py.Object, 0, 6)
		for n := int(g.byte() % 6); n > 0; n-- {
			items = append(items, g.object(depth+1, true))
		}
		s := vm.NewFrozenSet()
		for _, item := range items {
			if err := s.Add(item); err != nil {
				panic(err) // every member made with inSet is hashable
			}
		}
		if g.byte()%4 == 0 {
			// Members kept distinct by Python's equality (True == 1).
			return py.NewFrozenSetFromItems(s.Items())
		}
		return s
	default:
		return g.code(depth + 1)
	}
}

func (g *treeGen) tuple(depth int) py.Tuple {
	n := int(g.byte() % 8)
	if g.byte() == 255 {
		n = 300 // a tuple too long for the short form
	}
	t := make(py.Tuple, 0, n)
	for i := 0; i < n; i++ {
		t = append(t, g.object(depth+1, false))
	}
	return t
}

func (g *treeGen) names() py.Tuple {
	var t py.Tuple
	for n := int(g.byte() % 4); n > 0; n-- {
		t = append(t, py.String(g.bytes(int(g.byte()%12))))
	}
	return t
}

// code returns a code object gpython accepts: its arguments are among its
// local names (py.NewCode looks them up to map cells to arguments).
func (g *treeGen) code(depth int) *py.Code {
	ints := make([]int32, 4)
	for i := range ints {
		ints[i] = int32(g.u64()) & math.MaxInt32
	}
	flags := ints[1] &^ (py.CO_VARARGS | py.CO_VARKEYWORDS)
	code, consts, names := py.String(g.bytes(int(g.byte()))), g.tuple(depth), g.names()
	varnames, freevars, cellvars := g.names(), g.names(), g.names()
	if len(varnames) > 0 && len(cellvars) > 0 && g.byte()&1 == 1 {
		cellvars[0] = varnames[0] // a cell that is an argument
	}
	argcount := int32(len(varnames)) / 2
	kwonly := int32(len(varnames)) - argcount
	return py.NewCode(argcount, kwonly, ints[0], ints[2], flags,
		code, consts, names, varnames, freevars, cellvars,
		py.String(g.bytes(int(g.byte()%20))), py.String(g.bytes(int(g.byte()%20))), ints[3],
		py.String(g.bytes(int(g.byte()))))
}

// FuzzEncode encodes code objects holding generated constant trees and
// reads them back with Decode: every constant it accepts must come back
// equal, and it may refuse only what Decode cannot return (negative ints
// beyond 32 bits, a tuple shaped like the pair written for bytes).
func FuzzEncode(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{12, 5, 3, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
	f.Add([]byte{10, 5, 8, 11, 3, 3, 6, 7, 1, 2, 12, 12, 12})
	f.Add([]byte{10, 255, 255, 5, 8, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 1})
	f.Fuzz(func(t *testing.T, data []byte) {
		g := &treeGen{data: data}
		co := g.code(0)
		buf, err := codecache.Encode(co)
		var unenc *codecache.UnencodableError
		if errors.As(err, &unenc) {
			if !refusable(unenc.Value) {
				t.Fatalf("refused %#v", unenc.Value)
			}
			return
		}
		if err != nil {
			t.Fatal(err)
		}
		if d := diff(co, decode(t, buf), "co"); d != "" {
			t.Fatal(d)
		}
	})
}

// refusable reports whether Encode may refuse constant v.
func refusable(v py.Object) bool {
	if n, ok := asBig(v); ok {
		return n.Sign() < 0
	}
	if s, ok := v.(py.String); ok {
		// Bytes no str holds (a stray byte beyond UTF-8 and its
		// three-byte surrogates): the generator's raw bytes make some.
		return strayByte(string(s))
	}
	t, ok := v.(py.Tuple)
	return ok && len(t) == 2 && t[0] == py.String("\x00codecache:bytes")
}

// strayByte reports whether s holds a byte that is neither part of a
// UTF-8 character nor of a lone surrogate's three-byte form (which
// DecodeWTF8 reads as U+DC80, one byte wide).
func strayByte(s string) bool {
	for i := 0; i < len(s); {
		r, w := pyutil.DecodeWTF8(s[i:])
		if r == 0xDC80 && w == 1 {
			return true
		}
		i += w
	}
	return false
}
