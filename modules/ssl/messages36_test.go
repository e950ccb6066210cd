package ssl_test

import "testing"

// TestMessagesLikeCPython36 runs testdata/messages36.py under CPython 3.6
// and gpython-ssl: the errors a TLS script prints most (a failed
// handshake, a non-blocking read, a handshake timeout, missing and bad
// certificate files) must read the same, _ssl.c place and errno included.
func TestMessagesLikeCPython36(t *testing.T) {
	scriptLikeCPython36(t, "messages36")
}
