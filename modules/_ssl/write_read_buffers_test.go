package _ssl

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// An empty write is SSL_write's zero-length call, as CPython 3.6 makes
// it: after the handshake it fails as an EOF and sends nothing; the
// connection goes on working.
func TestConnEmptyWriteIsEOFLike36(t *testing.T) {
	for _, data := range [][]byte{nil, {}} {
		p := handshakenPair(t)
		before := p.c2s.Pending()
		n, err := p.client.Write(data)
		assert.Zero(t, n)
		var e *Error
		require.ErrorAs(t, err, &e)
		assert.Equal(t, KindEOF, e.Kind)
		assert.Equal(t, "EOF occurred in violation of protocol", e.Text)
		assert.Equal(t, before, p.c2s.Pending(), "no record for an empty write")
		assert.Equal(t, []byte("still works"), transfer(t, p.client, p.server, []byte("still works")))
	}
}

// An empty write before the handshake runs the handshake first, as
// SSL_write does: a client over memory BIOs wants to read.
func TestConnEmptyWriteBeforeHandshake(t *testing.T) {
	pki := testPKI(t)
	p := newPair(t, newClientCtx(t, ProtocolTLSClient, pki.caFile), newServerCtx(t, ProtocolTLSServer, pki.server), "localhost", true, nil)
	_, err := p.client.Write(nil)
	var e *Error
	require.ErrorAs(t, err, &e)
	assert.Equal(t, KindWantRead, e.Kind)
	assert.Positive(t, p.c2s.Pending(), "the ClientHello went out")
}

func TestNewReadBuffer(t *testing.T) {
	for _, n := range []int{-1, 0, 1, 1000, 16384, 16413, 1 << 16} {
		b := NewReadBuffer(n)
		want := max(n, 0)
		assert.Len(t, b, want)
		assert.Equal(t, want, cap(b), "no bytes past the length are reachable")
	}
	// MemoryBIO.Read exposes exactly what was buffered, whatever the
	// allocation held before.
	bio, err := NewMemoryBIO()
	require.NoError(t, err)
	defer bio.Close()
	for i := 0; i < 50; i++ {
		_, err := bio.Write([]byte("abc"))
		require.NoError(t, err)
		got := bio.Read(-1)
		assert.Equal(t, []byte("abc"), got)
		assert.Equal(t, 3, cap(got))
	}
}
