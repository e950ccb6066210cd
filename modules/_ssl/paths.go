package _ssl

// #include "shim.h"
//
// static const char *gossl_default_path(int i) {
//     switch (i) {
//     case 0: return X509_get_default_cert_file_env();
//     case 1: return X509_get_default_cert_file();
//     case 2: return X509_get_default_cert_dir_env();
//     default: return X509_get_default_cert_dir();
//     }
// }
import "C"

// DefaultVerifyPaths is what CPython's _ssl.get_default_verify_paths
// returns: the environment variable naming the CA file and its default,
// then the same for the CA directory, as compiled into OpenSSL.
type DefaultVerifyPaths struct {
	CAFileEnv, CAFile, CAPathEnv, CAPath string
}

// GetDefaultVerifyPaths reads OpenSSL's compiled-in defaults
// (X509_get_default_cert_file_env and friends). Safe for concurrent use.
func GetDefaultVerifyPaths() DefaultVerifyPaths {
	get := func(i int) string { return C.GoString(C.gossl_default_path(C.int(i))) }
	return DefaultVerifyPaths{CAFileEnv: get(0), CAFile: get(1), CAPathEnv: get(2), CAPath: get(3)}
}
