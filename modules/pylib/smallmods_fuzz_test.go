package pylib_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// fuzzSmallmodsSource runs the parsers of untrusted input among the small
// modules on s: a Cookie header (http.cookies), a Plural-Forms
// expression and a .mo file (gettext), quoted-printable text (quopri)
// and a partial command (codeop). Only the exceptions CPython 3.6 raises
// for bad input are accepted.
const fuzzSmallmodsSource = `import gettext, io, quopri, struct, codeop
from http import cookies
def check(s):
    c = cookies.SimpleCookie()
    try:
        c.load(s)
    except cookies.CookieError:
        pass
    c.output()
    try:
        gettext.c2py(s)
    except (ValueError, RecursionError, SyntaxError):
        # CPython 3.6 too rewrites "a != !b" into invalid Python
        pass
    data = s.encode("utf-8", "surrogatepass")
    try:
        gettext.GNUTranslations(io.BytesIO(b"\xde\x12\x04\x95" + data))
    except (OSError, struct.error, UnicodeDecodeError, IndexError, ValueError, LookupError, TypeError):
        pass
    quopri.decodestring(data)
    quopri.encodestring(data, quotetabs=True, header=True)
    try:
        codeop.compile_command(s)
    except (SyntaxError, ValueError, OverflowError):
        pass
    return None
`

// FuzzSmallmodsParsers feeds untrusted text to http.cookies, gettext,
// quopri and codeop: each returns or raises the exception CPython 3.6
// raises for bad input, never another exception or a Go panic.
func FuzzSmallmodsParsers(f *testing.F) {
	for _, s := range []string{
		"a=1; b=\"x y\"; Path=/", "$Version=1; a=\"\\101\"", "expires=Wed, 09 Jun 2021 10:18:14 GMT",
		"n != 1", "n%10==1 && n%100!=11 ? 0 : 2", "((n)", "n ? : 1", "=3D=ZZ=\n", "if x:", "a b",
		"\x00\x00\x00\x00\x01\x00\x00\x00\x1c\x00\x00\x00", "", "\"", "(", "\\",
	} {
		f.Add(s)
	}
	check := pytesting.FuzzFunc(f, fuzzSmallmodsSource, "check")
	f.Fuzz(func(t *testing.T, s string) {
		_, called, err := pytesting.CallWithString(t, check, s)
		if !called {
			return
		}
		require.NoError(t, err, "%q", s)
	})
}
