package codecache_test

import (
	"fmt"
	"testing"
	"unsafe"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/codecache"
	"github.com/gpython-ssl/gpython-ssl/internal/codecache/modlist"
)

// TestDecodeMatchesCompiler reads every module of the embedded cache with
// Decode: each code object must be the one the compiler makes from the
// module's source, field by field.
func TestDecodeMatchesCompiler(t *testing.T) {
	mods, err := modlist.Modules()
	require.NoError(t, err)
	read := 0
	for _, m := range mods {
		buf := codecache.Lookup(m.Name, m.Src)
		if buf == nil {
			continue
		}
		want, err := modlist.CompileCode(m)
		require.NoError(t, err, m.Name)
		got, err := codecache.Decode(buf)
		require.NoError(t, err, m.Name)
		require.Empty(t, diff(want, got, m.Name))
		read++
	}
	require.Greater(t, read, 100, "modules found in the embedded cache")
}

// TestDecodeSharesEmbeddedStrings checks that a cache entry's strings are
// read in place, and that a buffer from elsewhere is copied (the caller
// may change it afterwards).
func TestDecodeSharesEmbeddedStrings(t *testing.T) {
	mods, err := modlist.Modules()
	require.NoError(t, err)
	var buf []byte
	for _, m := range mods {
		if buf = codecache.Lookup(m.Name, m.Src); buf != nil {
			break
		}
	}
	require.NotNil(t, buf)
	s := codecache.StringsShared(buf)
	require.Equal(t, unsafe.Pointer(unsafe.SliceData(buf)), unsafe.Pointer(unsafe.StringData(s)))

	own := append([]byte(nil), buf...)
	c := codecache.StringsShared(own)
	require.Equal(t, string(own), c)
	require.NotEqual(t, unsafe.Pointer(unsafe.SliceData(own)), unsafe.Pointer(unsafe.StringData(c)))
	co, err := codecache.Decode(own)
	require.NoError(t, err)
	name := co.Name
	for i := range own {
		own[i] = 0
	}
	require.Equal(t, name, co.Name, "a decoded string changed with the caller's buffer")
}

// TestDecodeMalformed feeds Decode truncated and corrupted cache entries:
// each must give an error or a code object, never a panic.
func TestDecodeMalformed(t *testing.T) {
	mods, err := modlist.Modules()
	require.NoError(t, err)
	var buf []byte
	for _, m := range mods {
		if m.Name == "keyword" {
			buf = codecache.Lookup(m.Name, m.Src)
		}
	}
	require.NotNil(t, buf, "keyword in the cache")
	for n := 0; n < len(buf); n += 1 + n/50 {
		_, err := codecache.Decode(buf[:n])
		require.Error(t, err, "truncated at %d", n)
	}
	for i := 0; i < len(buf); i += 1 + i/100 {
		for _, b := range []byte{0, 0x7f, 0xff, 'c', '(', 'l'} {
			bad := append([]byte(nil), buf...)
			bad[i] = b
			require.NotPanics(t, func() { _, _ = codecache.Decode(bad) }, fmt.Sprintf("byte %d set to %#x", i, b))
		}
	}
	// Nesting beyond any compiled module's is refused, not recursed into.
	deep := make([]byte, 0, 200_002)
	for i := 0; i < 100_000; i++ {
		deep = append(deep, ')', 1)
	}
	deep = append(deep, 'N')
	_, err = codecache.Decode(append([]byte{'c', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 's', 0, 0, 0, 0}, deep...))
	require.Error(t, err)
}

// FuzzDecode: whatever the bytes, Decode returns an error or a code
// object, and a code object it returns that Encode can write comes back
// the same from Encode's output.
func FuzzDecode(f *testing.F) {
	mods, err := modlist.Modules()
	if err != nil {
		f.Fatal(err)
	}
	for _, m := range mods {
		if m.Name == "keyword" || m.Name == "this" {
			if buf := codecache.Lookup(m.Name, m.Src); buf != nil {
				f.Add(buf)
			}
		}
	}
	f.Add([]byte("c"))
	f.Fuzz(func(t *testing.T, data []byte) {
		co, err := codecache.Decode(data)
		if err != nil {
			return
		}
		again, err := codecache.Encode(co)
		if err != nil {
			return // a constant the cache never holds (a list, a dict)
		}
		back, err := codecache.Decode(again)
		if err != nil {
			t.Fatal(err)
		}
		if d := diff(co, back, "co"); d != "" {
			t.Fatal(d)
		}
	})
}

// TestDecodeCellsPastArguments: a code object whose argument count
// reaches past its variable names while it has cells is refused with an
// error (py.NewCode would index past the names and panic).
func TestDecodeCellsPastArguments(t *testing.T) {
	co := py.NewCode(1, 0, 2, 1, 0, py.String("d\x00S\x00"), py.Tuple{py.None},
		py.Tuple{}, py.Tuple{py.String("a"), py.String("g")}, py.Tuple{}, py.Tuple{py.String("b")},
		py.String("<t>"), py.String("f"), 1, py.String(""))
	buf, err := codecache.Encode(co)
	require.NoError(t, err)
	_, err = codecache.Decode(buf)
	require.NoError(t, err)
	co.Argcount = 5
	buf, err = codecache.Encode(co)
	require.NoError(t, err)
	require.NotPanics(t, func() { _, err = codecache.Decode(buf) })
	require.Error(t, err)
}
