package decimal

import (
	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/vm"
)

// The arithmetic operators' fast path.
//
// decimal.py's Decimal.__add__ and friends, written in Python, make about
// a dozen interpreted calls per operation (the operand's conversion, the
// current context, its settings tuple, the operation, the signal
// bookkeeping, the new instance): some 8 us under this interpreter
// against CPython's 0.1. The fast path does the same steps in Go, for the
// common shapes only: self and other Decimals or exact ints, a Context
// instance whose settings have their normal types, and conditions whose
// signals are not trapped. Every other shape calls the Python definition
// (decimal.py's _slow_binary), so the semantics keep one home; the fast
// path only reads what that code would read and writes what it would
// write (the flags' dict entries, the result's _v slot).

// fastState is what decimal.py registers through make_binary: its
// classes, the functions the fast path calls, and the signal of each
// condition bit.
type fastState struct {
	// decimalCls is the interpreter's Decimal type (gotype.go's Go type
	// once gotype has run), pyCls the class decimal.py wrote.
	decimalCls, contextCls *py.Type
	pyCls, goCls           *py.Type
	// pyNew is the class's Python __new__, and fallbacks the Python
	// definition of each name of its dict (an accelerated method's
	// fallback), which Dec's special methods call for the shapes the
	// fast paths leave.
	pyNew      py.Object
	fallbacks  map[string]py.Object
	getcontext py.Object
	// contexts is decimal.py's _contexts, the current context of each
	// thread by _thread.get_ident(), or nil when decimal.py keys it
	// otherwise.
	contexts *vm.Dict
	// lastIdent and lastCur are the thread that last asked current and
	// its entry of contexts, kept until forget (lastCur nil: none).
	lastIdent int64
	lastCur   py.Object
	slow      py.Object
	// bitSignal[i] is the signal class whose flag condition bit 1<<i
	// sets (InvalidOperation for its sub-conditions).
	bitSignal [12]py.Object
}

// makeFast is _apdecimal.make_fast(Decimal, Context, getcontext,
// contexts, slow, bits): it returns the tuple (binary, new, method, cmp,
// text, hash, run, accel, gotype, forget); method to run are described in
// fastmethods.go, accel in slots.go, gotype in gotype.go. binary(name,
// self, other, context, reflected) computes self <name> other (other
// <name> self when reflected) as slow(name, self, other, context,
// reflected) does; new(cls, value, context) is Decimal(value) for the
// common shapes of value and None for the others (see fastNew). contexts
// is the dict getcontext keeps the current contexts in, by
// _thread.get_ident(), or None; bits is decimal.py's _BITS: (bit, signal,
// condition) triples.
func makeFast(self py.Object, args py.Tuple) (py.Object, error) {
	var decO, ctxO, contextsO, bitsO py.Object
	s := &fastState{}
	if err := py.UnpackTuple(args, nil, "make_fast", 6, 6, &decO, &ctxO, &s.getcontext, &contextsO, &s.slow, &bitsO); err != nil {
		return nil, err
	}
	s.contexts, _ = contextsO.(*vm.Dict)
	var ok1, ok2 bool
	s.decimalCls, ok1 = decO.(*py.Type)
	s.pyCls = s.decimalCls
	s.contextCls, ok2 = ctxO.(*py.Type)
	bits, ok3 := bitsO.(*py.List)
	if !ok1 || !ok2 || !ok3 {
		return nil, py.ExceptionNewf(py.TypeError, "make_fast needs two classes and a list")
	}
	for _, e := range bits.Items {
		t, ok := e.(py.Tuple)
		if !ok || len(t) != 3 {
			return nil, py.ExceptionNewf(py.TypeError, "make_fast: bad bit entry")
		}
		b, err := goInt64(t[0])
		if err != nil {
			return nil, err
		}
		for i := range s.bitSignal {
			if b == 1<<i {
				s.bitSignal[i] = t[1]
			}
		}
	}
	for _, sig := range s.bitSignal {
		if sig == nil {
			return nil, py.ExceptionNewf(py.ValueError, "make_fast: a condition bit has no signal")
		}
	}
	return py.Tuple{
		py.MustNewMethod("binary", s.binary, 0, "binary(name, self, other, context, reflected) -> Decimal or NotImplemented"),
		py.MustNewMethod("new", s.fastNew, 0, "new(cls, value, context) -> Decimal or None"),
		py.MustNewMethod("method", s.method, 0, "method(name, self, other, context, rounding) -> Decimal or None"),
		py.MustNewMethod("cmp", s.cmp, 0, "cmp(self, other, op) -> bool or None"),
		py.MustNewMethod("text", s.text, 0, "text(self, repr) -> str or None"),
		py.MustNewMethod("hash", s.hash, 0, "hash(self) -> int or None"),
		py.MustNewMethod("run", s.run, 0, "run(name, context, values) -> Decimal or None"),
		py.MustNewMethod("accel", s.accel, 0, "accel(kind, spec, fallback) -> a Go method for Decimal (slots.go)"),
		py.MustNewMethod("gotype", s.gotype, 0, "gotype(Decimal) -> (the Go type, new, wrap) (gotype.go)"),
		py.MustNewMethod("forget", s.forget, 0, "forget() -> None: _contexts has changed"),
	}, nil
}

