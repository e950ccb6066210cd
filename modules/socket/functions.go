package socket

import (
	"context"
	"math/big"
	"net"
	"net/netip"
	"os"
	"strconv"
	"syscall"
	"time"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/internal/sigint"
	pyhost "github.com/gpython-ssl/gpython-ssl/modules/host"
)

// fn wraps a module function with the panic guard.
func fn(name, doc string, f func(args py.Tuple, kwargs py.StringDict) (py.Object, error)) *py.Method {
	return pyutil.MustNewMethod(name, func(_ py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		return f(args, kwargs)
	}, 0, doc)
}

func moduleMethods() []*py.Method {
	return []*py.Method{
		fn("getdefaulttimeout", "getdefaulttimeout() -> float or None\n\nThe timeout new sockets start with (None: no limit).", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if err := py.UnpackTuple(args, kwargs, "getdefaulttimeout", 0, 0); err != nil {
				return nil, err
			}
			d := DefaultTimeout()
			return timeoutObject(d, d >= 0), nil
		}),
		fn("setdefaulttimeout", "setdefaulttimeout(timeout) -> None\n\nChoose the timeout new sockets start with (None: no limit).", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var v py.Object
			if err := py.UnpackTuple(args, kwargs, "setdefaulttimeout", 1, 1, &v); err != nil {
				return nil, err
			}
			d, has, err := timeoutArg(v)
			if err != nil {
				return nil, err
			}
			if !has {
				d = -1
			}
			SetDefaultTimeout(d)
			return py.None, nil
		}),
		fn("fromfd", "fromfd(fd, family, type, proto=0) -> socket\n\nA socket object on a duplicate of descriptor fd.", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var fdO, fO, tO, pO py.Object
			if err := py.ParseTupleAndKeywords(args, kwargs, "OOO|O:fromfd", []string{"fd", "family", "type", "proto"}, &fdO, &fO, &tO, &pO); err != nil {
				return nil, err
			}
			var v [4]int
			for i, o := range []py.Object{fdO, fO, tO, pO} {
				n, err := optInt(o, 0)
				if err != nil {
					return nil, err
				}
				v[i] = n
			}
			nfd, err := dupCloexec(v[0])
			if err != nil {
				return nil, errnoException(err)
			}
			return NewFromFD(nfd, v[1], v[2], v[3]), nil
		}),
		fn("close", "close(integer) -> None\n\nClose an integer socket file descriptor.", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var fdO py.Object
			if err := py.UnpackTuple(args, kwargs, "close", 1, 1, &fdO); err != nil {
				return nil, err
			}
			fd, err := intArg(fdO)
			if err != nil {
				return nil, err
			}
			if err := syscall.Close(fd); err != nil && err != syscall.ECONNRESET {
				return nil, errnoException(err)
			}
			return py.None, nil
		}),
		fn("socketpair", "socketpair(family=AF_UNIX, type=SOCK_STREAM, proto=0) -> (socket, socket)\n\nTwo sockets connected to each other.", socketpair),
		pyutil.MustNewMethod("create_connection", func(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
			defer pyutil.Recover(&err)
			if cls := replacedSocketClass(self); cls != nil {
				return createConnectionThrough(cls, args, kwargs)
			}
			return createConnection(args, kwargs)
		}, 0, createConnectionDoc),
		fn("getaddrinfo", getaddrinfoDoc, getaddrinfo),
		fn("gethostbyname", "gethostbyname(host) -> str\n\nAn IPv4 address of host, in dotted-quad text.", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var h py.Object
			if err := py.ParseTupleAndKeywords(args, kwargs, "O:gethostbyname", []string{"host"}, &h); err != nil {
				return nil, err
			}
			host, err := hostArg(h, "gethostbyname")
			if err != nil {
				return nil, err
			}
			ip, err := resolve4(host)
			if err != nil {
				return nil, err
			}
			return py.String(netip.AddrFrom4(ip).String()), nil
		}),
		fn("gethostbyname_ex", "gethostbyname_ex(host) -> (name, aliaslist, addresslist)\n\nThe host database's entry for a host name: its canonical name, other names and IPv4 addresses.", gethostbynameEx),
		fn("getservbyname", "getservbyname(servicename[, protocolname]) -> int\n\nThe port number of a service in the services database, for the protocol\ngiven or any.", getservbyname),
		fn("getservbyport", "getservbyport(port[, protocolname]) -> str\n\nThe name of the service on a port in the services database, for the\nprotocol given or any.", getservbyport),
		fn("getprotobyname", "getprotobyname(name) -> int\n\nThe number of a protocol (such as 'tcp') in the protocols database.", getprotobyname),
		fn("gethostbyaddr", "gethostbyaddr(host) -> (name, aliaslist, addresslist)\n\nThe host database's entry for an address (or for the address a name resolves to).", gethostbyaddr),
		fn("getfqdn", "getfqdn(name='') -> str\n\nA fully qualified domain name for name (this machine when empty), or name itself.", getfqdn),
		fn("gethostname", "gethostname() -> str\n\nThis machine's host name.", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if err := py.UnpackTuple(args, kwargs, "gethostname", 0, 0); err != nil {
				return nil, err
			}
			h, err := os.Hostname()
			if err != nil {
				return nil, pyutil.FromGoError(err, nil)
			}
			return py.String(h), nil
		}),
		fn("sethostname", "sethostname(name)\n\nChange this machine's host name (str or bytes; needs the privilege).", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var name py.Object
			if err := py.UnpackTuple(args, kwargs, "sethostname", 1, 1, &name); err != nil {
				return nil, err
			}
			var raw []byte
			switch v := name.(type) {
			case py.String:
				raw = []byte(string(v))
			default:
				b, err := pyutil.BytesLike(v)
				if err != nil {
					return nil, py.ExceptionNewf(py.TypeError, "expected str, bytes or os.PathLike object, not %s", name.Type().Name)
				}
				raw = b
			}
			if err := syscall.Sethostname(raw); err != nil {
				return nil, errnoException(err)
			}
			return py.None, nil
		}),
		fn("inet_aton", "inet_aton(ip_string) -> bytes\n\nThe four network-order bytes of an IPv4 address written as text.", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var s py.Object
			if err := py.ParseTuple(args, "s:inet_aton", &s); err != nil {
				return nil, err
			}
			a, ok := inetAton(string(s.(py.String)))
			if !ok {
				return nil, py.ExceptionNewf(py.OSError, "illegal IP address string passed to inet_aton")
			}
			return py.Bytes(a[:]), nil
		}),
		fn("inet_ntoa", "inet_ntoa(packed_ip) -> str\n\nThe dotted-quad text of four network-order address bytes.", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var p py.Object
			if err := py.UnpackTuple(args, kwargs, "inet_ntoa", 1, 1, &p); err != nil {
				return nil, err
			}
			b, err := pyutil.BytesLike(p)
			if err != nil {
				return nil, err
			}
			if len(b) != 4 {
				return nil, py.ExceptionNewf(py.OSError, "packed IP wrong length for inet_ntoa")
			}
			return py.String(netip.AddrFrom4([4]byte(b)).String()), nil
		}),
		fn("inet_pton", "inet_pton(family, ip_string) -> bytes\n\nThe network-order bytes of an AF_INET or AF_INET6 address written as text.", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var afO, s py.Object
			if err := py.ParseTuple(args, "Os:inet_pton", &afO, &s); err != nil {
				return nil, err
			}
			af, err := intArg(afO)
			if err != nil {
				return nil, err
			}
			return InetPton(af, string(s.(py.String)))
		}),
		fn("inet_ntop", "inet_ntop(family, packed_ip) -> str\n\nThe text form of AF_INET or AF_INET6 address bytes.", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			var afO, p py.Object
			if err := py.UnpackTuple(args, kwargs, "inet_ntop", 2, 2, &afO, &p); err != nil {
				return nil, err
			}
			af, err := intArg(afO)
			if err != nil {
				return nil, err
			}
			b, err := pyutil.BytesLike(p)
			if err != nil {
				return nil, err
			}
			switch af {
			case syscall.AF_INET:
				if len(b) != 4 {
					return nil, pyutil.ValueErrorf("invalid length of packed IP address string")
				}
				return py.String(netip.AddrFrom4([4]byte(b)).String()), nil
			case syscall.AF_INET6:
				if len(b) != 16 {
					return nil, pyutil.ValueErrorf("invalid length of packed IP address string")
				}
				return py.String(formatIPv6([16]byte(b))), nil
			}
			return nil, pyutil.ValueErrorf("unknown address family %d", af)
		}),
		fn("htons", "htons(x) -> int\n\nx, a 16-bit unsigned int, with its bytes put in network (big-endian) order.", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return swap16("htons", args, kwargs)
		}),
		fn("ntohs", "ntohs(x) -> int\n\nx, a 16-bit unsigned int, with its bytes put back from network order into host order.", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return swap16("ntohs", args, kwargs)
		}),
		fn("htonl", "htonl(x) -> int\n\nx, a 32-bit unsigned int, with its bytes put in network (big-endian) order.", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return swap32("htonl", args, kwargs)
		}),
		fn("ntohl", "ntohl(x) -> int\n\nx, a 32-bit unsigned int, with its bytes put back from network order into host order.", func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			return swap32("ntohl", args, kwargs)
		}),
	}
}

