package decimal

import "testing"

// The operations of a money-style loop (price * quantity, rounded to
// cents, summed, compared), each on values of a few digits.

func moneyCtx() *ctx {
	return &ctx{prec: 28, rounding: "ROUND_HALF_EVEN", emin: -999999, emax: 999999}
}

func mustParse(b *testing.B, s string) *Value {
	v, err := parse(s)
	if err != nil {
		b.Fatal(err)
	}
	return v
}

// BenchmarkMoneyAdd is a running total plus an amount in cents.
func BenchmarkMoneyAdd(b *testing.B) {
	c, x, y := moneyCtx(), mustParse(b, "123456.78"), mustParse(b, "9.5")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_, _, _ = c.add(x, y, false)
	}
}

// BenchmarkMoneyMul is a price times a quantity.
func BenchmarkMoneyMul(b *testing.B) {
	c, x, y := moneyCtx(), mustParse(b, "0.01"), mustParse(b, "4711")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_, _, _ = c.mul(x, y)
	}
}

// BenchmarkMoneyQuantize is an amount rounded to cents.
func BenchmarkMoneyQuantize(b *testing.B) {
	c, x, q := moneyCtx(), mustParse(b, "47.115"), mustParse(b, "0.01")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		_, _ = c.quantize(x, q, "ROUND_HALF_UP")
	}
}

// BenchmarkMoneyCompare is a total compared with an amount.
func BenchmarkMoneyCompare(b *testing.B) {
	x, y := mustParse(b, "123456.78"), mustParse(b, "47.1")
	for i := 0; i < b.N; i++ {
		_ = compare(x, y)
	}
}
