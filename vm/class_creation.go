package vm

import (
	"slices"
	"strings"

	"reflect"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// What happens when a class is made, by a class statement or by
// type(name, bases, namespace): gpython's type.__new__ builds the class;
// around it the loop adds what gpython lacks: __slots__, __set_name__,
// __init_subclass__ with the class's keyword arguments, and the loop's
// instance creation (setUpClass).

// prevTypeNew is gpython's type.__new__.
var prevTypeNew py.NewFunc

// typeNew is type.__new__(meta, name, bases, namespace, **kwargs).
func typeNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if len(args) == 1 && len(kwargs) == 0 && t == py.TypeType {
		if _, ok := args[0].(*py.BigInt); ok {
			return py.IntType, nil // gpython's big ints are ints
		}
		// gpython's namespaces and sets are the dicts and sets of the
		// loop (type(globals()) is dict).
		if m, ok := args[0].(*py.Module); ok {
			if inst := moduleStandIn(m); inst != nil {
				return inst.ObjectType, nil // class_module_standin.go
			}
		}
		switch args[0].Type() {
		case py.StringDictType:
			return DictType, nil
		case py.SetType:
			return SetType, nil
		case py.FrozenSetType:
			return FrozenSetType, nil
		}
	}
	if len(args) != 3 {
		if t != py.TypeType {
			// Only type itself has the one-argument form.
			return nil, py.ExceptionNewf(py.TypeError, "type.__new__() takes exactly 3 arguments (%d given)", len(args))
		}
		if len(args) != 1 || len(kwargs) != 0 {
			// type(x, key=v) and type(name, bases, dict=ns) included
			return nil, py.ExceptionNewf(py.TypeError, "type() takes 1 or 3 arguments")
		}
		return prevTypeNew(t, args, kwargs)
	}
	if err := typeNewArgTypes(args); err != nil {
		return nil, err
	}
	if name, _ := strValue(args[0]); strings.IndexByte(string(name), 0) >= 0 {
		return nil, py.ExceptionNewf(py.ValueError, "type name must not contain null characters")
	} else if err := pyutil.UTF8EncodeError(name); err != nil {
		return nil, err
	}
	if err := valueBaseConflict(args[1]); err != nil {
		return nil, err
	}
	if err := acceptableBases(args[1]); err != nil {
		return nil, err
	}
	nsArg := args[2]
	if v, ok := pyutil.BuiltinValue(nsArg); ok {
		nsArg = v // a dict subclass's instance (a prepared namespace)
	}
	ns, ok := nsArg.(py.StringDict)
	var order []string // the namespace's names in the order they were bound
	if d, isDict := nsArg.(*Dict); isDict {
		var err error
		if ns, order, err = splitNamespace(d); err != nil {
			return nil, err
		}
		ok = true
	} else if ok {
		order = namespaceKeys(ns)
	}
	if !ok {
		return prevTypeNew(t, args, kwargs)
	}
	if doc, ok := ns["__doc__"]; ok {
		if text, isStr := strValue(doc); isStr {
			if err := pyutil.UTF8EncodeError(text); err != nil {
				return nil, err // CPython keeps the docstring as UTF-8 too
			}
		}
	}
	sideSrc := ns // its keys other than str go to the class's namespace
	ns, classCell, err := takeClassCell(ns)
	if err != nil {
		return nil, err
	}
	// gpython refuses __slots__: the class is made without it, and the
	// loop enforces it (slotAllows).
	slots, hasSlots := ns["__slots__"]
	var slotList py.Tuple // __slots__ read once: it may be an iterator
	if hasSlots {
		ns = ns.Copy()
		delete(ns, "__slots__")
		className, _ := strValue(args[0])
		names, err := slotNames(slots)
		if err != nil {
			return nil, err
		}
		if err := checkSlots(string(className), args[1], names, ns); err != nil {
			return nil, err
		}
		slotList = make(py.Tuple, len(names))
		for i, n := range names {
			slotList[i] = py.String(n)
		}
	}
	// A namespace without __module__ gets the name of the module whose
	// code called type.__new__ (a metaclass's __new__, or the caller of
	// type() or of a metaclass without one), as CPython's type_new reads
	// the running frame's globals. gpython's type.__new__ prints a line
	// to stdout when the namespace has none (called from globals without
	// __name__, where CPython leaves __module__ unset): a placeholder
	// stands in while it runs.
	_, hadModule := ns["__module__"]
	if !hadModule {
		ns = ns.Copy()
		if name, ok := callerModuleName(); ok {
			ns["__module__"] = name
			order = append(order, "__module__")
			hadModule = true
		} else {
			ns["__module__"] = py.None
		}
	}
	var r py.Object
	owner := mroOverride(t)
	if owner != nil {
		r, err = withMroHidden(owner, func() (py.Object, error) {
			return prevTypeNew(t, py.Tuple{args[0], args[1], ns}, nil)
		})
	} else {
		r, err = prevTypeNew(t, py.Tuple{args[0], args[1], ns}, nil)
	}
	// Every class made invalidates the class-attribute caches: a new
	// class may reuse a dead one's address.
	classChanged()
	if err != nil {
		return r, basesError(err, args[1])
	}
	cls, ok := r.(*py.Type)
	if !ok {
		return r, nil
	}
	// madeByTypeNew holds from here, also while a metaclass's mro()
	// runs; logClassOrder below fills the log in.
	logClassOrder(cls, nil)
	if !hadModule {
		delete(cls.Dict, "__module__")
	}
	sideCopy(sideSrc, cls.Dict)
	if classCell != nil {
		classCell.Set(cls)
	}
	if owner != nil {
		// after the __class__ cell: the override may call the methods
		err := applyFirstMroOverride(cls) // type_mro.go
		classChanged()
		if err != nil {
			return nil, err
		}
	}
	if hasSlots {
		cls.Dict["__slots__"] = slots
		recordSlots(cls, slots, slotList) // class_slots_record.go
		addSlotMembers(cls, slotList)
		order = append(order, slotMemberOrder(cls, slotList)...)
	}
	// The class's __dict__ lists its body's names in their order; what
	// type.__new__ added (__doc__, __hash__) follows.
	logClassOrder(cls, order)
	// A class that defines equality without a hash is unhashable: its
	// __hash__ is None, as type.__new__ sets it in CPython.
	if _, eq := cls.Dict["__eq__"]; eq {
		if _, h := cls.Dict["__hash__"]; !h {
			cls.Dict["__hash__"] = py.None
		}
	}
	if f, ok := cls.Dict["__new__"].(*py.Function); ok {
		// an implicit staticmethod, as type.__new__ makes it: the class
		// passes itself explicitly (C.__dict__['__new__'] shows it)
		cls.Dict["__new__"] = &py.StaticMethod{Callable: f, Dict: py.StringDict{}}
	}
	if f, ok := cls.Dict["__init_subclass__"].(*py.Function); ok {
		// an implicit classmethod, as type.__new__ makes it
		cls.Dict["__init_subclass__"] = &py.ClassMethod{Callable: f, Dict: py.StringDict{}}
	}
	setUpClass(cls)
	recordSubclass(cls)
	if err := setNames(cls); err != nil {
		return nil, err
	}
	if err := initSubclass(cls, kwargs); err != nil {
		return nil, err
	}
	return cls, nil
}

