package ssl

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	_ssl "github.com/gpython-ssl/gpython-ssl/modules/_ssl"
)

const (
	txt2objDoc = "txt2obj($module, /, txt, name=False)\n--\n\n" +
		"Lookup NID, short name, long name and OID of an ASN1_OBJECT.\n\n" +
		"By default objects are looked up by OID. With name=True short and\nlong name are also matched."
	nid2objDoc = "nid2obj($module, nid, /)\n--\n\nLookup NID, short name, long name and OID of an ASN1_OBJECT by NID."
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

// truthy is Python's bool(o) for the "p" format, with bytes and bytearray
// counted by length (gpython treats every bytes as true).
func truthy(o py.Object) (bool, error) {
	switch v := o.(type) {
	case py.Bytes:
		return len(v) > 0, nil
	case pyutil.ReadableBuffer:
		return len(v.BufferBytes()) > 0, nil
	}
	b, err := py.MakeBool(o)
	if err != nil {
		return false, err
	}
	return b == py.True, nil
}

func ssl_txt2obj(self py.Object, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	const fn = "txt2obj"
	if len(args) > 2 {
		return nil, pyutil.TypeErrorf("%s() takes at most 2 arguments (%d given)", fn, len(args)+len(kwargs))
	}
	params := []string{"txt", "name"}
	vals := make([]py.Object, 2)
	copy(vals, args)
	for k, v := range kwargs {
		i := -1
		for j, p := range params {
			if p == k {
				i = j
			}
		}
		if i < 0 {
			return nil, pyutil.TypeErrorf("'%s' is an invalid keyword argument for %s()", k, fn)
		}
		if i < len(args) {
			return nil, pyutil.TypeErrorf("argument for %s() given by name ('%s') and position (%d)", fn, k, i+1)
		}
		vals[i] = v
	}
	if vals[0] == nil {
		return nil, pyutil.TypeErrorf("%s() missing required argument 'txt' (pos 1)", fn)
	}
	txt, ok := vals[0].(py.String)
	if !ok {
		// CPython's _PyArg_BadArgument says "None", not "NoneType".
		what := pyutil.TypeName(vals[0])
		if vals[0] == py.None {
			what = "None"
		}
		return nil, pyutil.TypeErrorf("%s() argument 'txt' must be str, not %s", fn, what)
	}
	byName := false
	if vals[1] != nil {
		if byName, err = truthy(vals[1]); err != nil {
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
	defer pyutil.Recover(&err)
	if err := argsExactlyOne("_ssl.nid2obj", args, kwargs); err != nil {
		return nil, err
	}
	nid, err := cIntArg(args[0])
	if err != nil {
		return nil, err
	}
	o, err := _ssl.NIDToObject(nid)
	if err != nil {
		return nil, fromError(err)
	}
	return asn1Tuple(o), nil
}

func init() {
	addMethods(
		pyutil.MustNewMethod("txt2obj", ssl_txt2obj, 0, txt2objDoc),
		pyutil.MustNewMethod("nid2obj", ssl_nid2obj, 0, nid2objDoc),
	)
}
