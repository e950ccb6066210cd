package pyoperator

import (
	"sort"
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// itemgetter, attrgetter and methodcaller: callables of one operand that
// fetch items, fetch attributes (along dotted paths) or call a method.
// They are what sort keys are made of, so each call goes straight to the
// loop's operation.

var (
	ItemgetterType   = newType("itemgetter", itemgetterDoc, newItemgetter)
	AttrgetterType   = newType("attrgetter", attrgetterDoc, newAttrgetter)
	MethodcallerType = newType("methodcaller", methodcallerDoc, newMethodcaller)
)

const (
	itemgetterDoc = `itemgetter(item, ...) --> itemgetter object

A callable that looks its operand up by the keys given: itemgetter(1)(r)
is r[1]; with several keys, itemgetter(0, 2)(r) is the tuple (r[0], r[2]).`
	attrgetterDoc = `attrgetter(attr, ...) --> attrgetter object

A callable that reads the named attributes of its operand:
attrgetter('x')(r) is r.x, attrgetter('x', 'y')(r) is (r.x, r.y), and a
dotted name walks through attributes: attrgetter('a.b')(r) is r.a.b.`
	methodcallerDoc = `methodcaller(name, ...) --> methodcaller object

A callable that calls the named method of its operand with the other
arguments given here: methodcaller('split', ',', maxsplit=1)(s) is
s.split(',', maxsplit=1).`
)

func newType(name, doc string, make func(py.Tuple, py.StringDict) (py.Object, error)) *py.Type {
	t := py.ObjectType.NewType("operator."+name, doc, func(_ *py.Type, args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
		defer pyutil.Recover(&err)
		return make(args, kwargs)
	}, nil)
	t.ObjectType = py.TypeType
	return t
}

func initGetters() {
	for _, t := range []*py.Type{ItemgetterType, AttrgetterType, MethodcallerType} {
		t.Flags &^= py.TPFLAGS_BASETYPE
		if len(t.Mro) == 0 {
			t.Flags &^= py.TPFLAGS_READY
			if err := t.Ready(); err != nil {
				panic("_operator: cannot ready " + t.Name + ": " + err.Error())
			}
		}
	}
	reduce := func(t *py.Type, f func(py.Object) (py.Object, error)) {
		t.Dict["__reduce__"] = pyutil.Method(t, "__reduce__", func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			if len(args) > 0 || len(kwargs) > 0 {
				return nil, pyutil.TypeErrorf("__reduce__() takes no arguments (%d given)", len(args)+len(kwargs))
			}
			return f(self)
		}, "The call that makes an equal object, for pickle and copy.")
	}
	reduce(ItemgetterType, func(o py.Object) (py.Object, error) {
		return py.Tuple{ItemgetterType, o.(*itemgetter).items}, nil
	})
	reduce(AttrgetterType, func(o py.Object) (py.Object, error) {
		return py.Tuple{AttrgetterType, o.(*attrgetter).names}, nil
	})
	reduce(MethodcallerType, func(o py.Object) (py.Object, error) { return o.(*methodcaller).reduce() })
}

// operand is the one argument a getter is called with.
func operand(kind string, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(kwargs) > 0 {
		return nil, pyutil.TypeErrorf("%s does not take keyword arguments", kind)
	}
	if len(args) != 1 {
		return nil, pyutil.TypeErrorf("%s expected 1 arguments, got %d", kind, len(args))
	}
	return args[0], nil
}

// constructorArgs checks a getter's constructor call: no keywords, at
// least one argument.
func constructorArgs(kind string, args py.Tuple, kwargs py.StringDict) error {
	if len(kwargs) > 0 {
		return pyutil.TypeErrorf("%s() does not take keyword arguments", kind)
	}
	if len(args) == 0 {
		return pyutil.TypeErrorf("%s expected 1 arguments, got 0", kind)
	}
	return nil
}

// reprCall is "operator.<kind>(<reprs of args>, <key=repr>...)".
func reprCall(kind string, args py.Tuple, keys []string, kwargs py.StringDict) (py.Object, error) {
	parts, err := reprArgs(args, keys, kwargs)
	if err != nil {
		return nil, err
	}
	return py.String("operator." + kind + "(" + strings.Join(parts, ", ") + ")"), nil
}

// reprArgs is the reprs of args then key=repr of each key's value.
func reprArgs(args py.Tuple, keys []string, kwargs py.StringDict) ([]string, error) {
	parts := make([]string, 0, len(args)+len(keys))
	for _, a := range args {
		r, err := vm.Repr(a)
		if err != nil {
			return nil, err
		}
		parts = append(parts, r)
	}
	for _, k := range keys {
		r, err := vm.Repr(kwargs[k])
		if err != nil {
			return nil, err
		}
		parts = append(parts, k+"="+r)
	}
	return parts, nil
}

// ---- itemgetter ----

type itemgetter struct {
	items py.Tuple
}

func (*itemgetter) Type() *py.Type { return ItemgetterType }

