package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// MappingProxyType is CPython's mappingproxy (types.MappingProxyType): a
// read-only view of a mapping, which a class's __dict__ is too, so that
// C.__dict__['x'] = 1 fails as in 3.6 and only setattr changes a class.
var MappingProxyType = py.NewTypeX("mappingproxy", "", newMappingProxy, nil)

const mappingProxyDoc = "mappingproxy(mapping)\n\nA read-only view of mapping, which stays in step with it."

// mappingProxy views m; owner is the class whose namespace m is, when
// the proxy is a class's __dict__, and nil otherwise.
type mappingProxy struct {
	m     py.Object
	owner *py.Type
}

// NewMappingProxy returns a read-only view of m, a mapping.
func NewMappingProxy(m py.Object) py.Object { return &mappingProxy{m: m} }

// classDictProxy is cls.__dict__.
func classDictProxy(cls *py.Type) py.Object {
	publishClassDict(cls)
	return &mappingProxy{m: cls.Dict, owner: cls}
}

func (*mappingProxy) Type() *py.Type { return MappingProxyType }

// view is the mapping the proxy shows now: for a class's __dict__ that
// has CPython's __dict__ and __weakref__ descriptors, an ordered copy of
// the namespace with them (class_dict_descriptors.go), made afresh each
// time so that the proxy stays in step with the class; for a built-in
// type, the view it keeps until its namespace changes.
func (p *mappingProxy) view() py.Object {
	if p.owner != nil {
		if d, ok := classDictView(p.owner); ok {
			return d
		}
		if d, ok := cachedBuiltinTypeDictView(p.owner); ok { // type_dict_view_cache.go
			return d
		}
	}
	return p.m
}

// isMappingProxy reports whether o is a mappingproxy, whose del o[k]
// 3.6 words "does not support" although it has a length.
func isMappingProxy(o py.Object) bool {
	_, ok := o.(*mappingProxy)
	return ok
}

var (
	_ py.I__getitem__  = (*mappingProxy)(nil)
	_ py.I__len__      = (*mappingProxy)(nil)
	_ py.I__iter__     = (*mappingProxy)(nil)
	_ py.I__contains__ = (*mappingProxy)(nil)
	_ py.I__repr__     = (*mappingProxy)(nil)
	_ py.I__str__      = (*mappingProxy)(nil)
	_ py.I__eq__       = (*mappingProxy)(nil)
	_ py.I__ne__       = (*mappingProxy)(nil)
)

// newMappingProxy is mappingproxy(mapping): anything with __getitem__
// but a list or a tuple (3.6's PyMapping_Check), no keywords.
func newMappingProxy(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) == 0 && len(kwargs) == 0 || len(args) == 0 && kwargs["mapping"] == nil {
		return nil, pyutil.TypeErrorf("Required argument 'mapping' (pos 1) not found")
	}
	if len(args)+len(kwargs) > 1 {
		return nil, pyutil.TypeErrorf("mappingproxy() takes at most 1 argument (%d given)", len(args)+len(kwargs))
	}
	m := kwargs["mapping"]
	if len(args) == 1 {
		m = args[0]
	}
	switch m.(type) {
	case py.Tuple, *py.List:
	default:
		if _, err := GetAttr(m, "__getitem__"); err == nil {
			if p, ok := m.(*mappingProxy); ok {
				m = p.m
			}
			return &mappingProxy{m: m}, nil
		}
	}
	return nil, pyutil.TypeErrorf("mappingproxy() argument must be a mapping, not %s", typeName(m))
}

func (p *mappingProxy) M__getitem__(key py.Object) (py.Object, error) {
	v, found, answered := p.classEntry(key)
	var err error
	if !answered || !found {
		v, err = GetItem(p.view(), key)
	}
	if err != nil || p.owner == nil {
		return v, err
	}
	if name, ok := key.(py.String); ok {
		// A Go type's method shows as its method descriptor, as the
		// attribute of the class does.
		noteMethodOwner(p.owner, string(name), v)
		v = presentAttr(p.owner, string(name), v)
		if d := classGetset(p.owner, string(name), v); d != nil {
			// A Go property is the getset descriptor T.name gives, so
			// that T.__dict__[name] is T.name (inspect.getattr_static).
			v = d
		}
	}
	return v, nil
}

func (p *mappingProxy) M__len__() (py.Object, error) {
	switch d := p.view().(type) {
	case py.StringDict:
		return py.Int(len(d) + sideLen(d)), nil
	case *Dict:
		return py.Int(d.Len()), nil
	}
	return callNamed(p.m, "__len__")
}

func (p *mappingProxy) M__iter__() (py.Object, error) { return Iter(p.view()) }

func (p *mappingProxy) M__contains__(key py.Object) (py.Object, error) {
	if _, found, answered := p.classEntry(key); answered {
		return py.NewBool(found), nil
	}
	in, err := Contains(p.view(), key)
	return py.NewBool(in), err
}

// classEntry is, for a class's __dict__ and a str key, the value the
// class's namespace holds for key, before M__getitem__ presents it, and
// whether key is there, read without making the view (classDictEntry);
// answered is false when only the view can tell.
func (p *mappingProxy) classEntry(key py.Object) (v py.Object, found, answered bool) {
	name, ok := key.(py.String)
	if !ok || p.owner == nil {
		return nil, false, false
	}
	return classDictEntry(p.owner, string(name))
}

