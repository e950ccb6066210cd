package host

import (
	"bufio"
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/go-python/gpython/py"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// ucdDump prints, for every code point python3 knows (category not Cn, no
// surrogates), its str predicates and full case mappings. The last flag
// probes Case_Ignorable through the final-sigma rule of str.lower().
const ucdDump = `
import sys, unicodedata
out = sys.stdout
def hx(s):
    return ".".join("%x" % ord(ch) for ch in s)
for cp in range(0x110000):
    if 0xd800 <= cp <= 0xdfff:
        continue
    c = chr(cp)
    if unicodedata.category(c) == "Cn":
        continue
    p1 = (c + "\u03a3").lower()[-1] == "\u03c2"
    p2 = ("A\u03a3" + c + "B").lower()[1] == "\u03c3"
    flags = [c.isdigit(), c.isdecimal(), c.isnumeric(), c.isalpha(), c.isalnum(), c.isspace(),
             c.isprintable(), c.isidentifier(), ("a" + c).isidentifier(), c.islower(), c.isupper(),
             c.istitle(), p2 and not p1]
    out.write("%x %s %s %s %s %s\n" % (cp, "".join("1" if f else "0" for f in flags),
                                      hx(c.upper()), hx(c.lower()), hx(c.title()), hx(c.casefold())))
`

// strPython3 runs src under python3, or skips without it.
func strPython3(t *testing.T, src string) string {
	t.Helper()
	py3, err := exec.LookPath("python3")
	if err != nil {
		t.Skip("python3 not found: differential test skipped")
	}
	cmd := exec.Command(py3, "-")
	cmd.Stdin = strings.NewReader(src)
	cmd.Env = append(cmd.Environ(), "PYTHONIOENCODING=utf-8")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	require.NoError(t, err, "python3 failed: %s", stderr.String())
	return string(out)
}

func unhexRunes(t *testing.T, f string) string {
	var sb strings.Builder
	for _, h := range strings.Split(f, ".") {
		v, err := strconv.ParseUint(h, 16, 32)
		if err != nil {
			t.Fatalf("bad python3 output %q: %v", f, err)
		}
		sb.WriteRune(rune(v))
	}
	return sb.String()
}

func strMapped(r rune, special map[rune]string, simple func(rune) rune) string {
	var sb strings.Builder
	mapRune(&sb, r, special, simple)
	return sb.String()
}

// ucdFlags are the Go predicates in the order of ucdDump's flags.
var ucdFlags = []struct {
	name string
	f    func(r rune) bool
}{
	{"isdigit", isDigitRune},
	{"isdecimal", isDecimalRune},
	{"isnumeric", isNumericRune},
	{"isalpha", unicode.IsLetter},
	{"isalnum", isAlnumRune},
	{"isspace", isSpaceRune},
	{"isprintable", isPrintableRune},
	{"isidentifier", func(r rune) bool { return r == '_' || xidStart(r) }},
	{"isidentifier-continue", xidContinue},
	{"islower", func(r rune) bool { return isLowercase(r) && !isUppercase(r) && !unicode.IsTitle(r) }},
	{"isupper", func(r rune) bool { return isUppercase(r) && !isLowercase(r) && !unicode.IsTitle(r) }},
	{"istitle", func(r rune) bool { return isUppercase(r) || unicode.IsTitle(r) }},
	{"case-ignorable", caseIgnorable},
}

// unicode15Lowercase are the characters Unicode 15 (Go's tables) made
// Other_Lowercase; python3 3.11 (Unicode 14) and 3.6 (Unicode 9) say
// islower() is False for them. We keep Go's newer answer.
var unicode15Lowercase = map[rune]bool{0x10fc: true, 0xa7f2: true, 0xa7f3: true, 0xa7f4: true, 0xab69: true}

// TestStrUnicodeTables compares every character predicate and case mapping
// with python3's over all code points python3's Unicode database assigns.
// Code points Go's newer Unicode tables treat differently than python3's
// are reported, not failed, when python3 does not know the character.
func TestStrUnicodeTables(t *testing.T) {
	if testing.Short() {
		t.Skip("scans all of Unicode: skipped with -short")
	}
	out := strPython3(t, ucdDump)
	maps := []struct {
		name string
		f    func(r rune) string
	}{
		{"upper", func(r rune) string { return strMapped(r, specialUpper, unicode.ToUpper) }},
		{"lower", func(r rune) string { return strMapped(r, specialLower, unicode.ToLower) }},
		{"title", func(r rune) string { return strMapped(r, specialTitle, unicode.ToTitle) }},
		{"casefold", func(r rune) string { return strMapped(r, specialFold, unicode.ToLower) }},
	}
	flagDiff := make([][]rune, len(ucdFlags))
	mapDiff := make([]map[rune]string, len(maps))
	for i := range mapDiff {
		mapDiff[i] = map[rune]string{}
	}
	n := 0
	sc := bufio.NewScanner(strings.NewReader(out))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		require.Len(t, f, 6)
		v, err := strconv.ParseUint(f[0], 16, 32)
		require.NoError(t, err)
		r := rune(v)
		n++
		for i, fl := range ucdFlags {
			if fl.f(r) != (f[1][i] == '1') && !(fl.name == "islower" && unicode15Lowercase[r]) {
				flagDiff[i] = append(flagDiff[i], r)
			}
		}
		for i, m := range maps {
			if want := unhexRunes(t, f[2+i]); m.f(r) != want {
				mapDiff[i][r] = want
			}
		}
	}
	require.Greater(t, n, 200000, "python3 listed too few code points")
	if path := os.Getenv("STRMETHODS_GEN"); path != "" {
		writeGen(t, path, flagDiff, mapDiff)
	}
	for i, fl := range ucdFlags {
		assert.Empty(t, flagDiff[i], "%s differs from python3 for these code points", fl.name)
	}
	for i, m := range maps {
		assert.Empty(t, mapDiff[i], "%s differs from python3 for these code points", m.name)
	}
	t.Logf("%d code points: %d predicates and %d case mappings agree with python3", n, len(ucdFlags), len(maps))
}

