package strptime

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func utcOnly() (noSaving, saving []string) { return []string{"utc", "gmt"}, nil }

var (
	v36 = New(Options{Zones: utcOnly})
	v37 = New(Options{Zones: utcOnly, ColonOffsets: true})
)

// The expected values are CPython's (3.6's time.strptime, 3.11's
// datetime.strptime for the 3.7 %z).
func TestParse(t *testing.T) {
	ip := func(v int) *int { return &v }
	for _, c := range []struct {
		p            *Parser
		data, format string
		want         Result
	}{
		{v36, "2018 01 5", "%G %V %u", Result{Year: 2018, Month: 1, Day: 5, Weekday: 4, Julian: 5}},
		{v36, "02/29", "%m/%d", Result{Year: 1900, Month: 2, Day: 29, Weekday: 0, Julian: 60}},
		{v36, "\u0662\u0660\u0661\u0668 7", "%Y %j", Result{Year: 2018, Month: 1, Day: 7, Weekday: 6, Julian: 7}},
		{v36, "+0130", "%z", Result{Year: 1900, Month: 1, Day: 1, Julian: 1, Offset: ip(5400)}},
		{v37, "-01:30:15.5", "%z", Result{Year: 1900, Month: 1, Day: 1, Julian: 1, Offset: ip(-5415), OffsetMicro: -500000}},
		{v37, "Z", "%z", Result{Year: 1900, Month: 1, Day: 1, Julian: 1, Offset: ip(0)}},
		{v36, "GMT 12 pm", "%Z %I %p", Result{Year: 1900, Month: 1, Day: 1, Hour: 12, Julian: 1, Zone: "GMT", HasZone: true}},
	} {
		got, err := c.p.Parse(c.data, c.format)
		require.NoError(t, err, "%q %q", c.data, c.format)
		assert.Equal(t, c.want, *got, "%q %q", c.data, c.format)
	}
}

func TestParseErrors(t *testing.T) {
	reError := py.NewType("error", "")
	withRe := New(Options{Zones: utcOnly, ReError: reError})
	for _, c := range []struct {
		p            *Parser
		data, format string
		typ          *py.Type
		msg          string
	}{
		{v36, "\u017fat", "%a", py.ValueError, "'\u017fat' is not in list"},
		{v36, "1 1", "%d %d", py.ValueError, "redefinition of group name 'd'"},
		{withRe, "1 1", "%d %d", reError, "redefinition of group name 'd' as group 2; was group 1 at position 48"},
		{v37, "+01:0030", "%z", py.ValueError, "Inconsistent use of : in +01:0030"},
		{v36, "+01:30", "%z", py.ValueError, "time data '+01:30' does not match format '%z'"},
		{v36, "2018 2018 01 1", "%Y %G %V %u", py.ValueError, "ISO week directive '%V' is incompatible with the year directive '%Y'. Use the ISO year '%G' instead."},
		{v36, "x", "%.", py.ValueError, "'%' is a bad directive in format '%.'"},
		{v36, "1", "%d%", py.ValueError, "stray % in format '%d%'"},
		{v36, "12x", "%d", py.ValueError, "unconverted data remains: x"},
	} {
		_, err := c.p.Parse(c.data, c.format)
		exc, ok := err.(*py.Exception)
		require.True(t, ok, "%q %q: %v", c.data, c.format, err)
		assert.Equal(t, c.typ, exc.Base, "%q %q", c.data, c.format)
		args, _ := exc.Args.(py.Tuple)
		require.Len(t, args, 1)
		assert.Equal(t, py.String(c.msg), args[0], "%q %q", c.data, c.format)
	}
}
