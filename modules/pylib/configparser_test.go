package pylib_test

import (
	"os"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// configparser against CPython 3.6: testdata/configparser_behaviour.py
// reads configurations (DEFAULT, continuation lines, comments, both
// delimiters), gets values with and without interpolation (basic and
// extended, their three errors), converts them, changes and writes
// them back, uses the mapping protocol of the parser and its sections,
// and prints every parsing and lookup error's class, message and args.
func TestConfigparserDiffCPython36(t *testing.T) {
	src, err := os.ReadFile("testdata/configparser_behaviour.py")
	require.NoError(t, err)
	want := pytesting.CPython36Output(t, "configparser_behaviour", string(src))
	got, err := pytesting.RunGuarded(t, string(src))
	require.NoError(t, err, "output so far:\n%s", got)
	assert.Equal(t, want, got)
}

// Custom converters on the parser and on its section proxies (given at
// construction, added and removed later), and the errors raised "from
// None" (no context shown, __suppress_context__ set).
const configparserConvertersPrelude = pytesting.ShowRepr + `import configparser, decimal
P = configparser.ConfigParser(converters={"len": len, "list": lambda v: [x.strip() for x in v.split(",")]})
P.read_string("""
[s]
a = one, two ,three
n = 1.5
ref = %(missing)s
[DEFAULT]
d = x
""")
def ctx(f):
    try:
        f()
    except Exception as e:
        return type(e).__name__, str(e), e.__suppress_context__
`

var configparserConvertersCases = []pytesting.Case{
	{"parser getters", `(P.getlen("s", "a"), P.getlist("s", "a"), P.getlen("s", "nope", fallback=-1))`},
	{"proxy getters", `(P["s"].getlen("a"), P["s"].getlist("a"), P["s"].getlen("nope", 7), P["DEFAULT"].getlen("d"), P["s"].getint("nope", 3))`},
	{"converter names", `sorted(P.converters)`},
	{"added later", `(P.converters.__setitem__("decimal", decimal.Decimal), P["s"].getdecimal("n"), P.getdecimal("s", "n"), P.add_section("t"), hasattr(P["t"], "getdecimal"))`},
	{"removed", `(P.converters.__delitem__("decimal"), hasattr(P, "getdecimal"), hasattr(P["s"], "getdecimal"), hasattr(P["t"], "getdecimal"), sorted(P.converters))`},
	{"bad converter name", `[ctx(lambda k=k: P.converters.__setitem__(k, len)) for k in ("", 3)]`},
	{"options missing section", `ctx(lambda: P.options("zz"))`},
	{"set missing section", `ctx(lambda: P.set("zz", "o", "v"))`},
	{"remove_option missing section", `ctx(lambda: P.remove_option("zz", "o"))`},
	{"interpolation missing", `ctx(lambda: P.get("s", "ref"))`},
}

func TestConfigparserConverters(t *testing.T) {
	pytesting.DiffCases(t, "configparser_converters", configparserConvertersPrelude, configparserConvertersCases)
}
