package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential test of Decimal.__sizeof__ against CPython 3.6's C
// decimal (64-bit): the object, plus the coefficient's words once it
// needs more than the four kept inside.

const decimalSizeofPrelude = pytesting.ShowRepr + `from decimal import Decimal
import sys
class D(Decimal):
    pass
`

var decimalSizeofCases = []pytesting.Case{
	{"small", `[Decimal(x).__sizeof__() for x in (0, 1, -5, "1.5", "1e100000", "Infinity", "-Infinity", "NaN", "sNaN")]`},
	{"by digits", `[(n, Decimal(10 ** n).__sizeof__()) for n in (18, 19, 57, 76, 95, 96, 200, 456, 475)]`},
	{"one more word", `Decimal(10**(19*25)).__sizeof__() - Decimal(10**(19*24)).__sizeof__()`},
	{"nan payload", `(Decimal("NaN" + "1" * 90).__sizeof__(), Decimal("-sNaN" + "7" * 200).__sizeof__())`},
	{"subclass", `(D(1).__sizeof__(), D(10**100).__sizeof__())`},
	{"getsizeof grows", `sys.getsizeof(Decimal(10**1000)) > sys.getsizeof(Decimal(1))`},
}

func TestDecimalSizeofDifferential(t *testing.T) {
	pytesting.DiffCases(t, "decimal_sizeof", decimalSizeofPrelude, decimalSizeofCases)
}
