package decimal

import "testing"

func benchOp(b *testing.B, op func(c *ctx, x, y *Value)) {
	c := &ctx{prec: 28, rounding: "ROUND_HALF_EVEN", emin: -999999, emax: 999999}
	x, _ := parse("12345")
	y, _ := parse("7")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		op(c, x, y)
	}
}

// BenchmarkDiv is one rounded division at the default precision.
func BenchmarkDiv(b *testing.B) {
	benchOp(b, func(c *ctx, x, y *Value) { _, _, _ = c.div(x, y) })
}

// BenchmarkAdd is one exact addition.
func BenchmarkAdd(b *testing.B) {
	benchOp(b, func(c *ctx, x, y *Value) { _, _, _ = c.add(x, y, false) })
}
