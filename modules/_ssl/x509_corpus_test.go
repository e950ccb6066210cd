package _ssl

import (
	"crypto/ecdsa"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/rsa"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/binary"
	"math/big"
	"net"
	"net/url"
	"sync"
	"time"
	"unicode/utf16"
)

// x5Cert is one certificate of the decoder's test corpus.
type x5Cert struct {
	name string
	der  []byte
}

var (
	x5Once    sync.Once
	x5Corpus  []x5Cert
	x5MakeErr error
)

// x5Certs returns the corpus, built once per test binary: certificates
// made by crypto/x509 (RSA CA, ECDSA leaf with every extension CPython
// reports, multi-valued and unicode names) and hostile ones patched at the
// DER level (NUL bytes, odd serials, every GeneralName kind, broken IPs,
// bad UTF-8). Validity is around now; nothing is committed.
func x5Certs() ([]x5Cert, error) {
	x5Once.Do(func() { x5Corpus, x5MakeErr = x5Build() })
	return x5Corpus, x5MakeErr
}

// DER building blocks.
func x5TLV(class, tag int, compound bool, content []byte) []byte {
	b, err := asn1.Marshal(asn1.RawValue{Class: class, Tag: tag, IsCompound: compound, Bytes: content})
	if err != nil {
		panic(err)
	}
	return b
}