// writeGen dumps the differences as Go source, for regenerating the tables.
func writeGen(t *testing.T, path string, flagDiff [][]rune, mapDiff []map[rune]string) {
	var sb strings.Builder
	for i, d := range flagDiff {
		fmt.Fprintf(&sb, "// %s\n", ucdFlags[i].name)
		for _, r := range d {
			fmt.Fprintf(&sb, "%#x ", r)
		}
		sb.WriteString("\n")
	}
	for i, m := range mapDiff {
		fmt.Fprintf(&sb, "// map %d\n", i)
		keys := make([]int, 0, len(m))
		for r := range m {
			keys = append(keys, int(r))
		}
		sort.Ints(keys)
		for _, k := range keys {
			fmt.Fprintf(&sb, "%#x: %+q,\n", k, m[rune(k)])
		}
	}
	require.NoError(t, os.WriteFile(path, []byte(sb.String()), 0o644))
}

// strShowPrelude prints, per case, the repr of the result or the
// exception's class name and str(); it runs unchanged under both
// interpreters.
const strShowPrelude = `
def _show(name, f):
    try:
        r = f()
        print(name + " => " + repr(r))
    except Exception as e:
        n = repr(e)
        n = n[:n.find("(")]
        print(name + " !! " + n + ": " + str(e))
`

// strCase is one expression evaluated under gpython and python3.
type strCase struct {
	name string
	expr string
}

// strCaseLines maps "caseN" to the rest of its output line.
func strCaseLines(out string) map[string]string {
	m := map[string]string{}
	for _, line := range strings.Split(out, "\n") {
		if i := strings.IndexByte(line, ' '); i > 0 && strings.HasPrefix(line, "case") {
			m[line[:i]] = line[i+1:]
		}
	}
	return m
}

