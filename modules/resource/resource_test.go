package pyresource_test

import (
	"testing"

	_ "github.com/gpython-ssl/gpython-ssl/modules/host"
	_ "github.com/gpython-ssl/gpython-ssl/modules/osext"
	_ "github.com/gpython-ssl/gpython-ssl/modules/ospath"
	_ "github.com/gpython-ssl/gpython-ssl/modules/resource"
	_ "github.com/gpython-ssl/gpython-ssl/vm"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential test of resource against CPython 3.6. Limits are only
// lowered within the current hard limit and put back, so the test
// process keeps what it had; limits are compared with the ones the
// process started with, never printed (they differ between machines), and
// usage figures by type and sign, as their values differ between the
// interpreters.
const prelude = pytesting.ShowRepr + `import resource
_core = resource.getrlimit(resource.RLIMIT_CORE)
_nofile = resource.getrlimit(resource.RLIMIT_NOFILE)
def setget(r, lim):
    resource.setrlimit(r, lim)
    got = resource.getrlimit(r)
    return got
`

var cases = []pytesting.Case{
	{"getrlimit nofile", `resource.getrlimit(resource.RLIMIT_NOFILE) == _nofile and len(_nofile)`},
	{"getrlimit all", `[type(resource.getrlimit(r)) for r in range(16)]`},
	{"getrlimit bool", `resource.getrlimit(True) == resource.getrlimit(1)`},
	{"getrlimit 16", `resource.getrlimit(16)`},
	{"getrlimit negative", `resource.getrlimit(-1)`},
	{"getrlimit str", `resource.getrlimit("x")`},
	{"getrlimit float", `resource.getrlimit(1.0)`},
	{"getrlimit huge", `resource.getrlimit(2**40)`},
	{"getrlimit no args", `resource.getrlimit()`},
	{"getrlimit two args", `resource.getrlimit(1, 2)`},
	{"getrlimit keyword", `resource.getrlimit(resource=1)`},
	{"setrlimit lower soft", `(setget(resource.RLIMIT_CORE, (0, _core[1])) == (0, _core[1]), setget(resource.RLIMIT_CORE, _core) == _core)`},
	{"setrlimit list", `setget(resource.RLIMIT_CORE, [0, _core[1]])[0]`},
	{"setrlimit iterator", `setget(resource.RLIMIT_CORE, iter([_core[0], _core[1]])) == _core`},
	{"setrlimit short", `resource.setrlimit(resource.RLIMIT_CORE, (0,))`},
	{"setrlimit long", `resource.setrlimit(resource.RLIMIT_CORE, (1, 2, 3))`},
	{"setrlimit int", `resource.setrlimit(resource.RLIMIT_CORE, 5)`},
	{"setrlimit none", `resource.setrlimit(resource.RLIMIT_CORE, None)`},
	{"setrlimit str item", `resource.setrlimit(resource.RLIMIT_CORE, ("a", 0))`},
	{"setrlimit none item", `resource.setrlimit(resource.RLIMIT_CORE, (None, 0))`},
	{"setrlimit soft above hard", `resource.setrlimit(resource.RLIMIT_CORE, (10, 5))`},
	{"setrlimit float soft above hard", `resource.setrlimit(resource.RLIMIT_CORE, (1.5, 0))`},
	{"setrlimit negative soft", `resource.setrlimit(resource.RLIMIT_CORE, (-2, 0))`},
	{"setrlimit huge", `resource.setrlimit(resource.RLIMIT_CORE, (2**64, 0))`},
	{"setrlimit 2**63", `resource.setrlimit(resource.RLIMIT_CORE, (2**63, 0))`},
	{"setrlimit bad resource", `resource.setrlimit(99, (0, 0))`},
	{"setrlimit arity", `resource.setrlimit(resource.RLIMIT_CORE)`},
	{"setrlimit keywords", `resource.setrlimit(resource=1, limits=(0, 0))`},
	{"prlimit get", `resource.prlimit(0, resource.RLIMIT_NOFILE) == _nofile`},
	{"prlimit set", `(resource.prlimit(0, resource.RLIMIT_CORE, _core) == _core, resource.getrlimit(resource.RLIMIT_CORE) == _core)`},
	{"prlimit soft above hard", `resource.prlimit(0, resource.RLIMIT_CORE, (10, 5))`},
	{"prlimit no process", `resource.prlimit(999999, resource.RLIMIT_CORE)`},
	{"prlimit negative pid", `resource.prlimit(-1, resource.RLIMIT_CORE)`},
	{"prlimit bad limits", `resource.prlimit(0, resource.RLIMIT_CORE, (1,))`},
	{"prlimit none limits", `resource.prlimit(0, resource.RLIMIT_CORE, None)`},
	{"prlimit str pid", `resource.prlimit("x", resource.RLIMIT_CORE)`},
	{"prlimit huge pid", `resource.prlimit(2**40, resource.RLIMIT_CORE)`},
	{"prlimit arity", `(resource.prlimit(0),)`},
	{"prlimit too many", `resource.prlimit(0, 1, (0, 0), 4)`},
	{"prlimit bad resource", `resource.prlimit(0, 99)`},
	{"getrusage types", `[type(x).__name__ for x in resource.getrusage(resource.RUSAGE_SELF)]`},
	{"getrusage fields", `all(getattr(r, f) == r[i] for r in [resource.getrusage(resource.RUSAGE_SELF)] for i, f in enumerate([f for f in dir(r) if f.startswith("ru_")] and ("ru_utime", "ru_stime", "ru_maxrss", "ru_ixrss", "ru_idrss", "ru_isrss", "ru_minflt", "ru_majflt", "ru_nswap", "ru_inblock", "ru_oublock", "ru_msgsnd", "ru_msgrcv", "ru_nsignals", "ru_nvcsw", "ru_nivcsw")))`},
	{"getrusage maxrss", `resource.getrusage(resource.RUSAGE_SELF).ru_maxrss > 0`},
	{"getrusage thread", `(len(resource.getrusage(resource.RUSAGE_THREAD)), resource.getrusage(resource.RUSAGE_CHILDREN).ru_nswap)`},
	{"getrusage bad who", `resource.getrusage(99)`},
	{"getrusage minus two", `resource.getrusage(-2)`},
	{"getrusage str", `resource.getrusage("x")`},
	{"getrusage arity", `resource.getrusage()`},
	{"struct_rusage", `resource.struct_rusage(range(16))`},
	{"struct_rusage short", `resource.struct_rusage(range(3))`},
	{"struct_rusage counts", `(resource.struct_rusage.n_fields, resource.struct_rusage.n_sequence_fields, resource.struct_rusage.__module__)`},
	{"field names", `sorted(f for f in dir(resource.struct_rusage) if f.startswith("ru_"))`},
	{"getpagesize", `resource.getpagesize()`},
	{"getpagesize arity", `resource.getpagesize(1)`},
	{"error", `(resource.error, resource.error is OSError)`},
	{"constants", `sorted((k, getattr(resource, k)) for k in dir(resource) if k.isupper())`},
	{"names", `sorted(k for k in dir(resource) if not k.startswith("_"))`},
}

func TestDiffCPython36(t *testing.T) {
	pytesting.DiffCases(t, "resource", prelude, cases)
}