// InetPton is socket.inet_pton with glibc's parsing rules.
func InetPton(af int, s string) (py.Object, error) {
	switch af {
	case syscall.AF_INET:
		if a, ok := parseIPv4Strict(s); ok {
			return py.Bytes(a[:]), nil
		}
	case syscall.AF_INET6:
		if a, ok := parseIPv6(s); ok {
			return py.Bytes(a[:]), nil
		}
	default:
		return nil, pyutil.OSErrorFromErrno(syscall.EAFNOSUPPORT, nil)
	}
	return nil, py.ExceptionNewf(py.OSError, "illegal IP address string passed to inet_pton")
}

// swap16 is htons/ntohs as CPython 3.6 has them: the argument is a C int
// (format "i": pyarg.Int's errors), a negative one OverflowError, and a
// larger one than 16 bits is silently cut to its low 16 bits (3.7 made
// that a DeprecationWarning, 3.10 an OverflowError).
func swap16(name string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var v py.Object
	if err := py.UnpackTuple(args, kwargs, name, 1, 1, &v); err != nil {
		return nil, err
	}
	n, err := pyarg.Int(v)
	if err != nil {
		return nil, err
	}
	if n < 0 {
		return nil, py.ExceptionNewf(py.OverflowError, "can't convert negative number to unsigned long")
	}
	u := uint16(n)
	return py.Int(u>>8 | u<<8), nil
}

