package _ssl

// #include <stdlib.h>
// #include "shim.h"
// #include <openssl/provider.h>
// #include <openssl/core_names.h>
// #include <openssl/params.h>
//
// /* gossl_ctx_set_groups installs a colon-separated group list; 1 ok, 0
//  * when OpenSSL refuses it (an unknown name, an empty list). The queue is
//  * cleared either way: the refusal is reported with a fixed message. */
// static int gossl_ctx_set_groups(SSL_CTX *ctx, const char *list) {
//     ERR_clear_error();
//     int ok = SSL_CTX_set1_groups_list(ctx, list);
//     ERR_clear_error();
//     return ok == 1;
// }
//
// /* gossl_group_sink collects the TLS-GROUP capabilities of the providers:
//  * one NUL-terminated name after another in buf, with the group's IANA id
//  * and TLS version bounds in parallel arrays. */
// typedef struct {
//     char *buf;
//     size_t cap, used;
//     unsigned int *ids;
//     int *min_tls, *max_tls;
//     int n, max;
// } gossl_group_sink;
//
// static int gossl_group_cap(const OSSL_PARAM params[], void *arg) {
//     gossl_group_sink *s = arg;
//     const OSSL_PARAM *p;
//     const char *name = NULL;
//     unsigned int id = 0;
//     int mintls = 0, maxtls = 0;
//     p = OSSL_PARAM_locate_const(params, OSSL_CAPABILITY_TLS_GROUP_NAME);
//     if (p == NULL || !OSSL_PARAM_get_utf8_string_ptr(p, &name)) return 1;
//     p = OSSL_PARAM_locate_const(params, OSSL_CAPABILITY_TLS_GROUP_ID);
//     if (p == NULL || !OSSL_PARAM_get_uint(p, &id)) return 1;
//     p = OSSL_PARAM_locate_const(params, OSSL_CAPABILITY_TLS_GROUP_MIN_TLS);
//     if (p != NULL) OSSL_PARAM_get_int(p, &mintls);
//     p = OSSL_PARAM_locate_const(params, OSSL_CAPABILITY_TLS_GROUP_MAX_TLS);
//     if (p != NULL) OSSL_PARAM_get_int(p, &maxtls);
//     size_t len = strlen(name) + 1;
//     if (s->n >= s->max || s->used + len > s->cap) return 1;
//     memcpy(s->buf + s->used, name, len);
//     s->used += len;
//     s->ids[s->n] = id;
//     s->min_tls[s->n] = mintls;
//     s->max_tls[s->n] = maxtls;
//     s->n++;
//     return 1;
// }
//
// static int gossl_group_provider(OSSL_PROVIDER *prov, void *arg) {
//     OSSL_PROVIDER_get_capabilities(prov, "TLS-GROUP", gossl_group_cap, arg);
//     return 1;
// }
//
// static void gossl_ctx_groups(SSL_CTX *ctx, gossl_group_sink *s, int *ctxmin, int *ctxmax) {
//     *ctxmin = (int)SSL_CTX_get_min_proto_version(ctx);
//     *ctxmax = (int)SSL_CTX_get_max_proto_version(ctx);
//     OSSL_PROVIDER_do_all(NULL, gossl_group_provider, s);  /* contexts use the default library context */
//     ERR_clear_error();
// }
//
// /* gossl_conn_group is the name of the group the handshake used for key
//  * agreement, or NULL when there is none (yet). */
// static const char *gossl_conn_group(SSL *s) {
//     if (!SSL_is_init_finished(s)) return NULL;
//     int nid = SSL_get_negotiated_group(s);
//     if (nid == 0 || nid == NID_undef) return NULL;
//     const char *name = SSL_group_to_name(s, nid);
//     if (name == NULL && !(nid & TLSEXT_nid_unknown)) name = OBJ_nid2sn(nid);
//     ERR_clear_error();
//     return name;
// }
import "C"

import (
	"unsafe"
)

// ErrNoGroupMatch is what SetGroups returns when OpenSSL refuses the list
// (an unknown name, or nothing to select): an SSLError with a fixed
// message and no library or reason, as set_ciphers' "No cipher can be
// selected.".
var ErrNoGroupMatch = &Error{Kind: KindSSL, Verify: -1, Text: "unrecognized group", Origin: OriginCheck}

