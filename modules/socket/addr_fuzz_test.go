package socket

import (
	"context"
	"encoding/binary"
	"errors"
	"math/big"
	"net"
	"strings"
	"syscall"
	"testing"
	"unicode/utf8"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/modules/host"
)

// fuzzHosts are host texts the object decoder can pick whole: literals of
// each kind, CPython's special names, names /etc/hosts answers, and ones
// that fail.
var fuzzHosts = []string{"127.0.0.1", "0.0.0.0", "::1", "::", "", "<broadcast>", "255.255.255.255",
	"::ffff:1.2.3.4", "fe80::1%1", "fe80::1%lo", "fe80::1%nosuchif", "1.2.3.4%1", "localhost",
	"01.2.3.4", "1.2.3", "256.1.1.1", "1::2::3", "host.invalid", "\x00", "a\x00b"}

// fuzzObject decodes a Python object from the fuzzer's bytes: tuples (up
// to depth 3), str, bytes, small and huge ints, bool, None, float and
// whole host texts. It returns the object and the bytes left.
func fuzzObject(b []byte, depth int) (py.Object, []byte) {
	if len(b) == 0 {
		return py.None, b
	}
	tag, b := b[0], b[1:]
	n := 0
	if len(b) > 0 {
		n = int(b[0])
	}
	take := func(k int) []byte {
		if len(b) > 0 {
			b = b[1:]
		}
		k = min(k, len(b))
		out := b[:k]
		b = b[k:]
		return out
	}
	switch tag % 9 {
	case 0:
		if depth >= 3 {
			return py.Tuple{}, b
		}
		if len(b) > 0 {
			b = b[1:]
		}
		t := make(py.Tuple, n%6)
		for i := range t {
			t[i], b = fuzzObject(b, depth+1)
		}
		return t, b
	case 1:
		return py.String(strings.ToValidUTF8(string(take(n%120)), "\ufffd")), b
	case 2:
		return py.Bytes(append([]byte(nil), take(n)...)), b
	case 3:
		v := int64(0)
		for _, c := range take(n % 9) {
			v = v<<8 | int64(c)
		}
		return py.Int(v), b
	case 4:
		v := new(big.Int).SetBytes(take(n % 17))
		if n%2 == 1 {
			v.Neg(v)
		}
		return (*py.BigInt)(v), b
	case 5:
		return py.NewBool(n%2 == 1), take(0)
	case 6:
		return py.Float(float64(n) / 3), take(0)
	case 7:
		return py.String(fuzzHosts[n%len(fuzzHosts)]), take(0)
	}
	return py.None, b
}

// addrErrorOK reports whether err is an exception CPython raises for a bad
// socket address: TypeError, ValueError, OverflowError or an OSError
// (socket.gaierror included).
func addrErrorOK(err error) bool {
	var exc *py.Exception
	if !errors.As(err, &exc) {
		return false
	}
	t := exc.Type()
	for _, ok := range []*py.Type{py.TypeError, py.ValueError, py.OverflowError, py.OSError} {
		if t.IsSubtype(ok) {
			return true
		}
	}
	return false
}

// rawBytes is the part of a kernel address its length covers.
func rawBytes(ra *rawAddr) []byte {
	n := min(int(ra.len), int(unsafe.Sizeof(ra.any)))
	return append([]byte(nil), unsafe.Slice((*byte)(unsafe.Pointer(&ra.any)), n)...)
}

// offlineResolver makes name lookups answer from /etc/hosts only: a
// fuzzed host name must not reach the network.
func offlineResolver(f *testing.F) {
	saved := net.DefaultResolver
	net.DefaultResolver = &net.Resolver{PreferGo: true, Dial: func(context.Context, string, string) (net.Conn, error) {
		return nil, errors.New("fuzz: no DNS")
	}}
	f.Cleanup(func() { net.DefaultResolver = saved })
}

var fuzzFamilies = []int{syscall.AF_INET, syscall.AF_INET6, syscall.AF_UNIX, syscall.AF_PACKET, 0, -1}