// swap32 is htonl/ntohl: CPython takes only an int (no __index__: "expected
// int, str found"), reads it as a C unsigned long, then refuses what needs
// more than 32 bits.
func swap32(name string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var v py.Object
	if err := py.UnpackTuple(args, kwargs, name, 1, 1, &v); err != nil {
		return nil, err
	}
	b := pyarg.IntValue(v)
	if b == nil {
		return nil, py.ExceptionNewf(py.TypeError, "expected int, %s found", pyarg.TypeName(v))
	}
	if b.Sign() < 0 {
		return nil, py.ExceptionNewf(py.OverflowError, "can't convert negative value to unsigned int")
	}
	if !b.IsUint64() {
		return nil, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C unsigned long")
	}
	n := b.Uint64()
	if n > 0xffffffff {
		return nil, py.ExceptionNewf(py.OverflowError, "int larger than 32 bits")
	}
	u := uint32(n)
	return py.Int(int64(u>>24 | (u>>8)&0xff00 | (u<<8)&0xff0000 | u<<24)), nil
}

func socketpair(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var fO, tO, pO py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "|OOO:socketpair", []string{"family", "type", "proto"}, &fO, &tO, &pO); err != nil {
		return nil, err
	}
	family, err := optIntNone(fO, syscall.AF_UNIX)
	if err != nil {
		return nil, err
	}
	kind, err := optInt(tO, syscall.SOCK_STREAM)
	if err != nil {
		return nil, err
	}
	proto, err := optInt(pO, 0)
	if err != nil {
		return nil, err
	}
	a, b, err := Socketpair(family, kind, proto)
	if err != nil {
		return nil, err
	}
	return py.Tuple{a, b}, nil
}

// Socketpair is socket.socketpair: two connected sockets, close-on-exec,
// with the default timeout.
func Socketpair(family, kind, proto int) (*Socket, *Socket, error) {
	fds, err := sysSocketpair(family, kind, proto)
	if err != nil {
		return nil, nil, errnoException(err)
	}
	a := NewFromFD(fds[0], family, kind, proto)
	b := NewFromFD(fds[1], family, kind, proto)
	return a, b, nil
}

const createConnectionDoc = `create_connection(address, timeout=_GLOBAL_DEFAULT_TIMEOUT, source_address=None) -> socket

Resolve address, a (host, port) pair, and give a socket connected to the
first of its addresses that accepts. timeout is set on the socket before
connecting (getdefaulttimeout() when omitted); source_address, a
(host, port) pair, is bound first when given ('' and 0 let the system choose).`

