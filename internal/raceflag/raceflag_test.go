package raceflag_test

import (
	"runtime/debug"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/raceflag"
)

// TestEnabledMatchesBuild checks Enabled against the -race setting the
// Go toolchain records in the test binary's build information.
func TestEnabledMatchesBuild(t *testing.T) {
	info, ok := debug.ReadBuildInfo()
	require.True(t, ok, "no build information in the test binary")
	race := false
	for _, s := range info.Settings {
		if s.Key == "-race" {
			race = s.Value == "true"
		}
	}
	t.Logf("-race %v, Enabled %v", race, raceflag.Enabled)
	require.Equal(t, race, raceflag.Enabled)
}
