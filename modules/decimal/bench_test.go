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

func benchUnary(b *testing.B, prec int64, s string, op func(c *ctx, x *Value)) {
	c := &ctx{prec: prec, rounding: "ROUND_HALF_EVEN", emin: -999999, emax: 999999}
	x, _ := parse(s)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		op(c, x)
	}
}

// BenchmarkExp is one correctly rounded exponential at 28 digits.
func BenchmarkExp(b *testing.B) {
	benchUnary(b, 28, "2.5", func(c *ctx, x *Value) { _, _, _ = c.exp(x) })
}

// BenchmarkLn is one correctly rounded logarithm at 28 digits.
func BenchmarkLn(b *testing.B) {
	benchUnary(b, 28, "12345.678", func(c *ctx, x *Value) { _, _, _ = c.ln(x) })
}

// BenchmarkLn1000 is a logarithm at 1000 digits.
func BenchmarkLn1000(b *testing.B) {
	benchUnary(b, 1000, "2", func(c *ctx, x *Value) { _, _, _ = c.ln(x) })
}

// BenchmarkPowFraction is a**b for a fractional b at 28 digits.
func BenchmarkPowFraction(b *testing.B) {
	y, _ := parse("0.75")
	benchUnary(b, 28, "3.7", func(c *ctx, x *Value) { _, _, _ = c.pow(x, y) })
}