// diffStrCases evaluates every case under gpython (this package installed)
// and python3, comparing result reprs or exception type and message.
func diffStrCases(t *testing.T, cases []strCase) {
	t.Helper()
	var src strings.Builder
	src.WriteString(strShowPrelude)
	for i, c := range cases {
		fmt.Fprintf(&src, "_show(%q, lambda: %s)\n", fmt.Sprintf("case%d", i), c.expr)
	}
	want := strCaseLines(strPython3(t, src.String()))
	out, err := runGpythonStr(t, src.String())
	require.NoError(t, err, "gpython raised outside a case; output:\n%s", out)
	got := strCaseLines(out)
	for i, c := range cases {
		key := fmt.Sprintf("case%d", i)
		t.Run(c.name, func(t *testing.T) {
			w, ok := want[key]
			require.True(t, ok, "python3 printed nothing for %s", c.expr)
			assert.Equal(t, w, got[key], "expr: %s", c.expr)
		})
	}
}

// runGpythonStr runs src in a fresh gpython context; a Go panic fails the
// test.
func runGpythonStr(t *testing.T, src string) (out string, err error) {
	t.Helper()
	defer func() {
		if r := recover(); r != nil {
			t.Fatalf("gpython panicked: %v", r)
		}
	}()
	return pytesting.Run(t, src)
}

// Unicode sample strings shared by the cases (Python source).
const (
	uMixed = `"h\u00e9llo w\u00f6rld \u00e9"`       // héllo wörld é: 2-byte UTF-8
	uWide  = `"\u65e5\u672c\u8a9e\U0001f600\u65e5"` // CJK and an astral emoji
)

func TestStrSearchDiff(t *testing.T) {
	diffStrCases(t, []strCase{
		{"find basic", `"hello world".find("o")`},
		{"find start", `"hello world".find("o", 5)`},
		{"find start end", `"hello world".find("o", 5, 7)`},
		{"find end excludes", `"hello world".find("o", 5, 6)`},
		{"find negative start", `"abcabc".find("a", -2)`},
		{"find negative start hit", `"abcabc".find("a", -3)`},
		{"find negative end", `"abcabc".find("c", 0, -1)`},
		{"find big negative start", `"abc".find("a", -100)`},
		{"find start past end", `"abc".find("", 5)`},
		{"find empty at len", `"abc".find("", 3)`},
		{"find empty sub", `"abc".find("")`},
		{"find empty both", `"".find("")`},
		{"find missing", `"abc".find("z")`},
		{"find None indices", `"abcabc".find("b", None, None)`},
		{"find huge index", `"abc".find("a", 10**30)`},
		{"find huge negative end", `"abc".find("a", 0, -10**30)`},
		{"find bool start", `"abc".find("b", True)`},
		{"find unicode", uMixed + `.find("w\u00f6")`},
		{"find unicode start", uMixed + `.find("\u00e9", 2)`},
		{"find unicode negative", uMixed + `.find("\u00e9", -1)`},
		{"find astral", uWide + `.find("\u65e5", 1)`},
		{"find after astral", uWide + `.find("\U0001f600")`},
		{"rfind basic", `"hello world".rfind("o")`},
		{"rfind start end", `"hello world".rfind("o", 0, 6)`},
		{"rfind empty", `"abc".rfind("")`},
		{"rfind empty end", `"abc".rfind("", 0, 2)`},
		{"rfind negative", `"abcabc".rfind("abc", -4)`},
		{"rfind missing", `"abc".rfind("abcd")`},
		{"rfind unicode", uMixed + `.rfind("\u00e9")`},
		{"rfind astral", uWide + `.rfind("\u65e5")`},
		{"rfind astral end", uWide + `.rfind("\u65e5", 0, 4)`},
		{"index hit", `"hello".index("l")`},
		{"index miss", `"hello".index("z")`},
		{"index range miss", `"hello".index("h", 1)`},
		{"index unicode", uMixed + `.index("d")`},
		{"rindex hit", `"hello".rindex("l")`},
		{"rindex miss", `"hello".rindex("z")`},
		{"rindex range", `"hello".rindex("l", 0, 3)`},
		{"rindex empty", `"".rindex("")`},
		{"count basic", `"hello world".count("l")`},
		{"count start", `"hello world".count("l", 3)`},
		{"count start end", `"hello world".count("l", 3, 10)`},
		{"count end past", `"hello world".count("l", 3, 100)`},
		{"count reversed", `"hello world".count("l", 3, 1)`},
		{"count negative start", `"aaaa".count("a", -2)`},
		{"count negative end", `"aaaa".count("a", 0, -1)`},
		{"count overlapping", `"aaaa".count("aa")`},
		{"count empty", `"abc".count("")`},
		{"count empty range", `"abc".count("", 1, 2)`},
		{"count empty at len", `"abc".count("", 3)`},
		{"count empty past len", `"abc".count("", 4)`},
		{"count empty string", `"".count("")`},
		{"count unicode", uMixed + `.count("\u00e9")`},
		{"count unicode range", uMixed + `.count("\u00e9", 2)`},
		{"count astral", uWide + `.count("\u65e5", 1, -1)`},
		{"startswith plain", `"hello".startswith("he")`},
		{"startswith start", `"hello".startswith("ll", 2)`},
		{"startswith start end", `"hello".startswith("ll", 2, 3)`},
		{"startswith negative", `"hello".startswith("lo", -2)`},
		{"startswith past end", `"hello".startswith("", 6)`},
		{"startswith empty at len", `"hello".startswith("", 5)`},
		{"startswith empty reversed", `"hello".startswith("", 3, 2)`},
		{"startswith tuple", `"hello".startswith(("x", "he"))`},
		{"startswith tuple miss", `"hello".startswith(("x", "y"))`},
		{"startswith empty tuple", `"hello".startswith(())`},
		{"startswith tuple match before bad item", `"hello".startswith(("he", 1))`},
		{"startswith unicode", uMixed + `.startswith("w\u00f6", 6)`},
		{"startswith astral", uWide + `.startswith("\U0001f600", 3)`},
		{"startswith None", `"hello".startswith("h", None, None)`},
		{"endswith plain", `"hello".endswith("lo")`},
		{"endswith end", `"hello".endswith("ll", 0, 4)`},
		{"endswith start too far", `"hello".endswith("hello", 1)`},
		{"endswith negative end", `"hello".endswith("l", 0, -1)`},
		{"endswith tuple", `"hello".endswith(("x", "lo"))`},
		{"endswith empty", `"".endswith("")`},
		{"endswith unicode", uMixed + `.endswith("\u00f6", 0, 8)`},
		{"endswith astral", uWide + `.endswith("\U0001f600", 0, -1)`},
		{"in-method on class", `str.find("abc", "c")`},
		{"rfind on class", `str.rfind("abcc", "c")`},
	})
}

