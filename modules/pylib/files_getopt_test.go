package pylib_test

import (
	"testing"
	"unicode/utf8"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of getopt against CPython 3.6.

const getoptPrelude = pytesting.ShowRepr + `import getopt, os
def err(f, *a):
    try:
        return f(*a)
    except getopt.GetoptError as e:
        return type(e).__name__, str(e), e.msg, e.opt, e.args
`

var getoptCases = []pytesting.Case{
	{"do_longs", `[err(getopt.do_longs, [], o, l, a) for o, l, a in [("abc", ["abc"], []), ("abc=1", ["abc="], ["r"]), ("ab", ["abc="], ["v", "r"]), ("ab", ["abc", "abd"], []), ("x=1", ["x"], []), ("y", ["y="], [])]]`},
	{"do_shorts", `[err(getopt.do_shorts, [("-q", "")], o, s, a) for o, s, a in [("a", "a", []), ("ab", "ab:", ["x", "y"]), ("abz", "ab:", []), ("z", "a", []), ("b", "b:", [])]]`},
	{"long_has_args", `[err(getopt.long_has_args, o, l) for o, l in [("abc", ["abc="]), ("ab", ["abc"]), ("ab", ["abc", "abd"]), ("zz", ["abc"]), ("abc", ["abc", "abcd="])]]`},
	{"short_has_arg", `[err(getopt.short_has_arg, o, s) for o, s in [("a", "a:"), ("a", "ab"), ("z", "a"), (":", "a:")]]`},
	{"simple", `getopt.getopt(["-a", "-b", "x", "rest"], "ab:")`},
	{"joined value", `getopt.getopt(["-bval", "-ab", "v2"], "ab:")`},
	{"clustered", `getopt.getopt(["-abc", "f"], "abc")`},
	{"stops at non option", `getopt.getopt(["-a", "file", "-b"], "ab")`},
	{"double dash", `getopt.getopt(["-a", "--", "-b"], "ab")`},
	{"lone dash", `getopt.getopt(["-", "-a"], "a")`},
	{"empty", `getopt.getopt([], "a")`},
	{"long", `getopt.getopt(["--alpha", "--beta=1", "--beta", "2", "x"], "", ["alpha", "beta="])`},
	{"long prefix", `getopt.getopt(["--al", "--be=3"], "", ["alpha", "beta="])`},
	{"long exact beats prefix", `getopt.getopt(["--foo"], "", ["foo", "foobar"])`},
	{"long str", `getopt.getopt(["--x"], "", "x")`},
	{"long tuple", `getopt.getopt(["--x=1"], "", ("x=",))`},
	{"long empty value", `getopt.getopt(["--x="], "", ["x="])`},
	{"short unknown", `err(getopt.getopt, ["-z"], "ab")`},
	{"short missing arg", `err(getopt.getopt, ["-b"], "ab:")`},
	{"long unknown", `err(getopt.getopt, ["--nope"], "", ["yes"])`},
	{"long missing arg", `err(getopt.getopt, ["--beta"], "", ["beta="])`},
	{"long unexpected arg", `err(getopt.getopt, ["--alpha=1"], "", ["alpha"])`},
	{"long ambiguous", `err(getopt.getopt, ["--fo"], "", ["foo", "fox"])`},
	{"colon not option", `err(getopt.getopt, ["-:"], "a:")`},
	{"gnu intermixed", `getopt.gnu_getopt(["x", "-a", "y", "--beta", "1", "z"], "a", ["beta="])`},
	{"gnu double dash", `getopt.gnu_getopt(["x", "--", "-a"], "a")`},
	{"gnu plus", `getopt.gnu_getopt(["-a", "x", "-a"], "+a")`},
	{"gnu lone dash", `getopt.gnu_getopt(["-", "-a"], "a")`},
	{"gnu errors", `err(getopt.gnu_getopt, ["x", "-q"], "a")`},
	{"error alias", `(getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))`},
	{"error construct", `(lambda e: (str(e), e.msg, e.opt, e.args, repr(e)))(getopt.GetoptError("m", "o"))`},
	{"error default opt", `(lambda e: (str(e), e.opt, e.args))(getopt.GetoptError("only msg"))`},
	{"class attrs", `(getopt.GetoptError.opt, getopt.GetoptError.msg)`},
	{"value starting with dash", `getopt.getopt(["-b", "-a", "--c", "--d"], "ab:", ["c="])`},
	{"tuple args", `getopt.getopt(("-a", "b"), "a")`},
	{"long empty name", `err(getopt.getopt, ["--=x"], "", ["x"])`},
	{"long exact with value", `err(getopt.getopt, ["--a=1"], "", ["a", "ab"])`},
	{"long prefix missing arg", `err(getopt.gnu_getopt, ["--be"], "", ["beta=", "alpha"])`},
	{"long prefix ambiguous value", `err(getopt.getopt, ["--ab=3"], "", ["abc=", "abd"])`},
	{"short value from cluster", `err(getopt.getopt, ["-ab"], "ba:")`},
	{"short unknown in cluster", `err(getopt.gnu_getopt, ["-ax"], "a")`},
	{"gnu posixly correct", `(os.environ.__setitem__("POSIXLY_CORRECT", "1"), getopt.gnu_getopt(["x", "-a"], "a"), os.environ.pop("POSIXLY_CORRECT"))`},
	{"gnu value after operand", `getopt.gnu_getopt(["x", "-b", "--", "y"], "b:")`},
	{"gnu long unexpected arg", `err(getopt.gnu_getopt, ["y", "--alpha=2"], "", "alpha")`},
	{"error pickled args", `(lambda e: (e.args, str(e)))(getopt.GetoptError("m", opt="q"))`},
	{"non str option", `err(getopt.getopt, [1], "a")`},
}

func TestGetoptDifferential(t *testing.T) {
	pytesting.DiffCases(t, "getopt", getoptPrelude, getoptCases)
}

// fuzzGetoptSource parses a NUL-separated argument list with options
// built from spec: GetoptError is the only exception allowed, and every
// option returned is one the spec names.
const fuzzGetoptSource = `import getopt
def check(argline, spec):
    args = argline.split("\0") if argline else []
    short, _, longs = spec.partition("/")
    longs = [l for l in longs.split(",") if l]
    names = ["-" + c for c in short if c != ":"] + ["--" + l.rstrip("=") for l in longs]
    for f in (getopt.getopt, getopt.gnu_getopt):
        try:
            opts, rest = f(args, short, longs)
        except getopt.GetoptError as e:
            assert e.msg == str(e) and e.msg.startswith("option "), e.msg
            continue
        for name, value in opts:
            if name not in names:
                return (f.__name__, name)
    return None
`

// FuzzGetopt feeds untrusted arguments and option specs to getopt and
// gnu_getopt: no exception but GetoptError, no Go panic.
func FuzzGetopt(f *testing.F) {
	f.Add("-a\x00-bval\x00--alpha=1\x00x", "ab:/alpha=,beta")
	f.Add("--al\x00--\x00-z", "a/alpha,alps")
	f.Add("x\x00-ab\x00--beta", "+ab/beta=")
	f.Add("-:\x00---", "::a/=,")
	check := pytesting.FuzzFunc(f, fuzzGetoptSource, "check")
	f.Fuzz(func(t *testing.T, argline, spec string) {
		if !utf8.ValidString(argline) || !utf8.ValidString(spec) {
			return
		}
		defer func() {
			if r := recover(); r != nil {
				t.Fatalf("Go panic on %q %q: %v", argline, spec, r)
			}
		}()
		res, err := py.Call(check, py.Tuple{py.String(argline), py.String(spec)}, nil)
		require.NoError(t, err, "%q %q", argline, spec)
		require.Equal(t, py.None, res, "%q %q: unknown option returned", argline, spec)
	})
}
