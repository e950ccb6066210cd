package pylib_test

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// What differs from CPython 3.6 on purpose: gpython-ssl cannot fork, so
// 'spawn' is its only start method, and children are started from
// sys.executable, which must be the gpython-ssl binary.
func TestMPSpawnOnly(t *testing.T) {
	exe := pytesting.Binary(t)
	script := mpScript(mpPrelude+mpTargets, []mpCase{
		{"fork", `    mp.get_context('fork')`},
		{"forkserver", `    mp.set_start_method('forkserver', force=True)`},
		{"all_methods", `    return mp.get_all_start_methods()`},
		{"executable", `    return os.path.basename(sys.executable)`},
		{"child_executable", `    q = mp.Queue()
    p = mp.Process(target=put_name, args=(q, os.path.basename(sys.executable)))
    p.start()
    r = q.get(timeout=30)
    p.join(30)
    return r[1], p.exitcode`},
	})
	got := mpRun(t, exe, os.Environ(), script)
	want := []string{
		`fork: raised ValueError: cannot find context for 'fork'`,
		`forkserver: raised ValueError: cannot find context for 'forkserver'`,
		`all_methods: ['spawn']`,
		`executable: gpython-ssl`,
		`child_executable: (('gpython-ssl',), 0)`,
		`--- stderr ---`,
	}
	require.Equal(t, strings.Join(want, "\n")+"\n\n", got)
}