// callerModuleName is __name__ in the globals of the Python code running
// on this goroutine; ok is false when there is none.
func callerModuleName() (name py.Object, ok bool) {
	c := currentContext()
	if c == nil {
		return nil, false
	}
	t, isThread := c.gil.State().(*thread)
	if !isThread || t.top == nil || t.top.globals == nil {
		return nil, false
	}
	name, ok = t.top.globals["__name__"]
	return name, ok
}

// slotMemberOrder is where the names __slots__ adds to a class's
// namespace go after its body's: the members sorted, then __weakref__.
func slotMemberOrder(cls *py.Type, slots py.Object) []string {
	names, err := classSlotNames(cls.Name, slots)
	if err != nil {
		return nil
	}
	var members []string
	weak := false
	for _, n := range names {
		switch n {
		case "__dict__":
		case "__weakref__":
			weak = true
		default:
			members = append(members, n)
		}
	}
	slices.Sort(members)
	if weak {
		members = append(members, "__weakref__")
	}
	return members
}

// slotNames lists a __slots__ value's names: one str, or an iterable of
// them.
func slotNames(slots py.Object) ([]string, error) {
	if s, ok := slots.(py.String); ok {
		return []string{string(s)}, nil
	}
	items, err := toTuple(slots)
	if err != nil {
		return nil, err
	}
	names := make([]string, 0, len(items))
	for _, it := range items {
		s, ok := it.(py.String)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "__slots__ items must be strings, not '%s'", typeName(it))
		}
		names = append(names, string(s))
	}
	return names, nil
}

