package decimal

import (
	"sync"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// Decimal as a Go value type.
//
// decimal.py writes Decimal as a class statement; gotype then turns that
// class into a Go type of the interpreter: the same dict (the Python
// methods, the accelerated descriptors of slots.go), whose instances are
// Decs instead of instances of a class. Operators, comparisons, hashing
// and str/repr then dispatch straight to Dec's Go methods (each the fast
// path, then the Python definition for every other shape), instances
// cost two small allocations, and Decimal(x) is a Go constructor, as in
// CPython's C decimal. Classes derived from Decimal hold a Dec as their
// built-in value (vm.RegisterValueSubtype).

// decimalBaseType is the registered value base the interpreters'
// Decimal types derive from in Go; Python never sees it (each Decimal's
// MRO is (Decimal, object), as CPython's).
var decimalBaseType = py.ObjectType.NewType("decimal.Decimal", "The Go base of decimal.Decimal.", nil, nil)

func init() {
	vm.RegisterValueBase(decimalBaseType, vm.ValueBase{})
}

// Dec is a Decimal: a Value, and the fast state of the interpreter whose
// Decimal type it belongs to.
type Dec struct {
	s *fastState
	v *Value
}

// Type returns the interpreter's Decimal type.
func (d *Dec) Type() *py.Type { return d.s.decimalCls }

// decOf is the Dec o is or holds (an instance of a class derived from
// Decimal), or nil.
func decOf(o py.Object) *Dec {
	switch x := o.(type) {
	case *Dec:
		return x
	case *py.Type:
		if v, ok := pyutil.BuiltinValue(x); ok {
			d, _ := v.(*Dec)
			return d
		}
	}
	return nil
}

// typeDictSkipped are the class dict's entries that describe an
// instance layout a Go type does not have, or that a C type does not
// show in its dict.
var typeDictSkipped = map[string]bool{"__slots__": true, "_v": true, "__dict__": true, "__weakref__": true, "__qualname__": true, "__module__": true}

// forwardedDunders are the special methods written in Python that Dec
// also has as Go methods of another shape (M__divmod__ returns a pair,
// M__round__ and M__pow__ take a fixed count of arguments): in the type's
// dict they become Go methods calling the Python function, which
// reading the attribute from a Decimal then finds before the Go method
// (x.__round__() as 3.6, not M__round__'s one argument).
var forwardedDunders = map[string]bool{
	"__divmod__": true, "__rdivmod__": true, "__pow__": true, "__rpow__": true,
	"__int__": true, "__float__": true, "__complex__": true, "__bool__": true,
	"__ceil__": true, "__floor__": true, "__trunc__": true, "__round__": true,
	"__format__": true,
}

// forwardMethod is a Go method named name that calls fn with the
// receiver (an instance of a derived class as itself) and the arguments.
func forwardMethod(name string, fn *py.Function) *py.Method {
	doc := ""
	if d, ok := fn.Doc.(py.String); ok {
		doc = string(d)
	}
	m := py.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if self == nil || self.Type() == py.ModuleType {
			// Called through the class: self is the first argument.
			if len(args) == 0 {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' of 'decimal.Decimal' object needs an argument", name)
			}
			self, args = args[0], args[1:]
		}
		full := make(py.Tuple, 0, len(args)+1)
		full = append(full, self)
		full = append(full, args...)
		return vm.Call(fn, full, kwargs)
	}, 0, doc)
	vm.TakesInstance(m)
	return m
}

