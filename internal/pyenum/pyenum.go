// Package pyenum gives gpython the enum classes of CPython 3.6 as Go values:
// IntEnum, IntFlag and plain Enum with arbitrary values.
//
// gpython has no enum module and its Python cannot define metaclasses or
// subclass int, so an enum class here is a *py.Type built in Go, whose
// members are Go values (*IntMember or *Member) whose Type() is that class.
// The class is made iterable, sized, indexable by name and searchable with
// `in` through a shared metatype ("enum.EnumMeta") whose Dict holds
// __iter__, __len__, __getitem__, __contains__ and __repr__: gpython's
// py.Iter, py.Len, py.GetItem and py.SequenceContains fall back to the
// metatype's Dict for a *py.Type (probed).
//
// Behaviour follows CPython 3.6's Lib/enum.py (reimplemented, not copied):
// members compare and hash as their int, arithmetic on IntEnum members
// gives plain ints, |, &, ^ and ~ on IntFlag members give members of the
// same class (pseudo-members are created and cached for values that have no
// name, as 3.6's IntFlag._create_pseudo_member_ does), and repr/str of
// composite flags list the covering members as 3.6's _decompose does.
//
// IntEnum and IntFlag classes have int in their MRO: isinstance(m, int) is
// True wherever isinstance honours subclasses (stock gpython's compares
// exact types, so it is False there). Members also implement
// fmt.Formatter, because gpython's str % args formats through Go's fmt.
// __members__ is a property of the metatype giving a new dict in
// definition order (the loop's dicts keep insertion order).
//
// The enum module (Lib/modules/enum.py) is Python, defined anew in every
// context, while these classes are shared by all: its EnumMeta places them
// under its Enum, IntEnum, Flag and IntFlag for isinstance() and
// issubclass() through the private module _pyenum (native.go), so
// isinstance(signal.SIGINT, enum.IntEnum) holds as in CPython 3.6.
// type(signal.Signals) is this package's metatype, not the module's
// EnumMeta, and the classes' __mro__ does not list the module's classes.
package pyenum

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/go-python/gpython/py"
)

// Kind is the flavour of an enum class.
type Kind int

const (
	// KindEnum is a plain Enum: values are arbitrary Python objects.
	KindEnum Kind = iota
	// KindIntEnum is an IntEnum: members are ints, operators give ints.
	KindIntEnum
	// KindIntFlag is an IntFlag: |, &, ^ and ~ give members of the class.
	KindIntFlag
)

// IntDef names one member of an IntEnum or IntFlag class.
type IntDef struct {
	Name  string
	Value int64
}

// ObjDef names one member of a plain Enum class.
type ObjDef struct {
	Name  string
	Value py.Object
}

// Class is one enum class. Its Python face is Type; the Go side keeps the
// member tables, which are immutable after construction except for the
// IntFlag pseudo-member cache (guarded by mu, since several gpython
// contexts may run at once in different goroutines).
type Class struct {
	// Type is the Python class ("signal.Signals"); its instances are the
	// members.
	Type *py.Type
	// Kind says which of Enum, IntEnum, IntFlag this is.
	Kind Kind

	name     string   // short name used in repr/str: "VerifyMode"
	names    []string // every member name, aliases included, definition order
	byName   map[string]py.Object
	canon    []py.Object // canonical members, definition order
	delegate bool        // plain Enum: attributes/items/eq pass to the value

	mu         sync.Mutex
	byValue    map[int64]*IntMember // value2member map, pseudo-members included
	valueOrder []int64              // insertion order of byValue
}

// classes finds the Class behind a *py.Type for the metatype's functions.
var (
	classesMu sync.RWMutex
	classes   = map[*py.Type]*Class{}
)

// ClassOf returns the enum class whose Python type is t, or nil.
func ClassOf(t *py.Type) *Class {
	classesMu.RLock()
	defer classesMu.RUnlock()
	return classes[t]
}

// Name is the class name as repr prints it ("VerifyMode").
func (c *Class) Name() string { return c.name }

// Members returns the canonical members in definition order (aliases
// excluded), as iterating the class in Python does.
func (c *Class) Members() []py.Object {
	return append([]py.Object(nil), c.canon...)
}

// Names returns every member name in definition order, aliases included.
func (c *Class) Names() []string {
	return append([]string(nil), c.names...)
}

// ByName returns the member called name (an alias gives its canonical
// member).
func (c *Class) ByName(name string) (py.Object, bool) {
	m, ok := c.byName[name]
	return m, ok
}

