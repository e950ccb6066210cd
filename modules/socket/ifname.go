package socket

/*
#include <errno.h>
#include <net/if.h>
#include <netdb.h>
#include <netinet/in.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

// Where nameinfo_lookup stopped (its result is then that step's code).
enum { NI_STEP_OK, NI_STEP_RESOLVE, NI_STEP_MANY, NI_STEP_V4_TUPLE, NI_STEP_NAMEINFO };

// nameinfo_lookup turns the numeric host and the port text into a socket
// address (getaddrinfo, datagram hints) and asks getnameinfo for its
// names. tuple_len is the length of the Python sockaddr tuple, which
// must be 2 for an IPv4 address; flowinfo and scope apply to IPv6. The
// step that failed goes to *step and its error code is returned.
static int nameinfo_lookup(const char *host, const char *port, int tuple_len,
		unsigned int flowinfo, unsigned int scope, int flags,
		char *hbuf, size_t hlen, char *sbuf, size_t slen, int *step) {
	struct addrinfo hints, *found = NULL;
	memset(&hints, 0, sizeof hints);
	hints.ai_family = AF_UNSPEC;
	hints.ai_socktype = SOCK_DGRAM;
	hints.ai_flags = AI_NUMERICHOST;
	int rc = getaddrinfo(host, port, &hints, &found);
	if (rc != 0) {
		*step = NI_STEP_RESOLVE;
		return rc;
	}
	if (found->ai_next != NULL) {
		freeaddrinfo(found);
		*step = NI_STEP_MANY;
		return 0;
	}
	if (found->ai_family == AF_INET && tuple_len != 2) {
		freeaddrinfo(found);
		*step = NI_STEP_V4_TUPLE;
		return 0;
	}
	if (found->ai_family == AF_INET6) {
		struct sockaddr_in6 *six = (struct sockaddr_in6 *)found->ai_addr;
		six->sin6_flowinfo = htonl(flowinfo);
		six->sin6_scope_id = scope;
	}
	rc = getnameinfo(found->ai_addr, found->ai_addrlen, hbuf, hlen, sbuf, slen, flags);
	freeaddrinfo(found);
	*step = rc != 0 ? NI_STEP_NAMEINFO : NI_STEP_OK;
	return rc;
}

// index_to_name copies the name of interface index into out (at least
// IF_NAMESIZE bytes); it returns 0, or the errno of the failure.
static int index_to_name(unsigned int index, char *out) {
	errno = 0;
	if (if_indextoname(index, out) == NULL) {
		return errno ? errno : ENXIO;
	}
	return 0;
}
*/
import "C"

