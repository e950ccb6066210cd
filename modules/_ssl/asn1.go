package _ssl

// #include "shim.h"
//
// /* gossl_obj_info describes an ASN1_OBJECT as CPython's asn1obj2py does:
//  * its NID, short and long names (NULL when OpenSSL has none) and dotted
//  * OID text. Returns the NID; NID_undef means OpenSSL does not know it. */
// static int gossl_obj_info(const ASN1_OBJECT *obj, const char **sn, const char **ln,
//                           char *oid, int oidlen, int *oidneed) {
//     int nid = OBJ_obj2nid(obj);
//     *sn = NULL;
//     *ln = NULL;
//     *oidneed = 0;
//     if (nid == NID_undef) return nid;
//     *sn = OBJ_nid2sn(nid);
//     *ln = OBJ_nid2ln(nid);
//     *oidneed = OBJ_obj2txt(oid, oidlen, obj, 1);
//     return nid;
// }
//
// /* gossl_txt2obj looks txt up as OBJ_txt2obj does, accepting names only
//  * when byname; found is 0 when OpenSSL cannot parse it. */
// static int gossl_txt2obj(const char *txt, int byname, int *found, const char **sn,
//                          const char **ln, char *oid, int oidlen, int *oidneed) {
//     ASN1_OBJECT *obj = OBJ_txt2obj(txt, byname ? 0 : 1);
//     int nid = NID_undef;
//     *found = obj != NULL;
//     if (obj != NULL) {
//         nid = gossl_obj_info(obj, sn, ln, oid, oidlen, oidneed);
//         ASN1_OBJECT_free(obj);
//     }
//     ERR_clear_error();
//     return nid;
// }
//
// /* gossl_nid2obj: found is 0 when OpenSSL has no object for nid. */
// static int gossl_nid2obj(int nid, int *found, const char **sn, const char **ln,
//                          char *oid, int oidlen, int *oidneed) {
//     ASN1_OBJECT *obj = OBJ_nid2obj(nid);
//     int got = NID_undef;
//     *found = obj != NULL;
//     if (obj != NULL) {
//         got = gossl_obj_info(obj, sn, ln, oid, oidlen, oidneed);
//         ASN1_OBJECT_free(obj);
//     }
//     ERR_clear_error();
//     return got;
// }
//
// static int gossl_nid_undef(void) { return NID_undef; }
import "C"

import (
	"fmt"
	"strings"
	"unsafe"
)

// ASN1Object is what CPython's txt2obj and nid2obj return: the NID, short
// name, long name and dotted OID of an object OpenSSL knows. HasShort and
// HasLong are false when OpenSSL has no such name (Python's None).
type ASN1Object struct {
	NID       int
	ShortName string
	HasShort  bool
	LongName  string
	HasLong   bool
	OID       string
}

// oidBufLen fits every OID OpenSSL's table holds; longer ones are retried
// with the size OBJ_obj2txt reports.
const oidBufLen = 128

// ErrUnknownObject is CPython's ValueError for an object OpenSSL parsed
// but cannot name (NID_undef).
var ErrUnknownObject = &ValueError{Msg: "Unknown object"}

type objLookup func(oid *C.char, oidlen C.int, found, need *C.int, sn, ln **C.char) C.int

func lookupObject(f objLookup, notFound func() error) (ASN1Object, error) {
	size := oidBufLen
	for {
		buf := (*C.char)(C.malloc(C.size_t(size)))
		var found, need C.int
		var sn, ln *C.char
		nid := f(buf, C.int(size), &found, &need, &sn, &ln)
		if found == 0 {
			C.free(unsafe.Pointer(buf))
			return ASN1Object{}, notFound()
		}
		if nid == C.gossl_nid_undef() {
			C.free(unsafe.Pointer(buf))
			return ASN1Object{}, ErrUnknownObject
		}
		if int(need) >= size {
			C.free(unsafe.Pointer(buf))
			size = int(need) + 1
			continue
		}
		o := ASN1Object{NID: int(nid), OID: C.GoString(buf)}
		if sn != nil {
			o.ShortName, o.HasShort = C.GoString(sn), true
		}
		if ln != nil {
			o.LongName, o.HasLong = C.GoString(ln), true
		}
		C.free(unsafe.Pointer(buf))
		return o, nil
	}
}

// TextToObject is CPython's txt2obj: txt is a dotted OID, or, when byName,
// also a short or long name. Text OpenSSL cannot parse gives the
// ValueError "unknown object '<txt>'" (txt cut at 100 bytes, as CPython's
// %.100s); parsed but unnamed objects give ErrUnknownObject.
func TextToObject(txt string, byName bool) (ASN1Object, error) {
	if strings.IndexByte(txt, 0) >= 0 {
		return ASN1Object{}, &ValueError{Msg: "embedded null character"}
	}
	ctxt := C.CString(txt)
	defer C.free(unsafe.Pointer(ctxt))
	by := C.int(0)
	if byName {
		by = 1
	}
	return lookupObject(func(oid *C.char, oidlen C.int, found, need *C.int, sn, ln **C.char) C.int {
		return C.gossl_txt2obj(ctxt, by, found, sn, ln, oid, oidlen, need)
	}, func() error {
		t := txt
		if len(t) > 100 {
			t = t[:100]
		}
		return &ValueError{Msg: fmt.Sprintf("unknown object '%s'", t)}
	})
}

// NIDToObject is CPython's nid2obj. A negative nid gives the ValueError
// "NID must be positive."; a NID OpenSSL lacks "unknown NID <nid>";
// NID_undef (0) ErrUnknownObject, as CPython.
func NIDToObject(nid int) (ASN1Object, error) {
	if nid < int(C.gossl_nid_undef()) {
		return ASN1Object{}, &ValueError{Msg: "NID must be positive."}
	}
	return lookupObject(func(oid *C.char, oidlen C.int, found, need *C.int, sn, ln **C.char) C.int {
		return C.gossl_nid2obj(C.int(nid), found, sn, ln, oid, oidlen, need)
	}, func() error {
		return &ValueError{Msg: fmt.Sprintf("unknown NID %d", nid)}
	})
}
