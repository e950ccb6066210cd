package doctest

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/gpython-ssl/gpython-ssl/internal/unicode9"
)

// Flag is a doctest option flag.
type Flag int

// Option flags, named as in Python's doctest module; IgnoreDictOrder is
// this runner's own.
const (
	// Ellipsis lets "..." in the expected output match any text.
	Ellipsis Flag = iota + 1
	// NormalizeWhitespace treats every run of white space as one space.
	NormalizeWhitespace
	// Skip does not run the example.
	Skip
	// IgnoreExceptionDetail compares an expected exception by its type
	// name only, without module and message.
	IgnoreExceptionDetail
	// DontAcceptBlankline makes "<BLANKLINE>" literal text.
	DontAcceptBlankline
	// DontAcceptTrueFor1 stops "1"/"0" from matching a printed True/False.
	DontAcceptTrueFor1
	// IgnoreDictOrder compares outputs that are Python literals with the
	// entries of every dict in any order, for an example whose text shows
	// a dict in another key order than CPython prints it.
	IgnoreDictOrder
	// IgnoreFlagOrder compares the repr of a composite enum flag,
	// "<Options.A|B|C: 42>", with its member names in any order. Python 3.6
	// (the spec, and gpython-ssl) lists them largest value first, 3.11 (the
	// python3 oracle) smallest first; names and value are still compared.
	IgnoreFlagOrder
	// Report flags are accepted for compatibility and ignored.
	reportFlag
)

// flagNames maps the names used in "# doctest:" comments, ":options:" and
// the skip table to flags.
var flagNames = map[string]Flag{
	"ELLIPSIS":                  Ellipsis,
	"NORMALIZE_WHITESPACE":      NormalizeWhitespace,
	"SKIP":                      Skip,
	"IGNORE_EXCEPTION_DETAIL":   IgnoreExceptionDetail,
	"DONT_ACCEPT_BLANKLINE":     DontAcceptBlankline,
	"DONT_ACCEPT_TRUE_FOR_1":    DontAcceptTrueFor1,
	"IGNORE_DICT_ORDER":         IgnoreDictOrder,
	"IGNORE_FLAG_ORDER":         IgnoreFlagOrder,
	"REPORT_UDIFF":              reportFlag,
	"REPORT_CDIFF":              reportFlag,
	"REPORT_NDIFF":              reportFlag,
	"REPORT_ONLY_FIRST_FAILURE": reportFlag,
	"FAIL_FAST":                 reportFlag,
}

// tracebackHeaderRE matches the first line of an expected traceback.
var tracebackHeaderRE = lazyRegexp(`^Traceback \((most recent call last|innermost last)\):\s*$`)

// splitTraceback tells whether want is an expected exception and returns
// its exception lines: the text from the first line after the header that
// starts with a word character. The stack lines before it (indented, or
// "..." under ELLIPSIS) are ignored, as in doctest.
func splitTraceback(want string) (excMsg string, ok bool) {
	header, rest, _ := strings.Cut(want, "\n")
	if !tracebackHeaderRE().MatchString(header) {
		return "", false
	}
	lines := strings.SplitAfter(rest, "\n")
	for i, l := range lines {
		if r, _ := utf8.DecodeRuneInString(l); l == "" || !(r == '_' || unicode9.IsLetter(r) || unicode9.IsDigit(r)) {
			continue
		}
		return strings.Join(lines[i:], ""), true
	}
	return "", true
}

// stripExceptionDetail reduces an exception line "pkg.Name: message" to its
// unqualified type name "Name", for IgnoreExceptionDetail.
func stripExceptionDetail(msg string) string {
	name, _, _ := strings.Cut(msg, ":")
	name = strings.TrimSpace(name)
	if i := strings.LastIndex(name, "."); i >= 0 {
		name = name[i+1:]
	}
	return name
}

// blanklineRE matches a "<BLANKLINE>" marker line of expected output.
var blanklineRE = lazyRegexp(`(?m)^<BLANKLINE>[^\S\n]*$`)

// whitespaceLineRE matches output lines holding only white space.
var whitespaceLineRE = lazyRegexp(`(?m)^[^\S\n]+$`)

// outputMatches tells whether got (what the example printed) matches want
// (the expected output) under the option flags, following the rules of
// Python's doctest: exact text, then True/1, <BLANKLINE>, white-space
// normalisation and ellipsis, each when enabled.
func outputMatches(want, got string, flags map[Flag]bool) bool {
	if got == want {
		return true
	}
	if !flags[DontAcceptTrueFor1] && (got == "True\n" && want == "1\n" || got == "False\n" && want == "0\n") {
		return true
	}
	if !flags[DontAcceptBlankline] {
		want = blanklineRE().ReplaceAllString(want, "")
		got = whitespaceLineRE().ReplaceAllString(got, "")
		if got == want {
			return true
		}
	}
	if flags[IgnoreFlagOrder] && sortFlagNames(want) == sortFlagNames(got) {
		return true
	}
	if flags[IgnoreDictOrder] {
		if w, ok := canonicalLiteral(want); ok {
			if g, ok := canonicalLiteral(got); ok && w == g {
				return true
			}
		}
	}
	if flags[NormalizeWhitespace] {
		want = strings.Join(strings.Fields(want), " ")
		got = strings.Join(strings.Fields(got), " ")
		if got == want {
			return true
		}
	}
	if flags[Ellipsis] {
		return ellipsisMatch(want, got)
	}
	return false
}

// ellipsisMatch tells whether got matches want in which every "..." stands
// for any text, possibly empty.
func ellipsisMatch(want, got string) bool {
	if !strings.Contains(want, "...") {
		return want == got
	}
	parts := strings.Split(want, "...")
	first, last := parts[0], parts[len(parts)-1]
	if !strings.HasPrefix(got, first) {
		return false
	}
	got = got[len(first):]
	if !strings.HasSuffix(got, last) {
		return false
	}
	got = got[:len(got)-len(last)]
	for _, p := range parts[1 : len(parts)-1] {
		i := strings.Index(got, p)
		if i < 0 {
			return false
		}
		got = got[i+len(p):]
	}
	return true
}

// flagReprRE matches the repr of a composite flag: <Class.A|B|C: value>.
var flagReprRE = lazyRegexp(`<([A-Za-z_][A-Za-z0-9_]*)\.([A-Za-z0-9_|]+): (-?[0-9]+)>`)

// sortFlagNames rewrites every composite flag repr in s with its member
// names sorted, for IgnoreFlagOrder.
func sortFlagNames(s string) string {
	return flagReprRE().ReplaceAllStringFunc(s, func(m string) string {
		sub := flagReprRE().FindStringSubmatch(m)
		names := strings.Split(sub[2], "|")
		sort.Strings(names)
		return "<" + sub[1] + "." + strings.Join(names, "|") + ": " + sub[3] + ">"
	})
}
