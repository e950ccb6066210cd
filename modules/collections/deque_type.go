package pycollections

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// DequeType is collections.deque.
var DequeType = py.NewTypeX("collections.deque", dequeDoc, dequeNew, nil)

const dequeDoc = `deque([iterable[, maxlen]]) --> deque object

A sequence with fast appends and pops at both ends; with a maxlen, an
append at one end drops the item at the other once the deque is full.`

// setupDequeType makes deque a base classes may derive from: an instance
// of a derived class starts empty and unbounded, and deque.__init__
// fills it (again), as in CPython, where deque_new makes an empty deque
// and deque_init does the rest.
func setupDequeType() {
	vm.RegisterValueBase(DequeType, vm.ValueBase{
		Sample:     &Deque{},
		Unhashable: true,
		Empty:      func() py.Object { return newDeque() },
		Init: func(old py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
			d, ok := pyutil.Unwrap(old).(*Deque)
			if !ok {
				return nil, pyutil.TypeErrorf("descriptor '__init__' requires a 'collections.deque' object but received a '%s'", pyutil.TypeName(old))
			}
			return d, d.init(args, kwargs)
		},
		Settle: func(inst, v py.Object) error {
			if d, ok := v.(*Deque); ok && inst != py.Object(d) {
				d.owner = inst
			}
			return nil
		},
	})
}

// dequeNew is deque(iterable=(), maxlen=None) called on the type itself.
func dequeNew(_ *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	d := newDeque()
	return d, d.init(args, kwargs)
}

// init is deque.__init__: it empties the deque, sets the bound and
// extends the deque with the iterable.
func (d *Deque) init(args py.Tuple, kwargs py.StringDict) error {
	if len(kwargs) == 0 && len(args) > 2 {
		return pyutil.TypeErrorf("deque() expected at most 2 arguments, got %d", len(args))
	}
	vals, err := pyarg.Parse36("deque", args, kwargs, []string{"iterable", "maxlen"}, 0, pyarg.Getargs36)
	if err != nil {
		return err
	}
	maxlen := -1
	if pyarg.Given(vals[1]) {
		if maxlen, err = ssizeStrict(vals[1]); err != nil {
			return err
		}
		if maxlen < 0 {
			return py.ExceptionNewf(py.ValueError, "maxlen must be non-negative")
		}
	}
	if d.n > 0 {
		d.clear()
	}
	d.maxlen = maxlen
	if vals[0] != nil {
		return d.extend(vals[0], false)
	}
	return nil
}

// ssizeStrict is PyLong_AsSsize_t: an int (no __index__), or TypeError
// "an integer is required".
func ssizeStrict(o py.Object) (int, error) {
	b := pyarg.IntValue(o)
	if b == nil {
		return 0, pyutil.TypeErrorf("an integer is required")
	}
	if !b.IsInt64() {
		return 0, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C ssize_t")
	}
	return int(b.Int64()), nil
}

// dequeOf is the deque of o, a deque or an instance of a class derived
// from deque; ok is false for anything else.
func dequeOf(o py.Object) (*Deque, bool) {
	d, ok := pyutil.Unwrap(o).(*Deque)
	return d, ok
}

// receiver sorts out the deque a method applies to: self when called on
// a deque, else (called through the class) the first argument, with the
// method descriptor's TypeErrors. inst is the object itself (an instance
// of a derived class, or the deque).
func receiver(name string, self py.Object, args py.Tuple) (inst py.Object, d *Deque, rest py.Tuple, err error) {
	if self != nil && self.Type() != py.ModuleType {
		if d, ok := dequeOf(self); ok {
			return self, d, args, nil
		}
	}
	if len(args) == 0 {
		return nil, nil, nil, pyutil.TypeErrorf("descriptor '%s' of 'collections.deque' object needs an argument", name)
	}
	d, ok := dequeOf(args[0])
	if !ok || !args[0].Type().IsSubtype(DequeType) {
		return nil, nil, nil, pyutil.TypeErrorf("descriptor '%s' requires a 'collections.deque' object but received a '%s'", name, pyutil.TypeName(args[0]))
	}
	return args[0], d, args[1:], nil
}

// The argument conventions of deque's methods in CPython, for their
// TypeErrors.
const (
	noArgs  = iota // METH_NOARGS
	oneArg         // METH_O
	varArgs        // METH_VARARGS: the method checks the count itself
)

// checkCall gives CPython's TypeError for a call of the method name with
// convention conv and the arguments given.
func checkCall(name string, conv int, args py.Tuple, kwargs py.StringDict) error {
	if len(kwargs) != 0 {
		return pyutil.TypeErrorf("%s() takes no keyword arguments", name)
	}
	switch {
	case conv == noArgs && len(args) != 0:
		return pyutil.TypeErrorf("%s() takes no arguments (%d given)", name, len(args))
	case conv == oneArg && len(args) != 1:
		return pyutil.TypeErrorf("%s() takes exactly one argument (%d given)", name, len(args))
	}
	return nil
}

// method puts in deque's dict the method name, whose Go half f gets the
// deque and the checked arguments. Registration wraps it against panics.
func method(name string, conv int, doc string, f func(d *Deque, args py.Tuple) (py.Object, error)) {
	want := -1 // the count of arguments the common call passes
	switch conv {
	case noArgs:
		want = 0
	case oneArg:
		want = 1
	}
	m := pyutil.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if d, ok := self.(*Deque); ok && len(args) == want && len(kwargs) == 0 {
			return f(d, args) // the common call, checked in one go
		}
		_, d, args, err := receiver(name, self, args)
		if err != nil {
			return nil, err
		}
		if err := checkCall(name, conv, args, kwargs); err != nil {
			return nil, err
		}
		return f(d, args)
	}, 0, doc)
	m.Flags |= vm.ArgsBorrowed
	DequeType.Dict[name] = m
}

// instanceMethod is method for methods that need the object itself, an
// instance of a derived class included (copy calls its class).
func instanceMethod(name string, conv int, doc string, f func(inst py.Object, d *Deque, args py.Tuple) (py.Object, error)) {
	m := pyutil.MustNewMethod(name, func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		inst, d, args, err := receiver(name, self, args)
		if err != nil {
			return nil, err
		}
		if err := checkCall(name, conv, args, kwargs); err != nil {
			return nil, err
		}
		return f(inst, d, args)
	}, 0, doc)
	vm.TakesInstance(m)
	DequeType.Dict[name] = m
}