// binary is the function makeBinary returns.
func (s *fastState) binary(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 5 {
		return nil, py.ExceptionNewf(py.TypeError, "binary takes 5 arguments (%d given)", len(args))
	}
	if r, ok, err := s.tryBinary(args[0], args[1], args[2], args[3], args[4]); ok {
		return r, err
	}
	return vm.Call(s.slow, args, nil)
}

// isFastOp reports whether binary computes the operation name itself.
func isFastOp(name py.String) bool {
	switch name {
	case "add", "sub", "mul", "div", "divint", "rem":
		return true
	}
	return false
}

// tryBinary computes the operation when every input has a common shape;
// ok false means the caller must take the Python path (nothing has been
// changed then).
func (s *fastState) tryBinary(nameO, selfO, otherO, contextO, reflO py.Object) (py.Object, bool, error) {
	name, ok := nameO.(py.String)
	if !ok || !isFastOp(name) {
		return nil, false, nil
	}
	a := s.slotValue(selfO)
	if a == nil {
		return nil, false, nil
	}
	b := s.operand(otherO)
	if b == nil {
		return nil, false, nil
	}
	if reflO == py.True {
		a, b = b, a
	} else if reflO != py.False {
		return nil, false, nil
	}
	if contextO == py.None {
		cur, err := s.current()
		if err != nil {
			return nil, true, err
		}
		contextO = cur
	}
	cinst, c := s.context(contextO)
	if c == nil {
		return nil, false, nil
	}
	r, err := s.runOp(cinst, c, string(name), []*Value{a, b}, c.rounding)
	return r, true, err
}

// The exponent range the exact constructor accepts (decimal.py's
// MAX_EMAX and MIN_ETINY, those of a context with the largest limits).
const (
	exactMaxEmax  = 999999999999999999
	exactMinEtiny = -999999999999999999 - (999999999999999999 - 1)
)

// fastNew is the new function makeFast returns: Decimal(value) when cls
// is Decimal itself, context is None and value an exact int or bool, a
// Decimal, or a str that parses to a number in the exact constructor's
// range; None otherwise, and decimal.py's Decimal.__new__ goes on (it
// alone signals conversion errors and handles every other type).
func (s *fastState) fastNew(_ py.Object, args py.Tuple) (py.Object, error) {
	if len(args) != 3 {
		return nil, py.ExceptionNewf(py.TypeError, "new takes 3 arguments (%d given)", len(args))
	}
	if args[0] != py.Object(s.decimalCls) || args[2] != py.None {
		return py.None, nil
	}
	v := s.newValue(args[1])
	if v == nil {
		return py.None, nil
	}
	return s.newDecimal(v), nil
}

// newValue is the Value of Decimal(value) for the shapes fastNew
// computes (an exact int or bool, a Decimal, a str that parses to a
// number in the exact constructor's range), or nil.
func (s *fastState) newValue(value py.Object) *Value {
	if str, ok := value.(py.String); ok {
		p, perr := parse(string(str))
		if perr != nil {
			return nil
		}
		if p.form == formFinite && (p.exp+p.digits()-1 > exactMaxEmax || p.exp < exactMinEtiny) {
			return nil
		}
		return p
	}
	return s.operand(value)
}

