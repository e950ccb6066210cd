package socket

import (
	"context"
	"encoding/binary"
	"errors"
	"net"
	"net/netip"
	"strconv"
	"sync/atomic"
	"syscall"
	"time"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/internal/sigint"
	"github.com/gpython-ssl/gpython-ssl/modules/host"
)

var nativeEndian = binary.NativeEndian

// offsetof(struct sockaddr_un, sun_path): the length of an unnamed AF_UNIX
// address.
const unixPathOffset = 2

// resolveTimeout bounds one name lookup, so that a broken resolver cannot
// hang an interpreter forever.
const resolveTimeout = 30 * time.Second

// getaddrinfo(3) error codes (glibc), the errno of socket.gaierror.
const (
	EAI_BADFLAGS   = -1
	EAI_NONAME     = -2
	EAI_AGAIN      = -3
	EAI_FAIL       = -4
	EAI_NODATA     = -5
	EAI_FAMILY     = -6
	EAI_SOCKTYPE   = -7
	EAI_SERVICE    = -8
	EAI_ADDRFAMILY = -9
	EAI_MEMORY     = -10
	EAI_SYSTEM     = -11
	EAI_OVERFLOW   = -12
)

// gaiMessages is gai_strerror(3) as glibc words it.
var gaiMessages = map[int]string{
	EAI_BADFLAGS:   "Bad value for ai_flags",
	EAI_NONAME:     "Name or service not known",
	EAI_AGAIN:      "Temporary failure in name resolution",
	EAI_FAIL:       "Non-recoverable failure in name resolution",
	EAI_NODATA:     "No address associated with hostname",
	EAI_FAMILY:     "ai_family not supported",
	EAI_SOCKTYPE:   "ai_socktype not supported",
	EAI_SERVICE:    "Servname not supported for ai_socktype",
	EAI_ADDRFAMILY: "Address family for hostname not supported",
	EAI_MEMORY:     "Memory allocation failure",
	EAI_SYSTEM:     "System error",
	EAI_OVERFLOW:   "Argument buffer overflow",
}

// newGaiError is socket.gaierror for a getaddrinfo error code.
func newGaiError(code int) *py.Exception {
	msg, ok := gaiMessages[code]
	if !ok {
		msg = "Unknown error"
	}
	return pyutil.NewOSError(GaiErrorType, code, msg, nil)
}

// gaiFromGoError maps a Go resolver failure to the gaierror glibc would give.
func gaiFromGoError(err error) *py.Exception {
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		switch {
		case dnsErr.IsNotFound:
			return newGaiError(EAI_NONAME)
		case dnsErr.IsTemporary, dnsErr.IsTimeout:
			return newGaiError(EAI_AGAIN)
		}
		return newGaiError(EAI_FAIL)
	}
	return newGaiError(EAI_NONAME)
}

// lookupHost resolves name to addresses of network "ip4", "ip6" or "ip"
// with the Go resolver (which reads /etc/hosts first, as glibc does).
func lookupHost(name, network string) ([]netip.Addr, error) {
	ctx, cancel := context.WithTimeout(context.Background(), resolveTimeout)
	defer cancel()
	// Ctrl-C cancels the lookup (a slow DNS server can take the whole
	// resolveTimeout) and raises KeyboardInterrupt.
	var interrupted atomic.Bool
	if sigint.Enabled() {
		intr := sigint.Done()
		go func() {
			select {
			case <-intr:
				interrupted.Store(true)
				cancel()
			case <-ctx.Done():
			}
		}()
	}
	var addrs []netip.Addr
	var err error
	gil.Unlocked(func() { addrs, err = net.DefaultResolver.LookupNetIP(ctx, network, name) })
	if err != nil {
		if interrupted.Load() {
			if kerr := sigint.Check(); kerr != nil {
				return nil, kerr
			}
		}
		return nil, gaiFromGoError(err)
	}
	// The Go resolver may hand IPv4 answers back in IPv4-mapped form;
	// getaddrinfo gives them as AF_INET.
	out := make([]netip.Addr, 0, len(addrs))
	seen := map[netip.Addr]bool{}
	for _, a := range addrs {
		a = a.Unmap()
		if !seen[a] {
			seen[a] = true
			out = append(out, a)
		}
	}
	if len(out) == 0 {
		return nil, newGaiError(EAI_NODATA)
	}
	return out, nil
}

// hostArg returns a host given as str or bytes.
func hostArg(o py.Object, caller string) (string, error) {
	switch v := o.(type) {
	case py.String:
		return string(v), nil
	case py.Bytes:
		return string(v), nil
	}
	return "", pyutil.TypeErrorf("str, bytes or bytearray expected, not %s", pyutil.TypeName(o))
}

