package pyenum_test

import (
	_ "embed"
	"fmt"
	"math/rand"
	"strconv"
	"strings"
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pyenum"
	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

//go:embed testdata/enum36_model.py
var model36 string

func pyDefs(defs []pyenum.IntDef) string {
	parts := make([]string, len(defs))
	for i, d := range defs {
		parts[i] = fmt.Sprintf("(%q, %d)", d.Name, d.Value)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

// gpythonPrelude gives a scenario the pyenum classes.
const gpythonPrelude = `from pyenumtest import *
Options = fresh_flag('Options')
VerifyFlags = fresh_flag('VerifyFlags')
`

// model36Prelude gives a scenario, under CPython, the model of 3.6's
// enums (testdata/enum36_model.py) with the same members.
func model36Prelude() string {
	return model36 + "\nOptions = Model('Options', " + pyDefs(optionDefs) + ", True)\n" +
		"VerifyFlags = Model('VerifyFlags', " + pyDefs(verifyFlagDefs) + ", True)\n" +
		"VerifyMode = Model('VerifyMode', " + pyDefs(verifyModeDefs) + ", False)\n"
}

// real311Prelude uses the interpreter's own enum module, for behaviour
// that 3.6 and 3.11 share.
func real311Prelude() string {
	return "import enum\nVerifyMode = enum.IntEnum('VerifyMode', " + pyDefs(verifyModeDefs) + ")\n"
}

// python36 is what CPython 3.6 prints for src, stored (for machines
// without it) as testdata/cpython36/<the subtest's name>.out
// (pytesting.CPython36Output). Both preludes run under it: the real enum
// module is then 3.6's own, and the model must agree with it too.
func python36(t *testing.T, src string) string {
	t.Helper()
	name := strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' {
			return r
		}
		return '_'
	}, t.Name())
	return pytesting.CPython36Output(t, name, src)
}

// Scenarios where 3.11's enum prints what 3.6's did: compared with the
// real enum module under CPython 3.6.
var sameIn311 = []struct{ name, src string }{
	{"repr", `print(repr(VerifyMode.CERT_REQUIRED), repr(VerifyMode(0)), repr(VerifyMode['CERT_OPTIONAL']))`},
	{"iteration", `print([repr(m) for m in VerifyMode], len(VerifyMode))`},
	{"name value", `print(VerifyMode.CERT_REQUIRED.name, VerifyMode.CERT_REQUIRED.value)`},
	{"int equality", `print(VerifyMode.CERT_REQUIRED == 2, 2 == VerifyMode.CERT_REQUIRED, VerifyMode.CERT_NONE != 0, VerifyMode.CERT_NONE == VerifyMode.CERT_NONE)`},
	{"ordering", `print(VerifyMode.CERT_NONE < VerifyMode.CERT_REQUIRED, VerifyMode.CERT_REQUIRED > 1, VerifyMode.CERT_OPTIONAL <= 1, VerifyMode.CERT_OPTIONAL >= 2)`},
	{"arithmetic gives int", `print(VerifyMode.CERT_REQUIRED + 1, 1 + VerifyMode.CERT_REQUIRED, VerifyMode.CERT_REQUIRED * 3, VerifyMode.CERT_REQUIRED - 5, VerifyMode.CERT_REQUIRED | 1, VerifyMode.CERT_REQUIRED & 3, ~VerifyMode.CERT_REQUIRED, -VerifyMode.CERT_REQUIRED, VerifyMode.CERT_REQUIRED // 2, VerifyMode.CERT_REQUIRED ** 3, VerifyMode.CERT_REQUIRED << 2)`},
	{"int()", `print(int(VerifyMode.CERT_REQUIRED) + 0, [10, 20, 30][VerifyMode.CERT_REQUIRED])`},
	{"bad value", `
try:
    VerifyMode(5)
except ValueError as e:
    print(e)`},
	{"bad name", `
try:
    VerifyMode['CERT_MAYBE']
except KeyError as e:
    print(e)`},
	{"truth", `print(not VerifyMode.CERT_NONE, not VerifyMode.CERT_REQUIRED)`},
}

func TestSameAs311(t *testing.T) {
	for _, tc := range sameIn311 {
		t.Run(tc.name, func(t *testing.T) {
			got := pytesting.MustRun(t, gpythonPrelude+tc.src)
			want := python36(t, real311Prelude()+tc.src)
			equal(t, want, got)
		})
	}
}

