package vm

import (
	"strings"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// The special methods of Python classes, honoured by the loop's
// operations. gpython finds a special method only in an instance's own
// class dict (TypeCall), so methods a class inherits from another Python
// class are missed; here they are looked up along the MRO.

// pythonClassOf returns the class of o when o is an instance of a class
// made by a class statement (including exception subclasses).
func pythonClassOf(o py.Object) (*py.Type, bool) {
	switch v := o.(type) {
	case *py.Type:
		if pyutil.IsInstanceObject(v) {
			return v.ObjectType, true
		}
	case *py.Exception:
		if v.Base != nil && v.Base.Flags&py.TPFLAGS_HEAPTYPE != 0 {
			return v.Base, true
		}
	}
	return nil, false
}

// metaclassMethod finds a special method a class's metaclass defines in
// Python (len(C), C[k], x in C, iter(C) for class C of metaclass M), or
// reports false for anything but such a class.
func metaclassMethod(o py.Object, name string) (py.Object, bool) {
	t, ok := o.(*py.Type)
	if !ok || pyutil.IsInstanceObject(t) {
		return nil, false
	}
	meta := t.Type()
	if meta == nil || meta.Flags&py.TPFLAGS_HEAPTYPE == 0 {
		return nil, false
	}
	m := userMethod(meta, name)
	return m, m != nil
}

// userMethod finds name in the Python classes of cls's MRO (the classes
// made by class statements), or nil: built-in bases keep their Go
// behaviour.
func userMethod(cls *py.Type, name string) py.Object {
	for _, b := range cls.Mro {
		bt := b.(*py.Type)
		if bt.Flags&py.TPFLAGS_HEAPTYPE == 0 {
			return nil
		}
		if m, ok := bt.Dict[name]; ok {
			return m
		}
	}
	return nil
}

// binaryNames gives the method names of each binary operator: normal,
// reflected, in-place, and the operator's symbol for errors.
var binaryNames = map[byte][4]string{
	opBINARY_ADD: {"__add__", "__radd__", "", "+"}, opINPLACE_ADD: {"__add__", "__radd__", "__iadd__", "+="},
	opBINARY_SUBTRACT: {"__sub__", "__rsub__", "", "-"}, opINPLACE_SUBTRACT: {"__sub__", "__rsub__", "__isub__", "-="},
	opBINARY_MULTIPLY: {"__mul__", "__rmul__", "", "*"}, opINPLACE_MULTIPLY: {"__mul__", "__rmul__", "__imul__", "*="},
	opBINARY_MODULO: {"__mod__", "__rmod__", "", "%"}, opINPLACE_MODULO: {"__mod__", "__rmod__", "__imod__", "%="},
	opBINARY_POWER: {"__pow__", "__rpow__", "", "** or pow()"}, opINPLACE_POWER: {"__pow__", "__rpow__", "__ipow__", "** or pow()"},
	opBINARY_FLOOR_DIVIDE: {"__floordiv__", "__rfloordiv__", "", "//"}, opINPLACE_FLOOR_DIVIDE: {"__floordiv__", "__rfloordiv__", "__ifloordiv__", "//="},
	opBINARY_TRUE_DIVIDE: {"__truediv__", "__rtruediv__", "", "/"}, opINPLACE_TRUE_DIVIDE: {"__truediv__", "__rtruediv__", "__itruediv__", "/="},
	opBINARY_LSHIFT: {"__lshift__", "__rlshift__", "", "<<"}, opINPLACE_LSHIFT: {"__lshift__", "__rlshift__", "__ilshift__", "<<="},
	opBINARY_RSHIFT: {"__rshift__", "__rrshift__", "", ">>"}, opINPLACE_RSHIFT: {"__rshift__", "__rrshift__", "__irshift__", ">>="},
	opBINARY_AND: {"__and__", "__rand__", "", "&"}, opINPLACE_AND: {"__and__", "__rand__", "__iand__", "&="},
	opBINARY_XOR: {"__xor__", "__rxor__", "", "^"}, opINPLACE_XOR: {"__xor__", "__rxor__", "__ixor__", "^="},
	opBINARY_OR: {"__or__", "__ror__", "", "|"}, opINPLACE_OR: {"__or__", "__ror__", "__ior__", "|="},
}

// instanceBinary applies a binary operator when an operand is an instance
// of a Python class; handled is false when neither is.
func instanceBinary(op byte, a, b py.Object) (r py.Object, handled bool, err error) {
	ca, aok := pythonClassOf(a)
	cb, bok := pythonClassOf(b)
	if !aok && !bok {
		return nil, false, nil
	}
	names := binaryNames[op]
	try := func(self py.Object, cls *py.Type, name string, other py.Object) (py.Object, bool, error) {
		if cls == nil || name == "" {
			return nil, false, nil
		}
		m := userMethod(cls, name)
		if m == nil {
			return nil, false, nil
		}
		r, err := callMethod(self, m, other)
		if err != nil {
			return nil, true, err
		}
		if r == py.NotImplemented {
			return nil, false, nil
		}
		return r, true, nil
	}
	if r, ok, err := try(a, ca, names[2], b); ok || err != nil {
		return r, true, err
	}
	// A subclass's reflected method goes first, when it overrides the
	// one the left operand's class sees.
	if bok && aok && cb != ca && cb.IsSubtype(ca) && overridesMethod(ca, cb, names[1]) {
		if r, ok, err := try(b, cb, names[1], a); ok || err != nil {
			return r, true, err
		}
	}
	if r, ok, err := try(a, ca, names[0], b); ok || err != nil {
		return r, true, err
	}
	if cb != ca || !aok {
		if r, ok, err := try(b, cb, names[1], a); ok || err != nil {
			return r, true, err
		}
	}
	if va, vb, ok := unwrapOperands(a, b); ok {
		// A class derived from a built-in type: the built-in operator on
		// the values; an in-place one that changed the value in place
		// leaves the instance bound.
		r, err := binaryOp(op, va, vb)
		if err == nil && names[2] != "" && identical(r, va) && (mutableBases[va.Type()] || goValueSpec(va.Type()) != nil) {
			r = a
		}
		if err != nil && isUnsupportedOperands(err) {
			// Name the operands' own classes, not their values' types.
			err = unsupported(names[3], a, b)
		}
		return r, true, err
	}
	if aok && bok {
		return nil, true, unsupported(names[3], a, b)
	}
	if aok && isIntValue(b) {
		// int's reflected methods take only ints: gpython's would first
		// convert b to a shift count (x << sys.maxsize + 1 gave
		// OverflowError where 3.6 says the operands are unsupported).
		return nil, true, unsupported(names[3], a, b)
	}
	if !aok && (op == opBINARY_ADD || op == opINPLACE_ADD) {
		if err := concatError(a, b); err != nil {
			return nil, true, err
		}
	}
	return nil, false, nil
}

// isIntValue reports whether o is a built-in int (or bool) value.
func isIntValue(o py.Object) bool {
	switch o.(type) {
	case py.Int, *py.BigInt, py.Bool:
		return true
	}
	return false
}

// concatError is the TypeError of str, bytes, list or tuple + an operand that
// no method of either side adds, or nil for other left operands.
func concatError(a, b py.Object) error {
	switch a.(type) {
	case py.String:
		return py.ExceptionNewf(py.TypeError, "must be str, not %s", typeName(b))
	case *py.List:
		return py.ExceptionNewf(py.TypeError, "can only concatenate list (not \"%s\") to list", typeName(b))
	case py.Tuple:
		return py.ExceptionNewf(py.TypeError, "can only concatenate tuple (not \"%s\") to tuple", typeName(b))
	case py.Bytes:
		return py.ExceptionNewf(py.TypeError, "can't concat %s to bytes", typeName(b))
	}
	return nil
}

// overridesMethod reports whether sub finds a method name that differs
// from the one base finds (or base finds none).
func overridesMethod(base, sub *py.Type, name string) bool {
	m := userMethod(sub, name)
	if m == nil {
		return false
	}
	return userMethod(base, name) != m
}

// isUnsupportedOperands reports whether err is a binary operator's
// "unsupported operand type(s)" TypeError.
func isUnsupportedOperands(err error) bool {
	e, ok := err.(*py.Exception)
	if !ok || !e.Type().IsSubtype(py.TypeError) {
		return false
	}
	args, ok := e.Args.(py.Tuple)
	if !ok || len(args) != 1 {
		return false
	}
	msg, ok := args[0].(py.String)
	return ok && strings.HasPrefix(string(msg), "unsupported operand type(s) for ")
}

func unsupported(sym string, a, b py.Object) error {
	if m, ok := a.(*py.Method); ok && sym == ">>" && m.Name == "print" {
		// Python 2's `print >>f, x`: 3.6 suggests the call.
		return py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for %s: '%s' and '%s'. Did you mean \"print(<message>, file=<output_stream>)\"?", sym, tpName(a.Type()), tpName(b.Type()))
	}
	return py.ExceptionNewf(py.TypeError, "unsupported operand type(s) for %s: '%s' and '%s'", sym, tpName(a.Type()), tpName(b.Type()))
}

