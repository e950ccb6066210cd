package pylib_test

import "testing"

// TestImaplibClient runs testdata/imaplib_client.py (imaplib against the
// scripted IMAP servers of testdata/mail_peer.py: plain, STARTTLS and
// implicit TLS; LOGIN, CRAM-MD5 and custom authenticators; SELECT,
// SEARCH, FETCH with literals, STORE, APPEND, UID commands; BYE, EOF,
// garbage and BAD replies; the module's helpers) under CPython 3.6 and
// gpython-ssl.
func TestImaplibClient(t *testing.T) {
	runMailClient(t, "imaplib_client")
}
