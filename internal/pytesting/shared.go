package pytesting

import (
	"fmt"
	"sync"
	"testing"

	"github.com/go-python/gpython/py"
)

// Shared runs a series of scripts in one context, each as a new module
// __main__: the inputs of a fuzz target, whose scripts import the same
// modules. A fresh context per input spends nearly all of its time
// executing those imports again; here they run once, and an input costs
// its own work only. The price is that a script can see what an earlier
// one left in the modules it imported, so Shared is for scripts that
// keep no state of their own there; a failure names the input, and a
// test that must rule out such leftovers reruns it with Run.
//
// sys.argv, stdin, stdout and stderr are set for each script and put
// back after it. A Go panic fails the test and discards the context (the
// next script gets a new one). Scripts run one at a time.
type Shared struct {
	mu  sync.Mutex
	ctx py.Context
}

// NewShared gives a Shared whose context is closed when tb ends.
func NewShared(tb testing.TB) *Shared {
	s := &Shared{}
	tb.Cleanup(s.close)
	return s
}

func (s *Shared) close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ctx != nil {
		_ = s.ctx.Close()
		s.ctx = nil
	}
}

// Run is RunGuarded in the shared context: what src printed on stdout and
// the Python exception it raised, if any.
func (s *Shared) Run(t testing.TB, src string) (string, error) {
	t.Helper()
	return s.RunArgs(t, src, nil)
}

// RunArgs is Run with sys.argv set to argv.
func (s *Shared) RunArgs(t testing.TB, src string, argv []string) (out string, err error) {
	t.Helper()
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.ctx == nil {
		s.ctx = py.NewContext(py.DefaultContextOpts())
	}
	ctx := s.ctx
	defer func() {
		if r := recover(); r != nil {
			_ = ctx.Close()
			s.ctx = nil
			t.Fatalf("gpython panicked: %v", r)
		}
	}()
	sys, err := ctx.GetModule("sys")
	if err != nil {
		t.Fatalf("pytesting: %v", err)
	}
	saved := map[string]py.Object{}
	for _, name := range []string{"argv", "stdin", "stdout", "stderr"} {
		saved[name] = sys.Globals[name]
	}
	defer func() {
		for name, v := range saved {
			sys.Globals[name] = v
		}
	}()
	sys.Globals["argv"] = py.NewListFromStrings(argv) // as RunArgs's new context has it

	out, runErr := runMain(t, ctx, sys, src)
	if runErr != nil {
		runErr = fmt.Errorf("%w (in a context shared with earlier inputs)", runErr)
	}
	return out, runErr
}
