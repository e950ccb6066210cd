package _ssl

// #include "shim.h"
//
// static unsigned long gossl_version_num(void) { return OpenSSL_version_num(); }
// static const char *gossl_version_text(void) { return OpenSSL_version(OPENSSL_VERSION); }
// static unsigned long gossl_api_version_num(void) { return OPENSSL_VERSION_NUMBER; }
import "C"

// VersionNumber is OpenSSL_version_num(): the version of the libcrypto
// loaded at run time, as _ssl.OPENSSL_VERSION_NUMBER.
func VersionNumber() uint64 { return uint64(C.gossl_version_num()) }

// VersionText is OpenSSL_version(OPENSSL_VERSION) of the library loaded
// at run time ("OpenSSL 3.0.19 27 Jan 2026"), as _ssl.OPENSSL_VERSION.
func VersionText() string { return C.GoString(C.gossl_version_text()) }

// APIVersionNumber is OPENSSL_VERSION_NUMBER of the headers this package
// was built with, the source of _ssl._OPENSSL_API_VERSION.
func APIVersionNumber() uint64 { return uint64(C.gossl_api_version_num()) }

// VersionInfo splits a version number into CPython's 5-tuple (major,
// minor, fix, patch, status): from the low end, 4 bits of status, then a
// byte each of patch, fix, minor and major, as CPython's
// parse_openssl_version reads the 0xMNNFFPPS layout.
func VersionInfo(n uint64) [5]int {
	status := int(n & 0xF)
	n >>= 4
	patch := int(n & 0xFF)
	n >>= 8
	fix := int(n & 0xFF)
	n >>= 8
	minor := int(n & 0xFF)
	n >>= 8
	major := int(n & 0xFF)
	return [5]int{major, minor, fix, patch, status}
}
