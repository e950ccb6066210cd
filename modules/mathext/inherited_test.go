package mathext_test

import (
	"testing"

	_ "github.com/gpython-ssl/gpython-ssl" // every module: fractions needs re, numbers, decimal
	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// math functions find special methods a class inherits (from a base
// class, or a numbers ABC as Fraction's __float__), against CPython 3.6.

const inheritedPrelude = `
import math
from fractions import Fraction

` + pytesting.ShowRepr + `
class Base:
    def __float__(self):
        return 3.0
    def __int__(self):
        return 5
    def __trunc__(self):
        return 9
    def __floor__(self):
        return 1

class Child(Base):
    pass

half = Fraction(7, 2)
`

var inheritedCases = []pytesting.Case{
	{"sqrt inherited __float__", `math.sqrt(Child())`},
	{"factorial inherited __int__", `math.factorial(Child())`},
	{"trunc inherited __trunc__", `math.trunc(Child())`},
	{"floor inherited __floor__", `math.floor(Child())`},
	{"ceil falls back to __float__", `math.ceil(Child())`},
	{"sqrt fraction", `math.sqrt(Fraction(1, 4))`},
	{"exp fraction", `math.exp(half)`},
	{"log10 fraction", `math.log10(half)`},
	{"isnan fraction", `math.isnan(half)`},
	{"isfinite fraction", `math.isfinite(half)`},
	{"floor fraction", `math.floor(half)`},
	{"trunc fraction", `math.trunc(half)`},
	{"hypot fractions", `math.hypot(Fraction(3), Fraction(4))`},
}

func TestMathInheritedSpecialsAgainstCPython36(t *testing.T) {
	pytesting.DiffCases(t, "math_inherited", inheritedPrelude, inheritedCases)
}