func TestStrSplitDiff(t *testing.T) {
	diffStrCases(t, []strCase{
		{"partition", `"a=b=c".partition("=")`},
		{"partition miss", `"abc".partition("=")`},
		{"partition empty self", `"".partition("=")`},
		{"partition multi", `"a::b".partition("::")`},
		{"partition unicode", uMixed + `.partition("\u00f6")`},
		{"rpartition", `"a=b=c".rpartition("=")`},
		{"rpartition miss", `"abc".rpartition("=")`},
		{"rpartition astral", uWide + `.rpartition("\u65e5")`},
		{"rsplit whitespace", `"  a  b c  ".rsplit()`},
		{"rsplit whitespace max1", `"  a  b c  ".rsplit(None, 1)`},
		{"rsplit whitespace max0", `"  a b  ".rsplit(None, 0)`},
		{"rsplit whitespace kw", `" a b c".rsplit(maxsplit=1)`},
		{"rsplit empty", `"".rsplit()`},
		{"rsplit only spaces", `"   ".rsplit()`},
		{"rsplit unicode spaces", `"a\u3000b\u2028c\x1fd\xa0e".rsplit()`},
		{"rsplit sep", `"a,b,,c".rsplit(",")`},
		{"rsplit sep max", `"a,b,,c".rsplit(",", 2)`},
		{"rsplit sep max0", `"a,b".rsplit(",", 0)`},
		{"rsplit sep negative max", `"a,b,c".rsplit(",", -5)`},
		{"rsplit sep kw", `"a,b,c".rsplit(sep=",", maxsplit=1)`},
		{"rsplit sep at ends", `",a,".rsplit(",")`},
		{"rsplit empty self sep", `"".rsplit(",")`},
		{"rsplit multi sep", `"a<>b<>c".rsplit("<>", 1)`},
		{"rsplit overlapping sep", `"aaa".rsplit("aa")`},
		{"rsplit unicode sep", uMixed + `.rsplit("\u00e9")`},
		{"rsplit None sep explicit", `"a b".rsplit(None)`},
		{"rsplit bool maxsplit", `"a b c".rsplit(" ", True)`},
		{"splitlines", `"a\nb\r\nc\rd".splitlines()`},
		{"splitlines keepends", `"a\nb\r\nc\rd\n".splitlines(True)`},
		{"splitlines keepends kw", `"a\nb".splitlines(keepends=True)`},
		{"splitlines keepends int", `"a\nb".splitlines(2)`},
		{"splitlines keepends zero", `"a\nb\n".splitlines(0)`},
		{"splitlines all boundaries", `"a\vb\fc\x1cd\x1de\x1ef\x85g\u2028h\u2029i".splitlines()`},
		{"splitlines all boundaries keep", `"a\vb\fc\x1cd\x1de\x1ef\x85g\u2028h\u2029i".splitlines(True)`},
		{"splitlines not boundary", `"a\x1fb\tc".splitlines()`},
		{"splitlines empty", `"".splitlines()`},
		{"splitlines only newline", `"\n".splitlines()`},
		{"splitlines blank lines", `"\n\n\r\r\n".splitlines()`},
		{"splitlines cr lf split", `"a\r\rb\n\rc".splitlines(True)`},
		{"splitlines unicode", uWide + `.splitlines()`},
	})
}

