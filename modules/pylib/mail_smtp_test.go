package pylib_test

import "testing"

// TestMailSMTPClient runs testdata/mail_smtp_client.py (smtplib against
// the scripted server of testdata/mail_peer.py: plain, STARTTLS and
// implicit TLS; EHLO/HELO, AUTH CRAM-MD5/PLAIN/LOGIN, sendmail's refusals,
// disconnects, debug output, an unknown CA) under CPython 3.6 and
// gpython-ssl.
func TestMailSMTPClient(t *testing.T) {
	runMailClient(t, "mail_smtp_client")
}
