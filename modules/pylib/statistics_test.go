package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// statistics against CPython 3.6: every function over data of ints,
// floats and both, the result types (an int where int data gives a whole
// answer), the rounding of the exact sums, and the errors. The random
// cases draw their data from random (the same generator and seeding as
// CPython's), so both interpreters see the same numbers.

const statisticsPrelude = pytesting.ShowRepr + `import statistics as S, random
DATA = [2.5, 3.25, 5.0, 1.75, 3.25, 8.0]
def rnd(seed):
    r = random.Random(seed)
    out = []
    for i in range(40):
        d = [round(r.uniform(-50, 50), r.randint(0, 4)) for _ in range(r.randint(2, 12))]
        if i % 3 == 0:
            d = [int(x) for x in d]
        out.append((S.mean(d), S.median(d), S.variance(d), S.pvariance(d), S.stdev(d), S.pstdev(d),
                    S.median_grouped(d), S.harmonic_mean([abs(x) + 1 for x in d])))
    return out
`

var statisticsCases = func() []pytesting.Case {
	var cases []pytesting.Case
	datasets := []string{"DATA", "[1, 2, 3, 4]", "[1, 2, 3]", "[1, 3]", "[5]", "[]", "[1, 1, 2]",
		"[0.1, 0.2, 0.3]", "[1, 2.5]", "[1e308, 1e308]", "[-1, 2]", "[3, 0, 2]", `["a", "b", "a"]`, "range(10)"}
	for _, fn := range []string{"mean", "median", "median_low", "median_high", "median_grouped", "mode",
		"variance", "pvariance", "stdev", "pstdev", "harmonic_mean"} {
		for _, d := range datasets {
			cases = append(cases, pytesting.Case{Name: fn + " " + d, Expr: "S." + fn + "(" + d + ")"})
		}
	}
	return append(cases, []pytesting.Case{
		{"mean inf", `S.mean([float("inf"), 1.0])`},
		{"variance inf", `S.variance([float("inf"), 1.0])`},
		{"median_grouped interval", `S.median_grouped([1, 2, 2, 3, 4], interval=2)`},
		{"median_grouped str", `S.median_grouped(["a", "b"])`},
		{"variance xbar", `S.variance([1, 2, 3, 4], 2.5)`},
		{"pvariance mu", `S.pvariance([1, 2, 3, 4], 2)`},
		{"error class", `(issubclass(S.StatisticsError, ValueError), S.StatisticsError.__module__)`},
		{"mode tuples", `S.mode([(1, 2), (1, 2), (3,)])`},
		{"mean big ints", `S.mean([10**20, 1])`},
		{"mean of iterator", `S.mean(iter([4, 8, 15, 16, 23, 42]))`},
		{"harmonic negative", `S.harmonic_mean([1, -2])`},
		{"random 1", `rnd(1)`},
		{"random 2", `rnd(2)`},
		{"random 7", `rnd(7)`},
	}...)
}()

func TestStatisticsDiffCPython36(t *testing.T) {
	pytesting.DiffCases(t, "statistics", statisticsPrelude, statisticsCases)
}
