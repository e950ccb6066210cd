package ssl_test

import (
	"encoding/json"
	"sort"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// ecConstDump is Python printing, as JSON, every constant of _ssl (ints,
// bools, strs, tuples and lists with upper-case names) plus the two ssl.py
// names this project defines in _ssl.
const ecConstDump = `import _ssl, ssl, json
d = {}
for k, v in vars(_ssl).items():
    if k.startswith('__') or callable(v) or isinstance(v, dict):
        continue
    if isinstance(v, bool):
        d[k] = ['bool', v]
    elif isinstance(v, int):
        d[k] = ['int', v]
    elif isinstance(v, str):
        d[k] = ['str', v]
    elif isinstance(v, (tuple, list)):
        d[k] = ['seq', list(v)]
    else:
        d[k] = ['other', repr(v)]
d['CHANNEL_BINDING_TYPES'] = ['seq', list(ssl.CHANNEL_BINDING_TYPES)]
d['HAS_NEVER_CHECK_COMMON_NAME'] = ['bool', ssl.HAS_NEVER_CHECK_COMMON_NAME]
print(json.dumps(d))
`

// ecKnownDifferences lists the names whose value or presence differs from
// CPython 3.11's _ssl on purpose.
var ecKnownDifferences = map[string]string{}

// ecNewer lists the constants of CPython 3.12/3.13 that 3.11's _ssl lacks;
// tests/ssl37_versions_test.go compares them with CPython 3.13.
var ecNewer = map[string]string{
	"OP_ENABLE_KTLS":           "3.12",
	"OP_LEGACY_SERVER_CONNECT": "3.12",
	"HAS_PSK":                  "3.13",
}

// ecMissing lists CPython 3.11 _ssl names we do not define, with why.
var ecMissing = map[string]string{
	// Dicts keyed by tuples and ints: gpython dicts take str keys only.
	// The same data answers Error.Library()/ReasonName() in Go.
	"err_codes_to_names": "gpython dicts need str keys",
	"lib_codes_to_names": "gpython dicts need str keys",
	"err_names_to_codes": "values are (lib, reason) tuples of the table above; not needed by ssl.py",
}

// ecToJSONish converts a gpython global to the JSON shape of ecConstDump.
func ecToJSONish(t *testing.T, v py.Object) []any {
	switch x := v.(type) {
	case py.Bool:
		return []any{"bool", bool(x)}
	case py.Int:
		return []any{"int", float64(x)}
	case py.String:
		return []any{"str", string(x)}
	case py.Tuple:
		return []any{"seq", ecSeq(t, x)}
	case *py.List:
		return []any{"seq", ecSeq(t, x.Items)}
	case py.I__index__:
		// An enum member the enum code put in place of the plain int
		// (CPython's _ssl holds ints; the values must agree).
		i, err := x.M__index__()
		require.NoError(t, err)
		return []any{"int", float64(i)}
	}
	return []any{"other", v.Type().Name}
}

func ecSeq(t *testing.T, items []py.Object) []any {
	out := []any{}
	for _, it := range items {
		out = append(out, ecToJSONish(t, it)[1])
	}
	return out
}

// TestConstantsDifferential compares every constant of our _ssl with
// python3's: names, per-prefix name sets and values.
func TestConstantsDifferential(t *testing.T) {
	var want map[string][]any
	require.NoError(t, json.Unmarshal([]byte(ecPython3(t, ecConstDump)), &want))
	impl := py.GetModuleImpl("_ssl")
	require.NotNil(t, impl)
	compared, differ := 0, 0
	for name, w := range want {
		if why, ok := ecMissing[name]; ok {
			assert.NotContains(t, impl.Globals, name, "listed as missing (%s) but defined", why)
			continue
		}
		g, ok := impl.Globals[name]
		if !assert.True(t, ok, "_ssl.%s missing", name) {
			continue
		}
		got := ecToJSONish(t, g)
		if why, ok := ecKnownDifferences[name]; ok {
			differ++
			t.Logf("known difference %s (%s): ours %v, CPython %v", name, why, got, w)
			continue
		}
		compared++
		assert.Equal(t, w, got, "_ssl.%s", name)
	}
	// Names we define that CPython 3.11's _ssl lacks would be extras.
	var extra []string
	for name, v := range impl.Globals {
		if _, ok := want[name]; ok {
			continue
		}
		if _, ok := ecNewer[name]; ok {
			continue
		}
		if strings.ToUpper(name[:1]) != name[:1] {
			continue
		}
		switch v.(type) {
		case py.Int, py.Bool, py.String, py.Tuple, *py.List, py.I__index__:
			extra = append(extra, name)
		}
	}
	sort.Strings(extra)
	assert.Empty(t, extra, "constants CPython 3.11 does not have")
	t.Logf("%d constants equal to python3's, %d known differences, %d CPython names absent by design", compared, differ, len(ecMissing))
	assert.GreaterOrEqual(t, compared, 100)
}

// TestConstantsThroughPython reads a few constants the way a script does.
func TestConstantsThroughPython(t *testing.T) {
	src := `import _ssl
print(int(_ssl.CERT_REQUIRED), int(_ssl.PROTOCOL_TLS_CLIENT), int(_ssl.SSL_ERROR_EOF))
try:
    cbt = _ssl.CHANNEL_BINDING_TYPES
except AttributeError:
    import ssl
    cbt = ssl.CHANNEL_BINDING_TYPES
print(_ssl.OP_ALL == _ssl.OP_ALL | 0, _ssl.HAS_SNI, cbt)
print(_ssl.OPENSSL_VERSION_INFO[0] >= 3, _ssl.OPENSSL_VERSION.startswith('OpenSSL '))
`
	gpy, py3 := ecBoth(t, src)
	assert.Equal(t, py3, gpy)
}
