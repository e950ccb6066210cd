package ssl

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	_ssl "github.com/gpython-ssl/gpython-ssl/modules/_ssl"
)

const (
	txt2objDoc = "txt2obj($module, /, txt, name=False)\n--\n\n" +
		"The (nid, shortname, longname, oid) of an OpenSSL object identifier.\n\n" +
		"txt is a dotted OID; with name true, a short or long name is accepted too."
	nid2objDoc = "nid2obj($module, nid, /)\n--\n\nThe (nid, shortname, longname, oid) of OpenSSL's object number nid."
)

// asn1Tuple is CPython's (nid, shortname, longname, oid).
func asn1Tuple(o _ssl.ASN1Object) py.Tuple {
	sn, ln := py.Object(py.None), py.Object(py.None)
	if o.HasShort {
		sn = py.String(o.ShortName)
	}
	if o.HasLong {
		ln = py.String(o.LongName)
	}
	return py.Tuple{py.Int(o.NID), sn, ln, py.String(o.OID)}
}

func ssl_txt2obj(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	const fn = "txt2obj"
	vals, err := pyarg.ParseClinic(fn, args, kwargs, []string{"txt", "name"}, 1, 0)
	if err != nil {
		return nil, err
	}
	txt, ok := vals[0].(py.String)
	if !ok {
		// 3.6's "s" format numbers the argument (even when passed by
		// keyword) and says "None", not "NoneType".
		what := pyutil.TypeName(vals[0])
		if vals[0] == py.None {
			what = "None"
		}
		return nil, pyutil.TypeErrorf("%s() argument 1 must be str, not %s", fn, what)
	}
	byName := false
	if vals[1] != nil {
		if byName, err = pyarg.Bool(vals[1]); err != nil {
			return nil, err
		}
	}
	o, err := _ssl.TextToObject(string(txt), byName)
	if err != nil {
		return nil, fromError(err)
	}
	return asn1Tuple(o), nil
}

func ssl_nid2obj(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	if err := pyarg.ExactlyOne("_ssl.nid2obj", args, kwargs); err != nil {
		return nil, err
	}
	nid, err := pyarg.Int(pyutil.Unwrap(args[0]))
	if err != nil {
		return nil, err
	}
	o, err := _ssl.NIDToObject(nid)
	if err != nil {
		return nil, fromError(err)
	}
	return asn1Tuple(o), nil
}

// setupASN1 is a step of setup (module.go).
func setupASN1() {
	addMethods(
		method("txt2obj", ssl_txt2obj, 0, txt2objDoc),
		method("nid2obj", ssl_nid2obj, 0, nid2objDoc),
	)
}
