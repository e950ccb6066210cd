package decimal

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

// Decimal's special methods and hot methods as Go methods of its class.
//
// decimal.py's Decimal.__add__, quantize, __lt__ ... are Python functions
// whose first step is a call of a fast path of fast.go or fastmethods.go;
// the Python frame around that call cost as much as the arithmetic. accel
// makes a Go method that runs the fast path itself and calls the Python
// function (the fallback) only when the fast path does not answer, with
// the same arguments: the fallback stays the one definition of every
// other shape (bad operands, unusual contexts, the TypeErrors of missing
// or extra arguments), and the fast path answers only where it computes
// what the fallback would.

// accelKind is what a Go method made by accel computes.
type accelKind int

const (
	accelBinary accelKind = iota // an arithmetic operator, as binary
	accelCmp                     // a rich comparison, as cmp
	accelMethod                  // a method of an operation, as method
	accelText                    // __repr__ or __str__, as text
	accelHash                    // __hash__, as hash
)

// accelSpec is one Go method's fast path.
type accelSpec struct {
	kind accelKind
	// op is the operation's name (binary, method) and reflected whether
	// the operands are swapped (binary).
	op        py.String
	reflected bool
	// code is the comparison (cmp); repr chooses repr over str (text).
	code py.Int
	repr bool
	// slot marks a special method: CPython's slot wrapper checks its
	// arguments (a fixed count, no keywords), not a C method.
	slot bool
	// params are the method's parameters after self (method): "other"
	// and "exp" name the second operand, "rounding" and "context" theirs.
	params []string
}

// accel is accel(kind, spec, fallback): a Go method, named and documented
// as the Python function fallback, that computes the common shapes in Go
// and calls fallback(self, *args, **kwargs) for the others. kind and
// spec: "binary" with (name, reflected), "cmp" with a comparison code,
// "method" with (name, parameter names), "text" with repr (a bool),
// "hash" with None.
func (s *fastState) accel(_ py.Object, args py.Tuple) (py.Object, error) {
	var kindO, specO, fallback py.Object
	if err := py.UnpackTuple(args, nil, "accel", 3, 3, &kindO, &specO, &fallback); err != nil {
		return nil, err
	}
	spec, err := parseAccelSpec(kindO, specO)
	if err != nil {
		return nil, err
	}
	nameO, err := py.GetAttrString(fallback, "__name__")
	if err != nil {
		return nil, err
	}
	name, ok := nameO.(py.String)
	if !ok {
		return nil, py.ExceptionNewf(py.TypeError, "accel: the fallback's __name__ is not a str")
	}
	spec.slot = spec.kind != accelMethod || len(name) > 4 && name[:2] == "__" && name[len(name)-2:] == "__"
	doc := spec.slotDoc()
	if d, err := py.GetAttrString(fallback, "__doc__"); err == nil {
		if ds, ok := d.(py.String); ok {
			doc = string(ds)
		}
	}
	qual := string(name)
	if q, err := py.GetAttrString(fallback, "__qualname__"); err == nil {
		if qs, ok := q.(py.String); ok {
			qual = string(qs)
		}
	}
	m := py.MustNewMethod(string(name), func(self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
		if self == nil || self.Type() == py.ModuleType {
			// Called through the class: self is the first argument.
			if len(args) == 0 {
				return nil, py.ExceptionNewf(py.TypeError, "descriptor '%s' of 'decimal.Decimal' object needs an argument", string(name))
			}
			self, args = args[0], args[1:]
		}
		if s.slotValue(self) != nil {
			// A Decimal: the arguments are checked here, with the
			// messages of CPython's C methods; another type goes to the
			// fallback, which names it.
			if err := spec.checkArgs(string(name), args, kwargs); err != nil {
				return nil, err
			}
			r, ok, err := s.accelCall(spec, self, args, kwargs)
			if ok {
				return r, err
			}
		}
		full := make(py.Tuple, 0, len(args)+1)
		full = append(full, self)
		full = append(full, args...)
		return vm.Call(fallback, full, kwargs)
	}, 0, doc)
	vm.TakesInstance(m)
	return &accelDescr{m: m, fallback: fallback, qualname: qual, owner: s.decimalCls, slot: spec.slot,
		takesValue: spec.kind == accelBinary || spec.kind == accelCmp, params: spec.params}, nil
}