func createConnection(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var addrO, tmoO, srcO py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "O|OO:create_connection", []string{"address", "timeout", "source_address"}, &addrO, &tmoO, &srcO); err != nil {
		return nil, err
	}
	t, ok := addrO.(py.Tuple)
	if !ok || len(t) != 2 {
		return nil, pyutil.TypeErrorf("create_connection(): address must be a (host, port) pair")
	}
	setTimeout := tmoO != nil && tmoO != py.Object(globalDefaultTimeout)
	var d time.Duration
	var has bool
	if setTimeout {
		var err error
		if d, has, err = timeoutArg(tmoO); err != nil {
			return nil, err
		}
	}
	infos, err := getAddrInfo(t[0], t[1], 0, syscall.SOCK_STREAM, 0, 0)
	if err != nil {
		return nil, err
	}
	var last error
	for _, ai := range infos {
		s, err := New(ai.family, ai.kind, ai.proto)
		if err != nil {
			last = err
			continue
		}
		if setTimeout {
			if err := s.SetTimeout(d, has); err != nil {
				s.Close()
				last = err
				continue
			}
		}
		if srcO != nil && srcO != py.None {
			if err := s.Bind(srcO); err != nil {
				s.Close()
				last = err
				continue
			}
		}
		if err := s.Connect(ai.addr); err != nil {
			s.Close()
			if sigint.IsKeyboardInterrupt(err) {
				return nil, err // not a connection failure: stop trying
			}
			last = err
			continue
		}
		return s, nil
	}
	if last != nil {
		return nil, last
	}
	return nil, py.ExceptionNewf(py.OSError, "getaddrinfo returns an empty list")
}

const getaddrinfoDoc = `getaddrinfo(host, port, family=0, type=0, proto=0, flags=0)
    -> list of (family, type, proto, canonname, sockaddr)

The socket addresses host and port resolve to, filtered by the other
arguments.`

// addrInfo is one getaddrinfo result.
type addrInfo struct {
	family, kind, proto int
	canon               string
	addr                py.Object
}

func getaddrinfo(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var hostO, portO, fO, tO, pO, flO py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "OO|OOOO:getaddrinfo", []string{"host", "port", "family", "type", "proto", "flags"}, &hostO, &portO, &fO, &tO, &pO, &flO); err != nil {
		return nil, err
	}
	var ints [4]int
	for i, o := range []py.Object{fO, tO, pO, flO} {
		v, err := optInt(o, 0)
		if err != nil {
			return nil, err
		}
		ints[i] = v
	}
	infos, err := getAddrInfo(hostO, portO, ints[0], ints[1], ints[2], ints[3])
	if err != nil {
		return nil, err
	}
	l := py.NewListWithCapacity(len(infos))
	for _, ai := range infos {
		l.Append(py.Tuple{FamilyObject(ai.family), KindObject(ai.kind), py.Int(ai.proto), py.String(ai.canon), ai.addr})
	}
	return l, nil
}

// socktypes are the (type, proto) pairs glibc returns for an address when
// no type is asked for, in its order.
var socktypes = [][2]int{{syscall.SOCK_STREAM, syscall.IPPROTO_TCP}, {syscall.SOCK_DGRAM, syscall.IPPROTO_UDP}, {syscall.SOCK_RAW, 0}}