// gotype is gotype(cls): the Go type standing for cls, decimal.py's
// Decimal class, with a function new(v) that makes a Decimal of the
// Value v and wrap(cls, v), an instance of cls (Decimal or a class
// derived from it) holding v; it returns (type, new, wrap).
func (s *fastState) gotype(_ py.Object, arg py.Object) (py.Object, error) {
	cls, ok := arg.(*py.Type)
	if !ok || cls != s.pyCls || s.goCls != nil {
		return nil, py.ExceptionNewf(py.TypeError, "gotype needs the class given to make_fast, once")
	}
	dict := make(py.StringDict, len(cls.Dict)+1)
	s.fallbacks = map[string]py.Object{}
	for k, v := range cls.Dict {
		if typeDictSkipped[k] {
			continue
		}
		if ad, ok := v.(*accelDescr); ok {
			s.fallbacks[k] = ad.fallback
		} else {
			s.fallbacks[k] = v
		}
		if fn, ok := v.(*py.Function); ok && forwardedDunders[k] {
			v = forwardMethod(k, fn)
		}
		dict[k] = v
	}
	if sm, ok := cls.Dict["__new__"].(*py.StaticMethod); ok {
		s.pyNew = sm.Callable
	} else {
		return nil, py.ExceptionNewf(py.TypeError, "gotype: the class has no __new__")
	}
	dict["_v"] = &py.Property{Fget: func(self py.Object) (py.Object, error) {
		d := decOf(self)
		if d == nil {
			return nil, py.ExceptionNewf(py.TypeError, "descriptor '_v' needs a decimal.Decimal object")
		}
		return d.v, nil
	}}
	t := &py.Type{
		ObjectType: py.TypeType,
		Name:       "decimal.Decimal",
		Doc:        cls.Doc,
		New:        s.typeNew,
		Flags:      decimalBaseType.Flags &^ py.TPFLAGS_READY,
		Dict:       dict,
		Base:       decimalBaseType,
		Bases:      py.Tuple{py.ObjectType},
	}
	if err := t.Ready(); err != nil {
		return nil, err
	}
	t.Init = nil
	t.Mro = py.Tuple{t, py.ObjectType}
	vm.RegisterValueSubtype(t)
	rememberGoType(vm.CurrentContext(), t)
	for _, v := range dict {
		if ad, ok := v.(*accelDescr); ok {
			ad.owner = t
		}
	}
	s.goCls = t
	s.decimalCls = t
	newFn := py.MustNewMethod("new", func(_ py.Object, arg py.Object) (py.Object, error) {
		v, ok := arg.(*Value)
		if !ok {
			return nil, py.ExceptionNewf(py.TypeError, "new needs a decimal value")
		}
		return s.newDecimal(v), nil
	}, 0, "new(v) -> a Decimal of the value v")
	wrapFn := py.MustNewMethod("wrap", s.wrap, 0, "wrap(cls, v) -> an instance of cls, Decimal or a class derived from it, holding v")
	return py.Tuple{t, newFn, wrapFn}, nil
}

// wrap is wrap(cls, v), the end of decimal.py's Decimal.__new__.
func (s *fastState) wrap(_ py.Object, args py.Tuple) (py.Object, error) {
	var clsO, vO py.Object
	if err := py.UnpackTuple(args, nil, "wrap", 2, 2, &clsO, &vO); err != nil {
		return nil, err
	}
	v, ok := vO.(*Value)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "wrap needs a decimal value")
	}
	cls, ok := clsO.(*py.Type)
	if !ok || pyutil.IsInstanceObject(cls) {
		return nil, py.ExceptionNewf(py.TypeError, "object.__new__(X): X is not a type object (%s)", clsO.Type().Name)
	}
	if cls == s.decimalCls {
		return s.newDecimal(v), nil
	}
	if !cls.IsSubtype(s.decimalCls) {
		return nil, py.ExceptionNewf(py.TypeError, "object.__new__(%s): %s is not a subtype of decimal.Decimal", cls.Name, cls.Name)
	}
	return vm.NewWithValue(cls, s.newDecimal(v)), nil
}

// typeNew is the Go type's constructor, Decimal(value="0",
// context=None): the fast path for Decimal itself with one argument,
// decimal.py's Decimal.__new__ for everything else.
func (s *fastState) typeNew(cls *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if cls == s.decimalCls && len(args) == 1 && len(kwargs) == 0 {
		if v := s.newValue(args[0]); v != nil {
			return s.newDecimal(v), nil
		}
	}
	full := make(py.Tuple, 0, len(args)+1)
	full = append(full, cls)
	full = append(full, args...)
	return vm.Call(s.pyNew, full, kwargs)
}