// Member returns the member of an int class whose value is v, creating an
// IntFlag pseudo-member when v has none; for an IntEnum class with no such
// member it returns nil.
func (c *Class) Member(v int64) *IntMember {
	c.mu.Lock()
	defer c.mu.Unlock()
	if m, ok := c.byValue[v]; ok {
		return m
	}
	if c.Kind != KindIntFlag {
		return nil
	}
	return c.pseudoLocked(v)
}

// MustMember is Member for values known to exist; it panics otherwise.
func (c *Class) MustMember(v int64) *IntMember {
	m := c.Member(v)
	if m == nil {
		panic(fmt.Sprintf("pyenum: %s has no member with value %d", c.name, v))
	}
	return m
}

// SortByValue orders defs as CPython 3.6's Enum._convert does before it
// builds a class from module constants: by value, then by name. The first
// name of a value becomes the canonical member, later ones aliases.
func SortByValue(defs []IntDef) []IntDef {
	out := append([]IntDef(nil), defs...)
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Value != out[j].Value {
			return out[i].Value < out[j].Value
		}
		return out[i].Name < out[j].Name
	})
	return out
}

func shortName(qualname string) string {
	if i := strings.LastIndexByte(qualname, '.'); i >= 0 {
		return qualname[i+1:]
	}
	return qualname
}

func newClass(qualname, doc string, kind Kind) *Class {
	c := &Class{
		Kind:    kind,
		name:    shortName(qualname),
		byName:  map[string]py.Object{},
		byValue: map[int64]*IntMember{},
	}
	// Name is the class's __name__ ("VerifyMode"), as Python classes'
	// are; the module part of qualname is its __module__.
	t := &py.Type{
		ObjectType: MetaType,
		Name:       shortName(qualname),
		Doc:        doc,
		Dict:       py.StringDict{},
		Flags:      py.TPFLAGS_DEFAULT,
	}
	if kind != KindEnum {
		// int in the MRO: isinstance(m, int) holds wherever isinstance
		// honours subclasses, as members of IntEnum/IntFlag are ints.
		t.Base = py.IntType
		t.Bases = py.Tuple{py.IntType}
	}
	if i := strings.LastIndexByte(qualname, '.'); i >= 0 {
		t.Dict["__module__"] = py.String(qualname[:i])
	}
	t.New = c.call
	c.Type = t
	return c
}

func (c *Class) finish() (*Class, error) {
	t := c.Type
	t.Dict["name"] = &py.Property{Fget: memberName, Doc: "The name of the Enum member."}
	t.Dict["value"] = &py.Property{Fget: memberValue, Doc: "The value of the Enum member."}
	// Pickled as the class called with the value, as Enum.__reduce_ex__.
	t.Dict["__reduce_ex__"] = py.MustNewMethod("__reduce_ex__", func(self py.Object, args py.Tuple) (py.Object, error) {
		v, err := memberValue(self)
		if err != nil {
			return nil, err
		}
		return py.Tuple{self.Type(), py.Tuple{v}}, nil
	}, 0, "Helper for pickle.")
	for _, n := range c.names {
		t.Dict[n] = c.byName[n]
	}
	// __members__ is the metatype's property (meta.go), as in CPython.
	if err := t.Ready(); err != nil {
		return nil, err
	}
	classesMu.Lock()
	classes[t] = c
	classesMu.Unlock()
	return c, nil
}

// NewIntEnum builds an IntEnum class called qualname ("signal.Signals")
// with members in the order given; a repeated value makes an alias.
func NewIntEnum(qualname, doc string, defs []IntDef) (*Class, error) {
	return newIntClass(qualname, doc, KindIntEnum, defs)
}

// NewIntFlag builds an IntFlag class; see NewIntEnum.
func NewIntFlag(qualname, doc string, defs []IntDef) (*Class, error) {
	return newIntClass(qualname, doc, KindIntFlag, defs)
}

func newIntClass(qualname, doc string, kind Kind, defs []IntDef) (*Class, error) {
	c := newClass(qualname, doc, kind)
	for _, d := range defs {
		if _, dup := c.byName[d.Name]; dup {
			return nil, py.ExceptionNewf(py.TypeError, "Attempted to reuse key: '%s'", d.Name)
		}
		m, ok := c.byValue[d.Value]
		if !ok {
			m = &IntMember{cls: c, name: d.Name, v: d.Value}
			c.byValue[d.Value] = m
			c.valueOrder = append(c.valueOrder, d.Value)
			c.canon = append(c.canon, m)
		}
		c.byName[d.Name] = m
		c.names = append(c.names, d.Name)
	}
	return c.finish()
}

