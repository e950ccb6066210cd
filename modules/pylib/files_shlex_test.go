package pylib_test

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of shlex against CPython 3.6.

const shlexPrelude = pytesting.ShowRepr + `import shlex
def toks(s, **kw):
    lex = shlex.shlex(s, **kw)
    return list(lex)
def toks_ws(s, posix=False):
    lex = shlex.shlex(s, posix=posix)
    lex.whitespace_split = True
    return list(lex)
def lines(s):
    lex = shlex.shlex(s, posix=True)
    out = []
    for t in lex:
        out.append((t, lex.lineno))
    return out
`

var shlexCases = []pytesting.Case{
	{"split simple", `shlex.split("a b  c")`},
	{"split quotes", `shlex.split("a 'b c' \"d e\" f'g h'i")`},
	{"split escapes", `shlex.split(r"a\ b c\\d \"q\" 'x\y' \"a\\b\" \"c\\\"d\" \"e\\f\"")`},
	{"split empty quotes", `shlex.split("a '' \"\" b")`},
	{"split comments", `(shlex.split("a # b c"), shlex.split("a # b c", comments=True), shlex.split("a#b", comments=True))`},
	{"split non posix", `shlex.split("a 'b c' \"d\"", posix=False)`},
	{"split newlines", `shlex.split("a\nb\tc\r\nd")`},
	{"split unclosed", `shlex.split("a 'b")`},
	{"split unclosed double", `shlex.split('a "b')`},
	{"split trailing escape", `shlex.split("a \\")`},
	{"split empty", `(shlex.split(""), shlex.split("   "))`},
	{"split unicode", `shlex.split("caf\u00e9 na\u00efve '\u00fc x'")`},
	{"split punctuation", `shlex.split("a;b|c&&d>e")`},
	{"quote", `[shlex.quote(s) for s in ("", "abc", "a b", "it's", "$HOME", "a-b_c.d/e:f,g=h+i@j%k", "\u00e9", "a\nb", "*")]`},
	{"tokens default", `toks("a b 'c d' e=f (g)")`},
	{"tokens posix", `toks("a b 'c d' e\\ f", posix=True)`},
	{"tokens comment", `toks("a # comment\nb")`},
	{"tokens comment posix", `toks("a#b\nc", posix=True)`},
	{"tokens punctuation chars", `toks("a && b || c; (d) > e", punctuation_chars=True)`},
	{"tokens punctuation custom", `toks("a|b;c", punctuation_chars="|")`},
	{"tokens punctuation posix", `toks("ls -l ~/x.txt>out 2>&1", posix=True, punctuation_chars=True)`},
	{"whitespace split", `toks_ws("a=b c.d -e 'f g'")`},
	{"whitespace split posix", `toks_ws("a=b c.d -e 'f g'", posix=True)`},
	{"lineno", `lines("a\nb c\n\nd")`},
	{"get_token push_token", `(lambda l: (l.get_token(), l.push_token("z"), l.get_token(), l.get_token(), l.get_token(), l.get_token()))(shlex.shlex("x y"))`},
	{"eof", `(shlex.shlex("").get_token(), shlex.shlex("", posix=True).get_token())`},
	{"attributes", `(lambda l: (l.commenters, l.whitespace, l.quotes, l.escape, l.escapedquotes, l.whitespace_split, l.posix, l.eof, l.lineno, l.infile, l.token, l.state, l.punctuation_chars))(shlex.shlex("x"))`},
	{"wordchars", `(shlex.shlex("").wordchars, shlex.shlex("", punctuation_chars=True).wordchars)`},
	{"posix wordchars", `shlex.shlex("", posix=True).wordchars`},
	{"error_leader", `(lambda l: (l.error_leader(), l.error_leader("f", 3)))(shlex.shlex("x", infile="in.txt"))`},
	{"custom wordchars", `(lambda l: (setattr(l, "wordchars", l.wordchars + "-."), list(l))[1])(shlex.shlex("a-b.c d"))`},
	{"custom quotes", `(lambda l: (setattr(l, "quotes", "|"), list(l))[1])(shlex.shlex("a |b c| d", posix=True))`},
	{"non posix special chars", `toks("a,b;c:d")`},
	{"read_token", `(lambda l: (l.read_token(), l.read_token(), l.read_token()))(shlex.shlex("p q"))`},
	{"unclosed token class", `toks("'abc", posix=True)`},
	{"non posix comment inside word", `toks("a#b\nc")`},
	{"non posix pushed chars", `toks("a,b\\c")`},
	{"punctuation then comment", `toks("a;#x\nb", punctuation_chars=True)`},
	{"posix escaped space", `toks("a\\ b", posix=True)`},
	{"escape inside double quotes", `(shlex.split('a"b\\"c"d'), shlex.split('"a\\b\\\\"'), shlex.split("'a\\'"))`},
	{"unclosed after escape in quotes", `shlex.split('"a\\')`},
	{"escape at end non posix", `toks("a \\")`},
	{"push_source", `(lambda l: (l.push_source("c d", "f2"), l.infile, list(l), l.infile))(shlex.shlex("a b"))`},
	{"source keyword missing file", `(lambda l: (setattr(l, "source", "source"), list(l)))(shlex.shlex("a b"))`},
	{"punctuation_chars read only", `setattr(shlex.shlex("x"), "punctuation_chars", "a")`},
	{"punctuation_chars empty str", `(lambda l: (l.punctuation_chars, list(l)))(shlex.shlex("a;b", punctuation_chars=""))`},
	{"debug output", `(lambda l: (setattr(l, "debug", 1), l.push_token("p"), list(l)))(shlex.shlex("x 'y'"))`},
	{"instream file object", `(lambda io: list(shlex.shlex(io.StringIO("f g"), infile="name")))(__import__("io"))`},
	{"split non str", `shlex.split(5)`},
	{"quote non str", `shlex.quote(5)`},
	{"quote bytes", `shlex.quote(b"a b")`},
	{"whitespace_split punctuation", `(lambda l: (setattr(l, "whitespace_split", True), list(l)))(shlex.shlex("a;b c", punctuation_chars=True))`},
	{"empty quoted at end", `(shlex.split("''"), shlex.split('a ""'), toks("''", posix=True))`},
	{"custom whitespace", `(lambda l: (setattr(l, "whitespace", ","), list(l)))(shlex.shlex("a,b c", posix=True))`},
	{"next after end", `(lambda l: (list(l), l.get_token(), l.get_token()))(shlex.shlex("z"))`},
	{"debug level 3", `[(lambda l: (setattr(l, "debug", 3), list(l))[1])(shlex.shlex(s, **kw)) for s, kw in (('a "b" c#x\n', {}), ('a "b\\"" \\x y;z', {"posix": True, "punctuation_chars": True}), ("(a", {}), (";; x", {"punctuation_chars": True}), ("a,b", {}))]`},
	{"debug unclosed quote", `(lambda l: (setattr(l, "debug", 2), list(l)))(shlex.shlex('"ab', posix=True))`},
	{"debug trailing escape", `(lambda l: (setattr(l, "debug", 2), list(l)))(shlex.shlex("\\", posix=True))`},
}