// newDecimal makes a Decimal holding v.
func (s *fastState) newDecimal(v *Value) py.Object { return &Dec{s: s, v: v} }

// fallback calls decimal.py's definition of the special method name on
// d with args.
func (d *Dec) fallback(name string, args ...py.Object) (py.Object, error) {
	fn := d.s.fallbacks[name]
	if fn == nil {
		return nil, py.ExceptionNewf(py.AttributeError, "'decimal.Decimal' object has no attribute '%s'", name)
	}
	full := make(py.Tuple, 0, len(args)+1)
	full = append(full, d)
	full = append(full, args...)
	return vm.Call(fn, full, nil)
}

// binary is d <op> other (other <op> d when reflected).
func (d *Dec) binary(op py.String, other py.Object, reflected bool) (py.Object, error) {
	refl := py.NewBool(reflected)
	if r, ok, err := d.s.tryBinary(op, d, other, py.None, refl); ok {
		return r, err
	}
	return vm.Call(d.s.slow, py.Tuple{op, d, other, py.None, refl}, nil)
}

// compare is d <code> other.
func (d *Dec) compare(code py.Int, name string, other py.Object) (py.Object, error) {
	if r := d.s.cmpOf(d, other, code); r != py.None {
		return r, nil
	}
	return d.fallback(name, other)
}

// unary is the operation op (minus, plus, abs) of the special method
// name.
func (d *Dec) unary(op py.String, name string) (py.Object, error) {
	r, err := d.s.methodOf(op, d, py.None, py.None, py.None)
	if err != nil || r != py.None {
		return r, err
	}
	return d.fallback(name)
}

func (d *Dec) M__add__(o py.Object) (py.Object, error)       { return d.binary("add", o, false) }
func (d *Dec) M__radd__(o py.Object) (py.Object, error)      { return d.binary("add", o, true) }
func (d *Dec) M__sub__(o py.Object) (py.Object, error)       { return d.binary("sub", o, false) }
func (d *Dec) M__rsub__(o py.Object) (py.Object, error)      { return d.binary("sub", o, true) }
func (d *Dec) M__mul__(o py.Object) (py.Object, error)       { return d.binary("mul", o, false) }
func (d *Dec) M__rmul__(o py.Object) (py.Object, error)      { return d.binary("mul", o, true) }
func (d *Dec) M__truediv__(o py.Object) (py.Object, error)   { return d.binary("div", o, false) }
func (d *Dec) M__rtruediv__(o py.Object) (py.Object, error)  { return d.binary("div", o, true) }
func (d *Dec) M__floordiv__(o py.Object) (py.Object, error)  { return d.binary("divint", o, false) }
func (d *Dec) M__rfloordiv__(o py.Object) (py.Object, error) { return d.binary("divint", o, true) }
func (d *Dec) M__mod__(o py.Object) (py.Object, error)       { return d.binary("rem", o, false) }
func (d *Dec) M__rmod__(o py.Object) (py.Object, error)      { return d.binary("rem", o, true) }

func (d *Dec) M__pow__(o, mod py.Object) (py.Object, error) {
	if mod == py.None {
		return d.fallback("__pow__", o)
	}
	return d.fallback("__pow__", o, mod)
}
func (d *Dec) M__rpow__(o py.Object) (py.Object, error) { return d.fallback("__rpow__", o) }

func (d *Dec) M__lt__(o py.Object) (py.Object, error) { return d.compare(cmpLT, "__lt__", o) }
func (d *Dec) M__le__(o py.Object) (py.Object, error) { return d.compare(cmpLE, "__le__", o) }
func (d *Dec) M__eq__(o py.Object) (py.Object, error) { return d.compare(cmpEQ, "__eq__", o) }
func (d *Dec) M__ne__(o py.Object) (py.Object, error) { return d.compare(cmpNE, "__ne__", o) }
func (d *Dec) M__gt__(o py.Object) (py.Object, error) { return d.compare(cmpGT, "__gt__", o) }
func (d *Dec) M__ge__(o py.Object) (py.Object, error) { return d.compare(cmpGE, "__ge__", o) }