// The operator each slot computes, for its docstring.
var (
	binarySymbols = map[py.String]string{"add": "+", "sub": "-", "mul": "*", "div": "/", "divint": "//", "rem": "%"}
	cmpSymbols    = [...]string{cmpLT: "<", cmpLE: "<=", cmpEQ: "==", cmpNE: "!=", cmpGT: ">", cmpGE: ">="}
	unaryTexts    = map[py.String]string{"minus": "-self", "plus": "+self", "abs": "abs(self)"}
)

// slotDoc is the docstring a slot wrapper of the operation shows (what
// it computes, as "Return self+value."); "" for the other methods.
func (spec *accelSpec) slotDoc() string {
	switch spec.kind {
	case accelBinary:
		if spec.reflected {
			return "Return value" + binarySymbols[spec.op] + "self."
		}
		return "Return self" + binarySymbols[spec.op] + "value."
	case accelCmp:
		return "Return self" + cmpSymbols[spec.code] + "value."
	case accelHash:
		return "Return hash(self)."
	case accelMethod:
		if spec.slot {
			return unaryTexts[spec.op]
		}
	}
	return ""
}

// textSignature is the method's __text_signature__, CPython 3.6's: a
// slot wrapper's "($self, value, /)" or "($self, /)", a method's
// "($self, /, exp, rounding=None, context=None)" (the operands required,
// the rounding and context None by default).
func (d *accelDescr) textSignature() py.Object {
	if d.slot {
		if d.takesValue {
			return py.String("($self, value, /)")
		}
		return py.String("($self, /)")
	}
	sig := "($self, /"
	for _, p := range d.params {
		sig += ", " + p
		if p == "rounding" || p == "context" {
			sig += "=None"
		}
	}
	return py.String(sig + ")")
}

// parseAccelSpec reads accel's kind and spec arguments.
func parseAccelSpec(kindO, specO py.Object) (*accelSpec, error) {
	bad := func() (*accelSpec, error) {
		return nil, py.ExceptionNewf(py.TypeError, "accel: bad spec for kind %v", kindO)
	}
	kind, ok := kindO.(py.String)
	if !ok {
		return bad()
	}
	switch kind {
	case "binary":
		t, ok := specO.(py.Tuple)
		if !ok || len(t) != 2 {
			return bad()
		}
		op, ok := t[0].(py.String)
		if !ok || !isFastOp(op) {
			return bad()
		}
		return &accelSpec{kind: accelBinary, op: op, reflected: t[1] == py.True}, nil
	case "cmp":
		code, ok := specO.(py.Int)
		if !ok || code < cmpLT || code > cmpGE {
			return bad()
		}
		return &accelSpec{kind: accelCmp, code: code}, nil
	case "method":
		t, ok := specO.(py.Tuple)
		if !ok || len(t) != 2 {
			return bad()
		}
		op, ok1 := t[0].(py.String)
		ps, ok2 := t[1].(py.Tuple)
		if !ok1 || !ok2 {
			return bad()
		}
		sp := &accelSpec{kind: accelMethod, op: op}
		for _, p := range ps {
			n, ok := p.(py.String)
			if !ok {
				return bad()
			}
			sp.params = append(sp.params, string(n))
		}
		return sp, nil
	case "text":
		return &accelSpec{kind: accelText, repr: specO == py.True}, nil
	case "hash":
		return &accelSpec{kind: accelHash}, nil
	}
	return bad()
}