// Scenarios where 3.11 prints differently from 3.6 (IntEnum str, flag
// repr of composites, pseudo-members, iteration of multi-bit flags):
// compared with the 3.6 model (under CPython 3.6).
var only36 = []struct{ name, src string }{
	{"str of IntEnum (3.11 prints 2)", `print(str(VerifyMode.CERT_REQUIRED))`},
	{"flag members in definition order", `print([repr(m) for m in Options]); print([str(m) for m in VerifyFlags])`},
	{"flag aliases", `print(repr(Options.OP_SINGLE_DH_USE), repr(Options(0)), len(Options))`},
	{"composite", `
o = Options.OP_ALL | Options.OP_NO_SSLv3 | Options.OP_NO_COMPRESSION
print(repr(o)); print(str(o))`},
	{"context options dance", `
o = Options.OP_ALL | Options.OP_NO_SSLv3 | Options.OP_NO_COMPRESSION
o |= Options.OP_NO_TLSv1
print(repr(o))
o &= ~Options.OP_NO_SSLv3
print(repr(o)); print(str(o))
o |= Options.OP_NO_SSLv3
print(repr(o))`},
	{"invert is negative", `print(repr(~Options.OP_NO_SSLv3)); print(repr(~Options.OP_ALL)); print(repr(~VerifyFlags.VERIFY_X509_STRICT))`},
	{"leftover bits as numbers", `print(repr(Options(4))); print(repr(Options.OP_ALL | 4 | 8)); print(str(Options(4))); print(str(Options(4 | 8)))`},
	{"ints on the left", `print(repr(8 | Options.OP_NO_TICKET)); print(repr(0x4000 & Options.OP_NO_TICKET)); print(repr(3 ^ VerifyFlags.VERIFY_X509_STRICT))`},
	{"overlapping members", `print(repr(VerifyFlags.VERIFY_CRL_CHECK_CHAIN | VerifyFlags.VERIFY_X509_STRICT)); print(repr(VerifyFlags(12 | 32768)))`},
	{"zero", `print(repr(Options.OP_NO_TICKET & Options.OP_NO_COMPRESSION)); print(repr(VerifyFlags.VERIFY_X509_STRICT ^ VerifyFlags.VERIFY_X509_STRICT))`},
	{"history matters", `
a = ~Options.OP_NO_SSLv3
print(repr(Options.OP_ALL | Options.OP_NO_TLSv1))
print(repr(Options(0x80000050 | 0x04000000 | 0x20)))`},
	{"flag value lookup", `print(repr(Options(0x02000000)), repr(VerifyFlags(4)))`},
	{"in", `print(Options.OP_NO_SSLv3 in (Options.OP_ALL | Options.OP_NO_SSLv3), Options.OP_NO_TLSv1 in Options.OP_ALL)`},
}

func TestMatches36Model(t *testing.T) {
	for _, tc := range only36 {
		t.Run(tc.name, func(t *testing.T) {
			got := pytesting.MustRun(t, gpythonPrelude+tc.src)
			want := python36(t, model36Prelude()+tc.src)
			equal(t, want, got)
		})
	}
}

// Hand-computed 3.6 results that neither python3 nor the model reach.
func TestPython36Specifics(t *testing.T) {
	cases := []struct{ name, src, want string }{
		{"class repr", `print(repr(VerifyMode))`, "<enum 'VerifyMode'>\n"},
		{"metatype", `print(type(VerifyMode))`, "<class 'enum.EnumMeta'>\n"},
		// 3.6: `in` on the class is membership, an int is never a member.
		{"class contains", `print(VerifyMode.CERT_REQUIRED in VerifyMode, 2 in VerifyMode, VerifyFlags.VERIFY_X509_STRICT in VerifyMode)`, "True False False\n"},
		{"member type", `print(type(VerifyMode.CERT_NONE) == VerifyMode, isinstance(VerifyMode.CERT_NONE, VerifyMode))`, "True True\n"},
		{"is", `print(VerifyMode(2) is VerifyMode.CERT_REQUIRED, Options(0x4000) is Options.OP_NO_TICKET, (Options.OP_NO_TICKET | 1) is (1 | Options.OP_NO_TICKET))`, "True True True\n"},
		{"class attribute", `print(repr(VerifyFlags.VERIFY_X509_STRICT), repr(Options.OP_NO_TLSv1_3))`, "<VerifyFlags.VERIFY_X509_STRICT: 32> <Options.OP_NO_TLSv1_3: 536870912>\n"},
		{"members mapping", `print(repr(Options.__members__['OP_SINGLE_ECDH_USE']), len(Options.__members__))`, "<Options.OP_NO_SSLv2: 0> 15\n"},
		{"not a member value", `
try:
    Options('x')
except ValueError as e:
    print(e)`, "'x' is not a valid Options\n"},
		{"flag in needs a flag", `
try:
    print(4 in Options.OP_ALL)
except TypeError as e:
    print(e)`, "unsupported operand type(s) for 'in': 'int' and 'Options'\n"},
		{"pseudo name", `print(Options(4).name, Options.OP_ALL.name)`, "None OP_ALL\n"},
		{"float lookup", `print(repr(VerifyMode(2.0)))`, "<VerifyMode.CERT_REQUIRED: 2>\n"},
		{"plain enum", `print(repr(Color.RED), str(Color.GREEN), repr(Color.CRIMSON), Color('r') is Color.RED, Color.GREEN.value, len(Color), [str(c) for c in Color])`,
			"<Color.RED: 'r'> Color.GREEN <Color.RED: 'r'> True (1, 'g') 2 ['Color.RED', 'Color.GREEN']\n"},
		{"plain enum equality is identity", `print(Color.RED == 'r', Color.RED == Color.RED, Color.RED != Color.GREEN)`, "False True True\n"},
		{"delegating enum", `print(Point.UNIT[0], len(Point.ORIGIN), Point.UNIT == (1, 1), repr(Point.UNIT), Point((0, 0)) is Point.ORIGIN)`,
			"1 2 True <Point.UNIT: (1, 1)> True\n"},
		{"index", `print([0, 1, 2, 3][VerifyMode.CERT_REQUIRED], 'abc'[VerifyMode.CERT_OPTIONAL])`, "2 b\n"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := pytesting.MustRun(t, gpythonPrelude+tc.src)
			equal(t, tc.want, got)
		})
	}
}

