package pyrandom

import (
	"math/big"

	"github.com/go-python/gpython/py"

	"github.com/gpython-ssl/gpython-ssl/internal/pyarg"
	"github.com/gpython-ssl/gpython-ssl/internal/pyutil"
	"github.com/gpython-ssl/gpython-ssl/vm"
)

const moduleDoc = "The Mersenne Twister (MT19937) generator that random.Random builds on."

const randomTypeDoc = "Random([seed]) -> generator\n\nA Mersenne Twister generator with state of its own."

// RandomType is the Python type "_random.Random": one MT19937 generator.
var RandomType = py.NewTypeX("Random", randomTypeDoc, nil, nil)

// generator is a Random object. Its methods run under the interpreter
// lock, which serialises them as the GIL does in CPython.
type generator struct{ mt mt }

// Type returns RandomType.
func (*generator) Type() *py.Type { return RandomType }

// randomNew makes a generator seeded from its optional argument, as
// seed() would be.
func randomNew(t *py.Type, args py.Tuple, kwargs py.StringDict) (py.Object, error) {
	if t == RandomType && len(kwargs) != 0 {
		return nil, pyutil.TypeErrorf("Random() does not take keyword arguments")
	}
	if len(args) > 1 {
		return nil, pyutil.TypeErrorf("Random expected at most 1 arguments, got %d", len(args))
	}
	g := &generator{}
	var arg py.Object = py.None
	if len(args) == 1 {
		arg = args[0]
	}
	if err := g.seed(arg); err != nil {
		return nil, err
	}
	return g, nil
}

// seed seeds from None (system entropy), an int (its absolute value) or
// any hashable object (its hash, taken as an unsigned 64-bit number).
func (g *generator) seed(arg py.Object) error {
	if arg == nil || arg == py.None {
		g.mt.seedRandom()
		return nil
	}
	// an int, a bool or a script's int subclass
	if n := pyarg.IntValue(pyutil.Unwrap(arg)); n != nil {
		g.mt.seedInt(new(big.Int).Abs(n))
		return nil
	}
	h, err := vm.Hash(arg)
	if err != nil {
		return err
	}
	g.mt.seedInt(new(big.Int).SetUint64(uint64(h)))
	return nil
}

func self(o py.Object) (*generator, error) {
	g, ok := o.(*generator)
	if !ok {
		return nil, pyutil.TypeErrorf("descriptor requires a '_random.Random' object but received a '%s'", pyutil.TypeName(o))
	}
	return g, nil
}

func random_random(o py.Object) (py.Object, error) {
	g, err := self(o)
	if err != nil {
		return nil, err
	}
	return py.Float(g.mt.float()), nil
}

func random_seed(o py.Object, args py.Tuple) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	g, err := self(o)
	if err != nil {
		return nil, err
	}
	if len(args) > 1 {
		return nil, pyutil.TypeErrorf("seed expected at most 1 arguments, got %d", len(args))
	}
	var arg py.Object = py.None
	if len(args) == 1 {
		arg = args[0]
	}
	return py.None, g.seed(arg)
}

func random_getstate(o py.Object) (py.Object, error) {
	g, err := self(o)
	if err != nil {
		return nil, err
	}
	t := make(py.Tuple, mtN+1)
	for i, w := range g.mt.state {
		t[i] = py.Int(w)
	}
	t[mtN] = py.Int(g.mt.index)
	return t, nil
}

func random_setstate(o, state py.Object) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	g, err := self(o)
	if err != nil {
		return nil, err
	}
	t, ok := state.(py.Tuple)
	if !ok {
		return nil, pyutil.TypeErrorf("state vector must be a tuple")
	}
	if len(t) != mtN+1 {
		return nil, py.ExceptionNewf(py.ValueError, "state vector is the wrong size")
	}
	var words [mtN]uint32
	for i := range words {
		w, err := unsignedLong(t[i])
		if err != nil {
			return nil, err
		}
		words[i] = uint32(w)
	}
	index, err := pyarg.Long(t[mtN])
	if err != nil {
		return nil, err
	}
	if index < 0 || index > mtN {
		return nil, py.ExceptionNewf(py.ValueError, "invalid state")
	}
	g.mt.state = words
	g.mt.index = int(index)
	return py.None, nil
}

