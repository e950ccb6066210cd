package pysignal_test

import (
	"context"
	"os/exec"
	"testing"
	"time"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// runBounded runs src with the interpreter binary, killed after limit.
func runBounded(t *testing.T, src string, limit time.Duration) string {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), limit)
	defer cancel()
	out, err := exec.CommandContext(ctx, pytesting.Binary(t), "-c", src).CombinedOutput()
	require.NoError(t, ctx.Err(), "script did not finish within %v: %s", limit, out)
	require.NoError(t, err, string(out))
	return string(out)
}

// Signals arriving while the previous ones' handlers run: a flag raised
// for a signal whose handler already ran is no SIGINT (it once came back
// as a KeyboardInterrupt within a few hundred deliveries).
func TestSignalsBackToBackNoSpuriousInterrupt(t *testing.T) {
	for _, tc := range []struct{ name, src string }{
		{"kill and timer", `import signal, os, time, random
got = []
def note(n, f):
    got.append(n)
signal.signal(signal.SIGUSR1, note)
signal.signal(signal.SIGALRM, note)
want = 0
for i in range(3000):
    signal.setitimer(signal.ITIMER_REAL, 1e-6 + random.random() * 1e-5)
    os.kill(os.getpid(), signal.SIGUSR1)
    want += 2
    end = time.time() + 2
    while len(got) < want and time.time() < end:
        time.sleep(1e-5)
print(len(got) == want, sorted(set(got)))
`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := runBounded(t, tc.src, 60*time.Second)
			require.Contains(t, out, "True [")
			require.NotContains(t, out, "KeyboardInterrupt")
		})
	}
}
