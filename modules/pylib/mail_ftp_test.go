package pylib_test

import "testing"

// TestMailFTPClient runs testdata/mail_ftp_client.py (ftplib against the
// scripted server of testdata/mail_peer.py: passive and active transfers,
// FTP_TLS with AUTH TLS, PROT P/C and CCC, error replies, a hang-up, an
// unknown CA) under CPython 3.6 and gpython-ssl.
func TestMailFTPClient(t *testing.T) {
	runMailClient(t, "mail_ftp_client")
}
