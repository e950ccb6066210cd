package pytesting

import (
	"bytes"
	"errors"
	"os/exec"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestStatCPU(t *testing.T) {
	for _, tc := range []struct {
		name, stat string
		want       time.Duration
		bad        bool
	}{
		{"plain", "1234 (gpython-ssl) S 1 1234 1234 0 -1 4194304 900 0 0 0 250 37 0 0 20 0 3 0 100 0 0", 2870 * time.Millisecond, false},
		{"parens and spaces in the name", "77 (a) b (c)) R 1 77 77 0 -1 0 0 0 0 0 5 6 0 0 20 0 1 0 9", 110 * time.Millisecond, false},
		{"no name", "77 a R 1", 0, true},
		{"short", "77 (x) R 1 2 3", 0, true},
		{"not a number", "1 (x) S 1 1 1 0 -1 0 0 0 0 0 ab 6 0", 0, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := statCPU(tc.stat)
			if tc.bad {
				assert.Error(t, err)
				return
			}
			require.NoError(t, err)
			assert.Equal(t, tc.want, got)
		})
	}
}

func TestLoadPerCoreOf(t *testing.T) {
	for _, tc := range []struct {
		loadavg string
		cores   int
		want    float64
	}{
		{"31.02 27.88 17.68 9/1234 5678\n", 2, 15.51},
		{"0.50 0.40 0.30 1/100 42\n", 2, 1},
		{"4.00 1 1 1/1 1", 4, 1},
		{"", 2, 1},
		{"x 1 1", 2, 1},
		{"8.0 1 1", 0, 1},
	} {
		assert.InDelta(t, tc.want, loadPerCoreOf(tc.loadavg, tc.cores), 1e-9, "%q on %d cores", tc.loadavg, tc.cores)
	}
}

func TestRunBoundedExits(t *testing.T) {
	cmd := exec.Command("sh", "-c", "echo hi; exit 3")
	var out bytes.Buffer
	cmd.Stdout = &out
	err := RunBounded(cmd, BoundFor(time.Minute))
	var ee *exec.ExitError
	require.ErrorAs(t, err, &ee)
	assert.Equal(t, 3, ee.ExitCode())
	assert.Equal(t, "hi\n", out.String())
}

func TestRunBoundedKillsBlockedChild(t *testing.T) {
	cmd := exec.Command("sleep", "60")
	start := time.Now()
	err := RunBounded(cmd, Bound{Wall: 200 * time.Millisecond, MaxWall: 2 * time.Second})
	var over *BoundExceeded
	require.True(t, errors.As(err, &over), "error %v", err)
	assert.Contains(t, []string{"load-scaled wall", "wall"}, over.Which)
	assert.Less(t, time.Since(start), 30*time.Second)
	assert.Contains(t, err.Error(), "timed out: killed after")
}

func TestRunBoundedKillsSpinningChild(t *testing.T) {
	cmd := exec.Command("sh", "-c", "while :; do :; done")
	err := RunBounded(cmd, Bound{CPU: 300 * time.Millisecond, Wall: time.Hour, MaxWall: 2 * time.Minute})
	var over *BoundExceeded
	require.True(t, errors.As(err, &over), "error %v", err)
	assert.Equal(t, "CPU", over.Which)
	assert.GreaterOrEqual(t, over.CPU, 300*time.Millisecond)
}

func TestRunBoundedStartError(t *testing.T) {
	err := RunBounded(exec.Command("/nonexistent/interpreter"), BoundFor(time.Second))
	require.Error(t, err)
	var over *BoundExceeded
	assert.False(t, errors.As(err, &over))
}