// FuzzAddrToRaw converts fuzzed Python objects to kernel addresses as
// connect/bind/sendto do, for AF_INET, AF_INET6, AF_UNIX and families the
// module does not handle. Invariants: no Go panic; a failure is a
// TypeError, ValueError, OverflowError or OSError; a converted address
// turns back (rawToAddr, what getsockname/recvfrom give) into an object
// that converts to the same kernel bytes; an AF_UNIX path keeps its bytes
// (a str path up to its first NUL, an abstract name whole) and one too
// long for sun_path is refused with OSError.
func FuzzAddrToRaw(f *testing.F) {
	enc := func(b ...byte) []byte { return b }
	f.Add(uint8(0), enc(0, 2, 7, 0, 3, 2, 0x1f, 0x90))                             // ('127.0.0.1', 8080)
	f.Add(uint8(1), enc(0, 4, 7, 2, 3, 2, 1, 0, 3, 1, 7, 3, 1, 1))                 // ('::1', 256, 7, 1)
	f.Add(uint8(1), enc(0, 2, 7, 8, 3, 1, 0))                                      // ('fe80::1%1', 0)
	f.Add(uint8(0), enc(0, 2, 7, 12, 4, 9, 1, 0, 0, 0, 0, 0, 0, 0, 0))             // ('localhost', -2**64)
	f.Add(uint8(0), enc(0, 2, 7, 5, 6, 1))                                         // ('<broadcast>', float)
	f.Add(uint8(2), enc(1, 5, '/', 't', 'm', 'p', '/'))                            // '/tmp/'
	f.Add(uint8(2), enc(2, 4, 0, 'a', 'b', 'c'))                                   // b'\0abc'
	f.Add(uint8(2), append(enc(2, 108, 0), make([]byte, 107)...))                  // abstract, 108 bytes
	f.Add(uint8(2), append(enc(1, 108, 'x'), []byte(strings.Repeat("x", 107))...)) // 108-byte path
	f.Add(uint8(3), enc(0, 2, 7, 0, 3, 1, 80))
	f.Add(uint8(0), enc(0, 3, 7, 0, 3, 1, 80, 5))
	f.Add(uint8(1), enc(0, 4, 7, 2, 3, 1, 80, 4, 17, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0))
	offlineResolver(f)
	f.Fuzz(func(t *testing.T, fam uint8, data []byte) {
		family := fuzzFamilies[int(fam)%len(fuzzFamilies)]
		obj, _ := fuzzObject(data, 0)
		var ra rawAddr
		var err error
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("Go panic converting %#v for family %d: %v", obj, family, r)
				}
			}()
			ra, err = addrToRaw(family, obj, "connect")
		}()
		var path []byte
		isPath := false
		if family == syscall.AF_UNIX {
			switch v := obj.(type) {
			case py.String:
				path, isPath = []byte(string(v)), true
			case py.Bytes:
				path, isPath = v, true
			}
		}
		if err != nil {
			if !addrErrorOK(err) {
				t.Fatalf("converting %#v for family %d: unexpected error %T %v", obj, family, err, err)
			}
			max := len(syscall.RawSockaddrUnix{}.Path)
			if len(path) == 0 || path[0] != 0 {
				max--
			}
			if isPath && len(path) <= max {
				t.Fatalf("AF_UNIX path %q (%d bytes) refused: %v", path, len(path), err)
			}
			return
		}
		if int(ra.any.Addr.Family) != family {
			t.Fatalf("converted family %d, want %d", ra.any.Addr.Family, family)
		}
		back := rawToAddr(&ra)
		if family == syscall.AF_UNIX {
			want := py.Object(py.String(""))
			switch {
			case len(path) > 0 && path[0] == 0:
				want = py.Bytes(path)
			case len(path) > 0:
				p := path
				if i := strings.IndexByte(string(p), 0); i >= 0 {
					p = p[:i]
				}
				// Decoded as getsockname does, os.fsdecode's way:
				// undecodable bytes come back as lone surrogates.
				name, _, err := host.DecodeText(p, "utf-8", "surrogateescape", true)
				if err != nil {
					t.Fatalf("decoding %q: %v", p, err)
				}
				want = py.String(name)
			}
			if eq, _ := py.Eq(back, want); eq != py.True {
				t.Fatalf("AF_UNIX %q came back as %#v, want %#v", path, back, want)
			}
			if utf8.Valid(path) && !strings.Contains(string(path[min(1, len(path)):]), "\x00") || len(path) > 0 && path[0] == 0 {
				again, err := addrToRaw(family, back, "connect")
				if err != nil || string(rawBytes(&again)) != string(rawBytes(&ra)) {
					t.Fatalf("AF_UNIX %q: %#v converts to other bytes (%v)", path, back, err)
				}
			}
			return
		}
		again, err := addrToRaw(family, back, "connect")
		if err != nil {
			t.Fatalf("%#v came back as %#v, which does not convert: %v", obj, back, err)
		}
		if string(rawBytes(&again)) != string(rawBytes(&ra)) {
			t.Fatalf("%#v -> %x -> %#v -> %x", obj, rawBytes(&ra), back, rawBytes(&again))
		}
	})
}