func (p *mappingProxy) M__repr__() (py.Object, error) {
	r, err := pyrepr.Repr(p.view())
	return py.String("mappingproxy(" + r + ")"), err
}

func (p *mappingProxy) M__str__() (py.Object, error) {
	s, err := pyrepr.Str(p.view())
	return py.String(s), err
}

// M__eq__ and the other comparisons compare the mapping viewed.
func (p *mappingProxy) M__eq__(other py.Object) (py.Object, error) {
	return Compare(p.view(), other, "==")
}
func (p *mappingProxy) M__ne__(other py.Object) (py.Object, error) {
	return Compare(p.view(), other, "!=")
}
func (p *mappingProxy) M__lt__(other py.Object) (py.Object, error) {
	return Compare(p.view(), other, "<")
}
func (p *mappingProxy) M__le__(other py.Object) (py.Object, error) {
	return Compare(p.view(), other, "<=")
}
func (p *mappingProxy) M__gt__(other py.Object) (py.Object, error) {
	return Compare(p.view(), other, ">")
}
func (p *mappingProxy) M__ge__(other py.Object) (py.Object, error) {
	return Compare(p.view(), other, ">=")
}

// callNamed calls o's method name with args.
func callNamed(o py.Object, name string, args ...py.Object) (py.Object, error) {
	f, err := GetAttr(o, name)
	if err != nil {
		return nil, err
	}
	return Call(f, py.Tuple(args), nil)
}

// M__hash__: a view of a mutable mapping is unhashable.
func (p *mappingProxy) M__hash__() (py.Object, error) { return nil, unhashable(p) }

func init() {
	installGoTypeSlots(MappingProxyType, &mappingProxy{})
	delete(MappingProxyType.Dict, "__bool__")
	MappingProxyType.Dict["__hash__"] = py.None
	MappingProxyType.Doc = mappingProxyDoc
	MappingProxyType.Dict["__doc__"] = py.String(mappingProxyDoc)
	for _, name := range []string{"keys", "values", "items", "copy"} {
		MappingProxyType.Dict[name] = py.MustNewMethod(name, func(self py.Object) (py.Object, error) {
			p, err := proxyReceiver(name, self)
			if err != nil {
				return nil, err
			}
			if name != "keys" {
				if d, ok, err := p.presentedView(); ok || err != nil {
					if err != nil {
						return nil, err
					}
					return callNamed(d, name)
				}
			}
			return callNamed(p.view(), name)
		}, 0, "D."+name+"() -> the mapping's "+name+"()")
	}
	MappingProxyType.Dict["get"] = py.MustNewMethod("get", func(self py.Object, args py.Tuple) (py.Object, error) {
		p, err := proxyReceiver("get", self)
		if err != nil {
			return nil, err
		}
		if len(args) == 0 || len(args) > 2 {
			return nil, pyutil.TypeErrorf("get expected at most 2 arguments, got %d", len(args))
		}
		if p.owner != nil && len(args) == 1 {
			if _, ok := args[0].(py.String); ok {
				if _, found, answered := p.classEntry(args[0]); answered && !found {
					return py.None, nil
				} else if !answered {
					if in, err := Contains(p.view(), args[0]); err != nil || !in {
						return py.None, err
					}
				}
				return p.M__getitem__(args[0])
			}
		}
		return callNamed(p.m, "get", args...)
	}, 0, "D.get(k[,d]) -> D[k] if k in D, else d.  d defaults to None.")
}

// proxyReceiver is self as a mappingproxy, or the descriptor's TypeError.
func proxyReceiver(name string, self py.Object) (*mappingProxy, error) {
	p, ok := self.(*mappingProxy)
	if !ok {
		return nil, pyutil.TypeErrorf("descriptor '%s' requires a 'mappingproxy' object but received a '%s'", name, typeName(self))
	}
	return p, nil
}

// presentedView is, for the __dict__ of a type made in Go, a copy of its
// namespace whose values are what p[key] gives (method descriptors,
// getset descriptors), so that T.__dict__.items() and values() agree
// with T.__dict__[k] and T.k (inspect.classify_class_attrs). A class made
// by a class statement answers ok false: its proxy's views stay live,
// and its entries are shown as they are.
func (p *mappingProxy) presentedView() (*Dict, bool, error) {
	if p.owner == nil || p.owner.Flags&py.TPFLAGS_HEAPTYPE != 0 {
		return nil, false, nil
	}
	src, ok := p.view().(*Dict)
	if !ok {
		if ns, isNs := p.view().(py.StringDict); isNs {
			src = NewDict(len(ns))
			keys, values := namespaceItems(ns)
			for i, k := range keys {
				if err := src.SetItem(k, values[i]); err != nil {
					return nil, false, err
				}
			}
		} else {
			return nil, false, nil
		}
	}
	out := NewDict(src.Len())
	var err error
	src.Items(func(k, v py.Object) bool {
		if _, isStr := k.(py.String); isStr {
			if v, err = p.M__getitem__(k); err != nil {
				return false
			}
		}
		err = out.SetItem(k, v)
		return err == nil
	})
	return out, err == nil, err
}
