package _ssl

// #include "shim.h"
//
// /* The extension getters return a new decoded extension the caller frees,
//  * or NULL when it is absent, repeated or malformed; CPython treats all
//  * three as absent, so the queue is emptied rather than reported. */
// static GENERAL_NAMES *gossl_x509_san(X509 *x) {
//     GENERAL_NAMES *g = X509_get_ext_d2i(x, NID_subject_alt_name, NULL, NULL);
//     ERR_clear_error();
//     return g;
// }
// static AUTHORITY_INFO_ACCESS *gossl_x509_aia(X509 *x) {
//     AUTHORITY_INFO_ACCESS *a = X509_get_ext_d2i(x, NID_info_access, NULL, NULL);
//     ERR_clear_error();
//     return a;
// }
// static CRL_DIST_POINTS *gossl_x509_crldp(X509 *x) {
//     CRL_DIST_POINTS *d = X509_get_ext_d2i(x, NID_crl_distribution_points, NULL, NULL);
//     ERR_clear_error();
//     return d;
// }
// static void gossl_x509_gns_free(GENERAL_NAMES *g) { GENERAL_NAMES_free(g); }
// static void gossl_x509_aia_free(AUTHORITY_INFO_ACCESS *a) { AUTHORITY_INFO_ACCESS_free(a); }
// static void gossl_x509_crldp_free(CRL_DIST_POINTS *d) { CRL_DIST_POINTS_free(d); }
//
// static int gossl_x509_gns_num(const GENERAL_NAMES *g) { return sk_GENERAL_NAME_num(g); }
// static GENERAL_NAME *gossl_x509_gns_at(const GENERAL_NAMES *g, int i) { return sk_GENERAL_NAME_value(g, i); }
// static int gossl_x509_aia_num(const AUTHORITY_INFO_ACCESS *a) { return sk_ACCESS_DESCRIPTION_num(a); }
//
// /* gossl_x509_aia_uri returns entry i's URI when its method is nid and its
//  * location a URI, else NULL (CPython skips such entries). */
// static ASN1_IA5STRING *gossl_x509_aia_uri(const AUTHORITY_INFO_ACCESS *a, int i, int nid) {
//     ACCESS_DESCRIPTION *ad = sk_ACCESS_DESCRIPTION_value(a, i);
//     if (ad == NULL || OBJ_obj2nid(ad->method) != nid || ad->location == NULL ||
//         ad->location->type != GEN_URI)
//         return NULL;
//     return ad->location->d.uniformResourceIdentifier;
// }
//
// static int gossl_x509_crldp_num(const CRL_DIST_POINTS *d) { return sk_DIST_POINT_num(d); }
//
// /* gossl_x509_crldp_names returns the full name of distribution point i,
//  * or NULL for an empty point (CVE-2019-5010) or a name relative to the
//  * issuer, whose entries CPython never finds a URI in. */
// static GENERAL_NAMES *gossl_x509_crldp_names(const CRL_DIST_POINTS *d, int i) {
//     DIST_POINT *dp = sk_DIST_POINT_value(d, i);
//     if (dp == NULL || dp->distpoint == NULL || dp->distpoint->type != 0)
//         return NULL;
//     return dp->distpoint->name.fullname;
// }
//
// /* gossl_x509_rid_txt is CPython's i2t_ASN1_OBJECT(buf, size) for a
//  * registered ID; the result may exceed size (then the text is cut). */
// static int gossl_x509_rid_txt(char *buf, int size, const ASN1_OBJECT *o, gossl_err *e) {
//     gossl_begin(e);
//     int n = i2t_ASN1_OBJECT(buf, size, o);
//     if (n < 0) gossl_capture(e);
//     return n;
// }
//
// /* gossl_x509_gn_print reads the first line GENERAL_NAME_print writes, the
//  * way CPython renders othername, X400Name and EdiPartyName: BIO_gets into
//  * buf (size - 1 bytes at most), NUL-terminated. */
// static int gossl_x509_gn_print(GENERAL_NAME *gn, char *buf, int size, gossl_err *e) {
//     gossl_begin(e);
//     BIO *b = BIO_new(BIO_s_mem());
//     if (b == NULL) { gossl_capture(e); return -1; }
//     GENERAL_NAME_print(b, gn);
//     ERR_clear_error();
//     buf[0] = 0;
//     int n = BIO_gets(b, buf, size);
//     if (n < 0) gossl_capture(e);
//     BIO_free(b);
//     return n;
// }
import "C"

import (
	"bytes"
	"fmt"
	"unsafe"
)

// decodeSAN renders the subjectAltName extension as CPython's
// _get_peer_alt_names: nil when absent, each name as a GeneralName.
func decodeSAN(x *C.X509) ([]GeneralName, error) {
	gns := C.gossl_x509_san(x)
	if gns == nil {
		return nil, nil
	}
	defer C.gossl_x509_gns_free(gns)
	out := []GeneralName{}
	n := int(C.gossl_x509_gns_num(gns))
	for i := 0; i < n; i++ {
		gn := C.gossl_x509_gns_at(gns, C.int(i))
		if gn == nil {
			continue
		}
		g, err := decodeGeneralName(gn)
		if err != nil {
			return nil, err
		}
		out = append(out, g)
	}
	return out, nil
}