func TestShlexDifferential(t *testing.T) {
	pytesting.DiffCases(t, "shlex", shlexPrelude, shlexCases)
}

// fuzzShlexSource lexes s every way; ValueError (an unclosed quote or a
// trailing escape) is the only exception allowed. It returns what breaks
// the round trip: the POSIX words of s, quoted and joined, must split
// back into the same words.
const fuzzShlexSource = `import shlex
def check(s):
    for kw in ({}, {"posix": True}, {"punctuation_chars": True}, {"posix": True, "punctuation_chars": "|&;"}):
        try:
            list(shlex.shlex(s, **kw))
        except ValueError as e:
            assert str(e) in ("No closing quotation", "No escaped character"), str(e)
    try:
        words = shlex.split(s, comments=True)
    except ValueError:
        return None
    joined = " ".join(shlex.quote(w) for w in words)
    if shlex.split(joined) != words:
        return (words, joined)
    return None
`

// FuzzShlexSplit feeds untrusted text to shlex: no exception but
// ValueError, no Go panic, and quote() inverts split().
func FuzzShlexSplit(f *testing.F) {
	for _, s := range []string{
		"a b c", `a 'b c' "d e"`, `a\ b`, `"a\"b"`, "'unclosed", `trail\`,
		"x # comment\ny", "a&&b||c;d", "", "  ", "'' \"\"", "caf\u00e9 \u00fc",
		`"\\" '\'`, "a\tb\r\nc", "ls -l >out 2>&1",
	} {
		f.Add(s)
	}
	check := pytesting.FuzzFunc(f, fuzzShlexSource, "check")
	f.Fuzz(func(t *testing.T, s string) {
		res, called, err := pytesting.CallWithString(t, check, s)
		if !called {
			return
		}
		require.NoError(t, err, "%q", s)
		require.Equal(t, py.None, res, "%q: quote/split round trip: %v", s, res)
	})
}
