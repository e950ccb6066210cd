package ssl

import (
	"fmt"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyenum"
)

// The enum classes of CPython 3.6's ssl module, built from the _ssl
// constants as 3.6's ssl.py builds them with IntEnum._convert /
// IntFlag._convert: members sorted by value then name (the first name of a
// value is canonical, later ones are aliases). The plain int constants in
// _ssl's globals are replaced by the members, so ssl.CERT_REQUIRED is
// VerifyMode.CERT_REQUIRED, and the SSLContext properties return members.
//
// The classes are Go types shared by every context (the property hooks
// below return their members without a context at hand). internal/pyenum's
// _pyenum module tells an enum module which kind each of them is (IntEnum,
// IntFlag, Enum), for its isinstance and issubclass checks; the project's
// enum module is not in the tree yet.
var (
	// VerifyModeClass is ssl.VerifyMode (CERT_*), an IntEnum.
	VerifyModeClass *pyenum.Class
	// VerifyFlagsClass is ssl.VerifyFlags (VERIFY_*), an IntFlag.
	VerifyFlagsClass *pyenum.Class
	// OptionsClass is ssl.Options (OP_*), an IntFlag.
	OptionsClass *pyenum.Class
	// AlertDescriptionClass is ssl.AlertDescription (ALERT_DESCRIPTION_*).
	AlertDescriptionClass *pyenum.Class
	// SSLErrorNumberClass is ssl.SSLErrorNumber (SSL_ERROR_*).
	SSLErrorNumberClass *pyenum.Class
	// SSLMethodClass is ssl._SSLMethod (PROTOCOL_*, PROTOCOL_SSLv23 being
	// an extra name for PROTOCOL_TLS, as in 3.6).
	SSLMethodClass *pyenum.Class
	// PurposeClass is ssl.Purpose: SERVER_AUTH and CLIENT_AUTH, whose
	// values are _ASN1Object (a `class Purpose(_ASN1Object, Enum)`).
	PurposeClass *pyenum.Class
)

// enumSpec says how one class is built.
type enumSpec struct {
	class  **pyenum.Class
	name   string // Python name; the _ssl global it is exported under
	prefix string
	flag   bool
	skip   string // a name the filter leaves out (PROTOCOL_SSLv23)
}

var enumSpecs = []enumSpec{
	{&SSLMethodClass, "_SSLMethod", "PROTOCOL_", false, "PROTOCOL_SSLv23"},
	{&OptionsClass, "Options", "OP_", true, ""},
	{&AlertDescriptionClass, "AlertDescription", "ALERT_DESCRIPTION_", false, ""},
	{&SSLErrorNumberClass, "SSLErrorNumber", "SSL_ERROR_", false, ""},
	{&VerifyFlagsClass, "VerifyFlags", "VERIFY_", true, ""},
	{&VerifyModeClass, "VerifyMode", "CERT_", false, ""},
}

func buildIntEnum(s enumSpec) (*pyenum.Class, error) {
	var defs []pyenum.IntDef
	for _, c := range constantsWithPrefix(s.prefix) {
		if c.Name != s.skip {
			defs = append(defs, pyenum.IntDef{Name: c.Name, Value: c.Value})
		}
	}
	defs = pyenum.SortByValue(defs)
	if s.flag {
		return pyenum.NewIntFlag("ssl."+s.name, "An enumeration.", defs)
	}
	return pyenum.NewIntEnum("ssl."+s.name, "An enumeration.", defs)
}

// purposeOIDs are 3.6's Purpose members: X509v3 extended key usages.
var purposeOIDs = []struct{ name, oid string }{
	{"SERVER_AUTH", "1.3.6.1.5.5.7.3.1"},
	{"CLIENT_AUTH", "1.3.6.1.5.5.7.3.2"},
}

func buildPurpose() (*pyenum.Class, error) {
	var defs []pyenum.ObjDef
	for _, p := range purposeOIDs {
		v, err := asn1New(ASN1ObjectType, py.Tuple{py.String(p.oid)}, nil)
		if err != nil {
			return nil, err
		}
		defs = append(defs, pyenum.ObjDef{Name: p.name, Value: v})
	}
	c, err := pyenum.NewEnumMixin("ssl.Purpose", "What a certificate is checked for: its X509v3 extended key usage (server or client authentication).", defs, ASN1ObjectType)
	if err != nil {
		return nil, err
	}
	// 3.6's enum module marks the class unpicklable (its mixin,
	// _ASN1Object, has no pickling methods), which sets this.
	c.Type.Dict["__module__"] = py.String("<unknown>")
	return c, nil
}

// memberOr returns the member of c for v, or v as a plain int when c has
// none (an IntEnum given a value OpenSSL added later).
func memberOr(c *pyenum.Class, v int64) py.Object {
	if c == nil {
		return py.Int(v)
	}
	if m := c.Member(v); m != nil {
		return m
	}
	return py.Int(v)
}

// setupEnums is a step of setup (module.go).
func setupEnums() {
	for _, s := range enumSpecs {
		c, err := buildIntEnum(s)
		if err != nil {
			panic(fmt.Sprintf("ssl: building %s: %v", s.name, err))
		}
		*s.class = c
		addGlobal(s.name, c.Type)
		for _, n := range c.Names() {
			m, _ := c.ByName(n)
			addGlobal(n, m)
		}
	}
	// 3.6: PROTOCOL_SSLv23 = _SSLMethod.PROTOCOL_SSLv23 = _SSLMethod.PROTOCOL_TLS
	if tls, ok := SSLMethodClass.ByName("PROTOCOL_TLS"); ok {
		SSLMethodClass.Type.Dict["PROTOCOL_SSLv23"] = tls
		addGlobal("PROTOCOL_SSLv23", tls)
	}

	p, err := buildPurpose()
	if err != nil {
		panic(fmt.Sprintf("ssl: building Purpose: %v", err))
	}
	PurposeClass = p
	addGlobal("Purpose", p.Type)

	wrapOptions = func(v int64) py.Object { return memberOr(OptionsClass, v) }
	wrapVerifyMode = func(v int64) py.Object { return memberOr(VerifyModeClass, v) }
	wrapVerifyFlags = func(v int64) py.Object { return memberOr(VerifyFlagsClass, v) }
	wrapProtocol = func(v int64) py.Object { return memberOr(SSLMethodClass, v) }
}
