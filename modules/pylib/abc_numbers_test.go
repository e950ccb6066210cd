package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of numbers against CPython 3.6: the built-in
// types' places in the tower, registration, abstract instantiation
// errors and the Integral/Rational/Complex mixin methods.

const numbersPrelude = pytesting.ShowRepr + `import numbers
from numbers import Number, Complex, Real, Rational, Integral
def err(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__, str(e)
def kinds(x):
    return [c.__name__ for c in (Number, Complex, Real, Rational, Integral) if isinstance(x, c)]
class MyInt(Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __pow__(self, e, m=None): return MyInt(self.v ** e)
    def __lshift__(self, o): return NotImplemented
    __rlshift__ = __rshift__ = __rrshift__ = __and__ = __rand__ = __lshift__
    __xor__ = __rxor__ = __or__ = __ror__ = __lshift__
    def __invert__(self): return MyInt(~self.v)
    def __abs__(self): return MyInt(abs(self.v))
    def __add__(self, o): return MyInt(self.v + int(o))
    __radd__ = __add__
    def __neg__(self): return MyInt(-self.v)
    def __pos__(self): return MyInt(self.v)
    def __mul__(self, o): return MyInt(self.v * int(o))
    __rmul__ = __mul__
    def __truediv__(self, o): return self.v / int(o)
    def __rtruediv__(self, o): return int(o) / self.v
    def __rpow__(self, o): return o ** self.v
    def __eq__(self, o): return self.v == int(o)
    def __hash__(self): return hash(self.v)
    def __trunc__(self): return self.v
    def __floor__(self): return self.v
    def __ceil__(self): return self.v
    def __round__(self, n=None): return self.v
    def __floordiv__(self, o): return MyInt(self.v // int(o))
    def __rfloordiv__(self, o): return MyInt(int(o) // self.v)
    def __mod__(self, o): return MyInt(self.v % int(o))
    def __rmod__(self, o): return MyInt(int(o) % self.v)
    def __lt__(self, o): return self.v < int(o)
    def __le__(self, o): return self.v <= int(o)
    def __repr__(self): return 'MyInt(%d)' % self.v
class Half(Real):
    pass
class Virtual:
    pass
Real.register(Virtual)
`

var numbersCases = []pytesting.Case{
	{"all", `numbers.__all__`},
	{"int", `kinds(1)`},
	{"bool", `kinds(True)`},
	{"float", `kinds(1.5)`},
	{"complex", `kinds(1j)`},
	{"str", `kinds('1')`},
	{"none", `kinds(None)`},
	{"list", `kinds([1])`},
	{"issubclass builtins", `(issubclass(int, Integral), issubclass(bool, Number), issubclass(float, Rational), issubclass(complex, Real), issubclass(float, Complex))`},
	{"tower", `(issubclass(Integral, Rational), issubclass(Rational, Real), issubclass(Real, Complex), issubclass(Complex, Number), issubclass(Number, Integral))`},
	{"mro", `[c.__name__ for c in Integral.__mro__]`},
	{"repr", `(repr(Number), repr(Integral), Integral.__module__)`},
	{"abstract sets", `[sorted(c.__abstractmethods__) for c in (Number, Complex, Real, Rational, Integral)]`},
	{"number abstract empty", `type(Number()).__name__`},
	{"instantiate complex", `err(lambda: Complex())`},
	{"instantiate real", `err(lambda: Half())`},
	{"instantiate integral", `err(lambda: Integral())`},
	{"number hash none", `Number.__hash__ is None`},
	{"concrete subclass", `(kinds(MyInt(3)), isinstance(MyInt(3), Integral))`},
	{"mixin index", `(MyInt(5).__index__(), [1, 2, 3][MyInt(1)] if False else MyInt(5).__index__())`},
	{"mixin float", `float(MyInt(7))`},
	{"mixin numerator", `(MyInt(4).numerator, MyInt(4).denominator, MyInt(4).real, MyInt(4).imag)`},
	{"mixin complex", `MyInt(2).__complex__()`},
	{"mixin sub", `(MyInt(5) - 2, 10 - MyInt(3))`},
	{"mixin divmod", `(MyInt(7).__divmod__(2), MyInt(2).__rdivmod__(7))`},
	{"mixin conjugate", `MyInt(6).conjugate()`},
	{"mixin bool", `(bool(MyInt(0)), bool(MyInt(2)))`},
	{"register virtual", `(isinstance(Virtual(), Real), issubclass(Virtual, Complex), issubclass(Virtual, Integral), isinstance(Virtual(), Number))`},
	{"register non class", `err(lambda: Integral.register(3))`},
	{"issubclass non class", `err(lambda: issubclass(3, Number))`},
	// Docstrings are the project's own words: only their presence is compared.
	{"real properties", `(type(Real.real.__doc__).__name__, type(Integral.numerator.__doc__).__name__)`},
	{"docs", `[type(c.__doc__).__name__ for c in (Number, Integral, Rational)]`},
}

func TestNumbers(t *testing.T) {
	pytesting.DiffCases(t, "numbers", numbersPrelude, numbersCases)
}
