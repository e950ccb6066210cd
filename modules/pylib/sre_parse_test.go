package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of Lib/modules/sre_parse.py (over the Go parser's
// _sre._parse_info and _sre._parse_template) against CPython 3.6: the
// Pattern state and widths parse() reports, its DEBUG tree, its errors
// and warnings, fix_flags, the Tokenizer, the Pattern methods, the
// constants, and replacement templates.

const sreParsePrelude = pytesting.ShowRepr + `import re, sre_parse, warnings
def parsed(pat, flags=0):
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter("always")
        p = sre_parse.parse(pat, flags)
    P = p.pattern
    return (P.flags, P.groupdict, P.groups, P.groupwidths, p.getwidth(),
            [P.checkgroup(i) for i in range(4)], [str(w.message) for w in ws])
def tokens(s):
    t = sre_parse.Tokenizer(s)
    out = []
    while t.next is not None:
        out.append((t.tell(), t.pos, t.next))
        t.get()
    return out
def template(tpl, pat):
    with warnings.catch_warnings(record=True) as ws:
        warnings.simplefilter("always")
        r = sre_parse.parse_template(tpl, re.compile(pat))
    return r, [str(w.message) for w in ws]
def expand(tpl, pat, s):
    p = re.compile(pat)
    return sre_parse.expand_template(sre_parse.parse_template(tpl, p), p.match(s))
`

var sreParseCases = []pytesting.Case{
	{"parse groups and widths", `[parsed(r"a(b|c)*\d{2,3}"), parsed(r"(?P<x>ab)(?P<y>c+)?z"), parsed(b"(a)[^b]\\1")]`},
	{"parse inline flags", `[parsed("(?x) a b # c", re.M), parsed("x{3,}?", re.A), parsed("(?i)a"), parsed(b"a", re.L)]`},
	{"parse flags keep their type", `[type(sre_parse.parse("a", re.M).pattern.flags).__name__, type(sre_parse.parse("a", 8).pattern.flags).__name__]`},
	{"parse late flags warn", `parsed("(?P<x>ab)(?i)z")`},
	{"parse lookarounds and conditionals", `[parsed("(?<=ab)c"), parsed(""), parsed("(a)|b(?(1)c|d)"), parsed("(?=x)(?!y)z")]`},
	{"parse widths capped", `[sre_parse.parse("a{3}b{2,}").getwidth(), sre_parse.parse("(?:ab)*").getwidth(), sre_parse.parse("a|bc").getwidth()]`},
	{"parse into a given Pattern", `[(lambda P: (sre_parse.parse("(?P<n>a)(b)", 0, P).pattern is P, P.groups, P.groupdict))(sre_parse.Pattern())]`},
	{"parse unbalanced", `sre_parse.parse("(")`},
	{"parse stray parenthesis", `sre_parse.parse("a)")`},
	{"parse bad set", `sre_parse.parse("[a-")`},
	{"parse bad group name", `sre_parse.parse("(?P<1>x)")`},
	{"parse multiple repeat", `sre_parse.parse("x**")`},
	{"parse trailing backslash", `sre_parse.parse("\\")`},
	{"parse group redefined", `sre_parse.parse("(?P<a>x)(?P<a>y)")`},
	{"parse bad repeat range", `sre_parse.parse("a{5,2}")`},
	{"parse bytes with UNICODE", `sre_parse.parse(b"a", re.U)`},
	{"parse str with LOCALE", `sre_parse.parse("a", re.L)`},
	{"parse variable lookbehind", `sre_parse.parse("(?<=a+)b").getwidth()`},
	{"dump", `[sre_parse.parse(r"a(b|c)*\d{2,3}").dump(), sre_parse.parse("(?<=ab)[^x-z]|$").dump()]`},
	{"parse DEBUG dumps", `sre_parse.parse("ab+", re.DEBUG).pattern.flags`},
	{"fix_flags", `[sre_parse.fix_flags("a", 0), sre_parse.fix_flags(b"a", re.L), sre_parse.fix_flags("a", re.A), sre_parse.fix_flags("a", re.I)]`},
	{"fix_flags ASCII and UNICODE", `sre_parse.fix_flags("a", re.A | re.U)`},
	{"fix_flags ASCII and LOCALE", `sre_parse.fix_flags(b"a", re.A | re.L)`},
	{"tokenizer tokens", `[tokens("a\\(b(?P<nm>c)"), tokens(b"x\\dy"), tokens("")]`},
	{"tokenizer methods", `[(t.istext, t.getwhile(3, sre_parse.DIGITS), t.tell(), t.match("4"), t.match("x"), t.get(), t.getwhile(5, sre_parse.DIGITS), t.seek(0), t.get(), t.index) for t in [sre_parse.Tokenizer(b"12345xy")]]`},
	{"tokenizer getuntil", `[(t.getuntil(">"), t.next) for t in [sre_parse.Tokenizer("name>rest")]]`},
	{"tokenizer getuntil empty", `sre_parse.Tokenizer("").getuntil(">")`},
	{"tokenizer getuntil no name", `sre_parse.Tokenizer(">").getuntil(">")`},
	{"tokenizer getuntil unterminated", `sre_parse.Tokenizer("abc").getuntil(">")`},
	{"tokenizer trailing backslash", `[sre_parse.Tokenizer("ab\\").get(), sre_parse.Tokenizer("\\").next]`},
	{"tokenizer error", `[(type(e).__name__, str(e), e.pos) for e in [(lambda t: (t.get(), t.get(), t.error("boom", 1))[2])(sre_parse.Tokenizer("abcdef"))]]`},
	{"Pattern methods", `[(P.groups, P.opengroup("a"), P.opengroup(), P.groups, P.checkgroup(1), P.groupdict, P.closegroup(1, sre_parse.parse("ab{2}")), P.groupwidths, P.checkgroup(1), P.checkgroup(2)) for P in [sre_parse.Pattern()]]`},
	{"Pattern group name redefined", `[P.opengroup("a") and P.opengroup("a") for P in [sre_parse.Pattern()]]`},
	{"Pattern lookbehind open group", `[(P.opengroup(), P.opengroup(), setattr(P, "lookbehindgroups", 2), P.checklookbehindgroup(1, sre_parse.Tokenizer("xyz"))) for P in [sre_parse.Pattern()]]`},
	{"Pattern lookbehind same group", `[(P.opengroup(), P.closegroup(1, sre_parse.parse("a")), P.opengroup(), P.closegroup(2, sre_parse.parse("b")), setattr(P, "lookbehindgroups", 2), P.checklookbehindgroup(1, sre_parse.Tokenizer("x")), P.checklookbehindgroup(2, sre_parse.Tokenizer("xyz"))) for P in [sre_parse.Pattern()]]`},
	{"constants", `[sorted(sre_parse.FLAGS.items()), sre_parse.GLOBAL_FLAGS, sre_parse.SPECIAL_CHARS, sre_parse.REPEAT_CHARS, sorted(sre_parse.WHITESPACE), sorted(sre_parse.HEXDIGITS), len(sre_parse.ASCIILETTERS), sorted(sre_parse.OCTDIGITS), sorted(sre_parse.DIGITS)]`},
	{"exceptions", `[issubclass(sre_parse.Verbose, Exception), sre_parse.error is re.error, sre_parse.MAXREPEAT, sre_parse.MAXGROUPS > 100]`},
	{"parse_template", `[template(t, r"(?P<x>a)(b)") for t in (r"a\1b", r"\1", r"\g<x>\g<2>zz", "plain", "", r"\n\t\\\\", r"\101\0", r"x\qy")]`},
	{"parse_template bytes", `template(rb"a\1\n", rb"(a)")`},
	{"parse_template bad group", `template(r"\g<3>", r"(?P<x>a)(b)")`},
	{"parse_template bad number", `template(r"\3", r"(a)(b)")`},
	{"parse_template unterminated", `template(r"\g<bad", r"(a)")`},
	{"expand_template", `[expand(r"[\2\1]", r"(?P<x>a)(b)", "ab"), expand(r"<\1>", "(a)|b", "b"), expand(rb"-\1-", rb"(x)", b"x"), expand("", "a", "a")]`},
	{"expand_template bad group", `sre_parse.expand_template(([(0, 5)], [None]), re.match("(a)", "a"))`},
}

func TestSreParse(t *testing.T) {
	pytesting.DiffCases(t, "sre_parse", sreParsePrelude, sreParseCases)
}
