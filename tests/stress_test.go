package tests

import (
	"bufio"
	"bytes"
	"crypto/aes"
	"crypto/cipher"
	"crypto/sha256"
	"crypto/tls"
	"io"
	"net"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const bulkBlock = 65536

// patternHash is the SHA-256 of size bytes of bulk.py's "up" pattern.
func patternHash(size int64) [32]byte {
	h := sha256.New()
	blocks := make([][]byte, 16)
	for k := range blocks {
		blocks[k] = bytes.Repeat([]byte{byte(k + 1)}, bulkBlock)
	}
	for sent, k := int64(0), 0; sent < size; sent, k = sent+bulkBlock, k+1 {
		h.Write(blocks[k%16])
	}
	var sum [32]byte
	copy(sum[:], h.Sum(nil))
	return sum
}

// bulkServer accepts one connection and hashes what arrives; in echo mode
// it first streams size pseudo-random bytes and hashes them as it sends.
func bulkServer(t *testing.T, certfile string, echo bool, size int64) (int, <-chan [2][32]byte) {
	t.Helper()
	cert, err := tls.LoadX509KeyPair(certfile, certfile)
	require.NoError(t, err)
	l, err := tls.Listen("tcp", "127.0.0.1:0", &tls.Config{Certificates: []tls.Certificate{cert}})
	require.NoError(t, err)
	t.Cleanup(func() { l.Close() })
	out := make(chan [2][32]byte, 1)
	go func() {
		c, err := l.Accept()
		if err != nil {
			close(out)
			return
		}
		defer c.Close()
		_ = c.SetDeadline(time.Now().Add(5 * time.Minute))
		var sentSum [32]byte
		recv := sha256.New()
		if echo {
			done := make(chan struct{})
			go func() {
				_, _ = io.CopyN(recv, c, size)
				close(done)
			}()
			sent := sha256.New()
			src := io.LimitReader(newPattern(), size)
			_, _ = io.Copy(io.MultiWriter(c, sent), src)
			<-done
			copy(sentSum[:], sent.Sum(nil))
		} else {
			n, _ := io.CopyN(recv, c, size)
			_, _ = c.Write([]byte("received " + strconv.FormatInt(n, 10) + "\n"))
		}
		var recvSum [32]byte
		copy(recvSum[:], recv.Sum(nil))
		out <- [2][32]byte{sentSum, recvSum}
	}()
	return l.Addr().(*net.TCPAddr).Port, out
}

// newPattern returns a cheap deterministic non-repeating byte stream: the
// AES-CTR keystream of a fixed key, which the race detector does not slow
// down (it is assembly), unlike a byte-by-byte generator in Go.
func newPattern() io.Reader {
	block, err := aes.NewCipher(make([]byte, 16))
	if err != nil {
		panic(err) // a 16-byte key is always valid
	}
	return cipher.StreamReader{S: cipher.NewCTR(block, make([]byte, aes.BlockSize)), R: zeros{}}
}

// zeros reads as an endless run of zero bytes.
type zeros struct{}

func (zeros) Read(b []byte) (int, error) {
	clear(b)
	return len(b), nil
}

// TestGiBTransfer moves 1 GiB each way between gpython-ssl and a Go peer
// and compares SHA-256 checksums.
func TestGiBTransfer(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: 1 GiB transfers skipped")
	}
	p := testPKI(t)
	const size = int64(1) << 30
	t.Run("client sends", func(t *testing.T) {
		port, sums := bulkServer(t, p.ECDSA, false, size)
		r := runCmd(t, 5*time.Minute, binary, script("bulk.py"), strconv.Itoa(port), p.CA, "up", strconv.FormatInt(size, 10))
		require.Equal(t, 0, r.Code, r.Stderr)
		assert.Equal(t, "sent "+strconv.FormatInt(size, 10)+" received "+strconv.FormatInt(size, 10)+"\n", r.Stdout)
		got := <-sums
		assert.Equal(t, patternHash(size), got[1], "what arrived differs from what was sent")
	})
	t.Run("client receives", func(t *testing.T) {
		port, sums := bulkServer(t, p.ECDSA, true, size)
		r := runCmd(t, 5*time.Minute, binary, script("bulk.py"), strconv.Itoa(port), p.CA, "echo", strconv.FormatInt(size, 10))
		require.Equal(t, 0, r.Code, r.Stderr)
		assert.Equal(t, "echoed "+strconv.FormatInt(size, 10)+"\n", r.Stdout)
		got := <-sums
		assert.Equal(t, got[0], got[1], "the echo differs from what was sent: received data was corrupted")
	})
}

// TestThousandConnectionsLeakNothing: 1,000 sequential TLS connections
// leave the descriptor count unchanged and RSS flat.
func TestThousandConnectionsLeakNothing(t *testing.T) {
	p := testPKI(t)
	const count = 1000
	cert, err := tls.LoadX509KeyPair(p.ECDSA, p.ECDSA)
	require.NoError(t, err)
	l, err := tls.Listen("tcp", "127.0.0.1:0", &tls.Config{Certificates: []tls.Certificate{cert}})
	require.NoError(t, err)
	defer l.Close()
	go func() {
		for i := 0; i < count+100; i++ {
			c, err := l.Accept()
			if err != nil {
				return
			}
			go func(c net.Conn) {
				defer c.Close()
				_ = c.SetDeadline(time.Now().Add(20 * time.Second))
				line, err := bufio.NewReader(c).ReadString('\n')
				if err == nil {
					_, _ = c.Write([]byte(line))
				}
			}(c)
		}
	}()
	port := l.Addr().(*net.TCPAddr).Port
	r := runCmd(t, 5*time.Minute, binary, script("many_connections.py"), strconv.Itoa(port), p.CA, strconv.Itoa(count))
	require.Equal(t, 0, r.Code, r.Stderr)
	var fd0, fd1, rss0, rss1 int
	for _, line := range strings.Split(strings.TrimSpace(r.Stdout), "\n") {
		f := strings.Fields(line)
		require.Len(t, f, 3, line)
		a, _ := strconv.Atoi(f[1])
		b, _ := strconv.Atoi(f[2])
		switch f[0] {
		case "fds":
			fd0, fd1 = a, b
		case "rss_kib":
			rss0, rss1 = a, b
		}
	}
	assert.Equal(t, fd0, fd1, "descriptors leaked over %d connections", count)
	assert.Greater(t, rss0, 0)
	assert.Less(t, rss1-rss0, 16*1024, "RSS grew by %d KiB over %d connections", rss1-rss0, count)
	t.Logf("fds %d -> %d, RSS %d KiB -> %d KiB over %d connections", fd0, fd1, rss0, rss1, count)
}
