package mathext

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// callSpecial0 calls o's special method name with no arguments, looked up
// on o's class and its bases (so a Fraction's __float__, inherited from
// numbers.Rational, is found); found is false when the class has none.
// Objects that are not instances of a script's class go through
// py.TypeCall0.
func callSpecial0(o py.Object, name string) (res py.Object, found bool, err error) {
	t, ok := o.(*py.Type)
	if !ok || !pyutil.IsInstanceObject(t) {
		return py.TypeCall0(o, name)
	}
	if t.Type().Lookup(name) == nil {
		return nil, false, nil
	}
	m, err := vm.GetAttr(o, name)
	if err != nil {
		return nil, true, err
	}
	res, err = vm.Call(m, nil, nil)
	return res, true, err
}
