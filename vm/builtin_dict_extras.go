package vm

import (
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyrepr"
)

// Entries CPython 3.6 keeps in the __dict__ of built-in types that the
// loop answers without a namespace entry: int's own __repr__ and
// __getattribute__, range's and NoneType's protocol slots, function's
// __call__ and __get__, BaseException's getset descriptors (args,
// __traceback__, __cause__, __context__, __dict__) and its member
// __suppress_context__. Read from the class (int.__repr__, also from a
// class derived from it) or listed by its __dict__ and vars(), each is
// the slot wrapper or descriptor 3.6 shows, owned by that type, and it
// does what the type's own operation does. They stay out of the types'
// namespaces on purpose: the loop's dispatch on built-in values and on
// instances of classes derived from them never consults them, so adding
// them changes what Python code sees, not how operations run.

// presentedEntry describes one such entry: a slot wrapper with nargs
// arguments after self and fn, a data descriptor (getset), a member, or
// None (list.__hash__).
type presentedEntry struct {
	name     string
	nargs    int
	fn       func(self py.Object, args py.Tuple) (py.Object, error)
	keepSelf bool
	call     func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error)
	getset   bool
	member   bool
	none     bool
	// method is a method descriptor (3.6's '<method '__sizeof__' of 'str'
	// objects>') calling object's own slot of that name, or methodFn
	// when set (a method taking no arguments)
	method   bool
	methodFn func(self py.Object) (py.Object, error)
}

// presentCompare is the rich comparison name of a Go type whose value
// implements it (M__eq__), NotImplemented otherwise (range.__lt__).
func presentCompare(name string) presentedEntry {
	return presentedEntry{name: name, nargs: 1, fn: goMethodSlot(name)}
}

var richCompareNames = []string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}

// presentedEntries lists, per built-in type, the entries 3.6's __dict__
// has and the type's namespace lacks, in the order vars() adds them. It
// is made at first use: its functions reach the whole loop, which Go's
// package initialisation would take for a cycle.
var (
	presentedOnce    sync.Once
	presentedEntries map[*py.Type][]presentedEntry
)