// classSlotNames is slotNames with each private name mangled with the
// class's name, as the attributes the slots make are named (class S:
// __slots__ = ['__x'] stores S._S__x).
func classSlotNames(class string, slots py.Object) ([]string, error) {
	names, err := slotNames(slots)
	if err != nil {
		return nil, err
	}
	for i, n := range names {
		names[i] = pyutil.Mangle(class, n)
	}
	return names, nil
}

// checkSlots validates the names of a class body's __slots__ against the
// rest of its namespace ns: identifiers only, none also a class variable.
func checkSlots(class string, bases py.Object, names []string, ns py.StringDict) error {
	if len(names) > 0 {
		if b := varSizeBase(bases); b != nil {
			return py.ExceptionNewf(py.TypeError, "nonempty __slots__ not supported for subtype of '%s'", shortName(b))
		}
	}
	// A __dict__ or __weakref__ slot the base's instances already have
	// is refused as a repeated one.
	var dict, weakref bool
	if tb, ok := bases.(py.Tuple); ok {
		if base := layoutBaseOf(tb); base != nil {
			if l, known := layoutOf(base); known {
				dict, weakref = l.dict, l.weak || l.varSize
			}
		}
	}
	for _, n := range names {
		if !isIdentifier(n) {
			return py.ExceptionNewf(py.TypeError, "__slots__ must be identifiers")
		}
		switch {
		case n == "__dict__" && dict:
			return py.ExceptionNewf(py.TypeError, "__dict__ slot disallowed: we already got one")
		case n == "__weakref__" && weakref:
			return py.ExceptionNewf(py.TypeError, "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0")
		}
		dict = dict || n == "__dict__"
		weakref = weakref || n == "__weakref__"
	}
	for _, n := range names {
		n = pyutil.Mangle(class, n)
		if _, ok := ns[n]; ok && n != "__dict__" && n != "__weakref__" {
			r, err := Repr(py.String(n))
			if err != nil {
				return err
			}
			return py.ExceptionNewf(py.ValueError, "%s in __slots__ conflicts with class variable", r)
		}
	}
	return nil
}

// varSizeBase is the first of a class's bases whose instances are of
// variable size in CPython (int, tuple, bytes and their subclasses),
// which leaves no room for slots; nil when there is none.
func varSizeBase(bases py.Object) *py.Type {
	tup, _ := bases.(py.Tuple)
	for _, b := range tup {
		bt, ok := b.(*py.Type)
		if !ok {
			continue
		}
		for _, m := range bt.Mro {
			switch m {
			case py.IntType, py.BigIntType, py.TupleType, py.BytesType:
				return bt
			}
		}
	}
	return nil
}

func isIdentifier(s string) bool { return pyutil.IsIdentifier(s) }

// slotAllows reports whether instances of cls may hold the attribute
// name in their dict: always, unless every Python class of the MRO
// declares __slots__ (and none of them lists __dict__), in which case
// only the names listed.
func slotAllows(cls *py.Type, name string) bool {
	for _, b := range cls.Mro {
		bt, ok := b.(*py.Type)
		if !ok {
			return true
		}
		if bt.Flags&py.TPFLAGS_HEAPTYPE == 0 {
			if bt == py.ObjectType || valueBases[bt] {
				continue
			}
			return true
		}
		slots, ok := classSlots(bt)
		if !ok {
			return true
		}
		names, err := classSlotNames(bt.Name, slots)
		if err != nil {
			return true
		}
		for _, n := range names {
			if n == name || n == "__dict__" {
				return true
			}
		}
	}
	return false
}

// setNames calls __set_name__(cls, name) on the attributes of the new
// class that define it, in the order of the class's __dict__.
func setNames(cls *py.Type) error {
	var names []string
	for name, v := range cls.Dict {
		if dc, ok := pythonClassOf(v); ok && userMethod(dc, "__set_name__") != nil {
			names = append(names, name)
		}
	}
	if len(names) > 1 {
		names = classKeys(cls)
	}
	for _, name := range names {
		v := cls.Dict[name]
		dc, ok := pythonClassOf(v)
		if !ok {
			continue
		}
		if m := userMethod(dc, "__set_name__"); m != nil {
			if _, err := callMethod(v, m, cls, py.String(name)); err != nil {
				re := py.ExceptionNewf(py.RuntimeError, "Error calling __set_name__ on '%s' instance '%s' in '%s'", shortName(dc), name, cls.Name)
				if cause, ok := exceptionOf(err).(*py.Exception); ok {
					// raised from the error, as 3.6's type_new does
					re.Cause, re.Context, re.SuppressContext = cause, cause, true
				}
				return re
			}
		}
	}
	return nil
}

