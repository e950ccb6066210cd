package pyenum_test

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyenum"
	_ "github.com/gpython-ssl/gpython-ssl/modules/host" // the built-in types as users have them (str of KeyError)
)

// The classes the Python tests use, with OpenSSL 3.0's values, registered
// as the module "pyenumtest".
var (
	optionDefs = []pyenum.IntDef{
		{"OP_ALL", 0x80000050}, {"OP_NO_SSLv2", 0}, {"OP_NO_SSLv3", 0x02000000},
		{"OP_NO_TLSv1", 0x04000000}, {"OP_NO_TLSv1_1", 0x10000000}, {"OP_NO_TLSv1_2", 0x08000000},
		{"OP_NO_TLSv1_3", 0x20000000}, {"OP_CIPHER_SERVER_PREFERENCE", 0x00400000},
		{"OP_SINGLE_DH_USE", 0}, {"OP_SINGLE_ECDH_USE", 0}, {"OP_NO_COMPRESSION", 0x00020000},
		{"OP_NO_TICKET", 0x00004000}, {"OP_NO_RENEGOTIATION", 0x40000000},
		{"OP_ENABLE_MIDDLEBOX_COMPAT", 0x00100000}, {"OP_IGNORE_UNEXPECTED_EOF", 0x80},
	}
	verifyFlagDefs = []pyenum.IntDef{
		{"VERIFY_DEFAULT", 0}, {"VERIFY_CRL_CHECK_LEAF", 4}, {"VERIFY_CRL_CHECK_CHAIN", 12},
		{"VERIFY_X509_STRICT", 32}, {"VERIFY_ALLOW_PROXY_CERTS", 64},
		{"VERIFY_X509_TRUSTED_FIRST", 32768}, {"VERIFY_X509_PARTIAL_CHAIN", 524288},
	}
	verifyModeDefs = []pyenum.IntDef{{"CERT_NONE", 0}, {"CERT_OPTIONAL", 1}, {"CERT_REQUIRED", 2}}
)

func mustClass(c *pyenum.Class, err error) *pyenum.Class {
	if err != nil {
		panic(err)
	}
	return c
}

var (
	testVerifyMode  = mustClass(pyenum.NewIntEnum("pyenumtest.VerifyMode", "", pyenum.SortByValue(verifyModeDefs)))
	testVerifyFlags = mustClass(pyenum.NewIntFlag("pyenumtest.VerifyFlags", "", pyenum.SortByValue(verifyFlagDefs)))
	testColor       = mustClass(pyenum.NewEnum("pyenumtest.Color", "", []pyenum.ObjDef{
		{"RED", py.String("r")}, {"GREEN", py.Tuple{py.Int(1), py.String("g")}}, {"CRIMSON", py.String("r")},
	}, false))
	testPoint = mustClass(pyenum.NewEnum("pyenumtest.Point", "", []pyenum.ObjDef{
		{"ORIGIN", py.Tuple{py.Int(0), py.Int(0)}}, {"UNIT", py.Tuple{py.Int(1), py.Int(1)}},
	}, true))
)

// newOptions makes a fresh Options class: pseudo-members are cached per
// class, so each scenario starts from a clean cache, as a fresh 3.6 process.
func newOptions() *pyenum.Class {
	return mustClass(pyenum.NewIntFlag("pyenumtest.Options", "", pyenum.SortByValue(optionDefs)))
}

func init() {
	py.RegisterModule(&py.ModuleImpl{
		Info: py.ModuleInfo{Name: "pyenumtest"},
		Globals: py.StringDict{
			"VerifyMode":  testVerifyMode.Type,
			"VerifyFlags": testVerifyFlags.Type,
			"Color":       testColor.Type,
			"Point":       testPoint.Type,
		},
	})
}

// freshFlag is the Python function fresh_flag(name): a new, cache-free
// copy of the IntFlag class "Options" or "VerifyFlags".
func freshFlag(self py.Object, arg py.Object) (py.Object, error) {
	switch arg {
	case py.String("Options"):
		return newOptions().Type, nil
	case py.String("VerifyFlags"):
		return mustClass(pyenum.NewIntFlag("pyenumtest.VerifyFlags", "", pyenum.SortByValue(verifyFlagDefs))).Type, nil
	}
	return nil, py.ExceptionNewf(py.ValueError, "no flag class %v", arg)
}

func init() {
	impl := py.GetModuleImpl("pyenumtest")
	impl.Methods = append(impl.Methods, py.MustNewMethod("fresh_flag", freshFlag, 0, "fresh IntFlag class"))
}