// tpName is a type's name as CPython's C code prints it in messages (its
// tp_name): the C name SetExtensionName recorded, else pyutil.TpName.
func tpName(t *py.Type) string {
	if n, ok := extensionName(t); ok {
		return n
	}
	return pyutil.TpName(t)
}

// typeName is the name CPython's messages give o's type, its tp_name
// (tpName): type(o).__name__ for a built-in or a class statement's class,
// the dotted name of a C type ("collections.deque").
func typeName(o py.Object) string {
	return tpName(o.Type())
}

var compareNames = [...]struct{ name, reflected, sym string }{
	cmpLT: {"__lt__", "__gt__", "<"},
	cmpLE: {"__le__", "__ge__", "<="},
	cmpEQ: {"__eq__", "__eq__", "=="},
	cmpNE: {"__ne__", "__ne__", "!="},
	cmpGT: {"__gt__", "__lt__", ">"},
	cmpGE: {"__ge__", "__le__", ">="},
}

// goValueCompare is the rich comparison name of self, a value of a Go
// type that classes may derive from (decimal.Decimal against a
// Fraction), when it has that method: ok false when it has not or
// answers NotImplemented.
func goValueCompare(self py.Object, name string, other py.Object) (py.Object, bool, error) {
	if goValueSpec(self.Type()) == nil {
		return nil, false, nil
	}
	if _, derived := pyutil.BuiltinValue(other); derived {
		return nil, false, nil // the values compare below (unwrapOperands)
	}
	var r py.Object
	var err error
	var has bool
	switch name {
	case "__lt__":
		var m py.I__lt__
		if m, has = self.(py.I__lt__); has {
			r, err = m.M__lt__(other)
		}
	case "__le__":
		var m py.I__le__
		if m, has = self.(py.I__le__); has {
			r, err = m.M__le__(other)
		}
	case "__eq__":
		var m py.I__eq__
		if m, has = self.(py.I__eq__); has {
			r, err = m.M__eq__(other)
		}
	case "__ne__":
		var m py.I__ne__
		if m, has = self.(py.I__ne__); has {
			r, err = m.M__ne__(other)
		}
	case "__gt__":
		var m py.I__gt__
		if m, has = self.(py.I__gt__); has {
			r, err = m.M__gt__(other)
		}
	case "__ge__":
		var m py.I__ge__
		if m, has = self.(py.I__ge__); has {
			r, err = m.M__ge__(other)
		}
	}
	if !has {
		return nil, false, nil
	}
	if err != nil {
		return nil, true, err
	}
	if r == py.NotImplemented {
		return nil, false, nil
	}
	return r, true, nil
}

