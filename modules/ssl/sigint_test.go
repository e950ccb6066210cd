package ssl_test

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/sigint"
)

// TestSuiteWithInterruptsEnabled runs the package's tests again in a
// child process with sigint enabled (TestMain reads
// GPYTHONSSL_TEST_SIGINT), the setting of the gpython-ssl binary: every
// socket then has the timeouts that let a signal interrupt OpenSSL's
// read(2) and write(2) (modules/socket/interrupt.go). The slow leak test,
// the fuzz seeds and the comparisons of pure functions with python3
// (TestXxxVsPython3: no socket, so nothing a signal could interrupt) are
// left to the first run.
// childSkip names the tests the child run leaves out.
const childSkip = `^(TestContextsFreedWhenDropped|TestSuiteWithInterruptsEnabled|Fuzz\w*|Test\w*VsPython3)$`

func TestSuiteWithInterruptsEnabled(t *testing.T) {
	if sigint.Enabled() {
		t.Skip("this is the child run")
	}
	if testing.Short() {
		t.Skip("-short: the second run of the suite is skipped")
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.count=1", "-test.timeout=4m",
		"-test.skip="+childSkip)
	cmd.Env = append(os.Environ(), "GPYTHONSSL_TEST_SIGINT=1")
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	require.NoError(t, cmd.Run(), "the suite failed with sigint enabled:\n%s", out.String())
}
