package pyutil

import "github.com/go-python/gpython/py"

// SpecialMethodCall, set by the vm package, calls m, a special method
// found on the class of self, as CPython's slots do: a function bound to
// self, a descriptor through its __get__, any other object called as it
// is. gpython's own fallback (py.TypeCall0) calls whatever it finds with
// self as the first argument, so a descriptor such as unittest.mock's
// MagicProxy, or a callable object, fails there.
var SpecialMethodCall func(self, m py.Object, args ...py.Object) (py.Object, error)

// CallSpecial0 calls o's special method name with no arguments, looked up
// on o's class and its bases (never on the instance: CPython's slots skip
// the instance dict and __getattribute__); found is false when the class
// has none. Objects that are not instances of a script's class go through
// py.TypeCall0.
func CallSpecial0(o py.Object, name string) (res py.Object, found bool, err error) {
	t, ok := o.(*py.Type)
	if !ok || !IsInstanceObject(t) || SpecialMethodCall == nil {
		return py.TypeCall0(o, name)
	}
	m := t.Type().Lookup(name)
	if m == nil {
		return nil, false, nil
	}
	res, err = SpecialMethodCall(o, m)
	return res, true, err
}
