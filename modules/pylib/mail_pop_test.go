package pylib_test

import "testing"

// TestMailPOPClient runs testdata/mail_pop_client.py (poplib against the
// scripted server of testdata/mail_peer.py: plain, STLS and implicit TLS;
// USER/PASS, APOP, STAT/LIST/RETR/TOP/DELE/UIDL/CAPA, errors, a server
// that hangs up mid-reply, an unknown CA) under CPython 3.6 and
// gpython-ssl.
func TestMailPOPClient(t *testing.T) {
	runMailClient(t, "mail_pop_client")
}