func x5Cat(parts ...[]byte) []byte {
	var out []byte
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

func x5Seq(parts ...[]byte) []byte { return x5TLV(0, asn1.TagSequence, true, x5Cat(parts...)) }
func x5Set(parts ...[]byte) []byte { return x5TLV(0, asn1.TagSet, true, x5Cat(parts...)) }
func x5Str(tag int, s string) []byte {
	return x5TLV(0, tag, false, []byte(s))
}
func x5OID(arcs ...int) []byte {
	b, err := asn1.Marshal(asn1.ObjectIdentifier(arcs))
	if err != nil {
		panic(err)
	}
	return b
}
func x5Ctx(tag int, compound bool, content []byte) []byte {
	return x5TLV(asn1.ClassContextSpecific, tag, compound, content)
}

// x5Attr is one AttributeTypeAndValue; x5RDN a SET of them (kept in the
// given order: OpenSSL does not insist on DER's sorting).
func x5Attr(oid []byte, value []byte) []byte { return x5Seq(oid, value) }
func x5RDN(attrs ...[]byte) []byte           { return x5Set(attrs...) }
func x5Name(rdns ...[]byte) []byte           { return x5Seq(rdns...) }

// x5Ext is one Extension; x5Exts the [3] EXPLICIT Extensions of a TBS.
func x5Ext(oid []byte, value []byte) []byte {
	return x5Seq(oid, x5TLV(0, asn1.TagOctetString, false, value))
}
func x5Exts(exts ...[]byte) []byte { return x5Ctx(3, true, x5Seq(exts...)) }

// x5Int encodes content bytes as an INTEGER as given (two's complement,
// not normalised, so odd encodings can be tested).
func x5Int(content []byte) []byte { return x5TLV(0, asn1.TagInteger, false, content) }

// GeneralName choices (RFC 5280), implicit tags except directoryName.
func x5GnOther(oid, value []byte) []byte { return x5Ctx(0, true, x5Cat(oid, x5Ctx(0, true, value))) }
func x5GnEmail(s string) []byte          { return x5Ctx(1, false, []byte(s)) }
func x5GnDNS(s string) []byte            { return x5Ctx(2, false, []byte(s)) }
func x5GnX400(content []byte) []byte     { return x5Ctx(3, true, content) }
func x5GnDir(name []byte) []byte         { return x5Ctx(4, true, name) }
func x5GnEDI(content []byte) []byte      { return x5Ctx(5, true, content) }
func x5GnURI(s string) []byte            { return x5Ctx(6, false, []byte(s)) }
func x5GnIP(b []byte) []byte             { return x5Ctx(7, false, b) }
func x5GnRID(oid []byte) []byte {
	var raw asn1.RawValue
	if _, err := asn1.Unmarshal(oid, &raw); err != nil {
		panic(err)
	}
	return x5Ctx(8, false, raw.Bytes)
}

var (
	x5OidCN        = x5OID(2, 5, 4, 3)
	x5OidC         = x5OID(2, 5, 4, 6)
	x5OidO         = x5OID(2, 5, 4, 10)
	x5OidOU        = x5OID(2, 5, 4, 11)
	x5OidL         = x5OID(2, 5, 4, 7)
	x5OidSAN       = x5OID(2, 5, 29, 17)
	x5OidCRLDP     = x5OID(2, 5, 29, 31)
	x5OidAIA       = x5OID(1, 3, 6, 1, 5, 5, 7, 1, 1)
	x5OidOCSP      = x5OID(1, 3, 6, 1, 5, 5, 7, 48, 1)
	x5OidCAIssuers = x5OID(1, 3, 6, 1, 5, 5, 7, 48, 2)
	x5OidUPN       = x5OID(1, 3, 6, 1, 4, 1, 311, 20, 2, 3)
)

// x5Patch rewrites the TBSCertificate of der: edit gets its elements
// (version, serial, sigalg, issuer, validity, subject, spki, extensions when
// a version is present). The signature is left stale: neither OpenSSL's
// decoder nor CPython's checks it.
func x5Patch(der []byte, edit func(tbs [][]byte) [][]byte) []byte {
	var top []asn1.RawValue
	if _, err := asn1.Unmarshal(der, &top); err != nil {
		panic(err)
	}
	var elems []asn1.RawValue
	if _, err := asn1.Unmarshal(top[0].FullBytes, &elems); err != nil {
		panic(err)
	}
	tbs := make([][]byte, len(elems))
	for i, e := range elems {
		tbs[i] = e.FullBytes
	}
	tbs = edit(tbs)
	return x5Seq(x5Seq(tbs...), top[1].FullBytes, top[2].FullBytes)
}

// x5WithExts replaces the extensions of a v3 certificate.
func x5WithExts(exts ...[]byte) func([][]byte) [][]byte {
	return func(tbs [][]byte) [][]byte {
		return append(tbs[:7:7], x5Exts(exts...))
	}
}

func x5UTCTime(s string) []byte { return x5Str(asn1.TagUTCTime, s) }

func x5Build() ([]x5Cert, error) {
	now := time.Now().Truncate(time.Second)
	var out []x5Cert
	add := func(name string, der []byte) { out = append(out, x5Cert{name, der}) }

	caKey, err := rsa.GenerateKey(rand.Reader, 2048)
	if err != nil {
		return nil, err
	}
	ecKey, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		return nil, err
	}
	oidEmail := asn1.ObjectIdentifier{1, 2, 840, 113549, 1, 9, 1}
	caTmpl := &x509.Certificate{
		SerialNumber: big.NewInt(0x95F0),
		Subject: pkix.Name{
			Country: []string{"US"}, Province: []string{"California"}, Locality: []string{"San Francisco"},
			Organization: []string{"Python Software Foundation"}, OrganizationalUnit: []string{"Test", "Second OU"},
			CommonName: "gpython-ssl x509 CA", SerialNumber: "571208-SLe257oHY9fVQ07Z",
			ExtraNames: []pkix.AttributeTypeAndValue{
				{Type: oidEmail, Value: "hostmaster@example.org"},
				{Type: asn1.ObjectIdentifier{2, 5, 4, 15}, Value: "Private Organization"},
				{Type: asn1.ObjectIdentifier{2, 5, 4, 13}, Value: "a description"},
				{Type: asn1.ObjectIdentifier{1, 3, 6, 1, 4, 1, 55555, 1, 2}, Value: "unknown oid"},
			},
		},
		NotBefore: now.Add(-time.Hour), NotAfter: now.Add(24 * time.Hour),
		IsCA: true, BasicConstraintsValid: true, KeyUsage: x509.KeyUsageCertSign,
	}
	caDER, err := x509.CreateCertificate(rand.Reader, caTmpl, caTmpl, &caKey.PublicKey, caKey)
	if err != nil {
		return nil, err
	}
	add("rsa-ca", caDER)
	ca, err := x509.ParseCertificate(caDER)
	if err != nil {
		return nil, err
	}

	longSerial := new(big.Int).SetBytes([]byte("\x7f\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f\x10\x11\x12\x13"))
	uri1, err := url.Parse("https://user@example.org:8443/path?q=1#frag")
	if err != nil {
		return nil, err
	}
	leafTmpl := &x509.Certificate{
		SerialNumber: longSerial,
		Subject:      pkix.Name{CommonName: "leaf.example.org", Organization: []string{"Leaf Org"}},
		NotBefore:    time.Date(2020, 1, 2, 3, 4, 5, 0, time.UTC), NotAfter: time.Date(2060, 11, 22, 8, 15, 19, 0, time.UTC),
		DNSNames:              []string{"leaf.example.org", "*.leaf.example.org"},
		EmailAddresses:        []string{"admin@example.org"},
		URIs:                  []*url.URL{uri1},
		IPAddresses:           []net.IP{net.ParseIP("192.0.2.1"), net.ParseIP("2001:db8::1"), net.ParseIP("fe80::abcd:ef01")},
		OCSPServer:            []string{"http://ocsp.example.org", "http://ocsp2.example.org/x"},
		IssuingCertificateURL: []string{"http://ca.example.org/ca.der"},
		CRLDistributionPoints: []string{"http://crl.example.org/1.crl", "ldap://crl.example.org/cn=x"},
	}
	leafDER, err := x509.CreateCertificate(rand.Reader, leafTmpl, ca, &ecKey.PublicKey, caKey)
	if err != nil {
		return nil, err
	}
	add("ecdsa-leaf", leafDER)

	// A minimal self-signed ECDSA certificate, the base of the patched ones.
	baseTmpl := &x509.Certificate{
		SerialNumber: big.NewInt(1), Subject: pkix.Name{CommonName: "base"},
		NotBefore: now.Add(-time.Hour), NotAfter: now.Add(time.Hour),
	}
	baseDER, err := x509.CreateCertificate(rand.Reader, baseTmpl, baseTmpl, &ecKey.PublicKey, ecKey)
	if err != nil {
		return nil, err
	}
	add("ecdsa-minimal", baseDER)

	// Names.
	utf8CN := x5Attr(x5OidCN, x5Str(asn1.TagUTF8String, "Ünïcødé ☃ 日本語 𝄞"))
	bmp := utf16.Encode([]rune("BMP Ŝtring ☃"))
	bmpBytes := make([]byte, 2*len(bmp))
	for i, r := range bmp {
		binary.BigEndian.PutUint16(bmpBytes[2*i:], r)
	}
	var ucs4 []byte
	for _, r := range "Univ 𝄞" {
		ucs4 = binary.BigEndian.AppendUint32(ucs4, uint32(r))
	}
	unicodeName := x5Name(
		x5RDN(utf8CN),
		x5RDN(x5Attr(x5OidO, x5TLV(0, asn1.TagBMPString, false, bmpBytes))),
		x5RDN(x5Attr(x5OidOU, x5TLV(0, asn1.TagT61String, false, []byte("T61 caf\xe9")))),
		x5RDN(x5Attr(x5OidL, x5TLV(0, 28, false, ucs4))), // UniversalString
	)
	multiName := x5Name(
		x5RDN(x5Attr(x5OidC, x5Str(asn1.TagPrintableString, "DE"))),
		x5RDN(x5Attr(x5OidCN, x5Str(asn1.TagUTF8String, "multi")), x5Attr(x5OidO, x5Str(asn1.TagUTF8String, "valued")), x5Attr(x5OID(1, 2, 3, 4), x5Str(asn1.TagUTF8String, "three"))),
		x5RDN(x5Attr(x5OidOU, x5Str(asn1.TagUTF8String, "after"))),
	)
	nulName := x5Name(x5RDN(x5Attr(x5OidCN, x5Str(asn1.TagUTF8String, "www.python.org\x00example.org"))))
	setName := func(name []byte) func([][]byte) [][]byte {
		return func(tbs [][]byte) [][]byte { tbs[3], tbs[5] = name, name; return tbs }
	}
	add("unicode-name", x5Patch(baseDER, setName(unicodeName)))
	add("multi-valued-rdn", x5Patch(baseDER, setName(multiName)))
	add("nul-in-subject", x5Patch(baseDER, setName(nulName)))
	add("empty-subject", x5Patch(baseDER, setName(x5Name())))
	add("bad-bmp-string", x5Patch(baseDER, setName(x5Name(x5RDN(x5Attr(x5OidCN, x5TLV(0, asn1.TagBMPString, false, []byte("odd")))))))) // odd length
	add("bad-utf8-name", x5Patch(baseDER, setName(x5Name(x5RDN(x5Attr(x5OidCN, x5Str(asn1.TagUTF8String, "bad\xffutf8")))))))
	longOID := []int{1, 2}
	for i := 0; i < 60; i++ {
		longOID = append(longOID, 4000000+i)
	}
	add("long-oid-attribute", x5Patch(baseDER, setName(x5Name(x5RDN(x5Attr(x5OID(longOID...), x5Str(asn1.TagUTF8String, "long")))))))

	// Serial numbers and versions.
	setSerial := func(content []byte) func([][]byte) [][]byte {
		return func(tbs [][]byte) [][]byte { tbs[1] = x5Int(content); return tbs }
	}
	add("zero-serial", x5Patch(baseDER, setSerial([]byte{0})))
	add("negative-serial", x5Patch(baseDER, setSerial([]byte{0xfb})))
	add("negative-long-serial", x5Patch(baseDER, setSerial([]byte{0x80, 0, 0, 0, 0, 0, 0, 0, 1})))
	add("leading-zero-serial", x5Patch(baseDER, setSerial([]byte{0, 0x95, 0xf0})))
	long40 := make([]byte, 40)
	for i := range long40 {
		long40[i] = byte(i + 1)
	}
	add("40-octet-serial", x5Patch(baseDER, setSerial(long40)))
	add("version-1", x5Patch(baseDER, func(tbs [][]byte) [][]byte { return tbs[1:7] }))
	add("version-2", x5Patch(baseDER, func(tbs [][]byte) [][]byte {
		tbs[0] = x5Ctx(0, true, x5Int([]byte{1}))
		return tbs[:7]
	}))

	// Validity.
	setValidity := func(nb, na []byte) func([][]byte) [][]byte {
		return func(tbs [][]byte) [][]byte { tbs[4] = x5Seq(nb, na); return tbs }
	}
	add("generalized-time-fraction", x5Patch(baseDER, setValidity(
		x5Str(asn1.TagGeneralizedTime, "20130101093007.25Z"), x5Str(asn1.TagGeneralizedTime, "99991231235959Z"))))
	add("bad-time", x5Patch(baseDER, setValidity(x5UTCTime("991332000000Z"), x5UTCTime("garbage"))))

	// subjectAltName of every kind, NUL bytes kept.
	dirName := x5Name(x5RDN(x5Attr(x5OidC, x5Str(asn1.TagPrintableString, "UK"))),
		x5RDN(x5Attr(x5OidO, x5Str(asn1.TagUTF8String, "Dir Org")), x5Attr(x5OidOU, x5Str(asn1.TagUTF8String, "Dir OU"))))
	allSANs := x5Seq(
		x5GnDNS("www.python.org\x00example.org"),
		x5GnEmail("null@python.org\x00user@example.org"),
		x5GnURI("http://null.python.org\x00http://example.org"),
		x5GnIP([]byte{192, 0, 2, 1}),
		x5GnIP(net.ParseIP("2001:db8:0:0:1:0:0:ff")),
		x5GnIP([]byte{1, 2, 3, 4, 5}),
		x5GnIP(nil),
		x5GnRID(x5OID(1, 2, 3, 4, 5)),
		x5GnRID(x5OID(2, 5, 4, 3)),
		x5GnDir(dirName),
		x5GnOther(x5OID(1, 2, 3, 4), x5Str(asn1.TagUTF8String, "some")),
		x5GnOther(x5OidUPN, x5Str(asn1.TagUTF8String, "upn@example.org")),
		x5GnOther(x5OidUPN, x5Str(asn1.TagIA5String, "wrong type")),
		x5GnX400(x5Seq()),
		x5GnEDI(x5Ctx(1, true, x5Str(asn1.TagUTF8String, "party"))),
		x5GnEDI(x5Cat(x5Ctx(0, true, x5Str(asn1.TagUTF8String, "assigner")), x5Ctx(1, true, x5Str(asn1.TagUTF8String, "party")))),
	)
	add("all-san-kinds", x5Patch(baseDER, x5WithExts(x5Ext(x5OidSAN, allSANs))))
	add("empty-san", x5Patch(baseDER, x5WithExts(x5Ext(x5OidSAN, x5Seq()))))
	add("malformed-san", x5Patch(baseDER, x5WithExts(x5Ext(x5OidSAN, []byte{0x30, 0x05, 0x82, 0x01}))))
	add("two-sans", x5Patch(baseDER, x5WithExts(x5Ext(x5OidSAN, x5Seq(x5GnDNS("a"))), x5Ext(x5OidSAN, x5Seq(x5GnDNS("b"))))))
	add("bad-utf8-dns", x5Patch(baseDER, x5WithExts(x5Ext(x5OidSAN, x5Seq(x5GnDNS("ok"), x5GnDNS("caf\xe9.example"))))))
	add("utf8-dns", x5Patch(baseDER, x5WithExts(x5Ext(x5OidSAN, x5Seq(x5GnDNS("café.example"))))))
	hugeRID := []int{1, 3}
	for i := 0; i < 400; i++ {
		hugeRID = append(hugeRID, 123456+i)
	}
	add("huge-rid", x5Patch(baseDER, x5WithExts(x5Ext(x5OidSAN, x5Seq(x5GnRID(x5OID(hugeRID...)))))))

	// authorityInfoAccess and crlDistributionPoints, with entries CPython
	// skips.
	ad := func(method, loc []byte) []byte { return x5Seq(method, loc) }
	aia := x5Seq(
		ad(x5OidOCSP, x5GnDNS("not-a-uri.example")),
		ad(x5OidCAIssuers, x5GnURI("http://ca.example/a.der")),
		ad(x5OID(1, 2, 3), x5GnURI("http://other.example/")),
		ad(x5OidCAIssuers, x5GnURI("http://ca.example/b\x00.der")),
	)
	fullName := func(gns ...[]byte) []byte { return x5Ctx(0, true, x5Ctx(0, true, x5Cat(gns...))) }
	relName := x5Ctx(0, true, x5Ctx(1, true, x5Attr(x5OidCN, x5Str(asn1.TagUTF8String, "rel"))))
	crl := x5Seq(
		x5Seq(fullName(x5GnDNS("crl.example"), x5GnURI("http://crl.example/a.crl"))),
		x5Seq(),        // empty distribution point (CVE-2019-5010)
		x5Seq(relName), // nameRelativeToCRLIssuer
		x5Seq(fullName(x5GnURI("http://crl.example/b.crl"))),
	)
	add("aia-crl-mixed", x5Patch(baseDER, x5WithExts(x5Ext(x5OidAIA, aia), x5Ext(x5OidCRLDP, crl))))
	add("aia-ca-only", x5Patch(baseDER, x5WithExts(
		x5Ext(x5OidAIA, x5Seq(ad(x5OidCAIssuers, x5GnURI("http://ca.example/")))),
		x5Ext(x5OidCRLDP, x5Seq(x5Seq(fullName(x5GnDNS("no-uri.example"))))))))
	add("aia-empty", x5Patch(baseDER, x5WithExts(x5Ext(x5OidAIA, x5Seq()))))
	return out, nil
}
