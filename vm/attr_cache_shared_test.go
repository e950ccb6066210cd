package vm_test

import (
	"sync"
	"testing"

	"github.com/go-python/gpython/py"
	"github.com/stretchr/testify/require"
)

// TestAttrCachesSharedCode: one compiled module run at the same time
// in two contexts (each with its own interpreter lock) shares its decoded
// code between two goroutines that see different classes at the same
// instructions and rebind a method halfway. Each must read its own
// class's attributes (nothing cached in the shared code may carry one
// context's class to the other, or keep it alive after its context
// closes); under -race nothing shared may race.
func TestAttrCachesSharedCode(t *testing.T) {
	src := `
class Acc:
    def __init__(self, step):
        self.n = 0
        self.step = step
    def add(self):
        self.n += self.step
        return self.n
a = Acc(STEP)
for i in range(2000):
    a.add()
    if i == 1000:
        Acc.add = lambda self: setattr(self, "n", self.n + 2 * self.step)
result = a.n
`
	code, err := py.Compile(src, "<sites>", py.ExecMode, 0, true)
	require.NoError(t, err)
	for _, tc := range []struct {
		name  string
		steps []int
	}{
		{"one context", []int{3}},
		{"two contexts", []int{1, 5}},
		{"three contexts", []int{2, 7, 11}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			results := make([]py.Object, len(tc.steps))
			errs := make([]error, len(tc.steps))
			var wg sync.WaitGroup
			for i, step := range tc.steps {
				wg.Add(1)
				go func() {
					defer wg.Done()
					ctx := py.NewContext(py.DefaultContextOpts())
					defer ctx.Close()
					g := py.StringDict{"__name__": py.String("__main__"), "STEP": py.Int(step)}
					if _, errs[i] = ctx.RunCode(code, g, g, nil); errs[i] == nil {
						results[i] = g["result"]
					}
				}()
			}
			wg.Wait()
			for i, step := range tc.steps {
				require.NoError(t, errs[i])
				// 1001 calls of step, then 999 of 2*step.
				require.Equal(t, py.Int(step*(1001+2*999)), results[i], "step %d", step)
			}
		})
	}
}