// checkArgs gives the TypeError CPython 3.6's C method (for a special
// method, its slot wrapper) raises for the arguments, if any: the slot
// wrappers take a fixed count of positional arguments, the methods parse
// theirs as PyArg_ParseTupleAndKeywords does.
func (spec *accelSpec) checkArgs(name string, args py.Tuple, kwargs py.StringDict) error {
	want := 0
	switch spec.kind {
	case accelBinary, accelCmp:
		want = 1
	case accelMethod:
		if spec.slot {
			break // __neg__ and the like: no arguments
		}
		if n := len(args) + len(kwargs); n > len(spec.params) {
			return py.ExceptionNewf(py.TypeError, "function takes at most %d argument%s (%d given)", len(spec.params), plural(len(spec.params)), n)
		}
		required := 0
		if len(spec.params) > 0 && (spec.params[0] == "other" || spec.params[0] == "exp") {
			required = 1
		}
		if spec.argsFit(args, kwargs, required) {
			return nil // what Parse36 would accept, without its allocations
		}
		_, err := pyarg.Parse36(name, args, kwargs, spec.params, required, pyarg.Getargs36)
		return err
	}
	if len(kwargs) != 0 {
		return py.ExceptionNewf(py.TypeError, "wrapper %s doesn't take keyword arguments", name)
	}
	if len(args) != want {
		return py.ExceptionNewf(py.TypeError, "expected %d arguments, got %d", want, len(args))
	}
	return nil
}

// argsFit reports whether a method's arguments plainly fit its
// parameters: each keyword names a parameter after the positional ones,
// and the first required ones are given. false leaves the check to
// pyarg.Parse36, which words the error.
func (spec *accelSpec) argsFit(args py.Tuple, kwargs py.StringDict, required int) bool {
	if len(kwargs) != 0 {
		// Each keyword must name a parameter after the positional
		// ones: counted by the parameters' lookups, without ranging
		// over the map.
		named := 0
		for i, p := range spec.params {
			if _, ok := kwargs[p]; ok {
				if i < len(args) {
					return false // given by position too
				}
				named++
			}
		}
		if named != len(kwargs) {
			return false // an unknown keyword
		}
	}
	for i := len(args); i < required; i++ {
		if _, ok := kwargs[spec.params[i]]; !ok {
			return false
		}
	}
	return true
}

// plural is "s" unless n is 1.
func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// accelCall runs spec's fast path on self and the call's arguments; ok
// false means the fallback must run (nothing has been changed then).
func (s *fastState) accelCall(spec *accelSpec, self py.Object, args py.Tuple, kwargs py.StringDict) (py.Object, bool, error) {
	var r py.Object
	var err error
	switch spec.kind {
	case accelBinary:
		if len(args) != 1 || len(kwargs) != 0 {
			return nil, false, nil
		}
		return s.tryBinary(spec.op, self, args[0], py.None, py.NewBool(spec.reflected))
	case accelCmp:
		if len(args) != 1 || len(kwargs) != 0 {
			return nil, false, nil
		}
		r = s.cmpOf(self, args[0], spec.code)
	case accelText:
		if len(args) != 0 || len(kwargs) != 0 {
			return nil, false, nil
		}
		r, err = s.textOf(self, spec.repr)
	case accelHash:
		if len(args) != 0 || len(kwargs) != 0 {
			return nil, false, nil
		}
		r, err = s.hash(nil, py.Tuple{self})
	case accelMethod:
		if len(args) > len(spec.params) {
			return nil, false, nil
		}
		other, context, rounding := py.Object(py.None), py.Object(py.None), py.Object(py.None)
		wantOther := false
		named := 0
		for i, p := range spec.params {
			var v py.Object
			if len(kwargs) != 0 {
				if kv, found := kwargs[p]; found {
					if i < len(args) {
						return nil, false, nil // given twice
					}
					v = kv
					named++
				}
			}
			if i < len(args) {
				v = args[i]
			}
			switch p {
			case "other", "exp":
				wantOther = true
				if v == nil || v == py.None {
					return nil, false, nil
				}
				other = v
			case "context":
				if v != nil {
					context = v
				}
			case "rounding":
				if v != nil {
					rounding = v
				}
			default:
				return nil, false, nil
			}
		}
		if named != len(kwargs) {
			return nil, false, nil // a keyword that is no parameter
		}
		if !wantOther {
			other = py.None
		}
		r, err = s.methodOf(spec.op, self, other, context, rounding)
	}
	if err != nil {
		return nil, true, err
	}
	if r == py.None {
		return nil, false, nil
	}
	return r, true, nil
}
