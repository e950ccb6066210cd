package pytesting_test

import (
	"errors"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// TestShared: scripts run one after another in one context see the
// modules an earlier one imported, each gets its own __main__, argv and
// captured stdout, and what a script did to sys's streams is undone.
func TestShared(t *testing.T) {
	s := pytesting.NewShared(t)
	out, err := s.RunArgs(t, "import sys, math\nmath.marker = 5\nx = 1\nsys.stderr = sys.stdout\nprint(sys.argv, math.__name__)\n", []string{"prog", "-a"})
	require.NoError(t, err)
	require.Equal(t, "['prog', '-a'] math\n", out)

	out, err = s.Run(t, "import sys, math\nprint(math.marker, 'x' in globals(), sys.argv, sys.stderr is sys.stdout)\n")
	require.NoError(t, err)
	require.Equal(t, "5 False [] False\n", out)

	out, err = s.Run(t, "print('before')\nraise KeyError('k')\n")
	require.Equal(t, "before\n", out)
	var exc py.ExceptionInfo
	require.True(t, errors.As(err, &exc), "want the Python exception, got %v", err)
	require.Equal(t, py.KeyError, exc.Type)
}