// current is getcontext(): the calling thread's entry of _contexts when
// there is one, else what decimal.py's getcontext makes.
func (s *fastState) current() (py.Object, error) {
	if s.contexts != nil {
		id := vm.ThreadIdent()
		if s.lastCur != nil && s.lastIdent == id {
			return s.lastCur, nil
		}
		if c, ok, err := s.contexts.GetItem(py.Int(id)); err == nil && ok {
			s.lastIdent, s.lastCur = id, c
			return c, nil
		}
	}
	return vm.Call(s.getcontext, nil, nil)
}

// forget is forget(), which decimal.py calls after every store into
// _contexts: current's remembered answer may be stale.
func (s *fastState) forget(_ py.Object, _ py.Tuple) (py.Object, error) {
	s.lastCur = nil
	return py.None, nil
}

// slotValue is the value of a Decimal of this interpreter (or of an
// instance of a class derived from it), or nil.
func (s *fastState) slotValue(o py.Object) *Value {
	if d := decOf(o); d != nil && d.s == s {
		return d.v
	}
	return nil
}

// operand is other's value when it is a Decimal or an exact int or bool
// (what decimal.py's _other converts without calling Python code), or
// nil.
func (s *fastState) operand(o py.Object) *Value {
	switch x := o.(type) {
	case py.Int:
		u := uint64(x)
		if x < 0 {
			u = -u // two's complement: |math.MinInt64| too
		}
		return newSmall(x < 0, 0, u)
	case py.Bool:
		if x {
			return newSmall(false, 0, 1)
		}
		return newSmall(false, 0, 0)
	case *py.BigInt:
		b, err := bigOf(x)
		if err != nil {
			return nil
		}
		v := &Value{neg: b.Sign() < 0}
		v.coeff.Abs(b)
		return v
	case *Dec, *py.Type:
		return s.slotValue(x)
	}
	return nil
}

// signalDict is the dict behind a context's flags or traps (_SignalDict's
// _d slot), or nil.
func signalDict(ctxInst *py.Type, slot string) *vm.Dict {
	sd, ok := ctxInst.Dict[slot].(*py.Type)
	if !ok {
		return nil
	}
	d, _ := sd.Dict["_d"].(*vm.Dict)
	return d
}

// runOp runs the operation name on vals in c, the context of the
// instance cinst, as every fast path does: an error, or a result too
// large to hold, is raised; the flags it set are signalled through the
// context (its traps decide); the result is a new Decimal.
func (s *fastState) runOp(cinst *py.Type, c *ctx, name string, vals []*Value, rounding string) (py.Object, error) {
	r, f, err := c.run(name, vals, rounding)
	if err != nil {
		return nil, pyErr(err)
	}
	if f&fMemory != 0 {
		return nil, pyErr(errTooBig)
	}
	if f != 0 {
		if err := s.signal(cinst, f); err != nil {
			return nil, err
		}
	}
	return s.newDecimal(r), nil
}

// signal raises the flags of the conditions in f, as Context._signal
// does when none of them is trapped; when one is trapped (or the
// dictionaries are not what decimal.py makes), Context._signal itself
// runs, to set the flags and raise the exception it names.
func (s *fastState) signal(ctxInst *py.Type, f int) error {
	flags := signalDict(ctxInst, "_flags")
	traps := signalDict(ctxInst, "_traps")
	general := flags == nil || traps == nil || f>>len(s.bitSignal) != 0
	if !general {
		for i := range s.bitSignal {
			if f&(1<<i) == 0 {
				continue
			}
			t, found, err := traps.GetItem(s.bitSignal[i])
			if err != nil {
				return err
			}
			if !found || t != py.False {
				general = true
				break
			}
		}
	}
	if general {
		m, err := py.GetAttrString(ctxInst, "_signal")
		if err != nil {
			return err
		}
		_, err = vm.Call(m, py.Tuple{py.Int(f)}, nil)
		return err
	}
	for i := range s.bitSignal {
		if f&(1<<i) != 0 {
			if err := flags.SetItem(s.bitSignal[i], py.True); err != nil {
				return err
			}
		}
	}
	return nil
}