// equal reports a mismatch. testify is not usable in this module (its
// yaml dependency has no go.sum entry), so the tests use this instead.
func equal(t *testing.T, want, got string) {
	t.Helper()
	if want != got {
		t.Errorf("mismatch\nwant: %q\n got: %q", want, got)
	}
}

// TestPercentFormat: gpython's % formatting goes through Go's fmt; members
// format as CPython 3.6 formats them.
func TestPercentFormat(t *testing.T) {
	got := pytesting.MustRun(t, gpythonPrelude+`print('%d|%5d|%-3d|%x|%04X|%o' % (VerifyMode.CERT_REQUIRED, VerifyMode.CERT_REQUIRED, VerifyMode.CERT_OPTIONAL, VerifyFlags.VERIFY_X509_STRICT, VerifyFlags.VERIFY_X509_STRICT, VerifyMode.CERT_REQUIRED))
print('%s' % VerifyMode.CERT_REQUIRED)
print('%s' % (VerifyFlags.VERIFY_X509_STRICT | 1))
print('%s and %s' % (Color.RED, Color.GREEN))
`)
	equal(t, "2|    2|1  |20|0020|2\nVerifyMode.CERT_REQUIRED\nVerifyFlags.VERIFY_X509_STRICT|1\nColor.RED and Color.GREEN\n", got)
}

// TestRandomFlagOpsVsModel: seeded random sequences of |, &, ^, ~ and
// lookups on Options, printed after each step, agree with the 3.6 model
// (the cache of pseudo-members makes output depend on history, so each
// sequence runs in order in one script).
func TestRandomFlagOpsVsModel(t *testing.T) {
	r := rand.New(rand.NewSource(2017))
	names := []string{}
	for _, d := range optionDefs {
		names = append(names, d.Name)
	}
	operand := func() string {
		switch r.Intn(3) {
		case 0:
			return "Options." + names[r.Intn(len(names))]
		case 1:
			return strconv.Itoa(1 << r.Intn(34))
		}
		return "x"
	}
	for seq := 0; seq < 6; seq++ {
		var b strings.Builder
		b.WriteString("x = Options.OP_ALL\n")
		for step := 0; step < 40; step++ {
			switch r.Intn(6) {
			case 0:
				b.WriteString("x = x | " + operand() + "\n")
			case 1:
				b.WriteString("x = " + operand() + " & x\n")
			case 2:
				b.WriteString("x = x ^ " + operand() + "\n")
			case 3:
				b.WriteString("x = ~x\n")
			case 4:
				b.WriteString("x = Options(" + strconv.Itoa(r.Intn(1<<20)) + ") | x\n")
			case 5:
				b.WriteString("x = x & ~" + operand() + "\n")
			}
			b.WriteString("print(repr(x)); print(str(x))\n")
		}
		src := b.String()
		t.Run(strconv.Itoa(seq), func(t *testing.T) {
			equal(t, python36(t, model36Prelude()+src), pytesting.MustRun(t, gpythonPrelude+src))
		})
	}
}