// FuzzRawToAddr turns fuzzed kernel address bytes (any family, any length
// up to sockaddr_storage) into Python objects, as recvfrom, accept and
// getpeername do with what a peer's kernel reports. Invariants: no Go
// panic; an AF_INET or AF_INET6 address of full length converts back to
// the same bytes (the kernel always fills sin_zero with zeros), except a
// flowinfo above 20 bits, refused with OverflowError as CPython does.
func FuzzRawToAddr(f *testing.F) {
	f.Add([]byte{2, 0, 0x1f, 0x90, 127, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0})
	f.Add(append([]byte{10, 0, 0, 80, 0, 0, 0, 1}, append(make([]byte, 15), 1, 2, 0, 0, 0)...))
	f.Add([]byte{1, 0, '/', 't', 'm', 'p', 0})
	f.Add([]byte{1, 0, 0, 'a', 'b'})
	f.Add([]byte{1, 0})
	f.Add([]byte{17, 0, 1, 2, 3})
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		var ra rawAddr
		buf := unsafe.Slice((*byte)(unsafe.Pointer(&ra.any)), unsafe.Sizeof(ra.any))
		n := copy(buf, data)
		ra.len = uint32(n)
		var obj py.Object
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("Go panic on %x: %v", data, r)
				}
			}()
			obj = rawToAddr(&ra)
		}()
		if obj == nil {
			t.Fatalf("rawToAddr(%x) = nil", data)
		}
		var full uint32
		switch int(ra.any.Addr.Family) {
		case syscall.AF_INET:
			full = syscall.SizeofSockaddrInet4
			for i := 8; i < 16 && i < n; i++ {
				buf[i] = 0
			}
		case syscall.AF_INET6:
			full = syscall.SizeofSockaddrInet6
		default:
			return
		}
		if ra.len != full {
			return
		}
		again, err := addrToRaw(int(ra.any.Addr.Family), obj, "connect")
		if full == syscall.SizeofSockaddrInet6 && binary.BigEndian.Uint32(buf[4:8]) > 0xfffff {
			// The kernel's flowinfo may carry traffic class bits that
			// CPython, too, reports but refuses to take back.
			var exc *py.Exception
			if !errors.As(err, &exc) || exc.Type() != py.OverflowError {
				t.Fatalf("flowinfo %#x taken back: %v", binary.BigEndian.Uint32(buf[4:8]), err)
			}
			return
		}
		if err != nil {
			t.Fatalf("rawToAddr(%x) = %#v, which does not convert: %v", data, obj, err)
		}
		if string(rawBytes(&again)) != string(rawBytes(&ra)) {
			t.Fatalf("%x -> %#v -> %x", rawBytes(&ra), obj, rawBytes(&again))
		}
	})
}