// NewEnum builds a plain Enum class whose member values are arbitrary
// objects. With delegate set, a member also behaves as its value for
// attribute access (other than name and value), indexing, len, iteration
// and equality, as a member of CPython's `class Purpose(_ASN1Object, Enum)`
// does.
func NewEnum(qualname, doc string, defs []ObjDef, delegate bool) (*Class, error) {
	return newEnum(qualname, doc, defs, delegate, nil)
}

// NewEnumMixin is NewEnum for `class Name(mixin, Enum)`: the class
// delegates to the values (all of type mixin) and has mixin in its MRO, so
// the mixin's methods and properties are found for members. They receive
// the member as self: unwrap it with (*Member).Value.
func NewEnumMixin(qualname, doc string, defs []ObjDef, mixin *py.Type) (*Class, error) {
	return newEnum(qualname, doc, defs, true, mixin)
}

func newEnum(qualname, doc string, defs []ObjDef, delegate bool, mixin *py.Type) (*Class, error) {
	c := newClass(qualname, doc, KindEnum)
	c.delegate = delegate
	if mixin != nil {
		c.Type.Base = mixin
		c.Type.Bases = py.Tuple{mixin}
	}
	for _, d := range defs {
		if _, dup := c.byName[d.Name]; dup {
			return nil, py.ExceptionNewf(py.TypeError, "Attempted to reuse key: '%s'", d.Name)
		}
		var canon py.Object
		for _, o := range c.canon {
			eq, err := py.Eq(o.(*Member).value, d.Value)
			if err != nil {
				return nil, err
			}
			if eq == py.True {
				canon = o
				break
			}
		}
		if canon == nil {
			canon = &Member{cls: c, name: d.Name, value: d.Value}
			c.canon = append(c.canon, canon)
		}
		c.byName[d.Name] = canon
		c.names = append(c.names, d.Name)
	}
	return c.finish()
}

// call is the class's constructor: Cls(value) finds the member whose value
// is value (3.6's EnumMeta.__call__ with one argument).
func (c *Class) call(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	var value py.Object
	if err := py.ParseTupleAndKeywords(args, kwargs, "O:"+c.name, []string{"value"}, &value); err != nil {
		return nil, err
	}
	return c.Lookup(value)
}

// Lookup is Cls(value): the member with that value, an IntFlag
// pseudo-member for an int without one, or ValueError
// "5 is not a valid VerifyMode".
func (c *Class) Lookup(value py.Object) (py.Object, error) {
	if value.Type() == c.Type {
		return value, nil
	}
	if c.Kind == KindEnum {
		for _, o := range c.canon {
			eq, err := py.Eq(o.(*Member).value, value)
			if err != nil {
				return nil, err
			}
			if eq == py.True {
				return o, nil
			}
		}
		return nil, c.notValid(value)
	}
	v, ok := intValue(value)
	if !ok {
		// 3.6 looks floats up by hash and equality: VerifyMode(2.0) works.
		if f, isFloat := value.(py.Float); isFloat && float64(int64(f)) == float64(f) {
			c.mu.Lock()
			m, found := c.byValue[int64(f)]
			c.mu.Unlock()
			if found {
				return m, nil
			}
		}
		return nil, c.notValid(value)
	}
	if m := c.Member(v); m != nil {
		return m, nil
	}
	return nil, c.notValid(value)
}

func (c *Class) notValid(value py.Object) error {
	r, err := py.ReprAsString(value)
	if err != nil {
		return err
	}
	return py.ExceptionNewf(py.ValueError, "%s is not a valid %s", r, c.name)
}

// intValue reads an int-like operand: an int, a bool, or a member of any
// int enum class (all are ints in CPython).
func intValue(o py.Object) (int64, bool) {
	switch x := o.(type) {
	case py.Int:
		return int64(x), true
	case py.Bool:
		if x {
			return 1, true
		}
		return 0, true
	case *IntMember:
		return x.v, true
	}
	return 0, false
}

// IntValue returns the int behind an int, bool or int enum member, so that
// Go code taking options or modes can accept members.
func IntValue(o py.Object) (int64, bool) { return intValue(o) }

func memberName(self py.Object) (py.Object, error) {
	switch m := self.(type) {
	case *IntMember:
		if m.name == "" {
			return py.None, nil
		}
		return py.String(m.name), nil
	case *Member:
		return py.String(m.name), nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "descriptor 'name' requires an enum member")
}

func memberValue(self py.Object) (py.Object, error) {
	switch m := self.(type) {
	case *IntMember:
		return py.Int(m.v), nil
	case *Member:
		return m.value, nil
	}
	return nil, py.ExceptionNewf(py.TypeError, "descriptor 'value' requires an enum member")
}
