package _ssl

// #include <stdlib.h>
// #include "shim.h"
//
// static X509 *gossl_x509_d2i(const unsigned char *der, long len, gossl_err *e) {
//     gossl_begin(e);
//     const unsigned char *p = der;
//     X509 *x = d2i_X509(NULL, &p, len);
//     if (x == NULL) gossl_capture(e);
//     return x;
// }
//
// /* gossl_x509_read_pem reads the first certificate of a PEM file, as
//  * CPython's _test_decode_cert. *why is 1 when the file cannot be opened,
//  * 2 when it holds no certificate; the reason text is CPython's fixed one,
//  * so the queue is captured only to leave it empty. */
// static X509 *gossl_x509_read_pem(const char *path, int *why, gossl_err *e) {
//     gossl_begin(e);
//     *why = 0;
//     BIO *b = BIO_new(BIO_s_file());
//     if (b == NULL) { gossl_capture(e); *why = 3; return NULL; }
//     if (BIO_read_filename(b, path) <= 0) {
//         gossl_capture(e);
//         BIO_free(b);
//         *why = 1;
//         return NULL;
//     }
//     X509 *x = PEM_read_bio_X509(b, NULL, NULL, NULL);
//     if (x == NULL) { gossl_capture(e); *why = 2; }
//     BIO_free(b);
//     return x;
// }
//
// /* gossl_x509_obj2txt is OBJ_obj2txt with long names (no_name 0), as
//  * CPython names attributes and registered IDs. */
// static int gossl_x509_obj2txt(char *buf, int size, const ASN1_OBJECT *o, gossl_err *e) {
//     gossl_begin(e);
//     int n = OBJ_obj2txt(buf, size, o, 0);
//     if (n < 0) gossl_capture(e);
//     return n;
// }
//
// static int gossl_x509_to_utf8(unsigned char **out, const ASN1_STRING *s, gossl_err *e) {
//     gossl_begin(e);
//     *out = NULL;
//     int n = ASN1_STRING_to_UTF8(out, s);
//     if (n < 0) gossl_capture(e);
//     return n;
// }
//
// static void gossl_x509_free_buf(unsigned char *p) { OPENSSL_free(p); }
//
// /* gossl_x509_field prints the serial number (which 0, i2a_ASN1_INTEGER),
//  * notBefore (1) or notAfter (2) (ASN1_TIME_print) into a memory BIO and
//  * reads its first line with BIO_gets(buf, size), as CPython does: a
//  * serial longer than 35 octets keeps OpenSSL's "\\\n" break and stops
//  * there; an unparsable time reads "Bad time value". Returns BIO_gets's
//  * result, -1 on failure (captured). */
// static int gossl_x509_field(const X509 *x, int which, char *buf, int size, gossl_err *e) {
//     gossl_begin(e);
//     BIO *b = BIO_new(BIO_s_mem());
//     if (b == NULL) { gossl_capture(e); return -1; }
//     switch (which) {
//     case 0: i2a_ASN1_INTEGER(b, X509_get0_serialNumber(x)); break;
//     case 1: ASN1_TIME_print(b, X509_get0_notBefore(x)); break;
//     default: ASN1_TIME_print(b, X509_get0_notAfter(x)); break;
//     }
//     /* The printers' own failures are part of their output, as in CPython. */
//     ERR_clear_error();
//     int n = BIO_gets(b, buf, size);
//     if (n < 0) gossl_capture(e);
//     BIO_free(b);
//     return n;
// }
//
// static long gossl_x509_version(const X509 *x) { return X509_get_version(x); }
import "C"

import (
	"fmt"
	"strings"
	"unicode/utf8"
	"unsafe"
)

// Cert is a decoded X.509 certificate in the shape of CPython's
// getpeercert() dict (_ssl._decode_certificate).
//
// The slice fields say "absent" with nil and "present but empty" with a
// non-nil empty slice, because CPython's dict has the key in the second case
// only for subjectAltName (an extension holding no names gives ()).
type Cert struct {
	Subject Name   // "subject"
	Issuer  Name   // "issuer"
	Version int    // "version": X509_get_version()+1
	Serial  string // "serialNumber": upper-case hex, as i2a_ASN1_INTEGER prints it
	// NotBefore and NotAfter are as ASN1_TIME_print prints them:
	// "Nov 22 08:15:19 2013 GMT".
	NotBefore string
	NotAfter  string
	// SubjectAltName is nil when the certificate has no (decodable)
	// subjectAltName extension.
	SubjectAltName []GeneralName
	// OCSP and CAIssuers are the URIs of the authorityInfoAccess extension;
	// nil when there are none (CPython then omits the key).
	OCSP      []string
	CAIssuers []string
	// CRLDistributionPoints holds the URIs of the full names of the
	// distribution points; nil when there are none.
	CRLDistributionPoints []string
}

// Name is a distinguished name: its RDNs in certificate order. A name with
// no attribute is an empty, non-nil Name (Python's ()).
type Name []RDN