func makePresentedEntries() {
	// The implementations shared by several types.
	presentRepr := presentedEntry{name: "__repr__", fn: func(self py.Object, _ py.Tuple) (py.Object, error) {
		s, err := Repr(self)
		return py.String(s), err
	}}
	presentStr := presentedEntry{name: "__str__", fn: func(self py.Object, _ py.Tuple) (py.Object, error) {
		s, err := pyrepr.Str(self)
		return py.String(s), err
	}}
	// object's generic lookup, past a class's own __getattribute__ (a
	// tuple subclass's may call tuple.__getattribute__(self, name))
	presentGetattribute := presentedEntry{name: "__getattribute__", nargs: 1, keepSelf: true, fn: viaObjectSlot("__getattribute__")}
	presentBool := presentedEntry{name: "__bool__", fn: func(self py.Object, _ py.Tuple) (py.Object, error) {
		b, err := Truth(self)
		return py.NewBool(b), err
	}}
	sizeof := presentedEntry{name: "__sizeof__", method: true}
	presentHash := presentedEntry{name: "__hash__", fn: func(self py.Object, _ py.Tuple) (py.Object, error) {
		h, err := Hash(self)
		return py.Int(h), err
	}}
	presentedEntries = map[*py.Type][]presentedEntry{
		py.NoneTypeType: {presentRepr, presentBool},
		py.RangeType: append([]presentedEntry{presentRepr, presentGetattribute,
			{name: "__hash__", fn: func(self py.Object, _ py.Tuple) (py.Object, error) {
				h, err := Hash(self)
				return py.Int(h), err
			}},
			presentBool,
			{name: "__iter__", fn: func(self py.Object, _ py.Tuple) (py.Object, error) { return Iter(self) }},
			{name: "__len__", fn: func(self py.Object, _ py.Tuple) (py.Object, error) { return py.Len(self) }},
			{name: "__getitem__", nargs: 1, fn: func(self py.Object, args py.Tuple) (py.Object, error) { return GetItem(self, args[0]) }},
			{name: "__contains__", nargs: 1, fn: func(self py.Object, args py.Tuple) (py.Object, error) {
				in, err := Contains(self, args[0])
				return py.NewBool(in), err
			}},
			{name: "__reversed__", methodFn: func(self py.Object) (py.Object, error) {
				switch r := self.(type) {
				case *py.Range:
					return ReversedRange(r), nil
				case py.I__reversed__:
					return r.M__reversed__()
				}
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '__reversed__' requires a 'range' object but received a '%s'", typeName(self))
			}},
		}, comparesOf()...),
		py.SliceType: {presentRepr, presentGetattribute, presentCompare("__eq__"), presentCompare("__ne__")},
		py.MethodType: append(append([]presentedEntry{presentRepr, presentHash, presentGetattribute,
			{name: "__call__", call: func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				return Call(self, args, kwargs)
			}}}, builtinMethodCompares()...),
			presentedEntry{name: "__module__", member: true}, presentedEntry{name: "__name__", getset: true},
			presentedEntry{name: "__qualname__", getset: true}, presentedEntry{name: "__self__", getset: true},
			presentedEntry{name: "__text_signature__", getset: true}),
		py.FunctionType: {presentRepr,
			{name: "__call__", call: func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				return Call(self, args, kwargs)
			}},
			{name: "__get__", nargs: -1, fn: func(self py.Object, args py.Tuple) (py.Object, error) {
				if args[0] == py.None {
					return self, nil // read from the class: the function itself
				}
				return py.NewBoundMethod(args[0], self), nil
			}},
		},
		py.BaseException: {presentRepr, presentGetattribute,
			{name: "__setattr__", nargs: 2, keepSelf: true, fn: viaObjectSlot("__setattr__")},
			{name: "__delattr__", nargs: 1, keepSelf: true, fn: viaObjectSlot("__delattr__")},
			{name: "__dict__", getset: true}, {name: "args", getset: true},
			{name: "__traceback__", getset: true}, {name: "__context__", getset: true},
			{name: "__cause__", getset: true}, {name: "__suppress_context__", member: true},
		},
		py.IntType:  {presentRepr, presentGetattribute, presentStr},
		py.BoolType: {presentRepr, presentStr},
		py.FloatType: {presentRepr, presentGetattribute, presentStr,
			{name: "__trunc__", methodFn: func(self py.Object) (py.Object, error) {
				return Call(py.IntType, py.Tuple{receiverIn(self, py.FloatType)}, nil)
			}}},
		py.StringType: {presentRepr, presentGetattribute, presentStr, sizeof},
		py.BytesType:  {presentRepr, presentGetattribute, presentStr},
		py.TupleType:  {presentRepr, presentGetattribute},
		py.ListType:   {presentRepr, presentGetattribute, {name: "__hash__", none: true}, sizeof},
		py.BoundMethodType: {
			{name: "__call__", call: func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
				return Call(self, args, kwargs)
			}},
			{name: "__get__", nargs: -1, fn: func(self py.Object, args py.Tuple) (py.Object, error) {
				if len(args) == 0 || len(args) > 2 {
					return nil, py.ExceptionNewf(py.TypeError, "expected 1 arguments, got %d", len(args))
				}
				if args[0] == py.None && (len(args) == 1 || args[1] == py.None) {
					return nil, py.ExceptionNewf(py.TypeError, "__get__(None, None) is invalid")
				}
				return self, nil // a bound method stays bound to its object
			}},
		},
		py.GeneratorType: {{name: "gi_frame", getset: true}, {name: "gi_running", getset: true},
			{name: "gi_code", getset: true}, {name: "gi_yieldfrom", getset: true},
			{name: "__name__", getset: true}, {name: "__qualname__", getset: true}},
		py.CodeType: codeMembers(),
		superType: {{name: "__thisclass__", member: true}, {name: "__self__", member: true},
			{name: "__self_class__", member: true}},
		DictType:      {presentGetattribute, sizeof},
		SetType:       {presentGetattribute, sizeof},
		FrozenSetType: {presentGetattribute, sizeof},
	}
}

// builtinMethodCompares are builtin_function_or_method's comparisons:
// == and != between two of them compare as the loop's == does (the same
// function bound to the same object); the orderings, and any other
// operand, give NotImplemented.
func builtinMethodCompares() []presentedEntry {
	r := make([]presentedEntry, 0, len(richCompareNames))
	for _, n := range richCompareNames {
		var op string
		switch n {
		case "__eq__":
			op = "=="
		case "__ne__":
			op = "!="
		}
		r = append(r, presentedEntry{name: n, nargs: 1, fn: func(self py.Object, args py.Tuple) (py.Object, error) {
			if args[0].Type() != py.MethodType || op == "" {
				return py.NotImplemented, nil
			}
			return Compare(self, args[0], op)
		}})
	}
	return r
}

// codeMembers are a code object's co_* attributes, members in 3.6.
func codeMembers() []presentedEntry {
	names := []string{"co_argcount", "co_kwonlyargcount", "co_nlocals", "co_stacksize", "co_flags",
		"co_firstlineno", "co_code", "co_consts", "co_names", "co_varnames", "co_freevars",
		"co_cellvars", "co_filename", "co_name", "co_lnotab"}
	r := make([]presentedEntry, len(names))
	for i, n := range names {
		r[i] = presentedEntry{name: n, member: true}
	}
	return r
}

func comparesOf() []presentedEntry {
	r := make([]presentedEntry, 0, len(richCompareNames))
	for _, n := range richCompareNames {
		r = append(r, presentCompare(n))
	}
	return r
}

var (
	presentedMu   sync.Mutex
	presentedMade = map[*py.Type]map[string]py.Object{}
)

