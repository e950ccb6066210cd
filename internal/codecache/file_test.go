package codecache_test

import (
	"math"
	"math/big"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/codecache"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

func TestFileLookup(t *testing.T) {
	data, err := codecache.Build([]codecache.Entry{
		{Name: "b.c", Source: "x = 1\n", Code: []byte("code of b.c")},
		{Name: "a", Source: "", Code: []byte("code of a")},
	})
	require.NoError(t, err)
	f, err := codecache.Parse(data)
	require.NoError(t, err)
	require.Equal(t, []string{"a", "b.c"}, f.Names())
	for _, tc := range []struct {
		name, src, want string
	}{
		{"b.c", "x = 1\n", "code of b.c"},
		{"a", "", "code of a"},
		{"b.c", "x = 2\n", ""},   // same length, other source
		{"b.c", "x = 1\n\n", ""}, // other length
		{"c", "x = 1\n", ""},     // not in the file
	} {
		require.Equal(t, tc.want, string(f.Code(tc.name, tc.src)), "%s %q", tc.name, tc.src)
	}
	var none *codecache.File
	require.Nil(t, none.Code("a", ""))
}

func TestBuildRefuses(t *testing.T) {
	for _, entries := range [][]codecache.Entry{
		{{Name: ""}},
		{{Name: "a"}, {Name: "a"}},
	} {
		_, err := codecache.Build(entries)
		require.Error(t, err)
	}
}

// FuzzParse: a damaged file is refused or read, never a panic, and what
// is read lies inside the file.
func FuzzParse(f *testing.F) {
	good, err := codecache.Build([]codecache.Entry{{Name: "m", Source: "pass\n", Code: []byte("xyz")}})
	require.NoError(f, err)
	f.Add(good)
	f.Add(good[:len(good)-1])
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := codecache.Parse(data)
		if err != nil {
			return
		}
		for _, name := range file.Names() {
			_ = file.Code(name, "pass\n")
		}
	})
}

// TestBytesConstants: bytes constants, alone, nested in tuples and in
// nested code, come back as bytes, and a tuple shaped like the pairs the
// cache's format once wrote for them comes back a tuple.
func TestBytesConstants(t *testing.T) {
	inner := py.NewCode(0, 0, 0, 1, 0, py.String("d\x00S\x00"), py.Tuple{py.Bytes("\xff\x00inner")},
		py.Tuple{}, py.Tuple{}, py.Tuple{}, py.Tuple{}, py.String("<t>"), py.String("f"), 1, py.String(""))
	co := py.NewCode(0, 0, 0, 1, 0, py.String("d\x00S\x00"),
		py.Tuple{py.Bytes(""), py.Bytes("\x80abc"), py.Tuple{py.Bytes("x"), py.String("x"), py.Tuple{py.Bytes("y")}}, inner, py.String("s"),
			py.Tuple{py.Tuple{py.String("a"), py.Int(1)}, py.Tuple{py.Bytes("z")}}, py.Tuple{py.Tuple{py.Tuple{}}, py.String("b")}},
		py.Tuple{}, py.Tuple{}, py.Tuple{}, py.Tuple{}, py.String("<t>"), py.String("<module>"), 1, py.String(""))
	buf, err := codecache.Encode(co)
	require.NoError(t, err)
	got, err := codecache.Decode(buf)
	require.NoError(t, err)
	require.Equal(t, py.Bytes(""), got.Consts[0])
	require.Equal(t, py.Bytes("\x80abc"), got.Consts[1])
	require.Equal(t, py.Tuple{py.Bytes("x"), py.String("x"), py.Tuple{py.Bytes("y")}}, got.Consts[2])
	require.Equal(t, py.Bytes("\xff\x00inner"), got.Consts[3].(*py.Code).Consts[0])
	require.Equal(t, py.String("s"), got.Consts[4])
	// nested tuples, which the compiler folds from constant displays
	require.Equal(t, py.Tuple{py.Tuple{py.String("a"), py.Int(1)}, py.Tuple{py.Bytes("z")}}, got.Consts[5])
	require.Equal(t, py.Tuple{py.Tuple{py.Tuple{}}, py.String("b")}, got.Consts[6])

	pair := py.Tuple{py.String("\x00codecache:bytes"), py.String("x")}
	co.Consts = py.Tuple{pair}
	buf, err = codecache.Encode(co)
	require.NoError(t, err)
	got, err = codecache.Decode(buf)
	require.NoError(t, err)
	require.Equal(t, pair, got.Consts[0])
}