// resolve4 turns a host of an AF_INET address into 4 bytes, with CPython's
// special names: ” is INADDR_ANY, '<broadcast>' INADDR_BROADCAST.
func resolve4(host string) ([4]byte, error) {
	switch host {
	case "":
		return [4]byte{}, nil
	case "<broadcast>", "255.255.255.255":
		return [4]byte{255, 255, 255, 255}, nil
	}
	if a, ok := parseIPv4Strict(host); ok {
		return a, nil
	}
	addrs, err := lookupHost(host, "ip4")
	if err != nil {
		return [4]byte{}, err
	}
	for _, a := range addrs {
		if a.Unmap().Is4() {
			return a.Unmap().As4(), nil
		}
	}
	return [4]byte{}, newGaiError(EAI_ADDRFAMILY)
}

// resolve6 turns a host of an AF_INET6 address into 16 bytes and a scope
// id taken from a "%zone" suffix (0 when there is none).
func resolve6(host string) ([16]byte, uint32, error) {
	if host == "" {
		return [16]byte{}, 0, nil
	}
	if a, err := netip.ParseAddr(host); err == nil {
		if !a.Is6() {
			return [16]byte{}, 0, newGaiError(EAI_ADDRFAMILY)
		}
		var scope uint32
		if z := a.Zone(); z != "" {
			if n, err := strconv.ParseUint(z, 10, 32); err == nil {
				scope = uint32(n)
			} else if ifi, err := net.InterfaceByName(z); err == nil {
				scope = uint32(ifi.Index)
			} else {
				return [16]byte{}, 0, newGaiError(EAI_NONAME)
			}
		}
		return a.As16(), scope, nil
	}
	addrs, err := lookupHost(host, "ip6")
	if err != nil {
		return [16]byte{}, 0, err
	}
	for _, a := range addrs {
		if a.Is6() && !a.Is4In6() {
			return a.As16(), 0, nil
		}
	}
	return [16]byte{}, 0, newGaiError(EAI_ADDRFAMILY)
}

// portArg checks a port number as CPython 3.6's getsockaddrarg does: a C
// int (format "i"), then the range.
func portArg(o py.Object) (int, error) {
	n, err := pyarg.Int(o)
	if err != nil {
		return 0, err
	}
	if n < 0 || n > 0xffff {
		return 0, py.ExceptionNewf(py.OverflowError, "getsockaddrarg: port must be 0-65535.")
	}
	return n, nil
}

// uintMaskArg is an AF_INET6 flowinfo or scope id (format "I"): an
// integer taken modulo 2**32, without an overflow check.
func uintMaskArg(o py.Object) (int, error) {
	if _, ok := o.(py.Float); ok {
		return 0, pyutil.TypeErrorf("integer argument expected, got float")
	}
	v, err := pyarg.UnsignedLongMask(o)
	if err != nil {
		return 0, pyutil.TypeErrorf("an integer is required (got type %s)", pyarg.TypeName(o))
	}
	return int(v & 0xffffffff), nil
}

// intArg is a C long argument (pyarg.LongStrict).
func intArg(o py.Object) (int, error) {
	v, err := pyarg.LongStrict(o)
	return int(v), err
}

