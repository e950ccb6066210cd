package host

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strconv"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	"github.com/gpython-ssl/gpython-ssl/internal/unicode9"
)

// ucdDump prints, for every code point CPython knows (category not Cn, no
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

// strPython3 runs src under CPython 3.6 (its Unicode 9.0.0 tables are
// the reference); "" when 3.6 is not installed.
func strPython3(t *testing.T, src string) string {
	t.Helper()
	py36 := pytesting.CPython36()
	if py36 == "" {
		return ""
	}
	cmd := exec.Command(py36, "-")
	cmd.Stdin = strings.NewReader(src)
	cmd.Env = pytesting.CPythonEnv()
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	require.NoError(t, err, "CPython 3.6 failed: %s", stderr.String())
	return string(out)
}

// ucdDumpSum is the stored sha256 of CPython 3.6's output of ucdDump.
const ucdDumpSum = "testdata/cpython36/TestStrUnicodeTables.sha256"

// ourUCDDump is ucdDump's output as the package's predicates and case
// mappings give it, over the code points Unicode 9.0.0 assigns.
func ourUCDDump() string {
	var sb strings.Builder
	hx := func(s string) string {
		var parts []string
		for _, r := range s {
			parts = append(parts, strconv.FormatInt(int64(r), 16))
		}
		return strings.Join(parts, ".")
	}
	for r := rune(0); r <= unicode.MaxRune; r++ {
		if r >= 0xd800 && r <= 0xdfff || !unicode9.Assigned(r) ||
			!unicode.In(r, unicode.L, unicode.M, unicode.N, unicode.P, unicode.S, unicode.Z, unicode.Cc, unicode.Cf, unicode.Co) {
			continue
		}
		fmt.Fprintf(&sb, "%x ", r)
		for _, fl := range ucdFlags {
			if fl.f(r) {
				sb.WriteByte('1')
			} else {
				sb.WriteByte('0')
			}
		}
		fmt.Fprintf(&sb, " %s %s %s %s\n",
			hx(strMapped(r, specialUpper, unicode9.ToUpper)), hx(strMapped(r, specialLower, unicode9.ToLower)),
			hx(strMapped(r, specialTitle, unicode9.ToTitle)), hx(strMapped(r, specialFold, unicode9.ToLower)))
	}
	return sb.String()
}

func sha256Hex(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}