// RDN is one relative distinguished name: usually one attribute, several
// for a multi-valued RDN (attributes sharing an X509_NAME_ENTRY_set).
type RDN []Attribute

// Attribute is one name attribute: Type is OpenSSL's long name for the OID
// ("commonName", "emailAddress") or its dotted text when OpenSSL has no
// name; Value is the UTF-8 text of the value.
type Attribute struct {
	Type  string
	Value string
}

// GeneralName is one entry of subjectAltName, as CPython renders it: Kind is
// "DNS", "email", "URI", "IP Address", "Registered ID", "DirName",
// "othername", "X400Name" or "EdiPartyName". DirName carries DirName and
// an empty Value; every other kind carries Value only.
type GeneralName struct {
	Kind    string
	Value   string
	DirName Name
}

// UnicodeError reports certificate text that is not valid UTF-8 where
// CPython decodes it strictly, so that CPython raises UnicodeDecodeError
// (a DNS name with bytes >= 0x80, for instance). modules/ssl maps it to
// UnicodeDecodeError.
type UnicodeError struct {
	Data   string // the bytes that failed to decode
	Pos    int    // offset of the first bad byte
	Reason string // "invalid start byte", "invalid continuation byte", "unexpected end of data"
}

// Error formats the message as Python's utf-8 codec does.
func (e *UnicodeError) Error() string {
	return fmt.Sprintf("'utf-8' codec can't decode byte 0x%02x in position %d: %s", e.Data[e.Pos], e.Pos, e.Reason)
}

// CertFileError is a failure of DecodeCertFile with CPython's fixed text
// ("Can't open file", "Error decoding PEM-encoded file"): CPython raises
// ssl.SSLError with that message alone, not OSError.
type CertFileError struct {
	Msg  string
	Path string
}

// Error is CPython's message, without the path (CPython leaves it out too).
func (e *CertFileError) Error() string { return e.Msg }

// The messages of CertFileError, as CPython's _test_decode_cert words them.
const (
	msgCantOpenFile = "Can't open file"
	msgBadPEMFile   = "Error decoding PEM-encoded file"
	msgNoMemory     = "Can't malloc memory to read file"
)

// DecodeCertDER decodes a DER certificate (trailing bytes are ignored, as
// d2i_X509 ignores them). A malformed certificate gives an *Error; text
// CPython would fail to decode gives a *UnicodeError.
func DecodeCertDER(der []byte) (*Cert, error) {
	if len(der) == 0 {
		// d2i_X509 reads nothing from an empty buffer; still ask it, so the
		// error is OpenSSL's, but without indexing an empty slice.
		der = []byte{0}[:0:1]
	}
	var ce C.gossl_err
	x := C.gossl_x509_d2i((*C.uchar)(unsafe.Pointer(unsafe.SliceData(der))), C.long(len(der)), &ce)
	if x == nil {
		return nil, newError(&ce, 1)
	}
	defer C.X509_free(x)
	return decodeX509(x)
}

// DecodeCertFile decodes the first certificate of a PEM file, like CPython's
// _ssl._test_decode_cert: a missing file or one without a certificate gives
// a *CertFileError.
func DecodeCertFile(path string) (*Cert, error) {
	if strings.IndexByte(path, 0) >= 0 {
		return nil, &ValueError{Msg: "embedded null byte"}
	}
	cpath := C.CString(path)
	defer C.free(unsafe.Pointer(cpath))
	var ce C.gossl_err
	var why C.int
	x := C.gossl_x509_read_pem(cpath, &why, &ce)
	if x == nil {
		switch why {
		case 1:
			return nil, &CertFileError{Msg: msgCantOpenFile, Path: path}
		case 2:
			return nil, &CertFileError{Msg: msgBadPEMFile, Path: path}
		default:
			return nil, &CertFileError{Msg: msgNoMemory, Path: path}
		}
	}
	defer C.X509_free(x)
	return decodeX509(x)
}

// decodeX509 decodes x, which the caller keeps owning (the connection core
// passes SSL_get1_peer_certificate's result and frees it afterwards). It
// keeps no state, so concurrent calls on different certificates are safe;
// every object it decodes from x is freed before it returns.
// Field order and failure points follow CPython's _decode_certificate.
func decodeX509(x *C.X509) (*Cert, error) {
	var c Cert
	var err error
	if c.Subject, err = decodeName(C.X509_get_subject_name(x)); err != nil {
		return nil, err
	}
	if c.Issuer, err = decodeName(C.X509_get_issuer_name(x)); err != nil {
		return nil, err
	}
	c.Version = int(C.gossl_x509_version(x)) + 1
	if c.Serial, err = printField(x, 0); err != nil {
		return nil, err
	}
	if c.NotBefore, err = printField(x, 1); err != nil {
		return nil, err
	}
	if c.NotAfter, err = printField(x, 2); err != nil {
		return nil, err
	}
	if c.SubjectAltName, err = decodeSAN(x); err != nil {
		return nil, err
	}
	if c.OCSP, c.CAIssuers, err = decodeAIA(x); err != nil {
		return nil, err
	}
	if c.CRLDistributionPoints, err = decodeCRLDP(x); err != nil {
		return nil, err
	}
	return &c, nil
}

