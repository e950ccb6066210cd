// Package doctests holds the reST files whose examples the doctest runner
// (internal/doctest) checks, with their skip tables and fixtures; see
// README.md. Its test runs them under gpython with the project's modules.
package doctests_test

import (
	"bytes"
	"fmt"
	"os/exec"
	"strings"
	"testing"

	_ "github.com/gpython-ssl/gpython-ssl" // the project's modules: ssl, socket, datetime, ...
	"github.com/gpython-ssl/gpython-ssl/internal/doctest"
)

const sslRST = "ssl.rst"

// TestSSLRuns runs doctests/ssl.rst under gpython with the project's
// modules. The ssl module is being written, so failures are expected and
// only logged; the test checks that every example ends as exactly one
// outcome and that the skip table is honoured.
func TestSSLRuns(t *testing.T) {
	var out, errOut bytes.Buffer
	code := doctest.Main(sslRST, &out, &errOut, doctest.Options{})
	t.Logf("exit code %d; report:\n%s", code, out.String())
	if code == doctest.ExitError {
		t.Fatalf("could not run: %s", errOut.String())
	}
	lines := strings.Split(strings.TrimSuffix(out.String(), "\n"), "\n")
	last := lines[len(lines)-1]
	var passed, failed, skipped int
	if _, err := fmt.Sscanf(last, "%d passed, %d failed, %d skipped", &passed, &failed, &skipped); err != nil {
		t.Fatalf("last line %q: %v", last, err)
	}
	if passed+failed+skipped != 41 {
		t.Errorf("%d outcomes, want 41", passed+failed+skipped)
	}
	wantSkipped := 9
	if _, err := exec.LookPath("python3"); err != nil {
		wantSkipped += 7 // build-dependent examples cannot be checked
	}
	if skipped != wantSkipped {
		t.Errorf("%d skipped, want %d", skipped, wantSkipped)
	}
}