// presentedOf is the object each of t's presented entries is, made once
// so that int.__repr__ is int.__dict__['__repr__']; nil for a type
// without any.
func presentedOf(t *py.Type) map[string]py.Object {
	presentedOnce.Do(makePresentedEntries)
	entries, ok := presentedEntries[t]
	if !ok {
		return nil
	}
	presentedMu.Lock()
	defer presentedMu.Unlock()
	if m, ok := presentedMade[t]; ok {
		return m
	}
	m := make(map[string]py.Object, len(entries))
	for _, e := range entries {
		switch {
		case e.none:
			m[e.name] = py.None
		case e.getset || e.member:
			m[e.name] = dataDescr(t, e.name, e.member)
		case e.methodFn != nil:
			m[e.name] = ownMethod(t, e.name, e.methodFn)
		case e.method:
			m[e.name] = objectSlotMethod(t, e.name)
		default:
			m[e.name] = &typeSlot{name: e.name, owner: t, nargs: e.nargs, fn: e.fn, keepSelf: e.keepSelf, call: e.call}
		}
	}
	presentedMade[t] = m
	return m
}

// presentedAttr is attribute name of class t when neither its MRO's
// namespaces nor its metaclass answer it: the first built-in type of the
// MRO that presents an entry of that name gives it (bool.__getattribute__
// is int's, ValueError.args is BaseException's).
func presentedAttr(t *py.Type, name string) (py.Object, bool) {
	for _, b := range t.Mro {
		bt, ok := b.(*py.Type)
		if !ok || bt.Flags&py.TPFLAGS_HEAPTYPE != 0 {
			continue
		}
		if _, own := bt.Dict[name]; own {
			return nil, false
		}
		if v, ok := presentedOf(bt)[name]; ok {
			return v, true
		}
	}
	return nil, false
}

// presentedInstanceAttr is attribute name of o, a value of a built-in
// type, that only a presented entry of its type answers
// (range(3).__reversed__): the entry bound to o.
func presentedInstanceAttr(o py.Object, name string) (py.Object, bool, error) {
	t := o.Type()
	if t == nil {
		return nil, false, nil
	}
	v, ok := presentedAttr(t, name)
	if !ok {
		return nil, false, nil
	}
	if g, isDescr := v.(py.I__get__); isDescr {
		r, err := g.M__get__(o, t)
		return r, true, err
	}
	return v, true, nil
}

// presentedNames are the names of t's presented entries (none for a
// class written in Python).
func presentedNames(t *py.Type) []string {
	if t.Flags&py.TPFLAGS_HEAPTYPE != 0 {
		return nil
	}
	presentedOnce.Do(makePresentedEntries)
	entries := presentedEntries[t]
	names := make([]string, len(entries))
	for i, e := range entries {
		names[i] = e.name
	}
	return names
}

// presentedDictView is the mapping t.__dict__ shows for a built-in type
// with presented entries: its namespace, then those entries; ok is false
// for any other class.
func presentedDictView(t *py.Type) (*Dict, bool) {
	presentedOnce.Do(makePresentedEntries)
	entries, ok := presentedEntries[t]
	if !ok {
		return nil, false
	}
	made := presentedOf(t)
	d := NewDict(len(t.Dict) + len(entries))
	for _, k := range namespaceKeys(t.Dict) {
		d.SetStr(k, t.Dict[k])
	}
	for _, e := range entries {
		if _, ok := d.GetStr(e.name); !ok {
			d.SetStr(e.name, made[e.name])
		}
	}
	return d, true
}

// ownMethod is fn as t's method name, presented as t's method descriptor
// (kept alive by presentedMade).
func ownMethod(t *py.Type, name string, fn func(self py.Object) (py.Object, error)) py.Object {
	m := py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
		if len(args) != 0 {
			return nil, py.ExceptionNewf(py.TypeError, "%s() takes no arguments (%d given)", name, len(args))
		}
		return fn(self)
	}, 0, "")
	methodOwners.Store(m, t)
	return methodDescrOf(t, m)
}

// objectSlotMethod is object's slot name as a method of the built-in type
// t, presented as t's method descriptor (kept alive by presentedMade).
func objectSlotMethod(t *py.Type, name string) py.Object {
	slot := objectSlots[name]
	m := py.MustNewMethod(name, func(self py.Object, args py.Tuple) (py.Object, error) {
		return slot.fn(append(py.Tuple{self}, args...), nil)
	}, 0, "")
	methodOwners.Store(m, t)
	return methodDescrOf(t, m)
}

// viaObjectSlot is a slot function doing what object's slot name does
// with the same arguments.
func viaObjectSlot(name string) func(self py.Object, args py.Tuple) (py.Object, error) {
	return func(self py.Object, args py.Tuple) (py.Object, error) {
		return objectSlots[name].fn(append(py.Tuple{self}, args...), nil)
	}
}