// getAddrInfo follows getaddrinfo(3) on Linux with the Go resolver.
func getAddrInfo(hostO, portO py.Object, family, kind, proto, flags int) ([]addrInfo, error) {
	const (
		aiPassive     = 0x1
		aiCanonname   = 0x2
		aiNumerichost = 0x4
		aiNumericserv = 0x400
	)
	var host string
	hasHost := hostO != py.None
	if hasHost {
		h, err := hostArg(hostO, "getaddrinfo")
		if err != nil {
			return nil, err
		}
		host = h
	}
	port := 0
	hasPort := true
	switch p := portO.(type) {
	case py.Int:
		port = int(p)
	case *py.BigInt:
		// CPython 3.6 formats an int port with PyLong_AsLong.
		b := (*big.Int)(p)
		if !b.IsInt64() {
			return nil, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C long")
		}
		port = int(b.Int64())
	case py.String, py.Bytes:
		var ps string
		if s, ok := p.(py.String); ok {
			// CPython encodes a str port as UTF-8: a lone surrogate
			// is UnicodeEncodeError.
			if _, err := pyhost.EncodeStr(string(s), "utf-8", "strict"); err != nil {
				return nil, err
			}
			ps = string(s)
		} else {
			ps = string(p.(py.Bytes))
		}
		if n, err := strconv.Atoi(ps); err == nil {
			port = n
		} else {
			if flags&aiNumericserv != 0 {
				return nil, newGaiError(EAI_NONAME)
			}
			network := "tcp"
			if kind == syscall.SOCK_DGRAM {
				network = "udp"
			}
			ctx, cancel := context.WithTimeout(context.Background(), resolveTimeout)
			n, err := net.DefaultResolver.LookupPort(ctx, network, ps)
			cancel()
			if err != nil {
				return nil, newGaiError(EAI_SERVICE)
			}
			port = n
		}
	default:
		if portO == py.None {
			hasPort = false
		} else {
			return nil, py.ExceptionNewf(py.OSError, "Int or String expected")
		}
	}
	if !hasHost && !hasPort {
		return nil, newGaiError(EAI_NONAME)
	}
	// CPython 3.6 hands the number to the C library as text, which
	// glibc reads as a 32-bit int: one that is negative there names no
	// service (-1, 2**31), and of the others the low 16 bits are the
	// port (2**32 + 1 is port 1).
	if int32(uint32(port)) < 0 {
		return nil, newGaiError(EAI_SERVICE)
	}
	port &= 0xffff
	switch family {
	case syscall.AF_UNSPEC, syscall.AF_INET, syscall.AF_INET6:
	default:
		return nil, newGaiError(EAI_FAMILY)
	}
	switch kind {
	case 0, syscall.SOCK_STREAM, syscall.SOCK_DGRAM, syscall.SOCK_RAW:
	default:
		return nil, newGaiError(EAI_SOCKTYPE)
	}

	var addrs []netip.Addr
	canon := ""
	switch {
	case !hasHost || host == "":
		if flags&aiPassive != 0 {
			addrs = []netip.Addr{netip.IPv4Unspecified(), netip.IPv6Unspecified()}
		} else {
			addrs = []netip.Addr{netip.IPv6Loopback(), netip.AddrFrom4([4]byte{127, 0, 0, 1})}
		}
		if hasHost && host == "" {
			return nil, newGaiError(EAI_NONAME)
		}
	default:
		if a, ok := parseIPv4Strict(host); ok {
			addrs = []netip.Addr{netip.AddrFrom4(a)}
		} else if a, err := netip.ParseAddr(host); err == nil && a.Is6() {
			addrs = []netip.Addr{a}
		} else if a, ok := inetAton(host); ok && !containsSpace(host) {
			addrs = []netip.Addr{netip.AddrFrom4(a)}
		} else {
			if flags&aiNumerichost != 0 {
				return nil, newGaiError(EAI_NONAME)
			}
			found, err := lookupHost(host, "ip")
			if err != nil {
				return nil, err
			}
			addrs = found
			if flags&aiCanonname != 0 {
				canon = host
			}
		}
		if flags&aiCanonname != 0 && canon == "" {
			canon = host
		}
	}

	var out []addrInfo
	for _, a := range addrs {
		fam := syscall.AF_INET6
		if a.Is4() {
			fam = syscall.AF_INET
		}
		if family != syscall.AF_UNSPEC && fam != family {
			continue
		}
		var addr py.Object
		if fam == syscall.AF_INET {
			addr = py.Tuple{py.String(a.String()), py.Int(port)}
		} else {
			scope := 0
			if z := a.Zone(); z != "" {
				if n, err := strconv.Atoi(z); err == nil {
					scope = n
				} else if ifi, err := net.InterfaceByName(z); err == nil {
					scope = ifi.Index
				}
			}
			addr = py.Tuple{py.String(formatIPv6(a.As16())), py.Int(port), py.Int(0), py.Int(scope)}
		}
		for _, st := range socktypes {
			if kind != 0 && st[0] != kind {
				continue
			}
			p := st[1]
			if proto != 0 {
				// glibc matches a protocol against the TCP and UDP
				// entries only.
				if proto != st[1] {
					continue
				}
				p = proto
			}
			out = append(out, addrInfo{family: fam, kind: st[0], proto: p, canon: canon, addr: addr})
			canon = "" // only the first entry carries it
		}
	}
	if len(out) == 0 {
		if family != syscall.AF_UNSPEC {
			return nil, newGaiError(EAI_ADDRFAMILY)
		}
		return nil, newGaiError(EAI_NONAME)
	}
	return out, nil
}

func containsSpace(s string) bool {
	for i := 0; i < len(s); i++ {
		if isSpace(s[i]) {
			return true
		}
	}
	return false
}
