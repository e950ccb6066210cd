package codecache_test

import (
	"errors"
	"fmt"
	"regexp"
	"sort"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/require"

	// Every module, for the sample modules' imports; py.NewContext.
	_ "github.com/gpython-ssl/gpython-ssl"
	"github.com/gpython-ssl/gpython-ssl/internal/codecache"
	"github.com/gpython-ssl/gpython-ssl/internal/codecache/modlist"
)

// TestRoundTrip compiles every embedded module, encodes its code and reads
// it back with Decode: every field of every code object, nested
// ones included, must come back equal.
func TestRoundTrip(t *testing.T) {
	mods, err := modlist.Modules()
	require.NoError(t, err)
	encoded := 0
	for _, m := range mods {
		co, err := modlist.CompileCode(m)
		require.NoError(t, err, m.Name)
		buf, err := codecache.Encode(co)
		var unenc *codecache.UnencodableError
		if errors.As(err, &unenc) {
			continue
		}
		require.NoError(t, err, m.Name)
		encoded++
		require.Empty(t, diff(co, decode(t, buf), m.Name))
	}
	// No constant the compiler makes stops a module today; a drop means
	// Encode refuses something new.
	require.Greater(t, encoded, len(mods)*9/10, "modules encoded of %d", len(mods))
}

// TestRunDecoded runs a sample of modules twice, from compiled and from
// decoded code: their globals must have the same names, with values of
// the same types and, for data, the same reprs.
func TestRunDecoded(t *testing.T) {
	sample := map[string]bool{"keyword": true, "string": true, "textwrap": true, "collections": true,
		"enum": true, "heapq": true, "fnmatch": true, "calendar": true, "ssl": true, "ipaddress": true,
		"urllib.parse": true, "collections.abc": true, "io": true} // the last three hold bytes constants
	mods, err := modlist.Modules()
	require.NoError(t, err)
	ran := 0
	for _, m := range mods {
		if !sample[m.Name] {
			continue
		}
		co, err := modlist.CompileCode(m)
		require.NoError(t, err)
		buf, err := codecache.Encode(co)
		require.NoError(t, err, m.Name)
		want := runModule(t, m, co)
		got := runModule(t, m, decode(t, buf).(*py.Code))
		require.Equal(t, want, got, m.Name)
		ran++
	}
	require.Equal(t, len(sample), ran)
}

// runModule runs co as a fresh module m and describes its
// globals: each name with its value's type, and the repr of data.
func runModule(t *testing.T, m modlist.Module, co *py.Code) []string {
	t.Helper()
	ctx := py.NewContext(py.DefaultContextOpts())
	defer ctx.Close()
	module, err := ctx.Store().NewModule(ctx, &py.ModuleImpl{Info: py.ModuleInfo{Name: m.Name, FileDesc: m.FileDesc}})
	require.NoError(t, err)
	// Some modules find themselves in sys.modules while they run.
	sys, err := ctx.GetModule("sys")
	require.NoError(t, err)
	_, err = py.SetItem(sys.Globals["modules"], py.String(m.Name), module)
	require.NoError(t, err)
	_, err = ctx.RunCode(co, module.Globals, module.Globals, nil)
	require.NoError(t, err, m.Name)
	var out []string
	for name, v := range module.Globals {
		line := fmt.Sprintf("%s %s", name, v.Type().Name)
		switch v.(type) {
		case py.Int, *py.BigInt, py.Float, py.String, py.Bytes, py.Bool, py.NoneType, py.Tuple, *py.FrozenSet, *py.List:
			r, err := py.Repr(v)
			require.NoError(t, err)
			line += " " + addresses.ReplaceAllString(string(r.(py.String)), "at 0x?")
		}
		out = append(out, line)
	}
	sort.Strings(out)
	return out
}

// addresses are the object addresses in reprs, which differ between runs.
var addresses = regexp.MustCompile(`at 0x[0-9a-f]+`)
