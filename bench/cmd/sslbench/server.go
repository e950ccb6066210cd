package main

import (
	"bufio"
	"crypto/tls"
	"errors"
	"fmt"
	"io"
	"net"
	"strconv"
	"sync"
	"time"
)

// Server modes: what a listener does with each connection after the
// handshake. One listener serves one mode, so clients send no commands and
// the measured bytes are only the payload.
const (
	modeHandshake = "hs"     // read until EOF (the client just closes)
	modeGreet     = "greet"  // write one byte, then read until EOF (resumption: the client reads it, which processes TLS 1.3 tickets)
	modeSink      = "sink"   // read N bytes, write one ack byte, read until EOF
	modeSource    = "source" // write N bytes, close_notify, close
	modeEcho      = "echo"   // echo everything back until EOF
	modeHTTP      = "http"   // read a request, answer a tiny HTTP/1.0 response, close (for openssl s_time -www)
)

// connDeadline bounds every server connection.
const connDeadline = 2 * time.Minute

// serverKey names one listener.
type serverKey struct {
	Version uint16 // tls.VersionTLS12 or tls.VersionTLS13
	Cert    string // certECDSA or certRSA
	Mode    string
	N       int64 // payload size for sink/source
}

func (k serverKey) String() string {
	return fmt.Sprintf("%s/%s/%s/%d", versionName(k.Version), k.Cert, k.Mode, k.N)
}

// versionName prints a TLS version as Python's SSLSocket.version() does.
func versionName(v uint16) string {
	switch v {
	case tls.VersionTLS12:
		return "TLSv1.2"
	case tls.VersionTLS13:
		return "TLSv1.3"
	}
	return fmt.Sprintf("0x%04x", v)
}

// goServer runs Go crypto/tls listeners on 127.0.0.1, port 0, one per
// serverKey, started on first use.
type goServer struct {
	certs *certSet

	mu        sync.Mutex
	listeners map[serverKey]net.Listener
	wg        sync.WaitGroup
	closed    bool
	// errs counts connection errors other than the client's EOF/reset.
	errs int
}

func newGoServer(cs *certSet) *goServer {
	return &goServer{certs: cs, listeners: map[serverKey]net.Listener{}}
}

// addr returns "127.0.0.1:port" of the listener for k, starting it if needed.
func (s *goServer) addr(k serverKey) (string, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.closed {
		return "", errors.New("server closed")
	}
	if l, ok := s.listeners[k]; ok {
		return l.Addr().String(), nil
	}
	cert, ok := s.certs.Leaf[k.Cert]
	if !ok {
		return "", fmt.Errorf("unknown certificate kind %q", k.Cert)
	}
	cfg := &tls.Config{
		Certificates: []tls.Certificate{cert},
		MinVersion:   k.Version,
		MaxVersion:   k.Version,
	}
	l, err := tls.Listen("tcp", "127.0.0.1:0", cfg)
	if err != nil {
		return "", err
	}
	s.listeners[k] = l
	s.wg.Add(1)
	go s.accept(l, k)
	return l.Addr().String(), nil
}

// port returns the port of the listener for k.
func (s *goServer) port(k serverKey) (string, string, error) {
	a, err := s.addr(k)
	if err != nil {
		return "", "", err
	}
	h, p, err := net.SplitHostPort(a)
	return h, p, err
}

func (s *goServer) accept(l net.Listener, k serverKey) {
	defer s.wg.Done()
	for {
		c, err := l.Accept()
		if err != nil {
			return
		}
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			defer c.Close()
			_ = c.SetDeadline(time.Now().Add(connDeadline))
			if err := serve(c.(*tls.Conn), k); err != nil && !clientGone(err) {
				s.mu.Lock()
				s.errs++
				s.mu.Unlock()
			}
		}()
	}
}

// serve runs one connection in mode k.Mode.
func serve(c *tls.Conn, k serverKey) error {
	if err := c.Handshake(); err != nil {
		return err
	}
	switch k.Mode {
	case modeHandshake:
		_, err := io.Copy(io.Discard, c)
		return err
	case modeGreet:
		if _, err := c.Write([]byte("g")); err != nil {
			return err
		}
		_, err := io.Copy(io.Discard, c)
		return err
	case modeSink:
		if _, err := io.CopyN(io.Discard, c, k.N); err != nil {
			return err
		}
		if _, err := c.Write([]byte("k")); err != nil {
			return err
		}
		_, err := io.Copy(io.Discard, c)
		return err
	case modeSource:
		buf := make([]byte, 16384)
		for left := k.N; left > 0; {
			n := int64(len(buf))
			if left < n {
				n = left
			}
			if _, err := c.Write(buf[:n]); err != nil {
				return err
			}
			left -= n
		}
		return c.Close()
	case modeHTTP:
		r := bufio.NewReader(c)
		for {
			line, err := r.ReadString('\n')
			if err != nil {
				return err
			}
			if line == "\r\n" || line == "\n" {
				break
			}
		}
		if _, err := io.WriteString(c, "HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok"); err != nil {
			return err
		}
		return c.Close()
	case modeEcho:
		_, err := io.Copy(c, bufio.NewReaderSize(c, 16384))
		return err
	}
	return fmt.Errorf("unknown mode %q", k.Mode)
}

// clientGone reports errors that only mean the client closed the TCP
// connection without close_notify (what CPython's SSLSocket.close does).
func clientGone(err error) bool {
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, net.ErrClosed) {
		return true
	}
	var ne *net.OpError
	return errors.As(err, &ne)
}

// errorCount returns how many connections failed for other reasons.
func (s *goServer) errorCount() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.errs
}

// Close stops all listeners and waits for their connections.
func (s *goServer) Close() {
	s.mu.Lock()
	s.closed = true
	for _, l := range s.listeners {
		l.Close()
	}
	s.mu.Unlock()
	s.wg.Wait()
}

// portString is a helper for tests.
func portString(addr string) int {
	_, p, _ := net.SplitHostPort(addr)
	n, _ := strconv.Atoi(p)
	return n
}
