package pystruct_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Struct.__init__ compiles another format into an existing Struct (what
// test_struct's reinitialization test found missing).
const reinitPrelude = `import struct
` + pytesting.ShowRepr + `
def reinit(first, *args, **kwargs):
    s = struct.Struct(first)
    s.__init__(*args, **kwargs)
    return s.format, s.size, s.pack(*range(len(s.unpack(bytes(s.size)))))
`

var reinitCases = []pytesting.Case{
	{"new format", `reinit('i', 'bh')`},
	{"keyword", `reinit('i', format='>Q')`},
	{"bytes format", `reinit('i', b'2s')`},
	{"bad type", `reinit('i', 5)`},
	{"bad format", `reinit('i', 'z')`},
	{"too many", `reinit('i', 'b', 'h')`},
}

func TestReinitDifferential(t *testing.T) {
	pytesting.DiffCases(t, "struct_reinit", reinitPrelude, reinitCases)
}
