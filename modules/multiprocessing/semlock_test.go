package multiprocessing_test

import (
	"testing"

	_ "github.com/gpython-ssl/gpython-ssl" // every module, threading among them

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential test of _multiprocessing against CPython 3.6. Every
// semaphore is either unlinked when made or unlinked by the last case, so
// nothing is left in /dev/shm.
const prelude = pytesting.ShowRepr + `import _multiprocessing as m, os, threading
N = '/gpyssl-semtest-%d-' % os.getpid()
named = m.SemLock(1, 2, 3, N + 'a', False)
rlock = m.SemLock(0, 1, 1, N + 'r', True)
bounded = m.SemLock(1, 1, 1, N + 'b', True)
empty = m.SemLock(1, 0, 5, N + 'e', True)
def twice(s):
    return s.acquire(), s._count(), s.acquire(), s._count(), s._is_mine()
def release_all(s):
    out = []
    while True:
        try:
            out.append(s.release())
        except Exception as e:
            out.append(type(e).__name__ + ': ' + str(e))
            return out
def other_thread(s):
    box = []
    def run():
        box.append((s._is_mine(), s.acquire(timeout=0.05)))
        try:
            s.release()
        except Exception as e:
            box.append(type(e).__name__ + ': ' + str(e))
    t = threading.Thread(target=run)
    t.start()
    t.join(10)
    return box
def post_later(s):
    t = threading.Timer(0.05, s.release)
    t.start()
    got = s.acquire(True, 10)
    t.join(10)
    return got
`

var cases = []pytesting.Case{
	{"names", `sorted(n for n in dir(m) if not n.startswith('__'))`},
	{"flags", `sorted(m.flags.items())`},
	{"type", `(m.SemLock.__module__, m.SemLock.__name__, m.SemLock.SEM_VALUE_MAX)`},
	{"attrs", `(named.kind, named.maxvalue, named.name == N + 'a', type(named.handle).__name__, rlock.name)`},
	{"fresh", `(named._count(), named._is_mine(), named._get_value(), named._is_zero())`},
	{"acquire", `(named.acquire(), named.acquire(False), named.acquire(False), named.acquire(True, 0.01), named._is_zero(), named._count())`},
	{"release", `(named.release(), named._get_value(), named.release(), named._count())`},
	{"rebuild", `(m.SemLock._rebuild(0, 1, 3, N + 'a')._get_value(), m.SemLock._rebuild(0, 1, 3, N + 'a').name == N + 'a')`},
	{"exists", `m.SemLock(1, 1, 1, N + 'a', False)`},
	{"rebuild missing", `m.SemLock._rebuild(0, 1, 1, N + 'missing')`},
	{"recursive", `twice(rlock)`},
	{"recursive other thread", `other_thread(rlock)`},
	{"recursive release", `release_all(rlock)`},
	{"bounded release", `release_all(bounded)`},
	{"bounded cycle", `(bounded.acquire(timeout=None), bounded.acquire(block=False), bounded.acquire(True, 0.02), bounded.release(), bounded._get_value())`},
	{"enter exit", `(bounded.__enter__(), bounded._is_zero(), bounded.__exit__(None, None, None), bounded._is_zero())`},
	{"zero timeout", `(empty.acquire(True, 0), empty.acquire(True, -1), empty.acquire(False, 5))`},
	{"woken", `post_later(empty)`},
	{"semaphore release", `(empty.release(), empty.release(), empty._get_value(), empty.acquire(), empty._get_value())`},
	{"bad kind", `m.SemLock(5, 1, 1, N + 'k', True)`},
	{"bad value", `m.SemLock(1, -1, 1, N + 'v', True)`},
	{"none name", `m.SemLock(1, 1, 1, None, True)`},
	{"missing unlink", `m.SemLock(1, 1, 1, N + 'u')`},
	{"keywords", `m.SemLock(kind=1, value=1, maxvalue=1, name=N + 'w', unlink=True).name`},
	{"bad timeout", `empty.acquire(True, 'x')`},
	{"repr", `repr(empty).startswith('<_multiprocessing.SemLock object at 0x')`},
	{"unlink", `(m.sem_unlink(N + 'a'), named._get_value())`},
	{"unlink again", `m.sem_unlink(N + 'a')`},
}

func TestSemLock(t *testing.T) {
	pytesting.DiffCases(t, "semlock", prelude, cases)
}
