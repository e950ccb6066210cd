package datetime_test

import (
	"errors"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"

	"github.com/gpython-ssl/gpython-ssl/modules/datetime"
)

// FuzzStrptime feeds arbitrary text and formats to strptime: the result is
// a datetime or a ValueError, never a panic or another error.
func FuzzStrptime(f *testing.F) {
	seeds := [][2]string{
		{"Jan  5 09:34:43 2018 GMT", "%b %d %H:%M:%S %Y %Z"},
		{"2018-01-05T09:34:43.123+05:30", "%Y-%m-%dT%H:%M:%S.%f%z"},
		{"Fri Jan  5 09:34:43 2018", "%c"},
		{"2018 01 5", "%G %V %u"},
		{"2018 53 0", "%Y %U %w"},
		{"12 PM", "%I %p"},
		{"366", "%j"},
		{"02/29", "%m/%d"},
		{"x", "%"},
		{"x", "%Q"},
		{"+99:59:59.999999", "%z"},
		{"\u00e9 5", "\u00e9 %d"},
		{"(1)", "(%d)"},
	}
	for _, s := range seeds {
		f.Add(s[0], s[1])
	}
	f.Fuzz(func(t *testing.T, s, format string) {
		res, err := datetime.Strptime(s, format)
		if err != nil {
			var exc *py.Exception
			if assert.True(t, errors.As(err, &exc), "not a Python exception: %v", err) {
				assert.Equal(t, py.ValueError, exc.Base, "%v", err)
			}
			return
		}
		dt, ok := res.(datetime.Datetime)
		if assert.True(t, ok) {
			assert.True(t, dt.Year >= datetime.MinYear && dt.Year <= datetime.MaxYear)
		}
	})
}

// FuzzFromISOFormat feeds arbitrary text to the three fromisoformat
// parsers: a date, time or datetime, or a ValueError, never a panic or
// another error.
func FuzzFromISOFormat(f *testing.F) {
	for _, s := range []string{
		"2018-01-05", "2018-01-05T09:34:43.123456+05:30:15.123456", "09:34", "09+01:00",
		"2018-01-05\u20ac09:00", "2018-01-05\xff", "2018-01-05T09:34:43.+05:00", "24:00", "0000-00-00",
		"2018-01-05T09:34:43-00:00:00.000001", "2018-01-05T99:99:99.999+99:99", "",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, parse := range []func(py.String) (py.Object, error){datetime.DateFromISOFormat, datetime.TimeFromISOFormat, datetime.DatetimeFromISOFormat} {
			res, err := parse(py.String(s))
			if err != nil {
				var exc *py.Exception
				if assert.True(t, errors.As(err, &exc), "not a Python exception: %v", err) {
					assert.Equal(t, py.ValueError, exc.Base, "%q: %v", s, err)
				}
				continue
			}
			switch res.(type) {
			case datetime.Date, datetime.Time, datetime.Datetime:
			default:
				t.Errorf("%q: unexpected %T", s, res)
			}
		}
	})
}
