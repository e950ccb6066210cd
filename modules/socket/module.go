package socket

import (
	"errors"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

const moduleDoc = `Network endpoints (socket objects) for IP and Unix domain sockets, with
name resolution (getaddrinfo, gethostbyname, ...), address conversions
(inet_aton, inet_pton, ...), byte-order helpers (htons, ntohl, ...) and the
default timeout for new sockets.`

// Exception types of the module. socket.error is OSError itself.
var (
	// TimeoutType is "socket.timeout", raised when a socket operation
	// exceeds the socket's timeout. As in CPython 3.6 it derives from
	// OSError directly: `except TimeoutError` (the ETIMEDOUT error) does
	// not catch it; 3.10 made it an alias of TimeoutError.
	TimeoutType = pyutil.NewExceptionType("socket.timeout", "Timeout expired.", py.OSError)
	// GaiErrorType is "socket.gaierror", raised for address lookup
	// failures with getaddrinfo's EAI_* code as errno.
	GaiErrorType = pyutil.NewExceptionType("socket.gaierror", "Address-related error.", py.OSError)
	// HErrorType is "socket.herror", for the legacy host lookup calls.
	HErrorType = pyutil.NewExceptionType("socket.herror", "Host-related error.", py.OSError)
)

// NewTimeout is a socket.timeout exception with msg as its text ("timed
// out"; the ssl layer uses "The read operation timed out" and friends).
func NewTimeout(msg string) *py.Exception {
	return &py.Exception{Base: TimeoutType, Args: py.Tuple{py.String(msg)}}
}

// IsTimeout reports whether err is a socket.timeout exception.
func IsTimeout(err error) bool {
	var e *py.Exception
	return errors.As(err, &e) && e.Base != nil && e.Base.IsSubtype(TimeoutType)
}

// defaultTimeout is socket.getdefaulttimeout() in nanoseconds, -1 for
// None. It is process-wide, like CPython's.
var defaultTimeout atomic.Int64

// DefaultTimeout returns the timeout new sockets get; negative means None
// (blocking mode).
func DefaultTimeout() time.Duration { return time.Duration(defaultTimeout.Load()) }

// SetDefaultTimeout sets it; negative means None.
func SetDefaultTimeout(d time.Duration) {
	if d < 0 {
		d = -1
	}
	defaultTimeout.Store(int64(d))
}

// globalDefaultTimeout is socket._GLOBAL_DEFAULT_TIMEOUT, the sentinel
// create_connection uses for "leave the default timeout alone".
var globalDefaultTimeout = py.NewType("socket._GLOBAL_DEFAULT_TIMEOUT", "")

// constants are the module's integer constants, with Linux's values.
var constants = map[string]int{
	"AF_UNSPEC": syscall.AF_UNSPEC, "AF_UNIX": syscall.AF_UNIX, "AF_INET": syscall.AF_INET,
	"AF_INET6": syscall.AF_INET6, "AF_PACKET": syscall.AF_PACKET, "AF_NETLINK": syscall.AF_NETLINK,
	"SOCK_STREAM": syscall.SOCK_STREAM, "SOCK_DGRAM": syscall.SOCK_DGRAM, "SOCK_RAW": syscall.SOCK_RAW,
	"SOCK_RDM": syscall.SOCK_RDM, "SOCK_SEQPACKET": syscall.SOCK_SEQPACKET,
	"SOCK_NONBLOCK": syscall.SOCK_NONBLOCK, "SOCK_CLOEXEC": syscall.SOCK_CLOEXEC,
	"SOL_SOCKET": syscall.SOL_SOCKET, "SOL_IP": syscall.SOL_IP, "SOL_TCP": syscall.SOL_TCP, "SOL_UDP": 17,
	"SO_DEBUG": syscall.SO_DEBUG, "SO_ACCEPTCONN": syscall.SO_ACCEPTCONN, "SO_REUSEADDR": syscall.SO_REUSEADDR,
	"SO_REUSEPORT": 15, "SO_KEEPALIVE": syscall.SO_KEEPALIVE, "SO_DONTROUTE": syscall.SO_DONTROUTE,
	"SO_BROADCAST": syscall.SO_BROADCAST, "SO_LINGER": syscall.SO_LINGER, "SO_OOBINLINE": syscall.SO_OOBINLINE,
	"SO_SNDBUF": syscall.SO_SNDBUF, "SO_RCVBUF": syscall.SO_RCVBUF, "SO_SNDLOWAT": syscall.SO_SNDLOWAT,
	"SO_RCVLOWAT": syscall.SO_RCVLOWAT, "SO_SNDTIMEO": syscall.SO_SNDTIMEO, "SO_RCVTIMEO": syscall.SO_RCVTIMEO,
	"SO_ERROR": syscall.SO_ERROR, "SO_TYPE": syscall.SO_TYPE, "SO_DOMAIN": syscall.SO_DOMAIN,
	"SO_PROTOCOL": syscall.SO_PROTOCOL, "SO_PEERCRED": syscall.SO_PEERCRED, "SO_PASSCRED": syscall.SO_PASSCRED,
	"SO_BINDTODEVICE": syscall.SO_BINDTODEVICE, "SO_PRIORITY": syscall.SO_PRIORITY, "SO_MARK": syscall.SO_MARK,
	"SOMAXCONN":  4096,
	"IPPROTO_IP": syscall.IPPROTO_IP, "IPPROTO_ICMP": syscall.IPPROTO_ICMP, "IPPROTO_TCP": syscall.IPPROTO_TCP,
	"IPPROTO_UDP": syscall.IPPROTO_UDP, "IPPROTO_IPV6": syscall.IPPROTO_IPV6, "IPPROTO_RAW": syscall.IPPROTO_RAW,
	"IPPROTO_ICMPV6": syscall.IPPROTO_ICMPV6,
	"IP_TOS":         syscall.IP_TOS, "IP_TTL": syscall.IP_TTL, "IP_HDRINCL": syscall.IP_HDRINCL,
	"IP_MULTICAST_TTL": syscall.IP_MULTICAST_TTL, "IP_MULTICAST_LOOP": syscall.IP_MULTICAST_LOOP,
	"IP_ADD_MEMBERSHIP": syscall.IP_ADD_MEMBERSHIP, "IP_DROP_MEMBERSHIP": syscall.IP_DROP_MEMBERSHIP,
	"IPV6_V6ONLY": syscall.IPV6_V6ONLY, "IPV6_UNICAST_HOPS": syscall.IPV6_UNICAST_HOPS,
	"TCP_NODELAY": syscall.TCP_NODELAY, "TCP_MAXSEG": syscall.TCP_MAXSEG, "TCP_CORK": syscall.TCP_CORK,
	"TCP_KEEPIDLE": syscall.TCP_KEEPIDLE, "TCP_KEEPINTVL": syscall.TCP_KEEPINTVL, "TCP_KEEPCNT": syscall.TCP_KEEPCNT,
	"TCP_QUICKACK": syscall.TCP_QUICKACK, "TCP_USER_TIMEOUT": 18,
	"SHUT_RD": syscall.SHUT_RD, "SHUT_WR": syscall.SHUT_WR, "SHUT_RDWR": syscall.SHUT_RDWR,
	"MSG_OOB": syscall.MSG_OOB, "MSG_PEEK": syscall.MSG_PEEK, "MSG_DONTROUTE": syscall.MSG_DONTROUTE,
	"MSG_DONTWAIT": syscall.MSG_DONTWAIT, "MSG_EOR": syscall.MSG_EOR, "MSG_TRUNC": syscall.MSG_TRUNC,
	"MSG_CTRUNC": syscall.MSG_CTRUNC, "MSG_WAITALL": syscall.MSG_WAITALL, "MSG_NOSIGNAL": syscall.MSG_NOSIGNAL,
	"MSG_CMSG_CLOEXEC": syscall.MSG_CMSG_CLOEXEC, "MSG_ERRQUEUE": syscall.MSG_ERRQUEUE,
	"MSG_CONFIRM": syscall.MSG_CONFIRM, "MSG_MORE": syscall.MSG_MORE,
	"AI_PASSIVE": 0x1, "AI_CANONNAME": 0x2, "AI_NUMERICHOST": 0x4, "AI_V4MAPPED": 0x8, "AI_ALL": 0x10,
	"AI_ADDRCONFIG": 0x20, "AI_NUMERICSERV": 0x400,
	"NI_NUMERICHOST": 1, "NI_NUMERICSERV": 2, "NI_NOFQDN": 4, "NI_NAMEREQD": 8, "NI_DGRAM": 16,
	"NI_MAXHOST": 1025, "NI_MAXSERV": 32,
	"EAI_ADDRFAMILY": EAI_ADDRFAMILY, "EAI_AGAIN": EAI_AGAIN, "EAI_BADFLAGS": EAI_BADFLAGS, "EAI_FAIL": EAI_FAIL,
	"EAI_FAMILY": EAI_FAMILY, "EAI_MEMORY": EAI_MEMORY, "EAI_NODATA": EAI_NODATA, "EAI_NONAME": EAI_NONAME,
	"EAI_OVERFLOW": EAI_OVERFLOW, "EAI_SERVICE": EAI_SERVICE, "EAI_SOCKTYPE": EAI_SOCKTYPE, "EAI_SYSTEM": EAI_SYSTEM,
	"INADDR_ANY": 0, "INADDR_BROADCAST": 0xffffffff, "INADDR_LOOPBACK": 0x7f000001, "INADDR_NONE": 0xffffffff,
	// The rest of the Linux names CPython 3.6's socket has (protocol
	// numbers, IP/IPv6/TCP options for getsockopt/setsockopt and
	// ancillary data, packet and netlink types; the errno names socket
	// re-exports), with the kernel's values.
	"EAGAIN":                11,
	"EBADF":                 9,
	"EWOULDBLOCK":           11,
	"INADDR_ALLHOSTS_GROUP": 3758096385, "INADDR_MAX_LOCAL_GROUP": 3758096639,
	"INADDR_UNSPEC_GROUP": 3758096384,
	"IPPORT_RESERVED":     1024, "IPPORT_USERRESERVED": 5000,
	"IPPROTO_AH": 51, "IPPROTO_DSTOPTS": 60, "IPPROTO_EGP": 8, "IPPROTO_ESP": 50,
	"IPPROTO_FRAGMENT": 44, "IPPROTO_GRE": 47, "IPPROTO_HOPOPTS": 0, "IPPROTO_IDP": 22,
	"IPPROTO_IGMP": 2, "IPPROTO_IPIP": 4, "IPPROTO_NONE": 59, "IPPROTO_PIM": 103, "IPPROTO_PUP": 12,
	"IPPROTO_ROUTING": 43, "IPPROTO_RSVP": 46, "IPPROTO_SCTP": 132, "IPPROTO_TP": 29,
	"IPV6_CHECKSUM": 7, "IPV6_DONTFRAG": 62, "IPV6_DSTOPTS": 59, "IPV6_HOPLIMIT": 52,
	"IPV6_HOPOPTS": 54, "IPV6_JOIN_GROUP": 20, "IPV6_LEAVE_GROUP": 21, "IPV6_MULTICAST_HOPS": 18,
	"IPV6_MULTICAST_IF": 17, "IPV6_MULTICAST_LOOP": 19, "IPV6_NEXTHOP": 9, "IPV6_PATHMTU": 61,
	"IPV6_PKTINFO": 50, "IPV6_RECVDSTOPTS": 58, "IPV6_RECVHOPLIMIT": 51, "IPV6_RECVHOPOPTS": 53,
	"IPV6_RECVPATHMTU": 60, "IPV6_RECVPKTINFO": 49, "IPV6_RECVRTHDR": 56, "IPV6_RECVTCLASS": 66,
	"IPV6_RTHDR": 57, "IPV6_RTHDRDSTOPTS": 55, "IPV6_RTHDR_TYPE_0": 0, "IPV6_TCLASS": 67,
	"IP_DEFAULT_MULTICAST_LOOP": 1, "IP_DEFAULT_MULTICAST_TTL": 1, "IP_MAX_MEMBERSHIPS": 20,
	"IP_MULTICAST_IF": 32, "IP_OPTIONS": 4, "IP_RECVOPTS": 6, "IP_RECVRETOPTS": 7, "IP_RETOPTS": 7,
	"IP_TRANSPARENT": 19,
	"NETLINK_CRYPTO": 21, "NETLINK_DNRTMSG": 14, "NETLINK_FIREWALL": 3, "NETLINK_IP6_FW": 13,
	"NETLINK_NFLOG": 5, "NETLINK_ROUTE": 0, "NETLINK_USERSOCK": 2, "NETLINK_XFRM": 6,
	"PACKET_BROADCAST": 1, "PACKET_FASTROUTE": 6, "PACKET_HOST": 0, "PACKET_LOOPBACK": 5,
	"PACKET_MULTICAST": 2, "PACKET_OTHERHOST": 3, "PACKET_OUTGOING": 4,
	"SO_PASSSEC": 34, "SO_PEERSEC": 31,
	"TCP_CONGESTION": 13, "TCP_DEFER_ACCEPT": 9, "TCP_FASTOPEN": 23, "TCP_INFO": 11, "TCP_LINGER2": 8,
	"TCP_SYNCNT": 7, "TCP_WINDOW_CLAMP": 10,
}

// socketModule is the "socket" module.
var socketModule = &py.ModuleImpl{
	Info: py.ModuleInfo{Name: "socket", Doc: moduleDoc},
	Globals: py.StringDict{
		"socket":                  SocketType,
		"SocketType":              BaseSocketType,
		"error":                   py.OSError,
		"timeout":                 TimeoutType,
		"gaierror":                GaiErrorType,
		"herror":                  HErrorType,
		"has_ipv6":                py.True,
		"_GLOBAL_DEFAULT_TIMEOUT": globalDefaultTimeout,
		"_GiveupOnSendfile":       GiveupOnSendfileType,
	},
}

// init is the package's only init() (TestOneInit): file names decide
// nothing.
func init() {
	moveRuntimeFDsHigh() // first: before anything opens a file (lowfd.go)
	limitProcsToQuota()
	setup()
	py.RegisterModule(socketModule)
	py.RegisterModule(nativeModule())
}

// nativeModule is "_socket", the name of CPython's C half, which some
// code imports directly: its socket type (socket.socket's base, which is
// socket.SocketType), exceptions, functions and constants.
func nativeModule() *py.ModuleImpl {
	globals := py.StringDict{}
	for k, v := range socketModule.Globals {
		globals[k] = v
	}
	for k, v := range constants { // plain ints: socket.py makes the enums
		globals[k] = py.Int(v)
	}
	globals["socket"] = BaseSocketType
	return &py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "_socket", Doc: "The socket type and functions underneath the socket module, which\ndocuments them."},
		Methods: socketModule.Methods,
		Globals: globals,
	}
}

// setup builds the socket module in this order: the default timeout and
// the integer constants and their enum classes (enums.go), then socket.socket's methods (pysocket.go), the
// makefile objects' methods (makefile.go), and last the module functions.
func setup() {
	defaultTimeout.Store(-1)
	for k, v := range constants {
		socketModule.Globals[k] = py.Int(v)
	}
	setupEnums()
	setupSocketMethods()
	setupBaseSocket() // base.go: _socket.socket under socket.socket
	setupSocketFile()
	socketModule.Methods = append(moduleMethods(), nameinfoMethods()...)
	socketModule.Methods = append(socketModule.Methods, setupMsg()...)
	setupSubclassing()           // subclass.go: classes deriving from socket.socket
	vm.OnCollected(warnUnclosed) // resource_warning.go
	watchOpenSockets()           // resource_warning.go
}
