package pyrepr_test

import (
	"regexp"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
)

// TestCellRepr checks a closure cell's repr has CPython 3.6's shapes:
// "<cell at 0x...: int object at 0x...>" and "<cell at 0x...: empty>".
func TestCellRepr(t *testing.T) {
	cases := []struct {
		name string
		cell *py.Cell
		want string
	}{
		{"int", py.NewCell(py.Int(5)), `^<cell at 0x[0-9a-f]+: int object at 0x[0-9a-f]+>$`},
		{"str", py.NewCell(py.String("x")), `^<cell at 0x[0-9a-f]+: str object at 0x[0-9a-f]+>$`},
		{"list", py.NewCell(py.NewList()), `^<cell at 0x[0-9a-f]+: list object at 0x[0-9a-f]+>$`},
		{"empty", &py.Cell{}, `^<cell at 0x[0-9a-f]+: empty>$`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			assert.Regexp(t, regexp.MustCompile(c.want), mustRepr(t, c.cell))
		})
	}
}
