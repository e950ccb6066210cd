package ssl

import (
	"fmt"
	"os"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyenum"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// Go helpers for Lib/ssl.py: the named tuples (Purpose, an enum of Go
// members, derives from _ASN1Object; and collections.namedtuple would cost
// more to import than the rest of ssl) and file tests. base64 and
// binascii.Error are the project's modules (modules/binascii), used by
// ssl.py itself.

// namedTuple is an instance of a named-tuple type made by newNamedTupleType.
type namedTuple struct {
	typ  *py.Type
	vals py.Tuple
}

// Type is the named-tuple type.
func (n *namedTuple) Type() *py.Type { return n.typ }

// namedTupleFields records each named-tuple type's field names.
var namedTupleFields = map[*py.Type][]string{}

// newNamedTupleType makes a type whose instances behave as CPython's
// collections.namedtuple(name, fields) instances: attribute and index
// access, len, iteration, tuple equality, and the repr
// Name(field=value, ...). qualname is the name Python prints for the type.
func newNamedTupleType(qualname, doc string, fields []string) *py.Type {
	t := py.NewTypeX(qualname, doc, nil, nil)
	t.New = func(metatype *py.Type, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		vals, err := namedTupleArgs(shortTypeName(qualname), fields, args, kwargs)
		if err != nil {
			return nil, err
		}
		return &namedTuple{typ: t, vals: vals}, nil
	}
	for i, f := range fields {
		i := i
		t.Dict[f] = &py.Property{
			Fget: func(self py.Object) (py.Object, error) {
				n, ok := asNamedTuple(self)
				if !ok {
					return nil, pyutil.TypeErrorf("descriptor requires a '%s' object", qualname)
				}
				return n.vals[i], nil
			},
			Doc: fmt.Sprintf("Alias for field number %d", i),
		}
	}
	t.Dict["_fields"] = fieldsTuple(fields)
	namedTupleFields[t] = fields
	// Ready now: gpython readies Go types only during its own init, and
	// Purpose needs this type's MRO when it is built in our init.
	if err := t.Ready(); err != nil {
		panic(fmt.Sprintf("ssl: readying %s: %v", qualname, err))
	}
	return t
}

// asNamedTuple accepts a named tuple or an enum member whose value is one
// (Purpose.SERVER_AUTH has _ASN1Object in its MRO, as in CPython).
func asNamedTuple(o py.Object) (*namedTuple, bool) {
	if m, ok := o.(*pyenum.Member); ok {
		o = m.Value()
	}
	n, ok := o.(*namedTuple)
	return n, ok
}

func fieldsTuple(fields []string) py.Tuple {
	t := make(py.Tuple, len(fields))
	for i, f := range fields {
		t[i] = py.String(f)
	}
	return t
}

func shortTypeName(qualname string) string {
	if i := strings.LastIndexByte(qualname, '.'); i >= 0 {
		return qualname[i+1:]
	}
	return qualname
}

// namedTupleArgs binds positional and keyword arguments to fields, with
// the TypeErrors of a namedtuple's __new__ (a Python function's).
func namedTupleArgs(name string, fields []string, args py.Tuple, kwargs py.StringDict) (py.Tuple, error) {
	vals, err := pyarg.PyFunc("__new__", args, kwargs, fields, len(fields), len(fields), 1)
	return py.Tuple(vals), err
}

// M__repr__ is Name(field=repr(value), ...).
func (n *namedTuple) M__repr__() (py.Object, error) {
	fields := namedTupleFields[n.typ]
	var b strings.Builder
	b.WriteString(shortTypeName(n.typ.Name))
	b.WriteByte('(')
	for i, v := range n.vals {
		if i > 0 {
			b.WriteString(", ")
		}
		r, err := py.ReprAsString(v)
		if err != nil {
			return nil, err
		}
		b.WriteString(fields[i])
		b.WriteByte('=')
		b.WriteString(r)
	}
	b.WriteByte(')')
	return py.String(b.String()), nil
}

// M__len__ is the number of fields.
func (n *namedTuple) M__len__() (py.Object, error) { return py.Int(len(n.vals)), nil }

// M__getitem__ indexes (and slices) as a tuple.
func (n *namedTuple) M__getitem__(key py.Object) (py.Object, error) { return n.vals.M__getitem__(key) }

// M__iter__ iterates the values.
func (n *namedTuple) M__iter__() (py.Object, error) { return py.NewIterator(n.vals), nil }

// M__contains__ is `x in t`.
func (n *namedTuple) M__contains__(item py.Object) (py.Object, error) {
	found, err := py.SequenceContains(n.vals, item)
	return py.NewBool(found), err
}

// M__bool__ is a tuple's truth.
func (n *namedTuple) M__bool__() (py.Object, error) { return py.NewBool(len(n.vals) > 0), nil }

func tupleOf(o py.Object) (py.Tuple, bool) {
	switch v := o.(type) {
	case *namedTuple:
		return v.vals, true
	case py.Tuple:
		return v, true
	case *pyenum.Member:
		return tupleOf(v.Value())
	}
	return nil, false
}

// M__eq__ is tuple equality: a named tuple equals a plain tuple with the
// same items, as in CPython.
func (n *namedTuple) M__eq__(other py.Object) (py.Object, error) {
	o, ok := tupleOf(other)
	if !ok {
		return py.NotImplemented, nil
	}
	return n.vals.M__eq__(o)
}

// M__ne__ is tuple inequality.
func (n *namedTuple) M__ne__(other py.Object) (py.Object, error) {
	o, ok := tupleOf(other)
	if !ok {
		return py.NotImplemented, nil
	}
	return n.vals.M__ne__(o)
}

// DefaultVerifyPathsType is ssl.DefaultVerifyPaths, what
// get_default_verify_paths() returns.
var DefaultVerifyPathsType = newNamedTupleType("ssl.DefaultVerifyPaths",
	"DefaultVerifyPaths(cafile, capath, openssl_cafile_env, openssl_cafile, openssl_capath_env, openssl_capath)",
	[]string{"cafile", "capath", "openssl_cafile_env", "openssl_cafile", "openssl_capath_env", "openssl_capath"})

// ASN1ObjectType is ssl._ASN1Object: (nid, shortname, longname, oid) of an
// OpenSSL object, built from an OID (_ASN1Object('1.3.6.1.5.5.7.3.1')), a
// NID (fromnid) or a name (fromname).
var ASN1ObjectType = newNamedTupleType("ssl._ASN1Object",
	"An OpenSSL object identifier: nid, shortname, longname and oid.", []string{"nid", "shortname", "longname", "oid"})

// asn1FromTuple makes an _ASN1Object from the (nid, sn, ln, oid) tuple
// that _ssl.txt2obj and _ssl.nid2obj return.
func asn1FromTuple(o py.Object) (py.Object, error) {
	t, ok := o.(py.Tuple)
	if !ok || len(t) != 4 {
		return nil, py.ExceptionNewf(py.SystemError, "_ssl object lookup returned %s, not a 4-tuple", pyutil.TypeName(o))
	}
	return &namedTuple{typ: ASN1ObjectType, vals: t.Copy()}, nil
}

// asn1New is _ASN1Object(oid): the object for a dotted OID only.
func asn1New(_ *py.Type, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	var oid py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "O:_ASN1Object", []string{"oid"}, &oid); err != nil {
		return nil, err
	}
	r, err := ssl_txt2obj(nil, py.Tuple{oid, py.False}, nil)
	if err != nil {
		return nil, err
	}
	return asn1FromTuple(r)
}