func TestStrPredicatesDiff(t *testing.T) {
	var cases []strCase
	samples := []string{`""`, `"123"`, `"\u0663\u0661"`, `"\u00b2"`, `"\u00bd"`, `"\u2167"`, `"\u4e00"`,
		`"abc"`, `"ab1"`, `"\u00e9t\u00e9"`, `" \t\n"`, `"\x1c\x1f\u3000\x85"`, `"\u200b"`, `"ABC"`,
		`"Hello World"`, `"hello World"`, `"HELLO"`, `"\u01c5ungla"`, `"_id9"`, `"9id"`, `"\u00e9l\u00e8ve"`,
		`"a b"`, `"\x7f"`, `"a\u0301"`, `"\U0001f600"`, `"\u037a"`}
	preds := []string{"isdigit", "isdecimal", "isnumeric", "isalpha", "isalnum", "isspace", "isupper",
		"islower", "istitle", "isidentifier", "isprintable"}
	for _, p := range preds {
		for _, s := range samples {
			cases = append(cases, strCase{p + " " + s, s + "." + p + "()"})
		}
	}
	cases = append(cases,
		strCase{"istitle digits between", `"A1B".istitle()`},
		strCase{"istitle apostrophe", `"They'Re".istitle()`},
		strCase{"istitle lower start", `"aB".istitle()`},
		strCase{"isupper with digits", `"A1".isupper()`},
		strCase{"islower uncased only", `"123".islower()`},
		strCase{"isidentifier keyword", `"def".isidentifier()`},
		strCase{"isidentifier unicode", `"\u00e9t\u00e9_1".isidentifier()`},
		strCase{"isprintable tab", `"a\tb".isprintable()`},
		strCase{"isprintable nbsp", `"\xa0".isprintable()`},
	)
	diffStrCases(t, cases)
}