// unsignedLong is PyLong_AsUnsignedLong: an int in [0, 2**64).
func unsignedLong(o py.Object) (uint64, error) {
	n := pyarg.IntValue(o)
	if n == nil {
		return 0, pyutil.TypeErrorf("an integer is required")
	}
	if n.Sign() < 0 {
		return 0, py.ExceptionNewf(py.OverflowError, "can't convert negative value to unsigned int")
	}
	if !n.IsUint64() {
		return 0, py.ExceptionNewf(py.OverflowError, "Python int too large to convert to C unsigned long")
	}
	return n.Uint64(), nil
}

func random_getrandbits(o, arg py.Object) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	g, err := self(o)
	if err != nil {
		return nil, err
	}
	k, err := pyarg.Int(arg)
	if err != nil {
		return nil, err
	}
	if k <= 0 {
		return nil, py.ExceptionNewf(py.ValueError, "number of bits must be greater than zero")
	}
	if k <= 32 {
		return py.Int(g.mt.uint32() >> (32 - k)), nil
	}
	return (*py.BigInt)(g.mt.bits(k)).MaybeInt(), nil
}

// random_randbelow is _randbelow(n): an int in [0, n) for n > 0, drawn
// as getrandbits would be; ValueError for n == 0 (getrandbits(0)).
func random_randbelow(o, arg py.Object) (res py.Object, err error) {
	defer pyutil.Recover(&err)
	g, err := self(o)
	if err != nil {
		return nil, err
	}
	n := pyarg.IntValue(pyutil.Unwrap(arg))
	if n == nil {
		return nil, pyutil.TypeErrorf("_randbelow() argument must be int, not %s", pyarg.TypeName(arg))
	}
	if n.Sign() <= 0 {
		if n.Sign() == 0 {
			return nil, py.ExceptionNewf(py.ValueError, "number of bits must be greater than zero")
		}
		// as Python's loop: getrandbits(abs(n).bit_length()) is never below n
		return nil, py.ExceptionNewf(py.ValueError, "_randbelow() argument must be positive")
	}
	if k := n.BitLen(); k <= 32 {
		limit := uint32(n.Uint64() - 1) // r < n, with n itself maybe 2**32
		for {
			r := g.mt.uint32() >> (32 - k)
			if r <= limit {
				return py.Int(r), nil
			}
		}
	}
	return (*py.BigInt)(g.mt.below(n)).MaybeInt(), nil
}

func init() {
	RandomType.New = randomNew
	RandomType.Dict["_randbelow"] = py.MustNewMethod("_randbelow", random_randbelow, 0, "_randbelow(n) -> x.  An int in [0, n), drawn as getrandbits would.")
	RandomType.Dict["random"] = py.MustNewMethod("random", random_random, 0, "random() -> float\n\nThe next float, at least 0.0 and below 1.0.")
	RandomType.Dict["seed"] = py.MustNewMethod("seed", random_seed, 0, "seed([n]) -> None\n\nReset the state from n (an int or a hashable), or from fresh entropy without it.")
	RandomType.Dict["getstate"] = py.MustNewMethod("getstate", random_getstate, 0, "getstate() -> tuple\n\nA snapshot of the generator's state for setstate().")
	RandomType.Dict["setstate"] = py.MustNewMethod("setstate", random_setstate, 0, "setstate(state) -> None\n\nGo back to a state getstate() gave.")
	RandomType.Dict["getrandbits"] = py.MustNewMethod("getrandbits", random_getrandbits, 0, "getrandbits(k) -> int\n\nA non-negative int made of k random bits.")
	RandomType.Dict["__module__"] = py.String("_random")
	py.RegisterModule(&py.ModuleImpl{
		Info:    py.ModuleInfo{Name: "_random", Doc: moduleDoc},
		Globals: py.StringDict{"Random": RandomType},
	})
}