// asn1FromNid is _ASN1Object.fromnid(nid).
func asn1FromNid(_ py.Object, args py.Tuple) (res py.Object, err error) {
	args = dropSelf(args)
	var nid py.Object
	if err := py.UnpackTuple(args, nil, "fromnid", 1, 1, &nid); err != nil {
		return nil, err
	}
	r, err := ssl_nid2obj(nil, py.Tuple{nid}, nil)
	if err != nil {
		return nil, err
	}
	return asn1FromTuple(r)
}

// asn1FromName is _ASN1Object.fromname(name): a short name, long name or
// OID.
func asn1FromName(_ py.Object, args py.Tuple) (res py.Object, err error) {
	args = dropSelf(args)
	var name py.Object
	if err := py.UnpackTuple(args, nil, "fromname", 1, 1, &name); err != nil {
		return nil, err
	}
	r, err := ssl_txt2obj(nil, py.Tuple{name, py.True}, nil)
	if err != nil {
		return nil, err
	}
	return asn1FromTuple(r)
}

// dropSelf removes the instance or class gpython passes first when a
// class-level function is reached through an instance or Purpose member.
func dropSelf(args py.Tuple) py.Tuple {
	if len(args) > 0 {
		switch a := args[0].(type) {
		case *namedTuple:
			if a.typ == ASN1ObjectType {
				return args[1:]
			}
		case *pyenum.Member:
			return args[1:]
		case *py.Type:
			if a == ASN1ObjectType {
				return args[1:]
			}
		}
	}
	return args
}

func sslPathArg(o py.Object) (string, bool) {
	switch v := o.(type) {
	case py.String:
		return string(v), true
	case py.Bytes:
		return string(v), true
	}
	return "", false
}

// sslIsFile is os.path.isfile for ssl.py: false on any error.
func sslIsFile(_ py.Object, arg py.Object) (py.Object, error) {
	p, ok := sslPathArg(arg)
	if !ok {
		return py.False, nil
	}
	st, err := os.Stat(p)
	return py.NewBool(err == nil && st.Mode().IsRegular()), nil
}

// sslIsDir is os.path.isdir for ssl.py: false on any error.
func sslIsDir(_ py.Object, arg py.Object) (py.Object, error) {
	p, ok := sslPathArg(arg)
	if !ok {
		return py.False, nil
	}
	st, err := os.Stat(p)
	return py.NewBool(err == nil && st.IsDir()), nil
}

// setupTools is a step of setup (module.go).
func setupTools() {
	ASN1ObjectType.New = asn1New
	ASN1ObjectType.Dict["fromnid"] = method("fromnid", asn1FromNid, py.METH_CLASS,
		"fromnid(nid) -> _ASN1Object\n\nThe object OpenSSL numbers nid.")
	ASN1ObjectType.Dict["fromname"] = method("fromname", asn1FromName, py.METH_CLASS,
		"fromname(name) -> _ASN1Object\n\nThe object with this short name, long name or dotted OID.")
	addGlobal("_ASN1Object", ASN1ObjectType)
	addGlobal("_DefaultVerifyPaths", DefaultVerifyPathsType)
	addMethods(
		method("_isfile", sslIsFile, 0, "_isfile(path) -> bool, as os.path.isfile."),
		method("_isdir", sslIsDir, 0, "_isdir(path) -> bool, as os.path.isdir."),
	)
}

var (
	_ py.I__getitem__ = (*namedTuple)(nil)
	_ py.I__repr__    = (*namedTuple)(nil)
)
