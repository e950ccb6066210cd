package pprint

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// The classes of the collections module that pprint lays out in their own
// way when their repr does not fit: an object is one of them when its
// class's __repr__ is that class's (a subclass that writes its own repr is
// printed as that repr, as CPython dispatches on type(obj).__repr__).

// collectionsKind is the name of the collections class whose __repr__ o
// uses ("OrderedDict", "defaultdict", "Counter", "deque", "ChainMap",
// "UserDict", "UserList", "UserString"), "mappingproxy" for a class's
// namespace view, or "".
func collectionsKind(o py.Object) string {
	if o.Type().Name == "mappingproxy" {
		return "mappingproxy"
	}
	mro := o.Type().Mro
	if len(mro) == 0 { // a Go type (collections.deque) may have none
		mro = py.Tuple{o.Type()}
	}
	for _, c := range mro {
		cls, ok := c.(*py.Type)
		if !ok {
			continue
		}
		if _, ok := cls.Dict["__repr__"]; !ok {
			continue
		}
		if moduleOf(cls) == "collections" {
			switch name := shortName(cls); name {
			case "OrderedDict", "defaultdict", "Counter", "deque", "ChainMap",
				"UserDict", "UserList", "UserString":
				return name
			}
		}
		return ""
	}
	return ""
}

// shortName is t.__name__: a Go type's Name may carry its module
// (collections.deque).
func shortName(t *py.Type) string {
	return t.Name[strings.LastIndexByte(t.Name, '.')+1:]
}

// moduleOf is cls.__module__: in its dict for a class statement's
// class, given by the type for a Go type (collections.deque).
func moduleOf(cls *py.Type) string {
	if mod, ok := cls.Dict["__module__"].(py.String); ok {
		return string(mod)
	}
	mod, err := vm.GetAttr(cls, "__module__")
	if err != nil {
		return ""
	}
	s, _ := mod.(py.String)
	return string(s)
}

// listOf is the items of an iterable, in order.
func listOf(o py.Object) ([]py.Object, error) {
	it, err := vm.Iter(o)
	if err != nil {
		return nil, err
	}
	var items []py.Object
	for {
		v, ok, err := vm.Next(it)
		if err != nil {
			return nil, err
		}
		if !ok {
			return items, nil
		}
		items = append(items, v)
	}
}

// callList is list(o.method()).
func callList(o py.Object, method string) ([]py.Object, error) {
	m, err := vm.GetAttr(o, method)
	if err != nil {
		return nil, err
	}
	r, err := vm.Call(m, nil, nil)
	if err != nil {
		return nil, err
	}
	return listOf(r)
}

// collection lays out o, a collections object of the given kind, and
// reports whether it did: an empty one is left to its repr.
func (p Printer) collection(kind string, o py.Object, b *strings.Builder, indent, allowance int, context map[uintptr]bool, level int) (bool, error) {
	name := shortName(o.Type())
	switch kind {
	case "UserDict", "UserList", "UserString":
		// laid out as the object they wrap, at the wrapper's own level
		data, err := vm.GetAttr(o, "data")
		if err != nil {
			return false, err
		}
		return true, p.format(data, b, indent, allowance, context, level-1)
	case "mappingproxy":
		m, err := vm.GetAttr(o, "copy")
		if err != nil {
			return false, err
		}
		d, err := vm.Call(m, nil, nil)
		if err != nil {
			return false, err
		}
		b.WriteString("mappingproxy(")
		if err := p.format(d, b, indent+13, allowance+1, context, level); err != nil {
			return true, err
		}
		b.WriteString(")")
	case "OrderedDict":
		items, err := callList(o, "items")
		if err != nil || len(items) == 0 {
			return false, err
		}
		b.WriteString(name + "(")
		if err := p.format(py.NewListFromItems(items), b, indent+runeLen(name)+1, allowance+1, context, level); err != nil {
			return true, err
		}
		b.WriteString(")")
	case "defaultdict":
		d, ok := pyutil.BuiltinValue(o)
		if !ok {
			return false, nil
		}
		keys, _, err := sortedItems(d)
		if err != nil || len(keys) == 0 {
			return false, err
		}
		factory, err := vm.GetAttr(o, "default_factory")
		if err != nil {
			return true, err
		}
		rdf, err := p.repr(factory, context, level)
		if err != nil {
			return true, err
		}
		indent += runeLen(name) + 1
		b.WriteString(name + "(" + rdf + ",\n" + strings.Repeat(" ", indent))
		if err := p.dict(d, b, indent, allowance+1, context, level); err != nil {
			return true, err
		}
		b.WriteString(")")
	case "Counter":
		items, err := callList(o, "most_common")
		if err != nil || len(items) == 0 {
			return false, err
		}
		keys := make([]py.Object, len(items))
		values := make([]py.Object, len(items))
		for i, it := range items {
			pair, ok := it.(py.Tuple)
			if !ok || len(pair) != 2 {
				return false, nil
			}
			keys[i], values[i] = pair[0], pair[1]
		}
		b.WriteString(name + "({")
		if p.Indent > 1 {
			b.WriteString(strings.Repeat(" ", p.Indent-1))
		}
		if err := p.dictItems(keys, values, b, indent+runeLen(name)+1, allowance+2, context, level); err != nil {
			return true, err
		}
		b.WriteString("})")
	case "deque":
		items, err := listOf(o)
		if err != nil || len(items) == 0 {
			return false, err
		}
		maxlen, err := vm.GetAttr(o, "maxlen")
		if err != nil {
			return true, err
		}
		indent += runeLen(name) + 1
		b.WriteString(name + "([")
		if maxlen == py.None {
			if err := p.items(items, b, indent, allowance+2, context, level); err != nil {
				return true, err
			}
			b.WriteString("])")
			break
		}
		if err := p.items(items, b, indent, 2, context, level); err != nil {
			return true, err
		}
		rml, err := p.repr(maxlen, context, level)
		if err != nil {
			return true, err
		}
		b.WriteString("],\n" + strings.Repeat(" ", indent) + "maxlen=" + rml + ")")
	case "ChainMap":
		mapsObj, err := vm.GetAttr(o, "maps")
		if err != nil {
			return false, err
		}
		maps, err := listOf(mapsObj)
		if err != nil || len(maps) == 0 {
			return false, err
		}
		indent += runeLen(name) + 1
		b.WriteString(name + "(")
		for i, m := range maps {
			if i == len(maps)-1 {
				if err := p.format(m, b, indent, allowance+1, context, level); err != nil {
					return true, err
				}
				b.WriteString(")")
			} else {
				if err := p.format(m, b, indent, 1, context, level); err != nil {
					return true, err
				}
				b.WriteString(",\n" + strings.Repeat(" ", indent))
			}
		}
	default:
		return false, nil
	}
	return true, nil
}