// instanceCompare applies a rich comparison when an operand is an
// instance of a Python class.
func instanceCompare(op int, a, b py.Object) (py.Object, bool, error) {
	ca, aok := pythonClassOf(a)
	cb, bok := pythonClassOf(b)
	if !aok && !bok {
		return nil, false, nil
	}
	n := compareNames[op]
	try := func(self py.Object, cls *py.Type, name string, other py.Object) (py.Object, bool, error) {
		if cls == nil {
			return goValueCompare(self, name, other)
		}
		m := userMethod(cls, name)
		if m == nil {
			if _, hasValue := pyutil.BuiltinValue(self); name == "__ne__" && !hasValue {
				// object.__ne__ inverts __eq__; a class derived from a
				// built-in type (str, int, tuple, dict...) has that
				// type's own __ne__ instead, which compares the values.
				if eq := userMethod(cls, "__eq__"); eq != nil {
					eq, bindErr := bindComparison(self, eq)
					if bindErr != nil {
						return nil, false, nil
					}
					r, err := callMethod(self, eq, other)
					if err != nil || r == py.NotImplemented {
						return nil, err != nil, err
					}
					t, err := Truth(r)
					return py.NewBool(!t), true, err
				}
			}
			return nil, false, nil
		}
		m, bindErr := bindComparison(self, m)
		if bindErr != nil {
			// CPython 3.6's slot_tp_richcompare: a comparison method
			// whose lookup fails is not implemented.
			return nil, false, nil
		}
		r, err := callMethod(self, m, other)
		if err != nil {
			return nil, true, err
		}
		if r == py.NotImplemented {
			return nil, false, nil
		}
		return r, true, nil
	}
	reflectedFirst := aok && bok && cb != ca && cb.IsSubtype(ca)
	if reflectedFirst {
		if r, ok, err := try(b, cb, n.reflected, a); ok || err != nil {
			return r, true, err
		}
	}
	if r, ok, err := try(a, ca, n.name, b); ok || err != nil {
		return r, true, err
	}
	if !reflectedFirst {
		// The reflected method is tried once (CPython's checked_reverse_op).
		if r, ok, err := try(b, cb, n.reflected, a); ok || err != nil {
			return r, true, err
		}
	}
	if va, vb, ok := unwrapOperands(a, b); ok {
		r, err := compareOp(op, va, vb)
		if err != nil && (va != a || vb != b) && isOrderingRefusal(err) {
			// the refusal names the operands' own classes, not their values'
			err = py.ExceptionNewf(py.TypeError, "'%s' not supported between instances of '%s' and '%s'", n.sym, orderName(a), orderName(b))
		}
		return r, true, err
	}
	switch op {
	case cmpEQ:
		return py.NewBool(identical(a, b)), true, nil
	case cmpNE:
		return py.NewBool(!identical(a, b)), true, nil
	}
	return nil, true, py.ExceptionNewf(py.TypeError, "'%s' not supported between instances of '%s' and '%s'", n.sym, orderName(a), orderName(b))
}