// TestNegativeIntConstants: ints below -2**31, which constant folding
// puts in co_consts (-2**63), come back negative, alone, in tuples and in
// a frozenset; a tuple shaped like the pairs the cache's format once
// wrote for them comes back a tuple.
func TestNegativeIntConstants(t *testing.T) {
	huge := new(big.Int).Lsh(big.NewInt(-1), 100)
	cases := py.Tuple{py.Int(-1 << 31), py.Int(-1<<31 - 1), py.Int(math.MinInt64), (*py.BigInt)(huge),
		py.Tuple{py.Int(-5_000_000_000), py.Tuple{(*py.BigInt)(huge), py.Int(7)}}}
	co := py.NewCode(0, 0, 0, 1, 0, py.String("d\x00S\x00"), cases,
		py.Tuple{}, py.Tuple{}, py.Tuple{}, py.Tuple{}, py.String("<t>"), py.String("<module>"), 1, py.String(""))
	buf, err := codecache.Encode(co)
	require.NoError(t, err)
	got, err := codecache.Decode(buf)
	require.NoError(t, err)
	for i, want := range cases {
		eq, err := py.Eq(want, got.Consts[i])
		require.NoError(t, err)
		require.Equal(t, py.True, eq, "constant %d: want %v, got %v", i, want, got.Consts[i])
	}

	pair := py.Tuple{py.String("\x00codecache:negint"), py.Int(3)}
	co.Consts = py.Tuple{py.NewFrozenSetFromItems([]py.Object{py.Int(-5_000_000_000)}), pair}
	buf, err = codecache.Encode(co)
	require.NoError(t, err)
	got, err = codecache.Decode(buf)
	require.NoError(t, err)
	set, ok := got.Consts[0].(*vm.Set)
	require.True(t, ok, "frozenset came back as %T", got.Consts[0])
	require.Equal(t, []py.Object{py.Int(-5_000_000_000)}, set.Items())
	require.Equal(t, pair, got.Consts[1])
}

// TestLongAndFrozenSetConstants: a long within int64 comes back a py.Int
// (as the compiler makes it), and a frozenset
// constant comes back as the compiler's, its members restored, so that
// `x in {2**40}` finds an int x.
func TestLongAndFrozenSetConstants(t *testing.T) {
	huge := new(big.Int).Lsh(big.NewInt(1), 100)
	inner := vm.NewFrozenSet()
	require.NoError(t, inner.Add(py.Int(1<<40)))
	outer := vm.NewFrozenSet()
	for _, item := range []py.Object{py.Int(1 << 40), (*py.BigInt)(huge), inner, py.String("s")} {
		require.NoError(t, outer.Add(item))
	}
	co := py.NewCode(0, 0, 0, 1, 0, py.String("d\x00S\x00"), py.Tuple{py.Int(1 << 40), outer},
		py.Tuple{}, py.Tuple{}, py.Tuple{}, py.Tuple{}, py.String("<t>"), py.String("<module>"), 1, py.String(""))
	buf, err := codecache.Encode(co)
	require.NoError(t, err)
	got, err := codecache.Decode(buf)
	require.NoError(t, err)
	require.Equal(t, py.Int(1<<40), got.Consts[0])
	set, ok := got.Consts[1].(*vm.Set)
	require.True(t, ok, "frozenset came back as %T", got.Consts[1])
	require.Equal(t, vm.FrozenSetType, set.Type())
	require.Equal(t, 4, set.Len())
	for _, member := range []py.Object{py.Int(1 << 40), (*py.BigInt)(huge), inner, py.String("s")} {
		found, err := set.Contains(member)
		require.NoError(t, err)
		require.True(t, found, "%v missing", member)
	}
	for _, item := range set.Items() {
		if s, ok := item.(*vm.Set); ok {
			require.Equal(t, []py.Object{py.Int(1 << 40)}, s.Items())
		}
	}

	var unenc *codecache.UnencodableError
	co.Consts = py.Tuple{vm.NewSet()}
	_, err = codecache.Encode(co)
	require.ErrorAs(t, err, &unenc, "a mutable set is never a constant")
}
