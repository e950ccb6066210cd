package vm

import "github.com/go-python/gpython/py"

// bindComparison binds a rich comparison method m found on self's class
// when it is a descriptor other than a function (a property, a class with
// __get__), so that a failing __get__ is seen before the call: CPython
// 3.6 then treats the comparison as not implemented. Functions and Go
// methods are returned as they are, for callMethod.
func bindComparison(self, m py.Object) (py.Object, error) {
	switch m.(type) {
	case *py.Function, *py.Method:
		return m, nil
	}
	b, err := bindSpecial(self, m)
	if err != nil {
		return nil, err
	}
	// Called without self from here on: a bound result is called as is.
	return &preBound{b}, nil
}

// preBound is a special method already bound to its object; callMethod
// calls it without binding again.
type preBound struct{ fn py.Object }

var preBoundType = py.NewType("special method", "a special method bound to its object")

func (*preBound) Type() *py.Type { return preBoundType }

func (p *preBound) M__get__(instance, owner py.Object) (py.Object, error) { return p.fn, nil }
