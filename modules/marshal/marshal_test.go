package marshal_test

import (
	"errors"
	"math/big"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	_ "github.com/gpython-ssl/gpython-ssl" // every module and the loop
	"github.com/gpython-ssl/gpython-ssl/modules/marshal"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

func bigInt(s string) py.Object {
	n, ok := new(big.Int).SetString(s, 10)
	if !ok {
		panic(s)
	}
	return (*py.BigInt)(n)
}

// TestDumpsMatchesCPython36 holds bytes CPython 3.6's marshal.dumps wrote
// for the same values (format version 4, top-level value flagged).
func TestDumpsMatchesCPython36(t *testing.T) {
	list := &py.List{Items: []py.Object{py.Int(1), py.Int(2)}}
	cases := []struct {
		name    string
		value   py.Object
		version int
		want    string
	}{
		{"none", py.None, 4, "N"},
		{"true", py.True, 4, "T"},
		{"small int", py.Int(1), 4, "\xe9\x01\x00\x00\x00"},
		{"negative int", py.Int(-5), 4, "\xe9\xfb\xff\xff\xff"},
		{"int beyond 32 bits", py.Int(1 << 40), 4, "\xec\x03\x00\x00\x00\x00\x00\x00\x00\x00\x04"},
		{"big int", (*py.BigInt)(new(big.Int).Lsh(big.NewInt(1), 100)), 4, "\xec\x07\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x04"},
		{"float", py.Float(1.5), 4, "\xe7\x00\x00\x00\x00\x00\x00\xf8?"},
		{"complex", py.Complex(1i), 4, "\xf9\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\xf0?"},
		{"identifier", py.String("abc"), 4, "\xda\x03abc"},
		{"non-ascii", py.String("h\u00e9"), 4, "\xf5\x03\x00\x00\x00h\xc3\xa9"},
		{"surrogate", py.String("\xed\xa0\x80"), 4, "\xf5\x03\x00\x00\x00\xed\xa0\x80"},
		{"bytes", py.Bytes("xy"), 4, "\xf3\x02\x00\x00\x00xy"},
		{"tuple", py.Tuple{py.Int(1), py.Int(2)}, 4, "\xa9\x02\xe9\x01\x00\x00\x00\xe9\x02\x00\x00\x00"},
		{"repeated string", py.Tuple{py.String("a"), py.String("a")}, 4, "\xa9\x02\xda\x01ar\x01\x00\x00\x00"},
		{"list", list, 4, "\xdb\x02\x00\x00\x00\xe9\x01\x00\x00\x00\xe9\x02\x00\x00\x00"},
		{"shared list", &py.List{Items: []py.Object{list, list}}, 4, "\xdb\x02\x00\x00\x00\xdb\x02\x00\x00\x00\xe9\x01\x00\x00\x00\xe9\x02\x00\x00\x00r\x01\x00\x00\x00"},
		{"version 2", py.Tuple{py.Float(1.5), py.String("abc")}, 2, "(\x02\x00\x00\x00g\x00\x00\x00\x00\x00\x00\xf8?u\x03\x00\x00\x00abc"},
		{"version 1 float", py.Float(1.5), 1, "f\x031.5"},
		{"version 3 interned", py.String("abc"), 3, "\xf4\x03\x00\x00\x00abc"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got, err := marshal.Dumps(c.value, c.version)
			require.NoError(t, err)
			assert.Equal(t, c.want, string(got))
		})
	}
}

// TestRoundTrip reads back what Dumps writes, in every version.
func TestRoundTrip(t *testing.T) {
	d := vm.NewDict(0)
	require.NoError(t, d.SetItem(py.String("k"), py.Int(3)))
	require.NoError(t, d.SetItem(py.Int(7), py.Tuple{}))
	values := []py.Object{py.None, py.False, py.Ellipsis, py.StopIteration, py.Int(-1 << 40), bigInt("-99999999999999999999999"),
		py.Float(-0.25), py.Complex(2 - 3i), py.String(""), py.String("\u4e2d"), py.Bytes{}, py.Tuple{py.Int(1), py.String("x")}, d}
	for version := 0; version <= 4; version++ {
		for _, v := range values {
			data, err := marshal.Dumps(v, version)
			require.NoError(t, err)
			back, err := marshal.Loads(data)
			require.NoError(t, err)
			want, err := vm.Repr(v)
			require.NoError(t, err)
			got, err := vm.Repr(back)
			require.NoError(t, err)
			assert.Equal(t, want, got, "version %d", version)
		}
	}
}

// FuzzLoads feeds arbitrary data to Loads: a value or one of the
// exceptions CPython 3.6 raises for bad data, never a panic; a value read
// can be written again.
func FuzzLoads(f *testing.F) {
	for _, seed := range []string{"N", "\xe9\x01\x00\x00\x00", "\xa9\x01r\x00\x00\x00\x00", "{\xda\x01k[\x01\x00\x00\x00N0",
		"l\x02\x00\x00\x00\x01\x00\x01\x00", "<\x02\x00\x00\x00\xe9\x01\x00\x00\x00r\x00\x00\x00\x00", "u\x02\x00\x00\x00\xff\xfe",
		"f\x03nan", "(\xff\xff\xff\x7f", "c\x00\x00\x00\x00"} {
		f.Add([]byte(seed))
	}
	allowed := []*py.Type{py.EOFError, py.ValueError, py.TypeError, py.UnicodeDecodeError, py.SystemError}
	f.Fuzz(func(t *testing.T, data []byte) {
		v, err := marshal.Loads(data)
		if err != nil {
			var exc *py.Exception
			require.True(t, errors.As(err, &exc), "not a Python exception: %v", err)
			ok := false
			for _, a := range allowed {
				ok = ok || exc.Type().IsSubtype(a)
			}
			assert.True(t, ok, "unexpected %s: %v", exc.Type().Name, err)
			return
		}
		_, _ = marshal.Dumps(v, 4)
	})
}