// isOrderingRefusal reports whether err is the TypeError of an ordering
// comparison neither operand supports.
func isOrderingRefusal(err error) bool {
	msg, ok := typeErrorMessage(err)
	return ok && strings.Contains(msg, "' not supported between instances of '")
}

// instanceCall calls an instance of a Python class (__call__).
func (t *thread) instanceCall(f *frame, o py.Object, cls *py.Type, args []py.Object, kwpairs []py.Object, kwextra py.StringDict) (py.Object, error) {
	m := cls.Lookup("__call__")
	if m == nil {
		return nil, py.ExceptionNewf(py.TypeError, "'%s' object is not callable", tpName(cls))
	}
	if fn, ok := m.(*py.Function); ok {
		return t.callFunction(fn, o, args, kwpairs, kwextra)
	}
	kw, err := kwDict(m, kwpairs, kwextra)
	if err != nil {
		return nil, err
	}
	if err := t.enterNested(whileCalling); err != nil {
		return nil, err
	}
	defer t.leaveNested()
	return callMethodKw(o, m, args, kw)
}

// instanceDivmod is divmod(a, b) when either is an instance of a Python
// class: its __divmod__ or the other's __rdivmod__, else, for classes
// derived from numbers, divmod of the values; ok is false when neither is
// such an instance.
func instanceDivmod(a, b py.Object) (py.Object, bool, error) {
	ca, aok := pythonClassOf(a)
	cb, bok := pythonClassOf(b)
	if !aok && !bok {
		return nil, false, nil
	}
	call := func(self py.Object, cls *py.Type, name string, other py.Object) (py.Object, bool, error) {
		if cls == nil {
			return nil, false, nil
		}
		m := userMethod(cls, name)
		if m == nil {
			return nil, false, nil
		}
		r, err := callMethod(self, m, other)
		if err != nil || r != py.NotImplemented {
			return r, true, err
		}
		return nil, false, nil
	}
	if r, ok, err := call(a, ca, "__divmod__", b); ok {
		return r, true, err
	}
	if cb != ca || !aok {
		if r, ok, err := call(b, cb, "__rdivmod__", a); ok {
			return r, true, err
		}
	}
	if va, vb, ok := unwrapOperands(a, b); ok {
		q, m, err := py.DivMod(va, vb)
		if err != nil {
			if py.IsException(py.TypeError, err) {
				err = unsupported("divmod()", a, b)
			}
			return nil, true, err
		}
		return py.Tuple{q, m}, true, nil
	}
	return nil, true, unsupported("divmod()", a, b)
}
