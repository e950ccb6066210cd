package vm

import (
	"reflect"

	"github.com/go-python/gpython/py"
)

// slotMethodCheck is a special method's Go name (M<name>) and a type
// assertion to gpython's interface for it.
type slotMethodCheck struct {
	goName string
	has    func(py.Object) bool
}

// slotMethodChecks answer whether a value's Go type has the method
// M<name>, for the special-method names installTypeSlots looks for, by a
// type assertion to gpython's interface for that method. MethodByName
// builds the found method's func type (reflect.FuncOf) on every call, and
// installTypeSlots asks about forty names for each of about a hundred
// types at start-up, which cost every process a millisecond. (reflect's
// Implements, measured too, ran a million more instructions per start-up
// than these assertions.)
var slotMethodChecks = map[string]slotMethodCheck{
	"__add__":       {"M__add__", func(o py.Object) bool { _, ok := o.(py.I__add__); return ok }},
	"__radd__":      {"M__radd__", func(o py.Object) bool { _, ok := o.(py.I__radd__); return ok }},
	"__sub__":       {"M__sub__", func(o py.Object) bool { _, ok := o.(py.I__sub__); return ok }},
	"__rsub__":      {"M__rsub__", func(o py.Object) bool { _, ok := o.(py.I__rsub__); return ok }},
	"__mul__":       {"M__mul__", func(o py.Object) bool { _, ok := o.(py.I__mul__); return ok }},
	"__rmul__":      {"M__rmul__", func(o py.Object) bool { _, ok := o.(py.I__rmul__); return ok }},
	"__truediv__":   {"M__truediv__", func(o py.Object) bool { _, ok := o.(py.I__truediv__); return ok }},
	"__rtruediv__":  {"M__rtruediv__", func(o py.Object) bool { _, ok := o.(py.I__rtruediv__); return ok }},
	"__floordiv__":  {"M__floordiv__", func(o py.Object) bool { _, ok := o.(py.I__floordiv__); return ok }},
	"__rfloordiv__": {"M__rfloordiv__", func(o py.Object) bool { _, ok := o.(py.I__rfloordiv__); return ok }},
	"__mod__":       {"M__mod__", func(o py.Object) bool { _, ok := o.(py.I__mod__); return ok }},
	"__rmod__":      {"M__rmod__", func(o py.Object) bool { _, ok := o.(py.I__rmod__); return ok }},
	"__divmod__":    {"M__divmod__", func(o py.Object) bool { _, ok := o.(py.I__divmod__); return ok }},
	"__rdivmod__":   {"M__rdivmod__", func(o py.Object) bool { _, ok := o.(py.I__rdivmod__); return ok }},
	"__lshift__":    {"M__lshift__", func(o py.Object) bool { _, ok := o.(py.I__lshift__); return ok }},
	"__rlshift__":   {"M__rlshift__", func(o py.Object) bool { _, ok := o.(py.I__rlshift__); return ok }},
	"__rshift__":    {"M__rshift__", func(o py.Object) bool { _, ok := o.(py.I__rshift__); return ok }},
	"__rrshift__":   {"M__rrshift__", func(o py.Object) bool { _, ok := o.(py.I__rrshift__); return ok }},
	"__and__":       {"M__and__", func(o py.Object) bool { _, ok := o.(py.I__and__); return ok }},
	"__rand__":      {"M__rand__", func(o py.Object) bool { _, ok := o.(py.I__rand__); return ok }},
	"__or__":        {"M__or__", func(o py.Object) bool { _, ok := o.(py.I__or__); return ok }},
	"__ror__":       {"M__ror__", func(o py.Object) bool { _, ok := o.(py.I__ror__); return ok }},
	"__xor__":       {"M__xor__", func(o py.Object) bool { _, ok := o.(py.I__xor__); return ok }},
	"__rxor__":      {"M__rxor__", func(o py.Object) bool { _, ok := o.(py.I__rxor__); return ok }},
	"__lt__":        {"M__lt__", func(o py.Object) bool { _, ok := o.(py.I__lt__); return ok }},
	"__le__":        {"M__le__", func(o py.Object) bool { _, ok := o.(py.I__le__); return ok }},
	"__eq__":        {"M__eq__", func(o py.Object) bool { _, ok := o.(py.I__eq__); return ok }},
	"__ne__":        {"M__ne__", func(o py.Object) bool { _, ok := o.(py.I__ne__); return ok }},
	"__gt__":        {"M__gt__", func(o py.Object) bool { _, ok := o.(py.I__gt__); return ok }},
	"__ge__":        {"M__ge__", func(o py.Object) bool { _, ok := o.(py.I__ge__); return ok }},
	"__neg__":       {"M__neg__", func(o py.Object) bool { _, ok := o.(py.I__neg__); return ok }},
	"__pos__":       {"M__pos__", func(o py.Object) bool { _, ok := o.(py.I__pos__); return ok }},
	"__abs__":       {"M__abs__", func(o py.Object) bool { _, ok := o.(py.I__abs__); return ok }},
	"__invert__":    {"M__invert__", func(o py.Object) bool { _, ok := o.(py.I__invert__); return ok }},
	"__int__":       {"M__int__", func(o py.Object) bool { _, ok := o.(py.I__int__); return ok }},
	"__float__":     {"M__float__", func(o py.Object) bool { _, ok := o.(py.I__float__); return ok }},
	"__index__":     {"M__index__", func(o py.Object) bool { _, ok := o.(py.I__index__); return ok }},
	"__pow__":       {"M__pow__", func(o py.Object) bool { _, ok := o.(py.I__pow__); return ok }},
	"__rpow__":      {"M__rpow__", func(o py.Object) bool { _, ok := o.(py.I__rpow__); return ok }},
	"__len__":       {"M__len__", func(o py.Object) bool { _, ok := o.(py.I__len__); return ok }},
	"__bool__":      {"M__bool__", func(o py.Object) bool { _, ok := o.(py.I__bool__); return ok }},
	"__getitem__":   {"M__getitem__", func(o py.Object) bool { _, ok := o.(py.I__getitem__); return ok }},
	"__setitem__":   {"M__setitem__", func(o py.Object) bool { _, ok := o.(py.I__setitem__); return ok }},
	"__delitem__":   {"M__delitem__", func(o py.Object) bool { _, ok := o.(py.I__delitem__); return ok }},
	"__contains__":  {"M__contains__", func(o py.Object) bool { _, ok := o.(py.I__contains__); return ok }},
	"__iter__":      {"M__iter__", func(o py.Object) bool { _, ok := o.(py.I__iter__); return ok }},
	"__iadd__":      {"M__iadd__", func(o py.Object) bool { _, ok := o.(py.I__iadd__); return ok }},
	"__imul__":      {"M__imul__", func(o py.Object) bool { _, ok := o.(py.I__imul__); return ok }},
}

// hasMethodM reports whether sample's Go type (rt) has a method named
// M<name>, of any signature, as rt.MethodByName("M"+name) does: the type
// assertion answers the usual case, and only a method of another
// signature than gpython's (or a name without a check) is left to
// MethodByName, whose search costs little when it finds nothing.
func hasMethodM(rt reflect.Type, sample py.Object, name string) bool {
	c, ok := slotMethodChecks[name]
	if !ok {
		c.goName = "M" + name
	} else if c.has(sample) {
		return true
	}
	_, found := rt.MethodByName(c.goName)
	return found
}