func unhexRunes(t *testing.T, f string) string {
	var sb strings.Builder
	for _, h := range strings.Split(f, ".") {
		v, err := strconv.ParseUint(h, 16, 32)
		if err != nil {
			t.Fatalf("bad CPython output %q: %v", f, err)
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
	{"isalpha", unicode9.IsLetter},
	{"isalnum", isAlnumRune},
	{"isspace", isSpaceRune},
	{"isprintable", isPrintableRune},
	{"isidentifier", func(r rune) bool { return r == '_' || xidStart(r) }},
	{"isidentifier-continue", xidContinue},
	{"islower", func(r rune) bool { return isLowercase(r) && !isUppercase(r) && !unicode9.IsTitle(r) }},
	{"isupper", func(r rune) bool { return isUppercase(r) && !isLowercase(r) && !unicode9.IsTitle(r) }},
	{"istitle", func(r rune) bool { return isUppercase(r) || unicode9.IsTitle(r) }},
	{"case-ignorable", caseIgnorable},
}

// TestStrUnicodeTables compares every character predicate and case mapping
// with CPython 3.6's over all code points its Unicode database (9.0.0)
// assigns. Without CPython 3.6 the whole table, as this package gives it,
// is compared with the stored digest of 3.6's.
func TestStrUnicodeTables(t *testing.T) {
	if testing.Short() {
		t.Skip("scans all of Unicode: skipped with -short")
	}
	stored, err := os.ReadFile(ucdDumpSum)
	require.NoError(t, err)
	want := strings.TrimSpace(string(stored))
	out := strPython3(t, ucdDump)
	if out == "" {
		t.Logf("CPython 3.6 not found: comparing with the stored digest %s", ucdDumpSum)
		assert.Equal(t, want, sha256Hex(ourUCDDump()), "str's Unicode tables differ from CPython 3.6's")
		return
	}
	assert.Equal(t, want, sha256Hex(out), "%s is not the digest of CPython 3.6's table: store the new one", ucdDumpSum)
	assert.Equal(t, want, sha256Hex(ourUCDDump()), "the table as this package gives it")
	maps := []struct {
		name string
		f    func(r rune) string
	}{
		{"upper", func(r rune) string { return strMapped(r, specialUpper, unicode9.ToUpper) }},
		{"lower", func(r rune) string { return strMapped(r, specialLower, unicode9.ToLower) }},
		{"title", func(r rune) string { return strMapped(r, specialTitle, unicode9.ToTitle) }},
		{"casefold", func(r rune) string { return strMapped(r, specialFold, unicode9.ToLower) }},
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
			if fl.f(r) != (f[1][i] == '1') {
				flagDiff[i] = append(flagDiff[i], r)
			}
		}
		for i, m := range maps {
			if want := unhexRunes(t, f[2+i]); m.f(r) != want {
				mapDiff[i][r] = want
			}
		}
	}
	require.Greater(t, n, 200000, "CPython 3.6 listed too few code points")
	if path := os.Getenv("STRMETHODS_GEN"); path != "" {
		writeGen(t, path, flagDiff, mapDiff)
	}
	for i, fl := range ucdFlags {
		assert.Empty(t, flagDiff[i], "%s differs from CPython 3.6 for these code points", fl.name)
	}
	for i, m := range maps {
		assert.Empty(t, mapDiff[i], "%s differs from CPython 3.6 for these code points", m.name)
	}
	t.Logf("%d code points: %d predicates and %d case mappings agree with CPython 3.6", n, len(ucdFlags), len(maps))
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
		// split() and strip() classify ASCII by table: the same answers as
		// a rune at a time.
		assert.Equal(t, strings.FieldsFunc(s, isSpaceRune), strItems(t, callStr(t, s, "split")))
		if utf8.ValidString(s) {
			assert.Equal(t, strings.TrimFunc(s, isSpaceRune), string(callStr(t, s, "strip").(py.String)))
			assert.Equal(t, strings.TrimLeftFunc(s, isSpaceRune), string(callStr(t, s, "lstrip").(py.String)))
			assert.Equal(t, strings.TrimRightFunc(s, isSpaceRune), string(callStr(t, s, "rstrip").(py.String)))
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
			if valid { // Go counts each byte of an encoded surrogate
				assert.Equal(t, want, utf8.RuneCountInString(out), name)
			}
		}
		for _, name := range []string{"title", "capitalize", "swapcase", "casefold", "expandtabs",
			"isdigit", "isalnum", "isspace", "istitle", "isidentifier", "isprintable"} {
			callStr(t, s, name)
		}
	})
}

// TestASCIIShift checks the eight-bytes-at-a-time case mapping against a
// byte at a time, for every ASCII byte at every offset of a word and for
// strings that turn non-ASCII at each position.
func TestASCIIShift(t *testing.T) {
	oneByOne := func(s string, from byte) string {
		b := []byte(s)
		for i, c := range b {
			if c-from < 26 {
				b[i] = c ^ 0x20
			}
		}
		return string(b)
	}
	for _, from := range []byte{'A', 'a'} {
		for c := 0; c < utf8.RuneSelf; c++ {
			for pad := 0; pad < 17; pad++ {
				s := strings.Repeat("-", pad) + string(rune(c)) + strings.Repeat(".", 16-pad)
				out, ok := asciiShift(s, from)
				require.True(t, ok)
				require.Equal(t, oneByOne(s, from), out, "%q %c", s, from)
			}
		}
		for n := 0; n < 20; n++ {
			s := strings.Repeat("aZ", n)[:n]
			for at := 0; at < n; at++ {
				_, ok := asciiShift(s[:at]+"\u00e9"+s[at:], from)
				assert.False(t, ok, "non-ASCII at %d of %d", at, n)
			}
			out, ok := asciiShift(s, from)
			assert.True(t, ok)
			assert.Equal(t, oneByOne(s, from), out)
		}
	}
	same := "no letters: 0123456789 !?"
	out, _ := asciiShift(same, 'A')
	assert.Equal(t, unsafe.StringData(same), unsafe.StringData(out), "nothing to map returns the string itself")
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
