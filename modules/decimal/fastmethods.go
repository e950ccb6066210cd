package decimal

import (
	"github.com/go-python/gpython/py"
)

// The fast paths of Decimal's methods, comparisons, str/repr and hash.
//
// Like binary (fast.go), each computes the common shapes in Go and
// answers None for every other shape, and decimal.py's Python definition
// goes on: it alone raises the TypeErrors of bad operands and contexts,
// signals NaN comparisons, and reads unusual contexts. A fast path that
// answers has changed nothing but what the Python code would change (the
// context's flags, through signal).

// method is method(name, self, other, context, rounding): the Decimal
// method whose _apdecimal operation is name (plus, minus, abs, quantize,
// sqrt, ...), on self and, when other is not None, other, under context
// (None: the current one), with rounding (None: the context's). None
// when self is not a Decimal, other not a Decimal or exact int, context
// not a usual Context, rounding not a rounding name, or name not an
// operation of that many operands.
func (s *fastState) method(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 5 {
		return nil, py.ExceptionNewf(py.TypeError, "method takes 5 arguments (%d given)", len(args))
	}
	name, ok := args[0].(py.String)
	if !ok {
		return py.None, nil
	}
	return s.methodOf(name, args[1], args[2], args[3], args[4])
}

// methodOf is method's computation, its arguments apart.
func (s *fastState) methodOf(name py.String, self, other, contextO, roundingO py.Object) (py.Object, error) {
	a := s.slotValue(self)
	if a == nil {
		return py.None, nil
	}
	var operands [2]*Value
	operands[0] = a
	vals := operands[:1]
	if other != py.None {
		b := s.operand(other)
		if b == nil {
			return py.None, nil
		}
		vals = append(vals, b)
	}
	if opArity(string(name)) != len(vals) {
		return py.None, nil
	}
	if contextO == py.None {
		cur, err := s.current()
		if err != nil {
			return nil, err
		}
		contextO = cur
	}
	cinst, c := s.context(contextO)
	if c == nil {
		return py.None, nil
	}
	rounding := c.rounding
	if roundingO != py.None {
		r, ok := roundingO.(py.String)
		if !ok || !validRounding(string(r)) {
			return py.None, nil
		}
		rounding = string(r)
	}
	return s.runOp(cinst, c, string(name), vals, rounding)
}

// The comparison codes of cmp, in the order of the rich comparisons.
const (
	cmpLT = iota
	cmpLE
	cmpEQ
	cmpNE
	cmpGT
	cmpGE
)

// cmp is cmp(self, other, op): self <op> other as a bool, op one of the
// codes above, when self is a Decimal, other a Decimal or an exact int
// and neither is a NaN (a NaN may signal: decimal.py decides); None
// otherwise.
func (s *fastState) cmp(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 3 {
		return nil, py.ExceptionNewf(py.TypeError, "cmp takes 3 arguments (%d given)", len(args))
	}
	op, ok := args[2].(py.Int)
	if !ok {
		return py.None, nil
	}
	return s.cmpOf(args[0], args[1], op), nil
}

// cmpOf is cmp's computation, its arguments apart.
func (s *fastState) cmpOf(self, other py.Object, op py.Int) py.Object {
	a := s.slotValue(self)
	if a == nil || a.isNaN() {
		return py.None
	}
	var b *Value
	if d := decOf(other); d != nil && d.s == s {
		b = d.v // no conversion
	} else if b = s.operand(other); b == nil {
		return py.None
	}
	if b.isNaN() {
		return py.None
	}
	k := compare(a, b)
	var r bool
	switch op {
	case cmpLT:
		r = k < 0
	case cmpLE:
		r = k <= 0
	case cmpEQ:
		r = k == 0
	case cmpNE:
		r = k != 0
	case cmpGT:
		r = k > 0
	case cmpGE:
		r = k >= 0
	default:
		return py.None
	}
	return py.NewBool(r)
}

// text is text(self, repr): str(self), or repr(self) when repr is true,
// with the exponent letter the current context's capitals choose; None
// when self is not a Decimal or the current context's capitals is not
// an int.
func (s *fastState) text(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 2 {
		return nil, py.ExceptionNewf(py.TypeError, "text takes 2 arguments (%d given)", len(args))
	}
	return s.textOf(args[0], args[1] == py.True)
}

// textOf is text's computation, its arguments apart.
func (s *fastState) textOf(self py.Object, repr bool) (py.Object, error) {
	v := s.slotValue(self)
	if v == nil {
		return py.None, nil
	}
	cur, err := s.current()
	if err != nil {
		return nil, err
	}
	inst, ok := cur.(*py.Type)
	if !ok || inst.Type() != s.contextCls && !inst.Type().IsSubtype(s.contextCls) {
		return py.None, nil
	}
	capitals, ok := inst.Dict["_capitals"].(py.Int)
	if !ok {
		return py.None, nil
	}
	str := v.sci(capitals != 0, false)
	if repr {
		return py.String("Decimal('" + str + "')"), nil
	}
	return py.String(str), nil
}

// hash is hash(self): the hash of a finite or infinite Decimal (one
// equal to an int or float hashes as it does); None for a NaN, whose
// hash decimal.py decides, or a non-Decimal.
func (s *fastState) hash(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 1 {
		return nil, py.ExceptionNewf(py.TypeError, "hash takes 1 argument (%d given)", len(args))
	}
	v := s.slotValue(args[0])
	if v == nil || v.isNaN() {
		return py.None, nil
	}
	return py.Int(hash(v)), nil
}

// run is run(name, context, values): Context._run's computation,
// name's operation on values (a tuple of Values, a rounding name after
// them for quantize and the to_integral operations) under the Context
// instance context, with its signals, as a new Decimal; None when the
// context's settings are unusual, name is not an operation that gives a
// number, or values do not fit it.
func (s *fastState) run(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 3 {
		return nil, py.ExceptionNewf(py.TypeError, "run takes 3 arguments (%d given)", len(args))
	}
	name, ok1 := args[0].(py.String)
	operands, ok2 := args[2].(py.Tuple)
	if !ok1 || !ok2 {
		return py.None, nil
	}
	cinst, c := s.context(args[1])
	if c == nil {
		return py.None, nil
	}
	rounding := c.rounding
	vals := make([]*Value, 0, len(operands))
	for i, o := range operands {
		switch x := o.(type) {
		case *Value:
			vals = append(vals, x)
		case py.String:
			if i != len(operands)-1 || !validRounding(string(x)) {
				return py.None, nil
			}
			rounding = string(x)
		default:
			return py.None, nil
		}
	}
	if len(vals) == 0 || opArity(string(name)) != len(vals) {
		return py.None, nil
	}
	return s.runOp(cinst, c, string(name), vals, rounding)
}
