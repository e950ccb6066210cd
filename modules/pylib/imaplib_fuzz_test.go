package pylib_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// fuzzImaplibSource plays s as a server's side of an IMAP4 session (no
// socket: an IMAP4 subclass reads it from memory, "@" in a line standing
// for the connection's tag prefix) while a client logs in, selects,
// fetches, searches, stores, appends and logs out, and runs the module's
// response helpers on s. Only the exceptions CPython 3.6's imaplib lets
// out for a bad server are accepted: IMAP4.error and its subclasses,
// UnicodeDecodeError for non-ASCII capabilities, and for
// Internaldate2tuple the KeyError, ValueError and OverflowError of a
// malformed date.
const fuzzImaplibSource = `import imaplib, io
class Memory(imaplib.IMAP4):
    def __init__(self, data):
        self._data = data
        imaplib.IMAP4.__init__(self)
    def open(self, host='', port=0):
        self.file = io.BytesIO(self._data)
        self.sent = []
    def readline(self):
        return self.file.readline().replace(b'@', self.tagpre)
    def send(self, data):
        self.sent.append(data)
    def shutdown(self):
        self.file.close()
def check(s):
    data = s.encode('utf-8', 'replace')
    imaplib.ParseFlags(data)
    try:
        imaplib.Internaldate2tuple(data)
    except (KeyError, ValueError, OverflowError):
        pass
    try:
        m = Memory(data)
    except (imaplib.IMAP4.error, UnicodeDecodeError):
        return None
    steps = [lambda: m.login('u', 'p'), lambda: m.select(), lambda: m.fetch('1', '(RFC822)'),
             lambda: m.search(None, 'ALL'), lambda: m.store('1', '+FLAGS', 'x'),
             lambda: m.append('INBOX', None, None, b'x'), lambda: m.response('EXISTS'),
             lambda: m.uid('FETCH', '1', '(UID)'), m.logout]
    for step in steps:
        try:
            step()
        except imaplib.IMAP4.abort:
            break
        except imaplib.IMAP4.error:
            pass
    return None
`

// FuzzImaplibServer feeds untrusted server output to imaplib's response
// parser (untagged and tagged responses, literals, continuations, response
// codes, BYE) and its helpers: each returns or raises what CPython 3.6's
// imaplib raises for a bad server, never another exception, a hang or a
// Go panic.
func FuzzImaplibServer(f *testing.F) {
	for _, s := range []string{
		"* OK [CAPABILITY IMAP4rev1] hi\r\n* CAPABILITY IMAP4rev1\r\n@0 OK done\r\n@1 OK in\r\n* 3 EXISTS\r\n* OK [UIDVALIDITY 1] x\r\n@2 OK [READ-WRITE] sel\r\n* 1 FETCH (RFC822 {5}\r\nhello)\r\n@3 OK f\r\n* SEARCH 1 2\r\n@4 OK s\r\n",
		"* PREAUTH x\r\n* CAPABILITY IMAP4\r\n@0 OK c\r\n+ go\r\n@1 NO [ALERT] no\r\n* BYE bye\r\n",
		"* OK x\r\n* CAPABILITY IMAP4rev1\r\n@0 OK c\r\n@1 BAD what\r\n* 2 FETCH (FLAGS (\\Seen) {99999}\r\nshort",
		"* OK x\r\n* CAPABILITY \xc3\xa9\r\n@0 OK c\r\n",
		"* OK x\r\n* CAPABILITY IMAP4rev1\r\n@9 OK c\r\n", "* BAD go away\r\n", "garbage\r\n", "* OK x\n", "",
		"1 (FLAGS (\\Seen \\Deleted) INTERNALDATE \"01-Jan-2020 10:00:00 +0100\")",
		"INTERNALDATE \"31-Xyz-2020 99:99:99 +9999\"", "INTERNALDATE \"00-Feb-0000 00:00:00 -0000\"",
	} {
		f.Add(s)
	}
	check := pytesting.FuzzFunc(f, fuzzImaplibSource, "check")
	f.Fuzz(func(t *testing.T, s string) {
		_, called, err := pytesting.CallWithString(t, check, s)
		if !called {
			return
		}
		require.NoError(t, err, "%q", s)
	})
}
