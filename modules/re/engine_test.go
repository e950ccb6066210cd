package re

import (
	"errors"
	"strings"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// compileErrorKinds are the errors the compiler may give back.
func isCompileError(err error) bool {
	var se *syntaxError
	var oe *overflowError
	var ve *valueError
	var re *runtimeError
	return errors.As(err, &se) || errors.As(err, &oe) || errors.As(err, &ve) || errors.As(err, &re) || errors.As(err, &recursionError{})
}

func compileGo(t testing.TB, pat string, flags int, isText bool) (*program, error) {
	t.Helper()
	var chars []rune
	if isText {
		chars = []rune(pat)
	} else {
		for i := 0; i < len(pat); i++ {
			chars = append(chars, rune(pat[i]))
		}
	}
	p, err := parsePattern(chars, isText, flags, nil)
	if err != nil {
		return nil, err
	}
	return compileProgram(p, flags|p.state.flags)
}

var fuzzPatterns = []string{
	"", "a", "(a)(?P<n>b)?(?P=n)", `(?<=a|b)c(?!d)`, `(a)?(?(1)b|c)`, `[^\w\d-z]`, `(?i:a(?-i:B))`,
	`a{2,3}?b*+`, `(?x) a # c`, `\`, `[`, `(?P<`, `\U0001F600`, `((((a*)*)*)*)*b`, `(?<=\1)(a)`,
	`x{4294967296}`, `(?#`, `(?P=`, "\\8", `[\x4]`, `(?aL)`, `(?s).*$`,
}

// FuzzCompile: any pattern either compiles, and then runs over short
// subjects without panicking, or gives one of the compile errors.
func FuzzCompile(f *testing.F) {
	for _, p := range fuzzPatterns {
		f.Add(p, 0, true)
		f.Add(p, flagIgnoreCase|flagMultiline, false)
	}
	f.Fuzz(func(t *testing.T, pat string, flags int, isText bool) {
		flags &= flagIgnoreCase | flagMultiline | flagDotAll | flagVerbose | flagASCII | flagLocale
		prog, err := compileGo(t, pat, flags, isText)
		if err != nil {
			require.True(t, isCompileError(err), "unexpected error %#v", err)
			return
		}
		m := newMachine(prog)
		m.budget = 1 << 16
		for _, subj := range []string{"", "a", "ab1 \n", "aaaaaa", "ba\u00e9"} {
			r := []rune(subj)
			if s, e, ok := search(m, r, 0, len(r)); ok && m.budget > 0 {
				// the match found at s is what matching at s finds
				require.True(t, 0 <= s && s <= e && e <= len(r), "span %d %d", s, e)
				m.reset()
				e2, ok2 := run(m, r, s, len(r))
				if m.budget > 0 {
					require.True(t, ok2)
					require.Equal(t, e, e2)
				}
			}
			m.reset()
			m.budget = 1 << 16
			run(m, r, 0, len(r))
			m.reset()
			m.budget = 1 << 16
			b := []byte(subj)
			search(m, b, 0, len(b))
			m.reset()
			m.budget = 1 << 16
		}
	})
}

// A pattern that backtracks exponentially takes time, but uses a bounded
// amount of Go stack: the machine never recurses. (The subject is short
// enough for the race detector on a loaded machine; the stack a recursive
// matcher would need grows with the subject, not with the time taken.)
func TestCatastrophicBacktrackingDoesNotCrash(t *testing.T) {
	prog, err := compileGo(t, `(a*)*b`, 0, true)
	require.NoError(t, err)
	m := newMachine(prog)
	subj := []byte(strings.Repeat("a", 16))
	_, _, ok := search(m, subj, 0, len(subj))
	assert.False(t, ok)
}

// Long subjects with a repeat per character keep their state on the
// explicit stack.
func TestLongSubjectRepeat(t *testing.T) {
	prog, err := compileGo(t, `(?:a|b)*c`, 0, true)
	require.NoError(t, err)
	m := newMachine(prog)
	subj := []byte(strings.Repeat("ab", 200000) + "c")
	s, e, ok := search(m, subj, 0, len(subj))
	require.True(t, ok)
	assert.Equal(t, 0, s)
	assert.Equal(t, len(subj), e)
}

// Deeply nested groups are refused with RecursionError rather than
// exhausting the Go stack.
func TestDeepNesting(t *testing.T) {
	pat := strings.Repeat("(", 100000) + strings.Repeat(")", 100000)
	_, err := compilePattern(py.String(pat), 0)
	require.Error(t, err)
	assert.Contains(t, err.Error(), "maximum recursion depth exceeded")
	_, err = compilePattern(py.String(strings.Repeat("(", 200)+strings.Repeat(")", 200)), 0)
	assert.NoError(t, err)
}

func TestCharSetIgnoreCase(t *testing.T) {
	tests := []struct {
		name  string
		items []setItem
		in    []rune
		out   []rune
	}{
		{"range", []setItem{{kind: itemRange, lo: 'A', hi: 'Z'}}, []rune{'a', 'Z', 0x17f, 0x212a}, []rune{'0'}},
		{"literal fixes", []setItem{{kind: itemLiteral, lo: 's'}, {kind: itemLiteral, lo: '1'}}, []rune{'S', 's', 0x17f}, []rune{'t'}},
		{"greek", []setItem{{kind: itemRange, lo: 0x391, hi: 0x3a9}}, []rune{0x3c3, 0x3c2, 0x3a3}, []rune{'a'}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			s := newCharSet(tc.items, false, true, true)
			for _, c := range tc.in {
				assert.True(t, s.has(c), "%U", c)
			}
			for _, c := range tc.out {
				assert.False(t, s.has(c), "%U", c)
			}
		})
	}
}

// FuzzTemplate: any replacement template parses or gives a template
// error, and a parsed one expands without panicking.
func FuzzTemplate(f *testing.F) {
	for _, s := range []string{"", `\1`, `\g<n>`, `\g<1`, `\0\101\477`, `\`, `a\qb`, `\g<-1>`, `\10`} {
		f.Add(s)
	}
	p, err := compilePattern(py.String("(?P<n>a)(b)?"), 0)
	require.NoError(f, err)
	sj := textSubject(py.String("ab"), "ab")
	m := newMachine(p.prog)
	s, e, ok := sj.match(m, 0, 2)
	require.True(f, ok)
	match := p.newMatch(m, sj, s, e, 0, 2)
	f.Fuzz(func(t *testing.T, repl string) {
		tpl, err := parseTemplate(py.String(repl), p)
		if err != nil {
			var exc *py.Exception
			require.True(t, errors.As(err, &exc), "%#v", err)
			return
		}
		_, err = tpl.expand(match)
		require.NoError(t, err)
	})
}
