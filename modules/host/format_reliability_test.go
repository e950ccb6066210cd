package host_test

import (
	"fmt"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// TestReliabilityFormatGroupedZeroPadding compares zero padding with a
// grouping separator, at every width around the group boundaries, with
// CPython 3.6: the padding is now computed in one step (issue 20, item 5),
// and must give the same digits, separators and length as CPython's.
func TestReliabilityFormatGroupedZeroPadding(t *testing.T) {
	var cases []pyCase
	for _, v := range []string{"0", "-42", "1234567", "-2**70", "3.5", "-1234.25", "float('inf')"} {
		for _, spec := range []string{",", "_", ",.2f", "_.1f", ",e", "_x", "_b", "_o", "+,", " _"} {
			if strings.ContainsAny(spec, "xbo") && strings.ContainsAny(v, ".(") {
				continue
			}
			for w := 1; w <= 14; w++ {
				s := fmt.Sprintf("0%d%s", w, spec)
				if spec[0] == '+' || spec[0] == ' ' {
					s = fmt.Sprintf("%c0%d%s", spec[0], w, spec[1:])
				}
				cases = append(cases, pyCase{Name: fmt.Sprintf("format(%s, %q)", v, s), Expr: fmt.Sprintf("format(%s, %q)", v, s)})
			}
		}
	}
	cases = append(cases,
		pyCase{Name: "str.format 0200000,", Expr: `ends("{:0200000,}".format(-42))`},
		pyCase{Name: "width 2**63", Expr: `format(1, "09223372036854775808")`},
		pyCase{Name: "width 10**20", Expr: `format(1, "0100000000000000000000,")`},
		pyCase{Name: "str width 10**20", Expr: `format("a", "100000000000000000000")`},
		pyCase{Name: "precision 2**31", Expr: `format(1.5, ".2147483648f")`},
		pyCase{Name: "int precision 2**31 f", Expr: `format(1, ".2147483648f")`},
		pyCase{Name: "int precision", Expr: `format(1, ".2147483648")`},
		pyCase{Name: "str precision 2**40", Expr: `format("abc", ".1099511627776")`},
		pyCase{Name: "width 2**63-1", Expr: `format(1, "9223372036854775807")`},
	)
	diffCases36(t, "format_grouped_padding", "def ends(r):\n    return [len(r), r[:9], r[-8:]]\n", cases)
}

// TestReliabilityFormatWidthLinear is the input that took 30 s and 1 GB
// ("{:0200000,}".format(-42), quadratic zero padding with grouping; here
// ten times wider) and
// widths past the old 2**24 cap. Their cost is measured in memory, which
// does not depend on the machine's load: the quadratic padding allocated
// about 5,000 bytes per character of the result, linear padding a few
// copies of it, bounded here by 64.
func TestReliabilityFormatWidthLinear(t *testing.T) {
	for _, c := range []struct {
		expr    string
		wantLen int
	}{
		{`"{:02000000,}".format(-42)`, 2000000},
		{`format(-42, "02000000,")`, 2000000},
		{`format(-42.5, "02000000_.1f")`, 2000000},
		{`format("ab", ">2000000")`, 2000000},
		{`format(7, "^16777217")`, 16777217},
	} {
		t.Run(c.expr, func(t *testing.T) {
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			out, err := pytesting.RunGuarded(t, "r = "+c.expr+"\nprint(len(r))\n")
			runtime.ReadMemStats(&after)
			require.NoError(t, err)
			assert.Equal(t, fmt.Sprintf("%d\n", c.wantLen), out)
			perChar := float64(after.TotalAlloc-before.TotalAlloc) / float64(c.wantLen)
			t.Logf("%.1f bytes allocated per character", perChar)
			assert.Less(t, perChar, 64.0, "bytes allocated per character of the result")
		})
	}
}