func TestStrPaddingDiff(t *testing.T) {
	diffStrCases(t, []strCase{
		{"zfill", `"42".zfill(5)`},
		{"zfill minus", `"-42".zfill(5)`},
		{"zfill plus", `"+42".zfill(5)`},
		{"zfill sign only", `"-".zfill(3)`},
		{"zfill short width", `"12345".zfill(3)`},
		{"zfill negative width", `"1".zfill(-3)`},
		{"zfill empty", `"".zfill(3)`},
		{"zfill unicode", `"\u00e9".zfill(3)`},
		{"zfill text", `"abc".zfill(6)`},
		{"center odd", `"abc".center(6)`},
		{"center even", `"ab".center(5)`},
		{"center both odd", `"abc".center(8, "*")`},
		{"center 7", `"abcd".center(7, "-")`},
		{"center narrow", `"abc".center(2)`},
		{"center unicode fill", `"x".center(4, "\u00e9")`},
		{"center astral fill", `"x".center(3, "\U0001f600")`},
		{"center unicode self", uWide + `.center(9, "*")`},
		{"ljust", `"ab".ljust(5, ".")`},
		{"ljust default", `"ab".ljust(4)`},
		{"ljust negative", `"ab".ljust(-1)`},
		{"ljust unicode", `"\u00e9".ljust(3, "\u00e8")`},
		{"rjust", `"ab".rjust(5, ".")`},
		{"rjust default", `"ab".rjust(4)`},
		{"rjust bool width", `"".rjust(True, "x")`},
		{"expandtabs default", `"a\tbc\tdef\tg".expandtabs()`},
		{"expandtabs 4", `"a\tbc\tdef\tg".expandtabs(4)`},
		{"expandtabs kw", `"a\tb".expandtabs(tabsize=3)`},
		{"expandtabs newline", `"ab\tc\nd\te\rf\tg".expandtabs(4)`},
		{"expandtabs zero", `"a\tb".expandtabs(0)`},
		{"expandtabs negative", `"a\tb".expandtabs(-3)`},
		{"expandtabs one", `"a\t\tb".expandtabs(1)`},
		{"expandtabs unicode", `"\u00e9\t\u65e5\tx".expandtabs(4)`},
		{"expandtabs none", `"abc".expandtabs()`},
		{"expandtabs empty", `"".expandtabs()`},
	})
}

func TestStrCaseDiff(t *testing.T) {
	diffStrCases(t, []strCase{
		{"title", `"hello world".title()`},
		{"title mixed", `"hELLO wORLD".title()`},
		{"title apostrophe", `"they're bill's".title()`},
		{"title digits", `"1st 2nd a1b".title()`},
		{"title sharp s", `"\u00dfa stra\u00dfe".title()`},
		{"title digraph", `"\u01c6ungla \u01c4x".title()`},
		{"title ligature", `"\ufb01ne".title()`},
		{"title greek", `"\u1f80\u03b9 x".title()`},
		{"title final sigma", `"\u039f\u0394\u039f\u03a3 \u03a3".title()`},
		{"title empty", `"".title()`},
		{"title astral", uWide + `.title()`},
		{"capitalize", `"hello World".capitalize()`},
		{"capitalize upper rest", `"hELLO".capitalize()`},
		{"capitalize digit first", `"1ABC".capitalize()`},
		{"capitalize sharp s", `"\u00dfx".capitalize()`},
		{"capitalize digraph", `"\u01c6a".capitalize()`},
		{"capitalize sigma", `"a\u03a3".capitalize()`},
		{"capitalize sigma mid", `"a\u03a3b".capitalize()`},
		{"capitalize empty", `"".capitalize()`},
		{"capitalize dotted I", `"a\u0130".capitalize()`},
		{"swapcase", `"Hello World".swapcase()`},
		{"swapcase sharp s", `"\u00df".swapcase()`},
		{"swapcase sigma", `"\u03a3\u0391\u03a3 \u03c3".swapcase()`},
		{"swapcase dotted I", `"\u0130".swapcase()`},
		{"swapcase titlecase digraph", `"\u01c5".swapcase()`},
		{"swapcase digits", `"a1B2".swapcase()`},
		{"swapcase empty", `"".swapcase()`},
		{"casefold", `"Hello".casefold()`},
		{"casefold sharp s", `"Stra\u00dfe".casefold()`},
		{"casefold capital sharp s", `"\u1e9e".casefold()`},
		{"casefold long s", `"\u017f".casefold()`},
		{"casefold final sigma", `"\u03c2\u03a3".casefold()`},
		{"casefold cherokee", `"\uab70\u13a0".casefold()`},
		{"casefold ligature", `"\ufb03".casefold()`},
		{"casefold empty", `"".casefold()`},
		{"sigma ignorable before", `"A'\u03a3".title()`},
		{"sigma ignorable after", `"a\u03a3'b".capitalize()`},
		{"sigma alone", `"\u03a3".capitalize()`},
	})
}

