package vm

import (
	"fmt"
	"strings"
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// A property that a type made in Go keeps in its dict (complex.real,
// FileIO.closed) is, read from the class, CPython's getset descriptor:
// "<attribute 'real' of 'complex' objects>", with __name__,
// __qualname__, __objclass__ and __get__/__set__/__delete__ that take an
// instance. Read from an instance it stays the property's value.

// goGetset is such a property seen from its class.
type goGetset struct {
	name  string
	owner *py.Type
	p     *py.Property
	// member marks a struct member in 3.6 (goMember), which refuses a
	// write with "readonly attribute"
	member bool
}

// notWritable is the error of setting or deleting d's attribute when its
// property cannot.
func (d *goGetset) notWritable() error {
	if d.member {
		return py.ExceptionNewf(py.AttributeError, "readonly attribute")
	}
	return py.ExceptionNewf(py.AttributeError, "attribute '%s' of '%s' objects is not writable", d.name, tpName(d.owner))
}

// goGetsets keeps one descriptor per property, so that T.x is T.x.
var goGetsets sync.Map // *py.Property -> *goGetset

func (d *goGetset) Type() *py.Type { return getsetDescrType }

func (d *goGetset) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<attribute '%s' of '%s' objects>", d.name, tpName(d.owner))), nil
}

func (d *goGetset) M__get__(instance, owner py.Object) (py.Object, error) {
	if instance == nil || instance == py.None {
		return d, nil
	}
	if err := d.check(instance); err != nil {
		return nil, err
	}
	return d.p.M__get__(pyutil.Unwrap(instance), owner)
}

// check refuses an instance the Go property was not written for (its
// getter would take it for a value of its own type).
func (d *goGetset) check(instance py.Object) error {
	return descrCheck(d.name, d.owner, tpName(d.owner), instance)
}

func (d *goGetset) M__set__(instance, value py.Object) (py.Object, error) {
	if err := d.check(instance); err != nil {
		return nil, err
	}
	if d.p.Fset == nil {
		return nil, d.notWritable()
	}
	return d.p.M__set__(pyutil.Unwrap(instance), value)
}

func (d *goGetset) del(instance py.Object) error {
	if err := d.check(instance); err != nil {
		return err
	}
	if d.p.Fdel == nil {
		return d.notWritable()
	}
	_, err := d.p.M__delete__(pyutil.Unwrap(instance))
	return err
}

func (d *goGetset) attr(name string) (py.Object, bool) {
	switch name {
	case "__name__":
		return py.String(d.name), true
	case "__qualname__":
		return py.String(qualifiedTypeName(d.owner) + "." + d.name), true
	case "__objclass__":
		return d.owner, true
	case "__doc__":
		return docOrNone(d.p.Doc), true
	}
	return nil, false
}

// classGetset is the descriptor for a Go property found as attribute
// name of class t, or nil when attr is not one (a dunder, or a property
// a class statement stored); a kept property (KeepProperties) is itself.
func classGetset(t *py.Type, name string, attr py.Object) py.Object {
	p, ok := attr.(*py.Property)
	if !ok || strings.HasPrefix(name, "__") {
		return nil
	}
	if d, ok := goGetsets.Load(p); ok {
		return d.(py.Object)
	}
	owner := t
	for _, b := range t.Mro {
		if bt, ok := b.(*py.Type); ok && bt.Dict[name] == attr {
			owner = bt
			break
		}
	}
	if owner.Flags&py.TPFLAGS_HEAPTYPE != 0 {
		return nil
	}
	if keptProperty(owner, name) {
		return p // as property.__get__(None, cls) gives it
	}
	var d py.Object = &goGetset{name: name, owner: owner, p: p}
	if memberFields[owner] != nil && memberFields[owner][name] {
		d.(*goGetset).member = true
		d = &goMember{d.(*goGetset)}
	}
	got, _ := goGetsets.LoadOrStore(p, d)
	return got.(py.Object)
}

// keptProperties are the properties of Go types that stand for classes
// CPython writes in Python (ssl.SSLSocket; ssl.SSLContext's options):
// read from the class, they are property objects, as the Python source's
// are. A nil set keeps every property of the type.
var keptProperties sync.Map // *py.Type -> map[string]bool

// KeepProperties marks the named properties of t (all of them when no
// name is given) as properties of a class CPython defines in Python, so
// that reading them from the class gives the property itself, not a
// getset descriptor. Modules call it from their init functions.
func KeepProperties(t *py.Type, names ...string) {
	var set map[string]bool
	if len(names) > 0 {
		set = map[string]bool{}
		for _, n := range names {
			set[n] = true
		}
	}
	keptProperties.Store(t, set)
}

func keptProperty(t *py.Type, name string) bool {
	v, ok := keptProperties.Load(t)
	if !ok {
		return false
	}
	set := v.(map[string]bool)
	return set == nil || set[name]
}

// memberFields are the Go properties CPython 3.6 keeps as struct members
// (member_descriptor), not getsets.
var memberFields = map[*py.Type]map[string]bool{
	py.ComplexType: {"real": true, "imag": true},
	py.RangeType:   {"start": true, "stop": true, "step": true},
	py.SliceType:   {"start": true, "stop": true, "step": true},
	py.OSError:     {"errno": true, "strerror": true, "filename": true, "filename2": true},
}

// MemberFields marks the named properties of t, a Go type, as the
// struct members (member_descriptor) CPython 3.6 has there, not getsets
// (datetime.timedelta.days). Modules call it from their init functions.
func MemberFields(t *py.Type, names ...string) {
	set := map[string]bool{}
	for _, n := range names {
		set[n] = true
	}
	memberFields[t] = set
}

// goMember is a goGetset that is a member_descriptor in CPython.
type goMember struct{ *goGetset }

func (d *goMember) Type() *py.Type { return memberDescriptorType }

func (d *goMember) M__repr__() (py.Object, error) {
	return py.String(fmt.Sprintf("<member '%s' of '%s' objects>", d.name, d.owner.Name)), nil
}

func (d *goMember) M__get__(instance, owner py.Object) (py.Object, error) {
	if instance == nil || instance == py.None {
		return d, nil
	}
	if err := d.check(instance); err != nil {
		return nil, err
	}
	return d.p.M__get__(pyutil.Unwrap(instance), owner)
}

func (d *goMember) M__set__(instance, value py.Object) (py.Object, error) {
	if err := d.check(instance); err != nil {
		return nil, err
	}
	if d.p.Fset == nil {
		return nil, py.ExceptionNewf(py.AttributeError, "readonly attribute")
	}
	return d.p.M__set__(pyutil.Unwrap(instance), value)
}
