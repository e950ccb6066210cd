package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// statistics over Fractions, Decimals, bools and subclasses of int and
// float, against CPython 3.6: the type the result takes (Fractions stay
// Fractions, floats win over Fractions, Decimals mix only with ints),
// the "don't know how to coerce" refusals, infinities and NaNs among the
// data, and harmonic_mean's single-value and zero/negative rules.

const statisticsTypesPrelude = pytesting.ShowRepr + `import statistics as S
from fractions import Fraction as F
from decimal import Decimal as D
class MyInt(int):
    pass
class MyFloat(float):
    pass
def typed(x):
    return type(x).__name__, x
`

var statisticsTypesCases = []pytesting.Case{
	{"mean fractions", `S.mean([F(1, 3), F(1, 6)])`},
	{"mean int and fraction", `S.mean([1, F(1, 2)])`},
	{"mean float and fraction", `S.mean([1.0, F(1, 2)])`},
	{"mean fraction float int", `S.mean([F(1, 3), 2.0, 1])`},
	{"mean fraction bool", `S.mean([F(1, 3), True])`},
	{"mean decimal and int", `S.mean([D("1.5"), 2])`},
	{"mean int and decimal", `S.mean([1, D("1.1")])`},
	{"mean decimal float", `S.mean([D(1), 1.0])`},
	{"mean decimal fraction", `S.mean([D(1), F(1, 2)])`},
	{"mean fraction decimal", `S.mean([F(1, 3), D(1)])`},
	{"mean bools", `S.mean([True, False])`},
	{"mean true true", `S.mean([True, True])`},
	{"mean inf -inf", `S.mean([float("inf"), float("-inf")])`},
	{"mean decimal inf", `S.mean([D("Infinity"), 1])`},
	{"mean decimal nan", `S.mean([D("NaN"), 1])`},
	{"mean inf fraction", `S.mean([float("inf"), F(1)])`},
	{"mean str after int", `S.mean([1, "b"])`},
	{"mean none", `S.mean([None])`},
	{"mean myint whole", `typed(S.mean([MyInt(2), MyInt(4)]))`},
	{"mean myint half", `typed(S.mean([MyInt(1), MyInt(2)]))`},
	{"mean myfloat int", `typed(S.mean([MyFloat(1.5), 2]))`},
	{"mean myint float", `typed(S.mean([MyInt(3), 1.5]))`},
	{"mean myfloat fraction", `typed(S.mean([MyFloat(1.0), F(1, 2)]))`},
	{"mean fraction myint", `typed(S.mean([F(1), MyInt(3)]))`},
	{"mean decimal true", `typed(S.mean([D(1), True]))`},
	{"variance fractions", `S.variance([F(1, 2), F(1, 3), F(1, 4)])`},
	{"variance fractions int", `S.variance([F(1, 2), F(1, 3), 1])`},
	{"variance decimals", `S.variance([D("1.5"), D("2.5"), D("2.75")])`},
	{"variance decimals repeating", `S.variance([D(1), D(2), D(4)])`},
	{"pvariance decimals", `S.pvariance([D(1), D(2), D(4)])`},
	{"variance decimal xbar", `S.variance([D("1.5"), D("2.5")], D("2"))`},
	{"pvariance fraction mu", `S.pvariance([F(1), F(3)], F(2))`},
	{"variance fraction float", `S.variance([F(1), 2.5, 3])`},
	{"variance bools", `S.variance([True, False])`},
	{"variance inf ints", `S.variance([float("inf"), 1, 2])`},
	{"pvariance nan", `S.pvariance([float("nan"), 1])`},
	{"stdev decimals", `S.stdev([D("1.5"), D("2.5"), D("2.75")])`},
	{"stdev fractions", `S.stdev([F(1), F(2), F(4)])`},
	{"pstdev fractions", `S.pstdev([F(1), F(2)])`},
	{"harmonic fractions", `S.harmonic_mean([F(1, 2), F(1, 3)])`},
	{"harmonic decimals", `S.harmonic_mean([D("2"), D("3")])`},
	{"harmonic one fraction", `S.harmonic_mean([F(2)])`},
	{"harmonic one decimal", `S.harmonic_mean([D(2)])`},
	{"harmonic one bool", `S.harmonic_mean([True])`},
	{"harmonic one str", `S.harmonic_mean(["a"])`},
	{"harmonic one negative", `S.harmonic_mean([-1])`},
	{"harmonic zero then negative", `S.harmonic_mean([0, -1])`},
	{"harmonic negative then zero", `S.harmonic_mean([-1, 0])`},
	{"harmonic decimal zero", `S.harmonic_mean([D(1), D(0)])`},
	{"harmonic fraction float", `S.harmonic_mean([F(1), 2.0])`},
	{"harmonic ints", `S.harmonic_mean([1, 2, 4])`},
	{"median fractions", `S.median([F(1, 2), F(1, 3)])`},
	{"median decimals", `S.median([D(1), D(2)])`},
	{"median_grouped fractions", `S.median_grouped([F(1), F(2), F(2)])`},
}

func TestStatisticsTypesDiffCPython36(t *testing.T) {
	pytesting.DiffCases(t, "statistics_types", statisticsTypesPrelude, statisticsTypesCases)
}
