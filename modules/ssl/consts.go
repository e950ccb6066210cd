package ssl

import (
	"strings"

	"github.com/go-python/gpython/py"

	_ssl "github.com/gpython-ssl/gpython-ssl/modules/_ssl"
)

// namedConst is one integer constant of _ssl, for code that builds the
// enum classes (VerifyMode, Options, AlertDescription, ...) from them.
type namedConst struct {
	Name  string
	Value int64
}

// constantsWithPrefix returns the integer constants of _ssl whose name
// starts with prefix ("OP_", "CERT_", "VERIFY_", "ALERT_DESCRIPTION_",
// "SSL_ERROR_", "PROTOCOL_", "PROTO_"), in the order CPython 3.11's _ssl
// module dict lists them. Names this OpenSSL lacks are absent. The caller
// owns the returned slice. Safe for concurrent use.
func constantsWithPrefix(prefix string) []namedConst {
	var out []namedConst
	for _, c := range _ssl.Constants() {
		if strings.HasPrefix(c.Name, prefix) {
			out = append(out, namedConst{Name: c.Name, Value: c.Value})
		}
	}
	return out
}

// channelBindingTypes is ssl.CHANNEL_BINDING_TYPES: the types
// get_channel_binding() supports.
var channelBindingTypes = []string{"tls-unique"}

// setupConstants is a step of setup (module.go).
func setupConstants() {
	for _, c := range _ssl.Constants() {
		addGlobal(c.Name, py.Int(c.Value))
	}
	for _, f := range _ssl.Features() {
		addGlobal(f.Name, py.NewBool(f.On))
	}
	cbt := py.NewList()
	for _, s := range channelBindingTypes {
		cbt.Append(py.String(s))
	}
	addGlobal("CHANNEL_BINDING_TYPES", cbt)
	addGlobal("_DEFAULT_CIPHERS", py.String(_ssl.DefaultCiphers))

	// The version of the library loaded at run time, and of the headers
	// built against for _OPENSSL_API_VERSION, as CPython reports them.
	n := _ssl.VersionNumber()
	addGlobal("OPENSSL_VERSION_NUMBER", py.Int(int64(n)))
	addGlobal("OPENSSL_VERSION_INFO", versionTuple(n))
	addGlobal("OPENSSL_VERSION", py.String(_ssl.VersionText()))
	addGlobal("_OPENSSL_API_VERSION", versionTuple(_ssl.APIVersionNumber()))
}

// versionTuple is CPython's (major, minor, fix, patch, status).
func versionTuple(n uint64) py.Tuple {
	info := _ssl.VersionInfo(n)
	t := make(py.Tuple, len(info))
	for i, v := range info {
		t[i] = py.Int(v)
	}
	return t
}
