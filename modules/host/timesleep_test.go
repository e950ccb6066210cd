package host_test

import (
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/sigint"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// TestTimeSleepArguments: time.sleep's argument errors are CPython 3.6's
// (python3 here is newer and words some differently, so the expected
// lines are 3.6's own).
func TestTimeSleepArguments(t *testing.T) {
	src := `import time
for a in [1e300, float('nan'), -1, -0.5, 'x', None, 10**10, 10**30]:
    try:
        time.sleep(a)
        print('ok')
    except OverflowError as e:
        print('OverflowError', e)
    except ValueError as e:
        print('ValueError', e)
    except TypeError as e:
        print('TypeError', e)
time.sleep(0)
time.sleep(False)
time.sleep(0.001)
print('slept')
`
	out, err := pytesting.RunGuarded(t, src)
	require.NoError(t, err)
	assert.Equal(t, []string{
		"OverflowError timestamp too large to convert to C _PyTime_t",
		"ValueError Invalid value NaN (not a number)",
		"ValueError sleep length must be non-negative",
		"ValueError sleep length must be non-negative",
		"TypeError an integer is required (got type str)",
		"TypeError an integer is required (got type NoneType)",
		"OverflowError timestamp too large to convert to C _PyTime_t",
		"OverflowError timestamp too large to convert to C _PyTime_t",
		"slept",
	}, strings.Split(strings.TrimRight(out, "\n"), "\n"))
}

// TestTimeSleepInterrupted: an interrupt (here sigint.Raise, as SIGINT
// does in the binary) ends time.sleep with KeyboardInterrupt at once, and
// one raised before the sleep starts is not lost.
func TestTimeSleepInterrupted(t *testing.T) {
	sigint.Take()
	defer sigint.Take()
	go func() {
		time.Sleep(100 * time.Millisecond)
		sigint.Raise()
	}()
	src := `import time
try:
    time.sleep(30)
except KeyboardInterrupt as e:
    print('interrupted', e.args)
`
	start := time.Now()
	out, err := pytesting.RunGuarded(t, src)
	require.NoError(t, err)
	assert.Equal(t, "interrupted ()\n", out)
	assert.Less(t, time.Since(start), 5*time.Second)
	assert.False(t, sigint.Pending(), "time.sleep took the interrupt")

	sigint.Raise()
	out, err = pytesting.RunGuarded(t, "import time\ntry:\n    time.sleep(30)\nexcept KeyboardInterrupt:\n    print('at once')\n")
	require.NoError(t, err)
	assert.Equal(t, "at once\n", out)
}
