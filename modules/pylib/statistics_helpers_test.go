package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests against CPython 3.6 of statistics' private helpers
// that CPython's test_statistics calls directly (_sum, _exact_ratio,
// _coerce, _convert, _isfinite, _fail_neg), of special values in sums,
// and of the examples in the module's docstrings.

const statisticsHelpersPrelude = pytesting.ShowRepr + `import statistics, doctest, decimal
from fractions import Fraction
from decimal import Decimal
class MyFloat(float):
    pass
def neg(values):
    try:
        return list(statistics._fail_neg(values))
    except statistics.StatisticsError as e:
        return 'StatisticsError', str(e)
def neg_msg(values):
    try:
        return list(statistics._fail_neg(values, 'no negatives here'))
    except statistics.StatisticsError as e:
        return str(e)
def snan():
    try:
        return statistics._sum([Decimal('1'), Decimal('sNaN')])
    except decimal.InvalidOperation as e:
        return 'InvalidOperation'
`

var statisticsHelpersCases = []pytesting.Case{
	{"sum ints", `statistics._sum([1, 2, 3])`},
	{"sum start", `statistics._sum([1, 2], 10)`},
	{"sum floats", `statistics._sum([0.25, 0.5, 1e-3])`},
	{"sum fractions", `statistics._sum([Fraction(1, 3), Fraction(1, 6)])`},
	{"sum decimals", `statistics._sum([Decimal('0.1'), Decimal('0.25')])`},
	{"sum mixed int float", `statistics._sum([1, 2.5, True])`},
	{"sum empty", `statistics._sum([])`},
	{"sum inf", `statistics._sum([1.0, float('inf')])`},
	{"sum nan", `statistics._sum([float('nan'), 2.0])[1] != statistics._sum([float('nan')])[1]`},
	{"sum signalling nan", `snan()`},
	{"sum subclass type", `statistics._sum([1.0, MyFloat(2.0)])`},
	{"sum mixed types refused", `statistics._sum([Fraction(1, 2), Decimal('1')])`},
	{"exact ratio", `[statistics._exact_ratio(x) for x in (3, 0.75, Fraction(2, 6), Decimal('1.25'), True)]`},
	{"exact ratio special", `[statistics._exact_ratio(x)[1] for x in (float('inf'), float('-inf'), Decimal('Infinity'))]`},
	{"exact ratio refused", `statistics._exact_ratio('1')`},
	{"coerce", `[statistics._coerce(a, b).__name__ for a, b in ((int, float), (float, int), (int, bool), (Fraction, float), (float, Fraction), (float, MyFloat), (MyFloat, float), (int, Decimal))]`},
	{"coerce refused", `statistics._coerce(Fraction, Decimal)`},
	{"convert", `[statistics._convert(Fraction(v), t) for v, t in ((3, int), (Fraction(1, 2), int), (Fraction(1, 4), float), (Fraction(3, 4), Fraction))]`},
	{"convert decimal", `statistics._convert(Fraction(1, 4), Decimal)`},
	{"convert same type", `(lambda x: statistics._convert(x, float) is x)(2.5)`},
	{"isfinite", `[statistics._isfinite(x) for x in (1, 2.5, float('inf'), float('nan'), Decimal('1'), Decimal('NaN'), Fraction(1, 3))]`},
	{"fail neg passes", `neg([0, 1, 2.5])`},
	{"fail neg raises", `neg([1, -1, 2])`},
	{"fail neg message", `neg_msg([-0.5])`},
	{"fail neg lazy", `(lambda g: next(g))(statistics._fail_neg([1, -1]))`},
	{"mean of specials", `(statistics.mean([1.0, float('inf')]), statistics.mean([Decimal('1'), Decimal('-Infinity')]))`},
	{"docstring examples", `doctest.testmod(statistics)[0]`},
	{"docstring examples tried", `doctest.testmod(statistics)[1] > 0`},
}

func TestStatisticsHelpersDifferential(t *testing.T) {
	pytesting.DiffCases(t, "statistics_helpers", statisticsHelpersPrelude, statisticsHelpersCases)
}
