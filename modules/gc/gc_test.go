package gc_test

import (
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	"github.com/gpython-ssl/gpython-ssl/modules/gc"
	_ "github.com/gpython-ssl/gpython-ssl/modules/host"
	_ "github.com/gpython-ssl/gpython-ssl/vm"
)

// The module's behaviour against CPython 3.6 is tested with weakref's
// (modules/weakref); this checks the Go side: hooks run at collect(),
// and an error from one is raised there.
func TestCollectRunsHooks(t *testing.T) {
	calls := 0
	var fail error
	gc.OnCollect(func() error {
		calls++
		return fail
	})
	out := pytesting.MustRun(t, "import gc\nprint(gc.collect(), gc.collect(generation=0))\n")
	assert.Equal(t, "0 0\n", out)
	assert.Equal(t, 2, calls)

	fail = py.ExceptionNewf(py.RuntimeError, "hook failed")
	_, err := pytesting.Run(t, "import gc\ngc.collect()\n")
	require.Error(t, err)
	fail = nil
	assert.NoError(t, gc.Collect())
}

func TestFlagsAndErrors(t *testing.T) {
	out := pytesting.MustRun(t, `import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
for g in (-1, 3, "x"):
    try:
        gc.collect(g)
    except Exception as e:
        print(type(e).__name__, e)
`)
	assert.Equal(t, "True\nFalse\nTrue\nValueError invalid generation\nValueError invalid generation\nTypeError an integer is required (got type str)\n", out)
}