func newItemgetter(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := constructorArgs("itemgetter", args, kwargs); err != nil {
		return nil, err
	}
	return &itemgetter{items: append(py.Tuple(nil), args...)}, nil
}

func (g *itemgetter) M__call__(args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	obj, err := operand("itemgetter", args, kwargs)
	if err != nil {
		return nil, err
	}
	if len(g.items) == 1 {
		return vm.GetItem(obj, g.items[0])
	}
	out := make(py.Tuple, len(g.items))
	for i, key := range g.items {
		if out[i], err = vm.GetItem(obj, key); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func (g *itemgetter) M__repr__() (py.Object, error) {
	return reprCall("itemgetter", g.items, nil, nil)
}

// ---- attrgetter ----

type attrgetter struct {
	names py.Tuple   // as given
	paths [][]string // each name split at its dots
}

func (*attrgetter) Type() *py.Type { return AttrgetterType }

func newAttrgetter(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if err := constructorArgs("attrgetter", args, kwargs); err != nil {
		return nil, err
	}
	g := &attrgetter{names: append(py.Tuple(nil), args...), paths: make([][]string, len(args))}
	for i, a := range args {
		s, ok := pyutil.Unwrap(a).(py.String)
		if !ok {
			return nil, pyutil.TypeErrorf("attribute name must be a string")
		}
		g.paths[i] = strings.Split(string(s), ".")
	}
	return g, nil
}

func (g *attrgetter) M__call__(args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	obj, err := operand("attrgetter", args, kwargs)
	if err != nil {
		return nil, err
	}
	if len(g.paths) == 1 {
		return follow(obj, g.paths[0])
	}
	out := make(py.Tuple, len(g.paths))
	for i, path := range g.paths {
		if out[i], err = follow(obj, path); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// follow is obj.<path[0]>.<path[1]>...
func follow(obj py.Object, path []string) (py.Object, error) {
	var err error
	for _, name := range path {
		if obj, err = vm.GetAttr(obj, name); err != nil {
			return nil, err
		}
	}
	return obj, nil
}

func (g *attrgetter) M__repr__() (py.Object, error) {
	return reprCall("attrgetter", g.names, nil, nil)
}

// ---- methodcaller ----

type methodcaller struct {
	name   py.Object // the str given
	args   py.Tuple
	kwargs py.StringDict
	keys   []string // kwargs' keys, sorted (the call hands them over unordered)
}

func (*methodcaller) Type() *py.Type { return MethodcallerType }

func newMethodcaller(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) == 0 {
		return nil, pyutil.TypeErrorf("methodcaller needs at least one argument, the method name")
	}
	if _, ok := pyutil.Unwrap(args[0]).(py.String); !ok {
		return nil, pyutil.TypeErrorf("method name must be a string")
	}
	c := &methodcaller{name: args[0], args: append(py.Tuple(nil), args[1:]...)}
	if len(kwargs) > 0 {
		c.kwargs = py.StringDict{}
		for k, v := range kwargs {
			c.kwargs[k] = v
			c.keys = append(c.keys, k)
		}
		sort.Strings(c.keys)
	}
	return c, nil
}

func (c *methodcaller) M__call__(args py.Tuple, kwargs py.StringDict) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	obj, err := operand("methodcaller", args, kwargs)
	if err != nil {
		return nil, err
	}
	m, err := vm.GetAttr(obj, string(pyutil.Unwrap(c.name).(py.String)))
	if err != nil {
		return nil, err
	}
	return vm.Call(m, c.args, c.kwargs)
}

func (c *methodcaller) M__repr__() (py.Object, error) {
	return reprCall("methodcaller", append(py.Tuple{c.name}, c.args...), c.keys, c.kwargs)
}

// reduce pickles a methodcaller as a call of operator.methodcaller (the
// class operator.py keeps: see there), through functools.partial when it
// holds keyword arguments (pickle calls a class with positional ones only).
func (c *methodcaller) reduce() (py.Object, error) {
	cls, err := moduleAttr("operator", "methodcaller")
	if err != nil {
		return nil, err
	}
	if len(c.kwargs) == 0 {
		return py.Tuple{cls, append(py.Tuple{c.name}, c.args...)}, nil
	}
	partial, err := moduleAttr("functools", "partial")
	if err != nil {
		return nil, err
	}
	kw := py.StringDict{}
	for k, v := range c.kwargs {
		kw[k] = v
	}
	bound, err := vm.Call(partial, py.Tuple{cls, c.name}, kw)
	if err != nil {
		return nil, err
	}
	return py.Tuple{bound, c.args}, nil
}

// moduleAttr is module.name, importing the module when it is not yet.
func moduleAttr(module, name string) (py.Object, error) {
	m, err := py.ImportModuleLevelObject(vm.CurrentContext(), module, nil, nil, nil, 0)
	if err != nil {
		return nil, err
	}
	return vm.GetAttr(m, name)
}
