package socket

/*
#include <errno.h>
#include <netdb.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>

// hostent_lookup fills *out from the C library's host database: by name
// (addr == NULL, IPv4 only, as gethostbyname) or by address. It returns
// 0 on success, or the h_errno code of the failure. buf must stay alive
// while *out is read.
static int hostent_lookup(const char *name, const void *addr, int addrlen, int family,
                          struct hostent *out, char *buf, size_t buflen, int *erange) {
	struct hostent *res = NULL;
	int herr = 0;
	int rc;
	if (addr == NULL) {
		rc = gethostbyname_r(name, out, buf, buflen, &res, &herr);
	} else {
		rc = gethostbyaddr_r(addr, (socklen_t)addrlen, family, out, buf, buflen, &res, &herr);
	}
	*erange = (rc == ERANGE);
	if (res == NULL) {
		return herr ? herr : 1;
	}
	return 0;
}

static char *hostent_alias(struct hostent *h, int i) { return h->h_aliases[i]; }
static char *hostent_addr(struct hostent *h, int i) { return h->h_addr_list[i]; }
*/
import "C"

import (
	"net/netip"
	"os"
	"strings"
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/gil"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// herrorMessages are the C library's texts for h_errno codes (hstrerror).
var herrorMessages = map[int]string{
	1: "Unknown host",
	2: "Host name lookup failure",
	3: "Unknown server error",
	4: "No address associated with name",
}

// newHError is the socket.herror for an h_errno code.
func newHError(code int) *py.Exception {
	msg, ok := herrorMessages[code]
	if !ok {
		msg = "Resolver internal error"
	}
	return pyutil.NewOSError(HErrorType, code, msg, nil)
}

// hostEntry is one answer of the host database: the canonical name, its
// aliases and its addresses as text.
type hostEntry struct {
	name    string
	aliases []string
	addrs   []string
}

// tuple is the (name, aliaslist, addresslist) triple Python sees.
func (h hostEntry) tuple() py.Tuple {
	al := py.NewListSized(0)
	for _, a := range h.aliases {
		al.Append(py.String(a))
	}
	ad := py.NewListSized(0)
	for _, a := range h.addrs {
		ad.Append(py.String(a))
	}
	return py.Tuple{py.String(h.name), al, ad}
}

// lookupHostent asks the C library's host database (/etc/hosts, then DNS,
// as nsswitch.conf says) by name when addr is nil, or by address. The
// interpreter lock is released for the call.
func lookupHostent(name string, addr []byte, family int) (hostEntry, error) {
	var cname *C.char
	if addr == nil {
		cname = C.CString(name)
		defer C.free(unsafe.Pointer(cname))
	}
	var caddr unsafe.Pointer
	if addr != nil {
		caddr = C.CBytes(addr)
		defer C.free(caddr)
	}
	for size := 16384; ; size *= 2 {
		buf := C.malloc(C.size_t(size))
		var he C.struct_hostent
		var erange C.int
		var code C.int
		gil.Unlocked(func() {
			code = C.hostent_lookup(cname, caddr, C.int(len(addr)), C.int(family), &he, (*C.char)(buf), C.size_t(size), &erange)
		})
		if erange != 0 && size < 1<<22 {
			C.free(buf)
			continue
		}
		if code != 0 {
			C.free(buf)
			return hostEntry{}, newHError(int(code))
		}
		entry := hostEntry{name: C.GoString(he.h_name)}
		for i := 0; ; i++ {
			a := C.hostent_alias(&he, C.int(i))
			if a == nil {
				break
			}
			entry.aliases = append(entry.aliases, C.GoString(a))
		}
		n := int(he.h_length)
		for i := 0; ; i++ {
			a := C.hostent_addr(&he, C.int(i))
			if a == nil {
				break
			}
			raw := C.GoBytes(unsafe.Pointer(a), C.int(n))
			if ip, ok := netip.AddrFromSlice(raw); ok {
				entry.addrs = append(entry.addrs, ip.String())
			}
		}
		C.free(buf)
		return entry, nil
	}
}

// gethostbyname_ex is socket.gethostbyname_ex(host): the name is first
// resolved as gethostbyname does (a gaierror when it cannot be), then
// looked up in the host database (an herror when it is not there).
func gethostbynameEx(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := exactlyOne("gethostbyname_ex", args, kwargs); err != nil {
		return nil, err
	}
	h := args[0]
	host, err := hostArg(h, "gethostbyname_ex")
	if err != nil {
		return nil, pyutil.TypeErrorf("gethostbyname_ex() argument 1 must be str, bytes or bytearray, not %s", pyutil.TypeName(h))
	}
	if a, err := netip.ParseAddr(host); err == nil && a.Is6() {
		return nil, newGaiError(EAI_ADDRFAMILY)
	}
	if _, err := resolve4(host); err != nil {
		return nil, err
	}
	entry, err := lookupHostent(host, nil, C.AF_INET)
	if err != nil {
		return nil, err
	}
	return entry.tuple(), nil
}

// gethostbyaddr is socket.gethostbyaddr(ip_or_name): the argument is
// resolved to one address of either family, whose entry in the host
// database is returned.
func gethostbyaddr(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := exactlyOne("gethostbyaddr", args, kwargs); err != nil {
		return nil, err
	}
	h := args[0]
	host, err := hostArg(h, "gethostbyaddr")
	if err != nil {
		return nil, pyutil.TypeErrorf("gethostbyaddr() argument 1 must be str, bytes or bytearray, not %s", pyutil.TypeName(h))
	}
	ip, err := resolveAny(host)
	if err != nil {
		return nil, err
	}
	family := C.AF_INET6
	if ip.Is4() {
		family = C.AF_INET
	}
	entry, err := lookupHostent("", ip.AsSlice(), family)
	if err != nil {
		return nil, err
	}
	return entry.tuple(), nil
}

// resolveAny turns host into one address of either family, as
// getaddrinfo with AF_UNSPEC would: literals as they are, "" refused the
// way CPython refuses a wildcard there.
func resolveAny(host string) (netip.Addr, error) {
	switch host {
	case "":
		return netip.Addr{}, py.ExceptionNewf(py.OSError, "wildcard resolved to multiple address")
	case "<broadcast>":
		return netip.AddrFrom4([4]byte{255, 255, 255, 255}), nil
	}
	if a, ok := parseIPv4Strict(host); ok {
		return netip.AddrFrom4(a), nil
	}
	if a, err := netip.ParseAddr(host); err == nil && a.Is6() && a.Zone() == "" {
		return a, nil
	}
	addrs, err := lookupHost(host, "ip")
	if err != nil {
		return netip.Addr{}, err
	}
	for _, a := range addrs {
		if a.Is4() {
			return a, nil
		}
	}
	return addrs[0], nil
}

// getfqdn is socket.getfqdn([name]): the first of the host database's
// name and aliases for name that holds a dot, else its canonical name;
// name itself when the lookup fails. An empty or absent name, or
// '0.0.0.0', stands for this machine.
func getfqdn(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var n py.Object = py.String("")
	if err := py.ParseTupleAndKeywords(args, kwargs, "|O:getfqdn", []string{"name"}, &n); err != nil {
		return nil, err
	}
	var name string
	switch s := n.(type) {
	case py.String:
		name = strings.TrimSpace(string(s))
	case py.Bytes:
		name = strings.TrimSpace(string(s))
		n = py.Bytes(name)
	default:
		return nil, py.ExceptionNewf(py.AttributeError, "'%s' object has no attribute 'strip'", pyutil.TypeName(n))
	}
	if _, isStr := n.(py.String); isStr {
		n = py.String(name)
	}
	if name == "" || name == "0.0.0.0" {
		h, err := os.Hostname()
		if err != nil {
			return nil, pyutil.FromGoError(err, nil)
		}
		name, n = h, py.String(h)
	}
	res, err := gethostbyaddr(py.Tuple{n}, nil)
	if err != nil {
		if e, ok := err.(*py.Exception); ok && e.Type().IsSubtype(py.OSError) {
			return n, nil
		}
		return nil, err
	}
	t := res.(py.Tuple)
	candidates := append([]py.Object{t[0]}, t[1].(*py.List).Items...)
	for _, c := range candidates {
		if strings.Contains(string(c.(py.String)), ".") {
			return c, nil
		}
	}
	return t[0], nil
}

// exactlyOne checks the call shape of a function of one positional
// argument, with CPython's message.
func exactlyOne(name string, args py.Tuple, kwargs py.StringDict) error {
	if len(kwargs) != 0 {
		return pyutil.TypeErrorf("%s() takes no keyword arguments", name)
	}
	if len(args) != 1 {
		return pyutil.TypeErrorf("%s() takes exactly 1 argument (%d given)", name, len(args))
	}
	return nil
}
