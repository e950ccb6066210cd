package doctest

import "testing"

func TestLineDiff(t *testing.T) {
	tests := []struct{ name, want, got, diff string }{
		{"single lines", "a\n", "b\n", ""},
		{"changed line", "a\nb\nc\n", "a\nx\nc\n", "  a\n- b\n+ x\n  c\n"},
		{"added line", "a\nc\n", "a\nb\nc\n", "  a\n+ b\n  c\n"},
		{"removed lines", "a\nb\nc\nd\n", "c\nd\n", "- a\n- b\n  c\n  d\n"},
		{"one side has one line", "a\nb\n", "a\n", ""},
		{"empty got", "a\nb\n", "", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			assertEqual(t, tc.diff, lineDiff(tc.want, tc.got))
		})
	}
}