func (d *Dec) M__neg__() (py.Object, error) { return d.unary("minus", "__neg__") }
func (d *Dec) M__pos__() (py.Object, error) { return d.unary("plus", "__pos__") }
func (d *Dec) M__abs__() (py.Object, error) { return d.unary("abs", "__abs__") }

// KeepsStr marks Dec's str as its own for instances of derived classes
// too (pyrepr.OwnStr): str(x) is Decimal.__str__, not the repr.
func (d *Dec) KeepsStr() {}

// M__bool__ is false for a zero only (a NaN is true).
func (d *Dec) M__bool__() (py.Object, error) { return py.NewBool(!d.v.isZero()), nil }

func (d *Dec) M__int__() (py.Object, error)   { return d.fallback("__int__") }
func (d *Dec) M__float__() (py.Object, error) { return d.fallback("__float__") }

func (d *Dec) M__hash__() (py.Object, error) {
	if !d.v.isNaN() {
		return py.Int(hash(d.v)), nil
	}
	return d.fallback("__hash__")
}

func (d *Dec) M__repr__() (py.Object, error) {
	r, err := d.s.textOf(d, true)
	if err != nil || r != py.None {
		return r, err
	}
	return d.fallback("__repr__")
}

func (d *Dec) M__str__() (py.Object, error) {
	r, err := d.s.textOf(d, false)
	if err != nil || r != py.None {
		return r, err
	}
	return d.fallback("__str__")
}

// pair splits the (q, r) a divmod fallback returned.
func pair(r py.Object, err error) (py.Object, py.Object, error) {
	if err != nil {
		return nil, nil, err
	}
	if r == py.NotImplemented {
		return r, nil, nil
	}
	t, ok := r.(py.Tuple)
	if !ok || len(t) != 2 {
		return nil, nil, py.ExceptionNewf(py.TypeError, "__divmod__ must return a pair")
	}
	return t[0], t[1], nil
}

func (d *Dec) M__divmod__(o py.Object) (py.Object, py.Object, error) {
	return pair(d.fallback("__divmod__", o))
}

func (d *Dec) M__rdivmod__(o py.Object) (py.Object, py.Object, error) {
	return pair(d.fallback("__rdivmod__", o))
}

func (d *Dec) M__complex__() (py.Object, error) { return d.fallback("__complex__") }
func (d *Dec) M__ceil__() (py.Object, error)    { return d.fallback("__ceil__") }
func (d *Dec) M__floor__() (py.Object, error)   { return d.fallback("__floor__") }
func (d *Dec) M__trunc__() (py.Object, error)   { return d.fallback("__trunc__") }

func (d *Dec) M__format__(spec py.Object) (py.Object, error) { return d.fallback("__format__", spec) }

// M__round__ is round(d) for n None, else round(d, n).
func (d *Dec) M__round__(n py.Object) (py.Object, error) {
	if n == nil || n == py.None {
		return d.fallback("__round__")
	}
	return d.fallback("__round__", n)
}

// goTypes are the interpreters' Decimal types registered as value
// subtypes (process-wide, vm.RegisterValueSubtype): each is forgotten when
// its interpreter closes, or the registration would keep the type, its
// dict's functions and through their globals the whole closed
// interpreter alive.
var (
	goTypesMu sync.Mutex
	goTypes   = map[py.Context][]*py.Type{}
)

func init() {
	vm.OnContextClosed(func(ctx py.Context) {
		goTypesMu.Lock()
		ts := goTypes[ctx]
		delete(goTypes, ctx)
		goTypesMu.Unlock()
		for _, t := range ts {
			vm.ForgetValueSubtype(t)
		}
	})
}

// rememberGoType records t, registered for ctx's interpreter.
func rememberGoType(ctx py.Context, t *py.Type) {
	if ctx == nil {
		return
	}
	goTypesMu.Lock()
	goTypes[ctx] = append(goTypes[ctx], t)
	goTypesMu.Unlock()
}