// SetGroups sets the groups offered (client) or accepted (server) for key
// agreement: a colon-separated list in OpenSSL's group list format, such
// as "X25519:P-256" or "x25519:secp384r1". ErrNoGroupMatch when OpenSSL
// refuses it; the previous list then stays.
func (c *Context) SetGroups(list string) error {
	if hasNUL(list) {
		return &ValueError{Msg: "embedded null character"}
	}
	cs := C.CString(list)
	defer C.free(unsafe.Pointer(cs))
	return c.withCtx(func(p *C.SSL_CTX) error {
		if C.gossl_ctx_set_groups(p, cs) != 1 {
			return ErrNoGroupMatch
		}
		return nil
	})
}

// groupsMax bounds the capability list read from the providers (OpenSSL
// 3.0's default provider lists some 45 entries, aliases included).
const groupsMax = 256

// Groups lists the key-agreement groups the loaded providers implement
// that can be used within the context's minimum_version/maximum_version,
// each by its preferred (IANA) name, in the providers' order. With
// includeAliases the other names of each group follow (OpenSSL's older
// curve names such as "P-256").
func (c *Context) Groups(includeAliases bool) ([]string, error) {
	buf := C.malloc(C.size_t(groupsMax * 64))
	ids := C.malloc(C.size_t(groupsMax) * C.size_t(unsafe.Sizeof(C.uint(0))))
	mins := C.malloc(C.size_t(groupsMax) * C.size_t(unsafe.Sizeof(C.int(0))))
	maxs := C.malloc(C.size_t(groupsMax) * C.size_t(unsafe.Sizeof(C.int(0))))
	sink := (*C.gossl_group_sink)(C.malloc(C.size_t(unsafe.Sizeof(C.gossl_group_sink{}))))
	defer func() {
		C.free(buf)
		C.free(ids)
		C.free(mins)
		C.free(maxs)
		C.free(unsafe.Pointer(sink))
	}()
	*sink = C.gossl_group_sink{
		buf: (*C.char)(buf), cap: C.size_t(groupsMax * 64),
		ids: (*C.uint)(ids), min_tls: (*C.int)(mins), max_tls: (*C.int)(maxs),
		max: C.int(groupsMax),
	}
	var ctxMin, ctxMax C.int
	if err := c.withCtx(func(p *C.SSL_CTX) error {
		C.gossl_ctx_groups(p, sink, &ctxMin, &ctxMax)
		return nil
	}); err != nil {
		return nil, err
	}
	n := int(sink.n)
	names := unsafe.Slice((*byte)(buf), int(sink.used))
	idList := unsafe.Slice((*C.uint)(ids), n)
	minList := unsafe.Slice((*C.int)(mins), n)
	maxList := unsafe.Slice((*C.int)(maxs), n)
	seen := map[uint]bool{}
	var out []string
	off := 0
	for i := 0; i < n; i++ {
		end := off
		for names[end] != 0 {
			end++
		}
		name := string(names[off:end])
		off = end + 1
		if !groupUsable(int(minList[i]), int(maxList[i]), int(ctxMin), int(ctxMax)) {
			continue
		}
		id := uint(idList[i])
		if seen[id] && !includeAliases {
			continue
		}
		seen[id] = true
		out = append(out, name)
	}
	return out, nil
}

// groupUsable says whether a group offered for TLS versions
// [gmin, gmax] (gmax 0: no upper bound; gmin -1: not for TLS) can be used
// by a context bounded by [cmin, cmax] (0: no bound).
func groupUsable(gmin, gmax, cmin, cmax int) bool {
	if gmin < 0 {
		return false
	}
	if cmax != 0 && gmin > cmax {
		return false
	}
	if gmax != 0 && cmin != 0 && gmax < cmin {
		return false
	}
	return true
}

// Group is the name of the group used for key agreement on this
// connection ("x25519", "secp256r1", "ffdhe2048", ...); ok is false
// before the handshake has completed, or when none was used.
func (c *Conn) Group() (name string, ok bool) {
	_ = c.with(func(s *C.SSL) error {
		if p := C.gossl_conn_group(s); p != nil {
			name, ok = C.GoString(p), true
		}
		return nil
	})
	return name, ok
}
