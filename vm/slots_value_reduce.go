package vm

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
)

// set.__reduce__ and frozenset.__reduce__: (class, (list of the
// elements,), state), the state being the instance's __dict__ for an
// instance of a derived class and None otherwise, as 3.6 pickles sets.
// tuple.__getnewargs__ and float.__getnewargs__: the value, for
// object.__reduce_ex__'s protocol 2 form.

func init() {
	for _, t := range []*py.Type{SetType, FrozenSetType} {
		t := t
		m := py.MustNewMethod("__reduce__", func(self py.Object, args py.Tuple) (py.Object, error) {
			self, args, err := methodSelfInstance(t, "__reduce__", self, args)
			if err != nil {
				return nil, err
			}
			s, ok := pyutil.Unwrap(self).(*Set)
			if !ok || s.frozen != (t == FrozenSetType) {
				return nil, wrongReceiver(t, "__reduce__", self)
			}
			if len(args) > 0 {
				return nil, py.ExceptionNewf(py.TypeError, "__reduce__() takes no arguments (%d given)", len(args))
			}
			var cls py.Object = s.Type()
			var state py.Object = py.None
			if pc, ok := pythonClassOf(self); ok {
				cls = pc
				if d, err := GetAttr(self, "__dict__"); err == nil {
					state = d
				} else if !py.IsException(py.AttributeError, err) {
					return nil, err
				}
			}
			return py.Tuple{cls, py.Tuple{py.NewListFromItems(s.Items())}, state}, nil
		}, 0, "Helper for pickle.")
		TakesInstance(m)
		t.Dict["__reduce__"] = m
	}
	py.TupleType.Dict["__getnewargs__"] = py.MustNewMethod("__getnewargs__", func(self py.Object, args py.Tuple) (py.Object, error) {
		self, args, err := methodSelf(py.TupleType, "__getnewargs__", self, args)
		if err != nil {
			return nil, err
		}
		t, ok := self.(py.Tuple)
		if !ok {
			return nil, wrongReceiver(py.TupleType, "__getnewargs__", self)
		}
		if len(args) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "__getnewargs__() takes no arguments (%d given)", len(args))
		}
		return py.Tuple{append(py.Tuple(nil), t...)}, nil
	}, 0, "")
	py.FloatType.Dict["__getnewargs__"] = py.MustNewMethod("__getnewargs__", func(self py.Object, args py.Tuple) (py.Object, error) {
		self, args, err := methodSelf(py.FloatType, "__getnewargs__", self, args)
		if err != nil {
			return nil, err
		}
		f, ok := self.(py.Float)
		if !ok {
			return nil, wrongReceiver(py.FloatType, "__getnewargs__", self)
		}
		if len(args) > 0 {
			return nil, py.ExceptionNewf(py.TypeError, "__getnewargs__() takes no arguments (%d given)", len(args))
		}
		return py.Tuple{f}, nil
	}, 0, "")
}

// methodSelfInstance is methodSelf keeping an instance of a derived
// class as it is.
func methodSelfInstance(t *py.Type, name string, self py.Object, args py.Tuple) (py.Object, py.Tuple, error) {
	if self != nil && self.Type() != py.ModuleType {
		return self, args, nil
	}
	if len(args) == 0 {
		return nil, nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' of '%s' object needs an argument", name, t.Name)
	}
	return args[0], args[1:], nil
}
