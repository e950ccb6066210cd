package socket

/*
#include <netdb.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>

// serv_by_name looks name (with proto, or any protocol when proto is NULL)
// up in the services database; it gives the port in host order, or -1.
static int serv_by_name(const char *name, const char *proto) {
	struct servent ent, *res = NULL;
	char buf[4096];
	if (getservbyname_r(name, proto, &ent, buf, sizeof buf, &res) != 0 || res == NULL) {
		return -1;
	}
	return ntohs((unsigned short)res->s_port);
}

// serv_by_port copies the name of the service on port (host order) into
// out (size n); it returns 0, or -1 when there is none.
static int serv_by_port(int port, const char *proto, char *out, size_t n) {
	struct servent ent, *res = NULL;
	char buf[4096];
	if (getservbyport_r(htons((unsigned short)port), proto, &ent, buf, sizeof buf, &res) != 0 || res == NULL) {
		return -1;
	}
	snprintf(out, n, "%s", res->s_name);
	return 0;
}

// proto_by_name gives the number of the protocol name, or -1.
static int proto_by_name(const char *name) {
	struct protoent ent, *res = NULL;
	char buf[4096];
	if (getprotobyname_r(name, &ent, buf, sizeof buf, &res) != 0 || res == NULL) {
		return -1;
	}
	return res->p_proto;
}
*/
import "C"

import (
	"unsafe"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// The services and protocols databases (/etc/services, /etc/protocols
// through the C library's name service switch, as CPython reads them).

// strArgs checks a call of name with min..max positional str arguments
// and no keywords, in CPython 3.6's words.
func strArgs(name string, args py.Tuple, kwargs py.StringDict, min, max int) ([]string, error) {
	if len(kwargs) != 0 {
		return nil, pyutil.TypeErrorf("%s() takes no keyword arguments", name)
	}
	switch {
	case min == max && len(args) != min:
		return nil, pyutil.TypeErrorf("%s() takes exactly %d argument (%d given)", name, min, len(args))
	case len(args) < min:
		return nil, pyutil.TypeErrorf("%s() takes at least %d argument (%d given)", name, min, len(args))
	case len(args) > max:
		return nil, pyutil.TypeErrorf("%s() takes at most %d arguments (%d given)", name, max, len(args))
	}
	out := make([]string, len(args))
	for i, a := range args {
		s, ok := a.(py.String)
		if !ok {
			return nil, pyutil.TypeErrorf("%s() argument %d must be str, not %s", name, i+1, pyutil.TypeName(a))
		}
		out[i] = string(s)
	}
	return out, nil
}

// cProto is the optional protocol name for C (freed by the caller; nil
// when absent, which C.free accepts).
func cProto(protos []string) *C.char {
	if len(protos) == 0 {
		return nil
	}
	return C.CString(protos[0])
}

// getservbyname is socket.getservbyname(servicename[, protocolname]).
func getservbyname(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := strArgs("getservbyname", args, kwargs, 1, 2)
	if err != nil {
		return nil, err
	}
	name := C.CString(a[0])
	defer C.free(unsafe.Pointer(name))
	proto := cProto(a[1:])
	defer C.free(unsafe.Pointer(proto))
	port := C.serv_by_name(name, proto)
	if port < 0 {
		return nil, py.ExceptionNewf(py.OSError, "service/proto not found")
	}
	return py.Int(port), nil
}

// getservbyport is socket.getservbyport(port[, protocolname]).
func getservbyport(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) != 0 {
		return nil, pyutil.TypeErrorf("getservbyport() takes no keyword arguments")
	}
	switch {
	case len(args) < 1:
		return nil, pyutil.TypeErrorf("getservbyport() takes at least 1 argument (0 given)")
	case len(args) > 2:
		return nil, pyutil.TypeErrorf("getservbyport() takes at most 2 arguments (%d given)", len(args))
	}
	port, err := pyarg.Int(args[0])
	if err != nil {
		return nil, err
	}
	var protos []string
	if len(args) == 2 {
		s, ok := args[1].(py.String)
		if !ok {
			return nil, pyutil.TypeErrorf("getservbyport() argument 2 must be str, not %s", pyutil.TypeName(args[1]))
		}
		protos = []string{string(s)}
	}
	if port < 0 || port > 0xffff {
		return nil, py.ExceptionNewf(py.OverflowError, "getservbyport: port must be 0-65535.")
	}
	proto := cProto(protos)
	defer C.free(unsafe.Pointer(proto))
	var out [256]C.char
	if C.serv_by_port(C.int(port), proto, &out[0], C.size_t(len(out))) < 0 {
		return nil, py.ExceptionNewf(py.OSError, "port/proto not found")
	}
	return py.String(C.GoString(&out[0])), nil
}

// getprotobyname is socket.getprotobyname(name).
func getprotobyname(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	a, err := strArgs("getprotobyname", args, kwargs, 1, 1)
	if err != nil {
		return nil, err
	}
	name := C.CString(a[0])
	defer C.free(unsafe.Pointer(name))
	n := C.proto_by_name(name)
	if n < 0 {
		return nil, py.ExceptionNewf(py.OSError, "protocol not found")
	}
	return py.Int(n), nil
}