// initSubclass calls the parent's __init_subclass__ (an implicit
// classmethod) with the class statement's keyword arguments; object's
// takes none.
func initSubclass(cls *py.Type, kwargs py.StringDict) error {
	for _, b := range cls.Mro[1:] {
		bt, ok := b.(*py.Type)
		if !ok || bt.Flags&py.TPFLAGS_HEAPTYPE == 0 {
			break
		}
		m, ok := bt.Dict["__init_subclass__"]
		if !ok {
			continue
		}
		if cm, ok := m.(*py.ClassMethod); ok {
			m = cm.Callable
		}
		_, err := callMethodKw(cls, m, nil, kwargs)
		return err
	}
	if len(kwargs) > 0 {
		return py.ExceptionNewf(py.TypeError, "__init_subclass__() takes no keyword arguments")
	}
	return nil
}

func init() {
	// Classes may derive from type: metaclasses.
	py.TypeType.Flags |= py.TPFLAGS_BASETYPE
	// type.__call__(cls, ...): what calling a class does, for a
	// metaclass's __call__ to reach through super().
	py.TypeType.Dict["__call__"] = &slotFunc{name: "__call__", owner: "type", fn: func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		cls, ok := isClass(args[0])
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor '__call__' requires a 'type' object but received a '%s'", typeName(args[0]))
		}
		return cls.M__call__(args[1:], kwargs)
	}}
	py.TypeType.Dict["__new__"] = &slotFunc{name: "__new__", fn: func(args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		meta, ok := isClass(args[0])
		if !ok || !meta.IsSubtype(py.TypeType) {
			return nil, py.ExceptionNewf(py.TypeError, "type.__new__(X): X is not a type object (%s)", typeName(args[0]))
		}
		return typeNew(meta, args[1:], kwargs)
	}}
}

// metaclassNew is the constructor of a metaclass (a class deriving from
// type): its own __new__, else type.__new__ making a class whose type is
// the metaclass.
func metaclassNew(meta *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if m := userSlot(meta, "__new__"); m != nil {
		return Call(m, append(py.Tuple{meta}, args...), kwargs)
	}
	return typeNew(meta, args, kwargs)
}

// metaclassInit runs a metaclass's own __init__ on the class made.
func metaclassInit(obj py.Object, args py.Tuple, kwargs py.StringDict) error {
	if m := userSlot(obj.Type(), "__init__"); m != nil {
		r, err := callMethodKw(obj, m, args, kwargs)
		if err == nil && r != py.None {
			return py.ExceptionNewf(py.TypeError, "__init__() should return None, not '%s'", typeName(r))
		}
		return err
	}
	return nil
}

// A metaclass's __prepare__ may return a mapping of its own (an enum's
// namespace checks each name as it is defined and turns auto() into a
// value). The class body still runs in a namespace dict of the loop's, but
// each store and deletion is passed on at once, as a __setitem__ or
// __delitem__ call on the prepared mapping, and what the mapping then
// holds for the name is what the body reads back, so that later lines of
// the body see the mapping's value (`AB = A | B` over auto() members); the
// metaclass receives the mapping.

func nsKey(ns py.StringDict) uintptr { return reflect.ValueOf(ns).Pointer() }

// forwardStore passes a store of v into ns (a deletion when v is nil) on
// to the prepared mapping, if ns is a class body's with one.
func (t *thread) forwardStore(ns py.StringDict, name string, v py.Object) error {
	mapping, ok := t.prepared[nsKey(ns)]
	if !ok {
		return nil
	}
	if v == nil {
		return DelItem(mapping, py.String(name))
	}
	if err := SetItem(mapping, py.String(name), v); err != nil {
		return err
	}
	if cls, ok := pythonClassOf(mapping); ok && userMethod(cls, "__getitem__") != nil {
		// Reads go to its __getitem__ (loadMappedName), which is not
		// called more often than the code reads.
		return nil
	}
	if held, err := GetItem(mapping, py.String(name)); err == nil {
		storeName(ns, name, held)
	}
	return nil
}

// forwardBody starts passing the stores into ns on to mapping; the
// function returned stops it.
func (t *thread) forwardBody(ns py.StringDict, mapping py.Object) func() {
	if t.prepared == nil {
		t.prepared = map[uintptr]py.Object{}
	}
	key := nsKey(ns)
	t.prepared[key] = mapping
	return func() {
		delete(t.prepared, key)
		if len(t.prepared) == 0 {
			t.prepared = nil
		}
	}
}