func TestStrErrorsDiff(t *testing.T) {
	diffStrCases(t, []strCase{
		{"find int sub", `"abc".find(1)`},
		{"find bad start", `"abc".find("a", "x")`},
		{"find float start", `"abc".find("a", 1.0)`},
		{"find no args", `"abc".find()`},
		{"find too many", `"abc".find("a", 1, 2, 3)`},
		{"find kw", `"abc".find(sub="a")`},
		{"rfind int sub", `"abc".rfind(None)`},
		{"index no args", `"abc".index()`},
		{"count int sub", `"abc".count(1)`},
		{"count no args", `"abc".count()`},
		{"count too many", `"abc".count("a", 1, 2, 3)`},
		{"startswith int", `"abc".startswith(1)`},
		{"startswith tuple with int", `"abc".startswith((1,))`},
		{"startswith no args", `"abc".startswith()`},
		{"startswith bad start", `"abc".startswith("a", "x")`},
		{"endswith list", `"abc".endswith(["c"])`},
		{"endswith tuple bad later", `"abc".endswith(("x", 2))`},
		{"endswith too many", `"abc".endswith(1, 2, 3, 4)`},
		{"partition int", `"abc".partition(1)`},
		{"partition empty", `"abc".partition("")`},
		{"partition no args", `"abc".partition()`},
		{"rpartition None", `"a".rpartition(None)`},
		{"rpartition kw", `"a".rpartition(sep="a")`},
		{"rsplit int sep", `"abc".rsplit(1)`},
		{"rsplit empty sep", `"abc".rsplit("")`},
		{"rsplit bad maxsplit", `"abc".rsplit(None, "x")`},
		{"rsplit float maxsplit", `"abc".rsplit(maxsplit=1.5)`},
		{"rsplit bad kw", `"abc".rsplit(x=1)`},
		{"rsplit too many", `"abc".rsplit(1, 2, 3)`},
		{"rsplit dup", `"abc".rsplit(",", sep=",")`},
		{"rsplit huge maxsplit", `"abc".rsplit(None, 10**30)`},
		{"splitlines too many", `"abc".splitlines(1, 2)`},
		{"splitlines str", `"abc".splitlines("x")`},
		{"splitlines None", `"abc".splitlines(keepends=None)`},
		{"splitlines bad kw", `"abc".splitlines(foo=1)`},
		{"isdigit arg", `"abc".isdigit(1)`},
		{"isspace kw", `"abc".isspace(x=1)`},
		{"title arg", `"abc".title(1)`},
		{"casefold arg", `"abc".casefold(1, 2)`},
		{"zfill no args", `"abc".zfill()`},
		{"zfill str", `"abc".zfill("x")`},
		{"zfill float", `"abc".zfill(1.5)`},
		{"zfill huge", `"abc".zfill(10**30)`},
		{"center no args", `"abc".center()`},
		{"center long fill", `"abc".center(5, "xy")`},
		{"center int fill", `"abc".center(5, 1)`},
		{"center kw", `"abc".center(width=5)`},
		{"center huge", `"abc".center(10**30)`},
		{"ljust empty fill", `"abc".ljust(5, "")`},
		{"ljust no args", `"abc".ljust()`},
		{"rjust too many", `"abc".rjust(1, 2, 3)`},
		{"expandtabs str", `"abc".expandtabs("x")`},
		{"expandtabs too many", `"abc".expandtabs(1, 2)`},
		{"expandtabs bad kw", `"abc".expandtabs(x=1)`},
		{"descriptor wrong type", `str.find(1, "a")`},
		{"unbound no args", `str.isdigit()`},
		{"descriptor isalpha", `str.isalpha(5)`},
	})
}

// callStr calls str.name on s through the installed method, as Python does.
func callStr(t testing.TB, s, name string, args ...py.Object) py.Object {
	t.Helper()
	m, ok := py.StringType.Dict[name].(*py.Method)
	require.True(t, ok, "str.%s is not installed", name)
	res, err := m.Call(py.String(s), py.Tuple(args))
	require.NoError(t, err, "%q.%s%v", s, name, args)
	return res
}

