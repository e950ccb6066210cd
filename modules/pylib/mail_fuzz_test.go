package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	"github.com/stretchr/testify/require"
)

// fuzzMailSource runs the mail modules' parsers of untrusted text on s:
// address and date parsing in email.utils, a header block in
// email.message_from_string, FTP's reply parsers. Only the exceptions
// CPython 3.6 raises for bad input are accepted; anything else escapes.
const fuzzMailSource = `import email, email.errors, email.utils as u, ftplib
def check(s):
    u.parseaddr(s)
    for a in u.getaddresses([s]):
        assert isinstance(a, tuple) and len(a) == 2, a
    try:
        t = u.parsedate_tz(s)
    except (UnboundLocalError, IndexError):
        # CPython 3.6's _parsedate_tz raises these on some malformed dates
        t = None
    if t is not None:
        assert len(t) == 10
        try:
            u.parsedate_to_datetime(s)
        except (ValueError, OverflowError):
            pass
    m = email.message_from_string(s)
    m.items()
    try:
        m.as_string()
    except email.errors.HeaderParseError:
        # 3.6 refuses to write a header whose value folds into what reads
        # as another header ("0:\x1d0:": \x1d is a line boundary)
        pass
    for f in (ftplib.parse150, ftplib.parse227, ftplib.parse257):
        try:
            f(s)
        except ftplib.Error:
            pass
    try:
        ftplib.parse229(s, ('h', 1))
    except (ftplib.Error, ValueError, IndexError):
        pass
    return None
`

// FuzzMailParsers feeds untrusted text to the parsers of email.utils,
// email.message and ftplib: each returns or raises the exception CPython 3.6
// raises for bad input, never another exception or a Go panic.
func FuzzMailParsers(f *testing.F) {
	for _, s := range []string{
		"Joe <j@x>", "\"a, b\" <c@d>, e@f (g)", "G: a@b, c@d;", "<@route:j@x>", ",,a@b", "(((",
		"Fri, 09 Nov 2001 01:08:47 -0000", "9 Nov 01 1:08 EST", "1 Jan 2019 10.00.00.00 x",
		"31 Feb 2019 10:00 +9999", "To: a\n b\n\nbody", "From x\nA: 1\n\n",
		"1 (FLAGS (\\Seen) INTERNALDATE \"01-Jan-2020 10:00:00 +0100\")", "227 (1,2,3,4,5,6)",
		"229 (|||70000|)", "257 \"a\"\"b", "150 x (12 bytes)", "", "\"", "<", "\\",
	} {
		f.Add(s)
	}
	check := pytesting.FuzzFunc(f, fuzzMailSource, "check")
	f.Fuzz(func(t *testing.T, s string) {
		_, called, err := pytesting.CallWithString(t, check, s)
		if !called {
			return
		}
		require.NoError(t, err, "%q", s)
	})
}