import (
	"fmt"
	"math/big"
	"strings"
	"syscall"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// getnameinfo and the network interface name functions (if_nameindex,
// if_nametoindex, if_indextoname), over the C library as CPython 3.6
// calls it, with its messages.

func nameinfoMethods() []*py.Method {
	return []*py.Method{
		fn("getnameinfo", "getnameinfo(sockaddr, flags) -> (host, port)\n\nThe host and service names of a socket address, per the NI_* flags.", getnameinfo),
		fn("if_nameindex", "if_nameindex() -> list\n\nAn (index, name) pair for each network interface of this machine.", ifNameindex),
		fn("if_nametoindex", "if_nametoindex(if_name) -> int\n\nThe index of the network interface called if_name.", ifNametoindex),
		fn("if_indextoname", "if_indextoname(if_index) -> str\n\nThe name of the network interface numbered if_index.", ifIndextoname),
	}
}

// sockaddrParts is getnameinfo's sockaddr tuple, converted as the format
// "si|II" does (the counts worded "function takes ...").
func sockaddrParts(sa py.Tuple) (host string, port int, flowinfo, scope uint32, err error) {
	switch {
	case len(sa) < 2:
		return "", 0, 0, 0, pyutil.TypeErrorf("function takes at least 2 arguments (%d given)", len(sa))
	case len(sa) > 4:
		return "", 0, 0, 0, pyutil.TypeErrorf("function takes at most 4 arguments (%d given)", len(sa))
	}
	s, ok := sa[0].(py.String)
	if !ok {
		name := pyutil.TypeName(sa[0])
		if sa[0] == py.None {
			name = "None"
		}
		return "", 0, 0, 0, pyutil.TypeErrorf("argument 1 must be str, not %s", name)
	}
	if strings.IndexByte(string(s), 0) >= 0 {
		return "", 0, 0, 0, pyutil.ValueErrorf("embedded null character")
	}
	if port, err = pyarg.Int(sa[1]); err != nil {
		return "", 0, 0, 0, err
	}
	var extra [2]uint32
	for i, o := range sa[2:] {
		if extra[i], err = unsignedIntMask(o); err != nil {
			return "", 0, 0, 0, err
		}
	}
	return string(s), port, extra[0], extra[1], nil
}

// unsignedIntMask is format "I": an int taken modulo 2**32, with format
// "l"'s errors for anything else.
func unsignedIntMask(o py.Object) (uint32, error) {
	v, err := pyarg.Long(o)
	if err == nil {
		return uint32(v), nil
	}
	if b := pyarg.IntValue(o); b != nil {
		m := new(big.Int).And(b, big.NewInt(0xffffffff))
		return uint32(m.Uint64()), nil
	}
	return 0, err
}

func getnameinfo(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoKeywords("getnameinfo", kwargs); err != nil {
		return nil, err
	}
	if err := pyarg.ArgCount36("getnameinfo", args, 2, 2); err != nil {
		return nil, err
	}
	flags, err := pyarg.Int(args[1])
	if err != nil {
		return nil, err
	}
	sa, ok := args[0].(py.Tuple)
	if !ok {
		return nil, pyutil.TypeErrorf("getnameinfo() argument 1 must be a tuple")
	}
	host, port, flowinfo, scope, err := sockaddrParts(sa)
	if err != nil {
		return nil, err
	}
	if flowinfo > 0xfffff {
		return nil, py.ExceptionNewf(py.OverflowError, "getsockaddrarg: flowinfo must be 0-1048575.")
	}
	chost := C.CString(host)
	defer C.free(unsafe.Pointer(chost))
	cport := C.CString(fmt.Sprint(port))
	defer C.free(unsafe.Pointer(cport))
	var hbuf [C.NI_MAXHOST]C.char
	var sbuf [32]C.char
	var step, rc C.int
	gil.Unlocked(func() {
		rc = C.nameinfo_lookup(chost, cport, C.int(len(sa)), C.uint(flowinfo), C.uint(scope), C.int(flags),
			&hbuf[0], C.size_t(len(hbuf)), &sbuf[0], C.size_t(len(sbuf)), &step)
	})
	switch step {
	case C.NI_STEP_RESOLVE, C.NI_STEP_NAMEINFO:
		return nil, newGaiError(int(rc))
	case C.NI_STEP_MANY:
		return nil, py.ExceptionNewf(py.OSError, "sockaddr resolved to multiple addresses")
	case C.NI_STEP_V4_TUPLE:
		return nil, py.ExceptionNewf(py.OSError, "IPv4 sockaddr must be 2 tuple")
	}
	return py.Tuple{py.String(C.GoString(&hbuf[0])), py.String(C.GoString(&sbuf[0]))}, nil
}

func ifNameindex(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoKeywords("if_nameindex", kwargs); err != nil {
		return nil, err
	}
	if len(args) != 0 {
		return nil, pyutil.TypeErrorf("if_nameindex() takes no arguments (%d given)", len(args))
	}
	table, err := C.if_nameindex()
	if table == nil {
		return nil, pyutil.FromGoError(err, nil)
	}
	defer C.if_freenameindex(table)
	out := py.NewList()
	entries := unsafe.Slice(table, 1<<16)
	for _, e := range entries {
		if e.if_index == 0 && e.if_name == nil {
			break
		}
		out.Append(py.Tuple{py.Int(e.if_index), py.String(C.GoString(e.if_name))})
	}
	return out, nil
}

func ifNametoindex(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoKeywords("if_nametoindex", kwargs); err != nil {
		return nil, err
	}
	if err := pyarg.ArgCount36("if_nametoindex", args, 1, 1); err != nil {
		return nil, err
	}
	name, _, err := pyarg.Path(args[0])
	if err != nil {
		return nil, err
	}
	cname := C.CString(name)
	defer C.free(unsafe.Pointer(cname))
	index := C.if_nametoindex(cname)
	if index == 0 {
		return nil, py.ExceptionNewf(py.OSError, "no interface with this name")
	}
	return py.Int(index), nil
}

func ifIndextoname(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := pyarg.NoKeywords("if_indextoname", kwargs); err != nil {
		return nil, err
	}
	if len(args) != 1 {
		return nil, pyutil.TypeErrorf("if_indextoname() takes exactly one argument (%d given)", len(args))
	}
	// PyLong_AsUnsignedLong: ints only, no __index__; the C call then
	// takes the value as an unsigned int.
	b := pyarg.IntValue(args[0])
	switch {
	case b == nil:
		return nil, pyutil.TypeErrorf("an integer is required")
	case b.Sign() < 0:
		return nil, py.ExceptionNewf(py.OverflowError, "can't convert negative value to unsigned int")
	case !b.IsUint64():
		return nil, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C unsigned long")
	}
	var name [C.IF_NAMESIZE + 1]C.char
	if code := C.index_to_name(C.uint(uint32(b.Uint64())), &name[0]); code != 0 {
		return nil, pyutil.OSErrorFromErrno(syscall.Errno(code), nil)
	}
	return py.String(C.GoString(&name[0])), nil
}
