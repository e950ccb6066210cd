// Package memchurn measures an interpreter's resident memory while a
// script creates and drops ssl objects one after another
// (tests/scripts/memory_churn.py): SSLContexts, MemoryBIO+SSLObject pairs,
// or TLS connections to a local echo server of its own. The same script
// runs under gpython-ssl and CPython 3.6, so their figures compare.
//
// tests/memory_churn_test.go checks that memory stays flat under churn;
// bench/memory reports the full-size runs (issue 20, item 7).
package memchurn

import (
	"bufio"
	"bytes"
	"context"
	"crypto/tls"
	"crypto/x509"
	"crypto/x509/pkix"
	"errors"
	"fmt"
	"net"
	"os/exec"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/gpython-ssl/gpython-ssl/internal/testcerts"
)

// Kinds are the object kinds memory_churn.py churns.
var Kinds = []string{"contexts", "bio", "conns"}

// Modes: "close" releases each object explicitly (close() where it has
// one), "drop" only drops the last reference.
var Modes = []string{"close", "drop"}

// Result is one run of the script: Samples[i] is VmRSS in KiB after
// (i+1)/len(Samples) of the run, the warm-up excluded; Anon[i] and
// File[i] split it into anonymous memory (heaps, stacks) and mapped
// files (the executable and its libraries).
type Result struct {
	Samples    []int
	Anon, File []int
	Elapsed    time.Duration
}

// End is the resident set at the end of the run, in KiB.
func (r Result) End() int { return r.Samples[len(r.Samples)-1] }

// Quarters gives the largest sample of the second quarter of the run and
// the largest of the last quarter, in KiB. The maximum of each quarter is
// compared, not single samples, so that a collection that happens to fall
// just before one sample does not hide growth or fake it.
func (r Result) Quarters() (second, last int) {
	n := len(r.Samples)
	return slices.Max(r.Samples[n/4 : n/2]), slices.Max(r.Samples[n-n/4:])
}

// Grew reports whether the last quarter's peak, and the run's last
// sample too, exceed the second quarter's peak by more than tolerance
// KiB. Growth that is gone by the end (a collection that ran late on a
// loaded machine: 38 -> 45 -> 38.6 MiB under make test's -race load) is
// not a leak; a leak is still there when the run ends.
func (r Result) Grew(tolerance int) bool {
	second, last := r.Quarters()
	final := r.Samples[len(r.Samples)-1]
	return last > second+tolerance && final > second+tolerance
}

// String lists the samples in MiB.
func (r Result) String() string {
	var b strings.Builder
	for i, s := range r.Samples {
		if i > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "%.1f", float64(s)/1024)
	}
	return b.String()
}

// Run runs script under interp for kind and mode with count objects after
// the warm-up; srv is the echo server the "conns" kind connects to (nil
// for the others).
func Run(ctx context.Context, interp, script, kind, mode string, count int, srv *EchoServer) (Result, error) {
	args := []string{script, kind, strconv.Itoa(count), mode}
	if kind == "conns" {
		if srv == nil {
			return Result{}, errors.New("memchurn: conns needs an echo server")
		}
		args = append(args, strconv.Itoa(srv.Port), srv.CAFile)
	}
	cmd := exec.CommandContext(ctx, interp, args...)
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	start := time.Now()
	err := cmd.Run()
	elapsed := time.Since(start)
	if err != nil {
		return Result{}, fmt.Errorf("%s %s: %v\n%s%s", interp, strings.Join(args, " "), err, out.String(), errb.String())
	}
	res := Result{Elapsed: elapsed}
	done := false
	sc := bufio.NewScanner(&out)
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		switch {
		case len(f) == 5 && f[0] == "rss":
			var kib [3]int
			for i := range kib {
				n, err := strconv.Atoi(f[2+i])
				if err != nil {
					return Result{}, fmt.Errorf("memchurn: bad line %q", sc.Text())
				}
				kib[i] = n
			}
			res.Samples = append(res.Samples, kib[0])
			res.Anon = append(res.Anon, kib[1])
			res.File = append(res.File, kib[2])
		case len(f) == 1 && f[0] == "done":
			done = true
		}
	}
	if !done || len(res.Samples) < 4 {
		return Result{}, fmt.Errorf("memchurn: %s did not finish its samples:\n%s%s", interp, out.String(), errb.String())
	}
	return res, nil
}

// EchoServer is a TLS server on 127.0.0.1 (Go's crypto/tls, independent of
// both interpreters) that echoes one line per connection and closes it.
type EchoServer struct {
	Port   int
	CAFile string // PEM of the CA that issued the server's certificate ("localhost")
	l      net.Listener
	wg     sync.WaitGroup
}

// StartEchoServer makes a CA and a server certificate in dir and starts
// serving. Close stops it.
func StartEchoServer(dir string) (*EchoServer, error) {
	now := time.Now()
	ca, err := testcerts.NewCA(dir, "memchurn-ca.pem", testcerts.CASpec{
		Subject:   pkix.Name{CommonName: "memchurn CA"},
		NotBefore: now.Add(-24 * time.Hour), NotAfter: now.Add(30 * 24 * time.Hour),
	})
	if err != nil {
		return nil, err
	}
	cert, err := ca.LeafPair("memchurn-server.pem", "memchurn-server.key", testcerts.LeafSpec{
		Subject: pkix.Name{CommonName: "localhost"}, DNSNames: []string{"localhost"},
		IPs:       []net.IP{net.IPv4(127, 0, 0, 1)},
		NotBefore: now.Add(-time.Hour), NotAfter: now.Add(30 * 24 * time.Hour),
		KeyUsage: x509.KeyUsageDigitalSignature,
	})
	if err != nil {
		return nil, err
	}
	l, err := tls.Listen("tcp", "127.0.0.1:0", &tls.Config{Certificates: []tls.Certificate{cert}})
	if err != nil {
		return nil, err
	}
	s := &EchoServer{Port: l.Addr().(*net.TCPAddr).Port, CAFile: ca.Path, l: l}
	s.wg.Add(1)
	go s.serve()
	return s, nil
}

func (s *EchoServer) serve() {
	defer s.wg.Done()
	for {
		c, err := s.l.Accept()
		if err != nil {
			return
		}
		s.wg.Add(1)
		go func() {
			defer s.wg.Done()
			defer c.Close()
			_ = c.SetDeadline(time.Now().Add(30 * time.Second))
			line, err := bufio.NewReader(c).ReadString('\n')
			if err == nil {
				_, _ = c.Write([]byte(line))
			}
		}()
	}
}

// Close stops the server and waits for its connections to end.
func (s *EchoServer) Close() error {
	err := s.l.Close()
	s.wg.Wait()
	return err
}

// Tolerance is the growth from the second quarter's peak to the last's
// that still counts as flat: 3 MiB or 8% of the second quarter's peak,
// whichever is larger. A collector's sawtooth and malloc's arenas move
// RSS by a few hundred KiB between samples, and more on a loaded machine
// (1.6 MiB seen at load 20; a BIO churn swung between 21.0 and 24.6 MiB
// at load 30, anonymous memory all of it, once the executable's pages no
// longer padded the total and 8% of it stopped covering the swing); an
// OpenSSL object kept per connection or per SSLObject (tens of KiB each),
// or per context (14 KiB), over a quarter of the test's counts goes beyond
// it (4 MiB and more).
func Tolerance(r Result) int {
	second, _ := r.Quarters()
	return max(3072, second/12)
}
