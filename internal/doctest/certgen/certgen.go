// Package certgen makes the certificates the doctest runner gives its
// fixtures (a CA and a leaf it signed) with the system's libcrypto, which
// the interpreter links for its ssl module anyway. Doing it in Go would
// pull crypto/x509, crypto/ecdsa, crypto/rsa and their tables into the
// gpython-ssl binary, whose --doctest flag runs the doctests: about 1.3
// MB of code and data, almost all of it resident in every process
// (bench/memory).
//
// Tests that need more kinds of certificates use internal/testcerts,
// which stays out of the binary.
package certgen

// #cgo pkg-config: libcrypto
// #include <stdlib.h>
// #include "certgen.h"
import "C"

import (
	"errors"
	"fmt"
	"strings"
	"time"
	"unsafe"
)

// Spec describes one certificate. NotAfter must be after NotBefore; the
// names must not contain a NUL byte, and the DNS names and IP addresses no
// comma (they are passed to OpenSSL's configuration syntax).
type Spec struct {
	CommonName   string
	Organization string // empty: the subject has no O attribute
	DNSNames     []string
	IPs          []string // textual addresses ("127.0.0.1", "::1")
	NotBefore    time.Time
	NotAfter     time.Time
}

// Pair is a CA and a leaf certificate it signed, in PEM: certificates as
// "CERTIFICATE", keys (ECDSA P-256) as PKCS#8 "PRIVATE KEY".
type Pair struct {
	CACert, CAKey     []byte
	LeafCert, LeafKey []byte
}

// NewPair makes a self-signed CA from ca (basic constraints CA:TRUE, key
// usage certificate and CRL signing) and a leaf from leaf signed by it
// (CA:FALSE, digital signature, extended key usage server
// authentication, subject alternative names from DNSNames and IPs), each
// with a new ECDSA P-256 key, signed with SHA-256 and a random 63-bit
// serial. The CA's DNSNames and IPs, if any, become its own subject
// alternative names.
func NewPair(ca, leaf Spec) (*Pair, error) {
	cca, freeCA, err := cspec(ca)
	if err != nil {
		return nil, err
	}
	defer freeCA()
	cleaf, freeLeaf, err := cspec(leaf)
	if err != nil {
		return nil, err
	}
	defer freeLeaf()
	var pems [4]C.certgen_pem
	var msg [512]C.char
	if C.certgen_pair(cca, cleaf, &pems[0], &pems[1], &pems[2], &pems[3], &msg[0], C.size_t(len(msg))) == 0 {
		return nil, errors.New("certgen: " + C.GoString(&msg[0]))
	}
	var out [4][]byte
	for i := range pems {
		out[i] = C.GoBytes(unsafe.Pointer(pems[i].data), C.int(pems[i].len))
		C.free(unsafe.Pointer(pems[i].data))
	}
	return &Pair{CACert: out[0], CAKey: out[1], LeafCert: out[2], LeafKey: out[3]}, nil
}

// cspec converts s to C; free releases the C strings it points to.
func cspec(s Spec) (spec *C.certgen_spec, free func(), err error) {
	if s.CommonName == "" {
		return nil, nil, errors.New("certgen: empty common name")
	}
	if !s.NotAfter.After(s.NotBefore) {
		return nil, nil, fmt.Errorf("certgen: %q: NotAfter %v is not after NotBefore %v", s.CommonName, s.NotAfter, s.NotBefore)
	}
	var san []string
	for _, d := range s.DNSNames {
		san = append(san, "DNS:"+d)
	}
	for _, ip := range s.IPs {
		san = append(san, "IP:"+ip)
	}
	for _, v := range append([]string{s.CommonName, s.Organization}, san...) {
		if strings.IndexByte(v, 0) >= 0 {
			return nil, nil, fmt.Errorf("certgen: %q contains a NUL byte", v)
		}
	}
	for _, v := range san {
		if strings.ContainsAny(v, ",\n") || v == "DNS:" || v == "IP:" {
			return nil, nil, fmt.Errorf("certgen: bad subject alternative name %q", v)
		}
	}
	cn, org, sans := C.CString(s.CommonName), C.CString(s.Organization), C.CString(strings.Join(san, ","))
	spec = &C.certgen_spec{
		common_name:  cn,
		organization: org,
		san:          sans,
		not_before:   C.longlong(s.NotBefore.Unix()),
		not_after:    C.longlong(s.NotAfter.Unix()),
	}
	return spec, func() {
		C.free(unsafe.Pointer(cn))
		C.free(unsafe.Pointer(org))
		C.free(unsafe.Pointer(sans))
	}, nil
}
