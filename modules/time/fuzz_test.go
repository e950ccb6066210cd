package pytime

import (
	"testing"

	"github.com/go-python/gpython/py"
)

// FuzzStrptime: any string and format give a result or a Python
// exception, never a Go panic; month, day and weekday are in range (the day of the year can exceed 366, as in CPython: "2021 53 5" with "%G %V %u").
func FuzzStrptime(f *testing.F) {
	for _, s := range [][2]string{
		{"2021-03-14 15:09:26", "%Y-%m-%d %H:%M:%S"},
		{"Thu Jan  1 00:00:00 1970", "%a %b %d %H:%M:%S %Y"},
		{"2021 53 5", "%G %V %u"},
		{"2021 10 3", "%Y %U %w"},
		{"12.5 +0130 UTC", "%S.%f %z %Z"},
		{"", "%B"},
		{"x", "%."},
		{"2020 2020", "%Y %Y"},
		{"٢٠٢١", "%Y"},
		{"5 pm", "%I %p"},
	} {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, data, format string) {
		r, err := strptime(data, format)
		if err != nil {
			if _, ok := err.(*py.Exception); !ok {
				t.Fatalf("not a Python exception: %T %v", err, err)
			}
			return
		}
		if r.month < 1 || r.month > 12 || r.day < 1 || r.day > 31 || r.weekday < 0 || r.weekday > 6 {
			t.Fatalf("fields out of range: %+v for %q %q", r, data, format)
		}
	})
}