// decodeGeneralName renders one GeneralName. DNS, email and URI keep their
// raw bytes (NUL included), IP addresses are formatted here, and the kinds
// CPython leaves to OpenSSL go through GENERAL_NAME_print.
func decodeGeneralName(gn *C.GENERAL_NAME) (GeneralName, error) {
	var typ C.int
	val := C.GENERAL_NAME_get0_value(gn, &typ)
	switch typ {
	case C.GEN_DIRNAME:
		name, err := decodeName((*C.X509_NAME)(val))
		if err != nil {
			return GeneralName{}, err
		}
		return GeneralName{Kind: "DirName", DirName: name}, nil
	case C.GEN_EMAIL, C.GEN_DNS, C.GEN_URI:
		kind := map[C.int]string{C.GEN_EMAIL: "email", C.GEN_DNS: "DNS", C.GEN_URI: "URI"}[typ]
		v, err := checkUTF8(asn1Bytes((*C.ASN1_STRING)(val)))
		if err != nil {
			return GeneralName{}, err
		}
		return GeneralName{Kind: kind, Value: v}, nil
	case C.GEN_RID:
		buf := make([]byte, printBufSize)
		var ce C.gossl_err
		n := int(C.gossl_x509_rid_txt((*C.char)(unsafe.Pointer(&buf[0])), printBufSize-1, (*C.ASN1_OBJECT)(val), &ce))
		if n < 0 {
			return GeneralName{}, newError(&ce, 1)
		}
		if n >= printBufSize {
			return GeneralName{Kind: "Registered ID", Value: "<INVALID>"}, nil
		}
		// A text of exactly size-1 bytes was cut by one; CPython then reads
		// the terminating NUL as its last byte, and so do we.
		v, err := checkUTF8(string(buf[:n]))
		if err != nil {
			return GeneralName{}, err
		}
		return GeneralName{Kind: "Registered ID", Value: v}, nil
	case C.GEN_IPADD:
		return GeneralName{Kind: "IP Address", Value: formatIP(asn1Bytes((*C.ASN1_STRING)(val)))}, nil
	}
	// othername, X400Name, EdiPartyName: "Kind:value" from OpenSSL.
	buf := make([]byte, printBufSize)
	var ce C.gossl_err
	n := int(C.gossl_x509_gn_print(gn, (*C.char)(unsafe.Pointer(&buf[0])), printBufSize-1, &ce))
	if n < 0 {
		return GeneralName{}, newError(&ce, 1)
	}
	line := buf[:n]
	cstr := line // what strchr sees: up to the first NUL
	if z := bytes.IndexByte(buf, 0); z >= 0 && z < len(cstr) {
		cstr = buf[:z]
	}
	colon := bytes.IndexByte(cstr, ':')
	if colon < 0 {
		shown := cstr
		if len(shown) > 200 {
			shown = shown[:200]
		}
		return GeneralName{}, &ValueError{Msg: "Invalid value " + string(shown)}
	}
	kind, err := checkUTF8(string(line[:colon]))
	if err != nil {
		return GeneralName{}, err
	}
	v, err := checkUTF8(string(line[colon+1:]))
	if err != nil {
		return GeneralName{}, err
	}
	return GeneralName{Kind: kind, Value: v}, nil
}

// formatIP writes an iPAddress as CPython does: dotted decimal for 4 bytes,
// eight upper-case hex groups without compression for 16, "<invalid>" for
// any other length.
func formatIP(b string) string {
	switch len(b) {
	case 4:
		return fmt.Sprintf("%d.%d.%d.%d", b[0], b[1], b[2], b[3])
	case 16:
		var s []byte
		for i := 0; i < 16; i += 2 {
			if i > 0 {
				s = append(s, ':')
			}
			s = fmt.Appendf(s, "%X", uint16(b[i])<<8|uint16(b[i+1]))
		}
		return string(s)
	}
	return "<invalid>"
}

// decodeAIA collects the OCSP and caIssuers URIs of authorityInfoAccess,
// in order, as CPython's _get_aia_uri (each list nil when empty).
func decodeAIA(x *C.X509) (ocsp, caIssuers []string, err error) {
	aia := C.gossl_x509_aia(x)
	if aia == nil {
		return nil, nil, nil
	}
	defer C.gossl_x509_aia_free(aia)
	n := int(C.gossl_x509_aia_num(aia))
	for i := 0; i < n; i++ {
		if u := C.gossl_x509_aia_uri(aia, C.int(i), C.NID_ad_OCSP); u != nil {
			v, err := checkUTF8(asn1Bytes((*C.ASN1_STRING)(u)))
			if err != nil {
				return nil, nil, err
			}
			ocsp = append(ocsp, v)
		}
		if u := C.gossl_x509_aia_uri(aia, C.int(i), C.NID_ad_ca_issuers); u != nil {
			v, err := checkUTF8(asn1Bytes((*C.ASN1_STRING)(u)))
			if err != nil {
				return nil, nil, err
			}
			caIssuers = append(caIssuers, v)
		}
	}
	return ocsp, caIssuers, nil
}

// decodeCRLDP collects the URIs of the crlDistributionPoints full names, as
// CPython's _get_crl_dp (nil when there are none).
func decodeCRLDP(x *C.X509) ([]string, error) {
	dps := C.gossl_x509_crldp(x)
	if dps == nil {
		return nil, nil
	}
	defer C.gossl_x509_crldp_free(dps)
	var out []string
	n := int(C.gossl_x509_crldp_num(dps))
	for i := 0; i < n; i++ {
		gns := C.gossl_x509_crldp_names(dps, C.int(i))
		if gns == nil {
			continue
		}
		m := int(C.gossl_x509_gns_num(gns))
		for j := 0; j < m; j++ {
			gn := C.gossl_x509_gns_at(gns, C.int(j))
			if gn == nil {
				continue
			}
			var typ C.int
			val := C.GENERAL_NAME_get0_value(gn, &typ)
			if typ != C.GEN_URI {
				continue
			}
			v, err := checkUTF8(asn1Bytes((*C.ASN1_STRING)(val)))
			if err != nil {
				return nil, err
			}
			out = append(out, v)
		}
	}
	return out, nil
}
