package pylib_test

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of tokenize and token against CPython 3.6: token
// streams, exact types, errors, detect_encoding, untokenize and the
// command line.

const tokenizePrelude = pytesting.ShowRepr + `import tokenize, token, io, sys, os, tempfile
def toks(src):
    return [(tokenize.tok_name[t.type], t.string, t.start, t.end, t.line) for t in tokenize.generate_tokens(io.StringIO(src).readline)]
def brief(src):
    return [(tokenize.tok_name[t.exact_type], t.string) for t in tokenize.generate_tokens(io.StringIO(src).readline)]
def btoks(data):
    return [(tokenize.tok_name[t.type], t.string, t.start, t.end) for t in tokenize.tokenize(io.BytesIO(data).readline)]
def enc(*lines):
    it = iter(lines)
    def readline():
        return next(it)
    return tokenize.detect_encoding(readline)
def untok(src):
    return tokenize.untokenize(tokenize.generate_tokens(io.StringIO(src).readline))
def untok2(src):
    pairs = [t[:2] for t in tokenize.generate_tokens(io.StringIO(src).readline)]
    out = tokenize.untokenize(pairs)
    again = [t[:2] for t in tokenize.generate_tokens(io.StringIO(out).readline)]
    return out, again == pairs
def cli(data, *flags):
    d = tempfile.mkdtemp()
    path = os.path.join(d, 'f.py')
    with open(path, 'wb') as f:
        f.write(data)
    saved_argv, saved_out, saved_err = sys.argv, sys.stdout, sys.stderr
    sys.argv = ['tokenize'] + list(flags) + [path]
    sys.stdout = out = io.StringIO()
    sys.stderr = err = io.StringIO()
    code = None
    try:
        tokenize.main()
    except SystemExit as e:
        code = e.code
    finally:
        sys.argv, sys.stdout, sys.stderr = saved_argv, saved_out, saved_err
    return out.getvalue(), err.getvalue().replace(path, 'F'), code
`

var tokenizeCases = []pytesting.Case{
	{"simple", `toks("x = 1\n")`},
	{"no trailing newline", `toks("x = 1")`},
	{"empty", `(toks(""), toks("\n"), toks("  \n"))`},
	{"indent dedent", `toks("if x:\n    y\n    if z:\n        w\nv\n")`},
	{"comments and blank lines", `toks("# head\n\nx = 1  # tail\n    # indented comment\ny\n")`},
	{"comment at end without newline", `toks("x\n# end")`},
	{"operators", `brief("a += b -= c *= d /= e //= f %= g @= h &= i |= j ^= k >>= l <<= m **= n")`},
	{"more operators", `brief("a->b ... . , ; : ~ ! != == <= >= < > = ** // << >> @ [ ] { } ( )")`},
	{"numbers", `brief("0 1_000 0x_fF 0o17 0b1 1. .5 1.5e-3 1E+9 3j 1.5J 1_0.0_1 0_0 1e5j")`},
	{"bad numbers", `brief("1__0 0x 0b2 1e 09")`},
	{"strings", `brief("'a' \"b\" r'\\\\' b'x' Rb'y' f'{z}' u'w' BR\"v\" fR'q'")`},
	{"triple strings", `toks("x = '''a\nb''' + \"\"\"c\"\"\"\n")`},
	{"continued string", `toks("x = 'a\\\nb'\n")`},
	{"unterminated single", `toks("x = 'abc\ny = 1\n")`},
	{"unterminated continued", `toks("x = 'abc\\\ndef\n")`},
	{"eof in multiline string", `toks("x = '''abc\n")`},
	{"eof in statement", `toks("x = (1,\n")`},
	{"parens and nl", `toks("f(a,\n  b)\n[1,\n# c\n 2]\n")`},
	{"line continuation", `toks("x = 1 + \\\n    2\n")`},
	{"tabs", `toks("if x:\n\ty\n\tif z:\n\t\tw\n")`},
	{"form feed", `toks("\fx\nif y:\n  \f  z\n")`},
	{"bad dedent", `toks("if x:\n    y\n  z\n")`},
	{"error token", `toks("x = $ ? !\n")`},
	{"unicode names", `toks("caf\u00e9 = \u00e9t\u00e9 + \u0394\n")`},
	{"crlf", `toks("x = 1\r\ny = 2\r\n")`},
	{"async tokens", `brief("async def f():\n    await x\n    async with a: pass\n    async for b in c: pass\nasync = 1\nawait = 2\n")`},
	{"async outside", `brief("async for x in y: pass\nasync with z: pass\nx = async\n")`},
	{"async nested def", `brief("async def f():\n    def g():\n        await x\n    return await y\nawait z\n")`},
	{"async at end", `brief("x = async")`},
	{"exact type", `[(t.type, t.exact_type) for t in tokenize.generate_tokens(io.StringIO("a(b)+=c").readline)]`},
	{"token info repr", `repr(next(tokenize.generate_tokens(io.StringIO("x").readline)))`},
	{"token info fields", `(lambda t: (t.type, t.string, t.start, t.end, t.line, t[0], len(t), tuple(t)))(next(tokenize.generate_tokens(io.StringIO("abc = 1").readline)))`},
	{"token constants", `(token.tok_name[57], tokenize.COMMENT, tokenize.NL, tokenize.ENCODING, tokenize.N_TOKENS, token.N_TOKENS, token.NT_OFFSET, token.ISTERMINAL(5), token.ISNONTERMINAL(256), token.ISEOF(0), token.ISEOF(1))`},
	{"token all", `(token.__all__, sorted(tokenize.__all__))`},
	{"tok_name", `sorted(tokenize.tok_name.items())`},
	{"exact token types", `sorted(tokenize.EXACT_TOKEN_TYPES.items())`},
	{"bytes tokenize", `btoks(b"x = '\xc3\xa9'\n")`},
	{"bytes bom", `btoks(b"\xef\xbb\xbfx = 1\n")`},
	{"bytes cookie latin1", `btoks(b"# -*- coding: latin-1 -*-\nx = '\xe9'\n")`},
	{"detect plain", `enc(b"x = 1\n", b"y = 2\n")`},
	{"detect cookie first", `enc(b"# coding=utf-8\n", b"x\n")`},
	{"detect cookie second", `enc(b"#!/usr/bin/python\n", b"# vim: set fileencoding=iso-8859-15 :\n", b"x\n")`},
	{"detect cookie third ignored", `enc(b"\n", b"\n", b"# coding: latin-1\n")`},
	{"detect first not blank", `enc(b"x = 1\n", b"# coding: latin-1\n")`},
	{"detect normalized names", `[enc(("# coding: %s\n" % n).encode())[0] for n in ("UTF_8", "utf-8-unix", "Latin-1", "iso_8859_1", "iso-latin-1-x", "ascii", "cp1252")]`},
	{"detect bom", `(enc(b"\xef\xbb\xbfx\n"), enc(b"\xef\xbb\xbf# coding: utf-8\n"), enc(b"\xef\xbb\xbf"))`},
	{"detect empty", `(enc(b""), enc(b"\n", b""))`},
	{"detect bom bad cookie", `enc(b"\xef\xbb\xbf# coding: latin-1\n")`},
	{"detect unknown", `enc(b"# coding: nosuchcodec\n")`},
	{"detect invalid utf8", `enc(b"x = '\xff'\n")`},
	{"detect stop iteration", `(lambda: tokenize.detect_encoding(iter([]).__next__))()`},
	{"detect with file name", `(lambda f: (tokenize.detect_encoding(f.readline), f.close()))(open(os.path.join(tempfile.mkdtemp(), 'x.py'), 'wb+'))`},
	{"untokenize full", `[untok(s) == s for s in ("x = 1\n", "if x:\n    y  =  2 # c\n\nz\n", "f(a,\n  b)\n", "x = '''\nab'''\n")]`},
	{"untokenize full text", `untok("def f(a, b):\n    return a+b\n")`},
	{"untokenize compat", `untok2("def f(a, b):\n    return 'x' 'y' + a\nclass C: pass\n")`},
	{"untokenize bytes", `tokenize.untokenize(tokenize.tokenize(io.BytesIO(b"x = 1\n").readline))`},
	{"untokenize bad order", `tokenize.untokenize([(tokenize.NAME, 'a', (2, 0), (2, 1), ''), (tokenize.NAME, 'b', (1, 0), (1, 1), '')])`},
	{"untokenize continuation", `tokenize.untokenize([(tokenize.NAME, 'a', (1, 0), (1, 1), ''), (tokenize.NAME, 'b', (3, 2), (3, 3), '')])`},
	{"cli", `cli(b"x = 1\nif x:\n    y = 'a'  # c\n")`},
	{"cli exact", `cli(b"a(b)+=c\n", "-e")`},
	{"cli token error", `cli(b"x = (1,\n")`},
	{"cli indentation error", `cli(b"if x:\n    y\n  z\n")`},
	{"open", `(lambda p: (open(p, 'wb').write(b"# coding: latin-1\nx = '\xe9'\n"), (lambda f: (f.encoding, f.read(), f.mode, f.close()))(tokenize.open(p))))(os.path.join(tempfile.mkdtemp(), 'o.py'))`},
	{"generate from list", `[t.string for t in tokenize.generate_tokens(iter(["a = [\n", "1]\n"]).__next__)]`},
}

