package structseq_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	_ "github.com/gpython-ssl/gpython-ssl" // every module of the project, the vm included
	"github.com/gpython-ssl/gpython-ssl/modules/structseq"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// TestSource runs a generated class and checks what CPython's struct
// sequences do: tuple behaviour, named fields, read-only attributes and
// the constructor's errors.
func TestSource(t *testing.T) {
	src := structseq.Source("mod", "point", "A point.", "x", "y") + `
p = point((1, 2))
print(p, p.x, p.y, p[1], tuple(p), isinstance(p, tuple), point.__doc__)
print(point.n_fields, point.n_sequence_fields, point.n_unnamed_fields)
for bad in (lambda: point(5), lambda: point((1,)), lambda: setattr(p, "x", 3), lambda: setattr(p, "z", 3), lambda: p.z):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
`
	out := pytesting.MustRun(t, src)
	require.Equal(t, `mod.point(x=1, y=2) 1 2 2 (1, 2) True A point.
2 2 0
TypeError constructor requires a sequence
TypeError mod.point() takes a 2-sequence (1-sequence given)
AttributeError readonly attribute
AttributeError 'mod.point' object has no attribute 'z'
AttributeError 'mod.point' object has no attribute 'z'
`, out)
}