// printBufSize is CPython's buffer for the printed fields; BIO_gets gets one
// byte less, as in _decode_certificate.
const printBufSize = 2048

// printField returns the first line of the serial number (which 0) or a
// validity time (1, 2) as OpenSSL prints it.
func printField(x *C.X509, which C.int) (string, error) {
	buf := make([]byte, printBufSize)
	var ce C.gossl_err
	n := C.gossl_x509_field(x, which, (*C.char)(unsafe.Pointer(&buf[0])), printBufSize-1, &ce)
	if n < 0 {
		return "", newError(&ce, 1)
	}
	return checkUTF8(string(buf[:n]))
}

// decodeName groups the entries of n into RDNs by X509_NAME_ENTRY_set, as
// CPython's _create_tuple_for_X509_NAME.
func decodeName(n *C.X509_NAME) (Name, error) {
	out := Name{}
	if n == nil {
		return out, nil
	}
	var rdn RDN
	level := -1
	count := int(C.X509_NAME_entry_count(n))
	for i := 0; i < count; i++ {
		ent := C.X509_NAME_get_entry(n, C.int(i))
		if ent == nil {
			continue
		}
		set := int(C.X509_NAME_ENTRY_set(ent))
		if level >= 0 && set != level && len(rdn) > 0 {
			out = append(out, rdn)
			rdn = nil
		}
		level = set
		a, err := decodeAttribute(C.X509_NAME_ENTRY_get_object(ent), C.X509_NAME_ENTRY_get_data(ent))
		if err != nil {
			return nil, err
		}
		rdn = append(rdn, a)
	}
	if len(rdn) > 0 {
		out = append(out, rdn)
	}
	return out, nil
}

func decodeAttribute(obj *C.ASN1_OBJECT, val *C.ASN1_STRING) (Attribute, error) {
	typ, err := objText(obj)
	if err != nil {
		return Attribute{}, err
	}
	var ce C.gossl_err
	var out *C.uchar
	n := C.gossl_x509_to_utf8(&out, val, &ce)
	if n < 0 {
		return Attribute{}, newError(&ce, 1)
	}
	v := C.GoStringN((*C.char)(unsafe.Pointer(out)), n)
	C.gossl_x509_free_buf(out)
	if v, err = checkUTF8(v); err != nil {
		return Attribute{}, err
	}
	return Attribute{Type: typ, Value: v}, nil
}

// objText is the OID's long name, or its dotted text when OpenSSL knows no
// name for it, at whatever length (CPython 3.11 grows its buffer).
func objText(obj *C.ASN1_OBJECT) (string, error) {
	var stack [256]byte
	buf := stack[:]
	for {
		var ce C.gossl_err
		n := C.gossl_x509_obj2txt((*C.char)(unsafe.Pointer(&buf[0])), C.int(len(buf)), obj, &ce)
		if n < 0 {
			return "", newError(&ce, 1)
		}
		if int(n) < len(buf) {
			return checkUTF8(string(buf[:n]))
		}
		buf = make([]byte, int(n)+1)
	}
}

// asn1Bytes returns the raw content of s with its length: embedded NUL
// bytes stay (CVE-2013-4238), as CPython reads them.
func asn1Bytes(s *C.ASN1_STRING) string {
	if s == nil {
		return ""
	}
	n := C.ASN1_STRING_length(s)
	if n <= 0 {
		return ""
	}
	return C.GoStringN((*C.char)(unsafe.Pointer(C.ASN1_STRING_get0_data(s))), n)
}

// checkUTF8 returns s when Python's strict UTF-8 decoder would accept it,
// else a *UnicodeError pointing at the first bad byte.
func checkUTF8(s string) (string, error) {
	if utf8.ValidString(s) {
		return s, nil
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if r != utf8.RuneError || size != 1 {
			i += size
			continue
		}
		return "", &UnicodeError{Data: s, Pos: i, Reason: utf8Reason(s[i:])}
	}
	return s, nil // unreachable: s was invalid
}

// utf8Reason classifies a bad sequence the way Python's codec words it.
func utf8Reason(s string) string {
	b := s[0]
	var need int
	switch {
	case b >= 0xC2 && b <= 0xDF:
		need = 1
	case b >= 0xE0 && b <= 0xEF:
		need = 2
	case b >= 0xF0 && b <= 0xF4:
		need = 3
	default:
		return "invalid start byte"
	}
	for k := 1; k <= need; k++ {
		if k >= len(s) {
			return "unexpected end of data"
		}
		if s[k] < 0x80 || s[k] > 0xBF {
			return "invalid continuation byte"
		}
	}
	// Continuation bytes in range, but the second byte is out of the range
	// the lead byte allows (overlong, surrogate, > U+10FFFF).
	return "invalid continuation byte"
}