// addrToRaw converts a Python address for family into a kernel address.
// caller names the method in error messages ("connect", "bind", ...).
func addrToRaw(family int, addr py.Object, caller string) (rawAddr, error) {
	var ra rawAddr
	switch family {
	case syscall.AF_INET:
		t, ok := addr.(py.Tuple)
		if !ok {
			return ra, pyutil.TypeErrorf("getsockaddrarg: AF_INET address must be tuple, not %s", pyutil.TypeName(addr))
		}
		if len(t) != 2 {
			return ra, pyutil.TypeErrorf("getsockaddrarg() takes exactly 2 arguments (%d given)", len(t))
		}
		host, err := hostArg(t[0], caller)
		if err != nil {
			return ra, err
		}
		port, err := portArg(t[1])
		if err != nil {
			return ra, err
		}
		ip, err := resolve4(host)
		if err != nil {
			return ra, err
		}
		sa := (*syscall.RawSockaddrInet4)(unsafe.Pointer(&ra.any))
		sa.Family = syscall.AF_INET
		binary.BigEndian.PutUint16((*[2]byte)(unsafe.Pointer(&sa.Port))[:], uint16(port))
		sa.Addr = ip
		ra.len = syscall.SizeofSockaddrInet4
		return ra, nil
	case syscall.AF_INET6:
		t, ok := addr.(py.Tuple)
		if !ok {
			return ra, pyutil.TypeErrorf("getsockaddrarg: AF_INET6 address must be tuple, not %s", pyutil.TypeName(addr))
		}
		if len(t) < 2 {
			return ra, pyutil.TypeErrorf("function takes at least 2 arguments (%d given)", len(t))
		}
		if len(t) > 4 {
			return ra, pyutil.TypeErrorf("function takes at most 4 arguments (%d given)", len(t))
		}
		host, err := hostArg(t[0], caller)
		if err != nil {
			return ra, err
		}
		port, err := portArg(t[1])
		if err != nil {
			return ra, err
		}
		var flowinfo, scope int
		if len(t) > 2 {
			if flowinfo, err = uintMaskArg(t[2]); err != nil {
				return ra, err
			}
		}
		if len(t) > 3 {
			if scope, err = uintMaskArg(t[3]); err != nil {
				return ra, err
			}
		}
		if flowinfo > 0xfffff {
			return ra, py.ExceptionNewf(py.OverflowError, "getsockaddrarg: flowinfo must be 0-1048575.")
		}
		ip, zone, err := resolve6(host)
		if err != nil {
			return ra, err
		}
		if scope == 0 {
			scope = int(zone)
		}
		sa := (*syscall.RawSockaddrInet6)(unsafe.Pointer(&ra.any))
		sa.Family = syscall.AF_INET6
		binary.BigEndian.PutUint16((*[2]byte)(unsafe.Pointer(&sa.Port))[:], uint16(port))
		binary.BigEndian.PutUint32((*[4]byte)(unsafe.Pointer(&sa.Flowinfo))[:], uint32(flowinfo))
		sa.Addr = ip
		sa.Scope_id = uint32(scope)
		ra.len = syscall.SizeofSockaddrInet6
		return ra, nil
	case syscall.AF_UNIX:
		var path []byte
		switch v := addr.(type) {
		case py.String:
			// The file system encoding, as os.fsencode: bytes a name
			// decoded with surrogateescape carried come back.
			b, err := host.EncodeStr(string(v), "utf-8", "surrogateescape")
			if err != nil {
				return ra, err
			}
			path = b
		default:
			b, err := pyutil.BytesLike(addr)
			if err != nil {
				return ra, err
			}
			path = b
		}
		sa := (*syscall.RawSockaddrUnix)(unsafe.Pointer(&ra.any))
		// An abstract name (leading NUL) may fill sun_path; a file name
		// needs room for its terminating NUL.
		max := len(sa.Path)
		if len(path) == 0 || path[0] != 0 {
			max--
		}
		if len(path) > max {
			return ra, py.ExceptionNewf(py.OSError, "AF_UNIX path too long")
		}
		sa.Family = syscall.AF_UNIX
		for i, c := range path {
			sa.Path[i] = int8(c)
		}
		ra.len = uint32(unixPathOffset + len(path))
		if len(path) > 0 && path[0] != 0 {
			ra.len++ // count the NUL, as CPython does
		}
		return ra, nil
	}
	return ra, py.ExceptionNewf(py.OSError, "%s(): bad family", caller)
}

// rawToAddr converts a kernel address to its Python form: (host, port) for
// AF_INET, (host, port, flowinfo, scope_id) for AF_INET6, a str path (bytes
// for an abstract name) for AF_UNIX, and (family, bytes) otherwise. A
// zero-length address is None.
func rawToAddr(ra *rawAddr) py.Object {
	if ra.len == 0 {
		return py.None
	}
	switch ra.any.Addr.Family {
	case syscall.AF_INET:
		sa := (*syscall.RawSockaddrInet4)(unsafe.Pointer(&ra.any))
		port := binary.BigEndian.Uint16((*[2]byte)(unsafe.Pointer(&sa.Port))[:])
		return py.Tuple{py.String(netip.AddrFrom4(sa.Addr).String()), py.Int(port)}
	case syscall.AF_INET6:
		sa := (*syscall.RawSockaddrInet6)(unsafe.Pointer(&ra.any))
		port := binary.BigEndian.Uint16((*[2]byte)(unsafe.Pointer(&sa.Port))[:])
		flow := binary.BigEndian.Uint32((*[4]byte)(unsafe.Pointer(&sa.Flowinfo))[:])
		return py.Tuple{py.String(formatIPv6(sa.Addr)), py.Int(port), py.Int(flow), py.Int(sa.Scope_id)}
	case syscall.AF_UNIX:
		sa := (*syscall.RawSockaddrUnix)(unsafe.Pointer(&ra.any))
		n := int(ra.len) - unixPathOffset
		if n <= 0 {
			return py.String("")
		}
		if n > len(sa.Path) {
			n = len(sa.Path)
		}
		b := make([]byte, n)
		for i := range b {
			b[i] = byte(sa.Path[i])
		}
		if b[0] == 0 {
			return py.Bytes(b) // abstract namespace
		}
		for i, c := range b {
			if c == 0 {
				b = b[:i]
				break
			}
		}
		// Decoded as os.fsdecode does (undecodable bytes escaped).
		if name, _, err := host.DecodeText(b, "utf-8", "surrogateescape", true); err == nil {
			return py.String(name)
		}
		return py.String(b)
	}
	n := int(ra.len) - 2
	if n < 0 {
		n = 0
	}
	if n > len(ra.any.Addr.Data) {
		n = len(ra.any.Addr.Data)
	}
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(ra.any.Addr.Data[i])
	}
	return py.Tuple{py.Int(ra.any.Addr.Family), py.Bytes(b)}
}