func TestTokenizeDifferential(t *testing.T) {
	pytesting.DiffCases(t, "tokenize", tokenizePrelude, tokenizeCases)
}

// fuzzTokenizeSource tokenizes s as str lines and as bytes: TokenError
// (input ending inside a string or brackets), IndentationError and, for
// bytes, SyntaxError from detect_encoding are the only exceptions
// allowed; the tokens of a source that tokenizes must untokenize (the
// full form may refuse positions out of order with ValueError, as
// CPython 3.6's does for a last line that is a comment).
const fuzzTokenizeSource = `import io, tokenize
def check(s):
    try:
        toks = list(tokenize.generate_tokens(io.StringIO(s).readline))
    except (tokenize.TokenError, IndentationError):
        toks = None
    if toks is not None:
        try:
            tokenize.untokenize(toks)
        except ValueError:
            pass  # as in CPython 3.6: a comment at the end without a newline
        tokenize.untokenize(t[:2] for t in toks)
    try:
        list(tokenize.tokenize(io.BytesIO(s.encode('utf-8', 'surrogatepass')).readline))
    except (tokenize.TokenError, SyntaxError):
        pass
    return None
`

// FuzzTokenize feeds untrusted text to tokenize: no exception but the
// tokenizer's own, no Go panic.
func FuzzTokenize(f *testing.F) {
	for _, s := range []string{
		"x = 1\n", "if x:\n    y\n  z\n", "'''abc", "(1,\n", "a = 'b\\\nc'\n", "# coding: latin-1\nx\n",
		"async def f():\n    await x\n", "\t\f x\r\n", "$ ? !", "f'{x}' rb'\\x00'", "1_000j .5e-3",
	} {
		f.Add(s)
	}
	check := pytesting.FuzzFunc(f, fuzzTokenizeSource, "check")
	f.Fuzz(func(t *testing.T, s string) {
		res, called, err := pytesting.CallWithString(t, check, s)
		if !called {
			return
		}
		require.NoError(t, err, "%q", s)
		require.Equal(t, py.None, res)
	})
}