// acceptableBases refuses a base class that cannot be derived from,
// wherever it stands among the bases (gpython checks the best base only).
// A Go type made after gpython readied its own, with no base of its own
// (reversed), gets its MRO (itself, object) here, so the derived class's
// MRO ends in object.
func acceptableBases(bases py.Object) error {
	tuple, _ := bases.(py.Tuple)
	for _, b := range tuple {
		if bt, ok := b.(*py.Type); ok && bt.Mro == nil && bt.Base == nil && bt.Bases == nil && bt.Flags&(py.TPFLAGS_HEAPTYPE|py.TPFLAGS_READY|py.TPFLAGS_READYING) == 0 && !pyutil.IsInstanceObject(bt) {
			if err := bt.Ready(); err != nil {
				return err
			}
		}
		if bt, ok := b.(*py.Type); ok && !pyutil.IsInstanceObject(bt) && bt.Flags&(py.TPFLAGS_BASETYPE|py.TPFLAGS_HEAPTYPE) == 0 && bt != py.ObjectType {
			return py.ExceptionNewf(py.TypeError, "type '%s' is not an acceptable base type", bt.Name)
		}
		if bt, ok := b.(*py.Type); ok && !pyutil.IsInstanceObject(bt) && refusedClass(bt) {
			return py.ExceptionNewf(py.TypeError, "type '%s' is not an acceptable base type", bt.Name)
		}
		if bt, ok := b.(*py.Type); ok && isStructSeqClass(bt) {
			return py.ExceptionNewf(py.TypeError, "type '%s' is not an acceptable base type", structSeqName(bt))
		}
		if bt, ok := b.(*py.Type); ok && bt.Mro == nil && bt.Flags&py.TPFLAGS_HEAPTYPE != 0 && !pyutil.IsInstanceObject(bt) {
			// a class whose metaclass's mro() is still running
			return py.ExceptionNewf(py.TypeError, "Cannot extend an incomplete type '%s'", bt.Name)
		}
	}
	return nil
}

// isStructSeqClass reports whether t is one of the library's struct
// sequence types (sys.flags, os.terminal_size, pwd.struct_passwd, ...),
// which are written as tuple subclasses here: a tuple subtype that
// states n_sequence_fields, n_fields and n_unnamed_fields in its own
// namespace. CPython's struct sequence types are never acceptable bases.
func isStructSeqClass(t *py.Type) bool {
	if pyutil.IsInstanceObject(t) || !t.IsSubtype(py.TupleType) {
		return false
	}
	for _, name := range [...]string{"n_sequence_fields", "n_fields", "n_unnamed_fields"} {
		if _, ok := t.Dict[name]; !ok {
			return false
		}
	}
	return true
}

// structSeqName is a struct sequence type's name as CPython spells it,
// with its module ('sys.flags', 'posix.times_result').
func structSeqName(t *py.Type) string {
	if strings.Contains(t.Name, ".") {
		return t.Name
	}
	if m, ok := t.Dict["__module__"].(py.String); ok && m != "builtins" && m != "" {
		return string(m) + "." + t.Name
	}
	return t.Name
}

// basesError gives gpython's errors about a class's bases CPython's
// words: "duplicate base class A" (gpython shows "<type A>"), and for an
// impossible MRO "Cannot create a consistent method resolution\norder
// (MRO) for bases A, B", naming the bases given.
func basesError(err error, bases py.Object) error {
	e, ok := err.(*py.Exception)
	if !ok || !py.IsException(py.TypeError, err) {
		return err
	}
	a, _ := e.Args.(py.Tuple)
	if len(a) != 1 {
		return err
	}
	msg, _ := a[0].(py.String)
	switch {
	case msg == "mro is wonky":
		var names []string
		if t, ok := bases.(py.Tuple); ok {
			for _, b := range t {
				if c, ok := b.(*py.Type); ok {
					names = append(names, c.Name)
				}
			}
		}
		return py.ExceptionNewf(py.TypeError, "Cannot create a consistent method resolution\norder (MRO) for bases %s", strings.Join(names, ", "))
	case strings.HasPrefix(string(msg), "duplicate base class <type ") && strings.HasSuffix(string(msg), ">"):
		name := strings.TrimSuffix(strings.TrimPrefix(string(msg), "duplicate base class <type "), ">")
		return py.ExceptionNewf(py.TypeError, "duplicate base class %s", name)
	}
	return err
}