func strItems(t testing.TB, o py.Object) []string {
	l, ok := o.(*py.List)
	require.True(t, ok)
	out := make([]string, len(l.Items))
	for i, it := range l.Items {
		out[i] = string(it.(py.String))
	}
	return out
}

// FuzzStrMethods checks invariants of the new methods on arbitrary text:
// no panic, splits and partitions reassemble the input, found indices are
// code point indices where the needle really starts, padding reaches the
// width.
func FuzzStrMethods(f *testing.F) {
	for _, seed := range []struct{ s, sep string }{
		{"a,b,,c", ","}, {"  a b\u3000c ", " "}, {"x\r\ny\u2028z\r", "\r"}, {"\u65e5\U0001f600\u65e5", "\u65e5"},
		{"", "a"}, {"aaa", "aa"}, {"\xff\xfeab", "b"}, {"\u03a3\u0391\u03a3 ", "\u03a3"}, {"0\U0001f600\u65e5", "\xa5"},
	} {
		f.Add(seed.s, seed.sep, 3)
	}
	f.Fuzz(func(t *testing.T, s, sep string, n int) {
		if sep == "" {
			sep = "x"
		}
		n %= 64
		lines := strItems(t, callStr(t, s, "splitlines", py.True))
		assert.Equal(t, s, strings.Join(lines, ""))
		parts := strItems(t, callStr(t, s, "rsplit", py.String(sep)))
		assert.Equal(t, s, strings.Join(parts, sep))
		limited := strItems(t, callStr(t, s, "rsplit", py.String(sep), py.Int(n)))
		assert.Equal(t, s, strings.Join(limited, sep))
		if n >= 0 {
			assert.LessOrEqual(t, len(limited), n+1)
		}
		for _, w := range strItems(t, callStr(t, s, "rsplit")) {
			assert.NotEmpty(t, w)
		}
		for _, name := range []string{"partition", "rpartition"} {
			p := callStr(t, s, name, py.String(sep)).(py.Tuple)
			assert.Equal(t, s, string(p[0].(py.String)+p[1].(py.String)+p[2].(py.String)))
		}
		// Python text is valid code points; invalid UTF-8 (which gpython
		// strings can hold) need only not panic.
		valid := utf8.ValidString(s) && utf8.ValidString(sep)
		rs := []rune(s)
		for _, name := range []string{"find", "rfind"} {
			i := int(callStr(t, s, name, py.String(sep), py.Int(n), py.Int(-n)).(py.Int))
			if i >= 0 && valid {
				assert.True(t, strings.HasPrefix(string(rs[i:]), sep), "%s -> %d", name, i)
			}
		}
		c := int(callStr(t, s, "count", py.String(sep)).(py.Int))
		if valid {
			assert.Equal(t, strings.Count(s, sep), c)
		}
		for _, name := range []string{"center", "ljust", "rjust", "zfill"} {
			out := string(callStr(t, s, name, py.Int(n)).(py.String))
			want := len(rs)
			if n > want {
				want = n
			}
			assert.Equal(t, want, utf8.RuneCountInString(out), name)
		}
		for _, name := range []string{"title", "capitalize", "swapcase", "casefold", "expandtabs",
			"isdigit", "isalnum", "isspace", "istitle", "isidentifier", "isprintable"} {
			callStr(t, s, name)
		}
	})
}

// BenchmarkStrFindNonASCII searches a long non-ASCII string with start/end
// (code point offsets are found in one pass).
func BenchmarkStrFindNonASCII(b *testing.B) {
	s := strings.Repeat("h\u00e9llo w\u00f6rld ", 1000) + "needle"
	for i := 0; i < b.N; i++ {
		callStr(b, s, "find", py.String("needle"), py.Int(100), py.Int(-1))
	}
}

// BenchmarkStrRsplit splits a long string from the right on whitespace.
func BenchmarkStrRsplit(b *testing.B) {
	s := strings.Repeat("a\u00e9 b\u3000", 2000)
	for i := 0; i < b.N; i++ {
		callStr(b, s, "rsplit")
	}
}
