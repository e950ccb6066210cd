package pylib_test

import "testing"

// mpManagerTargets are the children's side of the Manager cases: they
// change shared objects through the proxies they were given.
const mpManagerTargets = mpTargets + `
def fill(d, l):
    d['child'] = os.getpid() != 0
    l.append('from child')
def count_up(ns, lock, n):
    for _ in range(n):
        with lock:
            ns.total = ns.total + 1
def drain(q, out):
    out.extend([q.get(timeout=20) for _ in range(3)])
def set_value(v):
    v.value = 42
MAIN_SRC = """\
import sys
from multiprocessing import Pool, set_start_method
def f(x):
    return x * x
if __name__ == '__main__':
    set_start_method('spawn')
    with Pool(2) as p:
        print(__spec__ and __spec__.name, p.map(f, [1, 2, 3]))
"""
UNGUARDED_SRC = """\
import sys
from multiprocessing import Pool, set_start_method
if __name__ != '__main__':
    raise RuntimeError('ran in a child')
set_start_method('spawn')
with Pool(2) as p:
    print(p.map(abs, [-1, -4]))
"""
def run_main(args, files):
    import subprocess
    for name, text in files.items():
        os.makedirs(os.path.dirname(name) or '.', exist_ok=True)
        with open(name, 'w') as f:
            f.write(text)
    r = subprocess.run([sys.executable] + args, stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=60)
    return r.returncode, r.stdout.decode(), r.stderr.decode().count('Error')
`

var mpManagerCases = []mpCase{
	{"dict_child", `    with mp.Manager() as m:
        d, l = m.dict(), m.list([1])
        p = mp.Process(target=fill, args=(d, l))
        p.start()
        p.join(30)
        return sorted(d.items()), l[:], p.exitcode`},
	{"dict_ops", `    with mp.Manager() as m:
        d = m.dict(a=1)
        d.update(b=2)
        d.setdefault('c', 3)
        return (len(d), 'a' in d, d.get('z', 0), d.pop('a'), sorted(d.keys()),
                sorted(d.values()), sorted(d), d.copy() == {'b': 2, 'c': 3}, str(m.dict()))`},
	{"dict_missing", `    with mp.Manager() as m:
        m.dict()['nope']`},
	{"list_ops", `    with mp.Manager() as m:
        l = m.list([3, 1, 2])
        l.sort()
        l.append(4)
        l += [5]
        l.extend([6])
        return (l[:], len(l), l[0], l[-1], l.index(2), l.count(1), l.pop(), list(l),
                l + [0], 2 in l, str(l))`},
	{"list_remove_missing", `    with mp.Manager() as m:
        m.list([1]).remove(9)`},
	{"proxy_repr", `    with mp.Manager() as m:
        return mask(repr(m.dict())), mask(repr(m.list())), type(m.Value('i', 1)).__name__, type(m).__name__`},
	{"value", `    with mp.Manager() as m:
        v = m.Value('i', 5)
        p = mp.Process(target=set_value, args=(v,))
        p.start()
        p.join(30)
        return v.value, v.get()`},
	{"namespace_lock", `    with mp.Manager() as m:
        ns = m.Namespace()
        ns.total = 0
        lock = m.Lock()
        ps = [mp.Process(target=count_up, args=(ns, lock, 5)) for _ in range(2)]
        for p in ps:
            p.start()
        for p in ps:
            p.join(30)
        return ns.total, str(ns)`},
	{"queue", `    with mp.Manager() as m:
        q, out = m.Queue(), m.list()
        p = mp.Process(target=drain, args=(q, out))
        p.start()
        for i in range(3):
            q.put(i)
        p.join(30)
        return out[:], q.qsize(), q.empty()`},
	{"queue_empty", `    with mp.Manager() as m:
        m.Queue().get(timeout=0.1)`},
	{"lock_event", `    with mp.Manager() as m:
        lk, ev = m.Lock(), m.Event()
        got = lk.acquire(), lk.acquire(False), lk.release()
        ev.set()
        return got, ev.is_set(), ev.wait(1)`},
	{"array", `    with mp.Manager() as m:
        a = m.Array('i', [1, 2, 3])
        a[0] = 9
        return a[:], len(a)`},
}

// mpMainCases run a script the way test_multiprocessing_main_handling
// does: by path, with -m, as a package's __main__, and as a launcher
// named ipython (which children never run again).
var mpMainCases = []mpCase{
	{"by_path", `    return run_main(['pkg/mod.py'], {'pkg/__init__.py': '', 'pkg/mod.py': MAIN_SRC})`},
	{"by_name", `    return run_main(['-m', 'pkg.mod'], {'pkg/__init__.py': '', 'pkg/mod.py': MAIN_SRC})`},
	{"package_main", `    return run_main(['-m', 'pkg2'], {'pkg2/__init__.py': '', 'pkg2/__main__.py': UNGUARDED_SRC})`},
}

// mpMain2Cases are the rest, in a script of their own so that each stays
// well inside mpTimeout on a loaded machine.
var mpMain2Cases = []mpCase{
	{"directory", `    return run_main(['pkg3'], {'pkg3/__main__.py': UNGUARDED_SRC})`},
	{"ipython", `    return run_main(['ip/ipython.py'], {'ip/ipython.py': UNGUARDED_SRC})`},
	{"chunked_map", `    import concurrent.futures as cf
    with cf.ProcessPoolExecutor(2) as ex:
        return list(ex.map(add, range(7), range(7), chunksize=3))`},
	{"bad_chunksize", `    import concurrent.futures as cf
    with cf.ProcessPoolExecutor(1) as ex:
        ex.map(add, [1], [2], chunksize=0)`},
	{"processes", `    import concurrent.futures as cf
    with cf.ProcessPoolExecutor(2) as ex:
        ex.submit(square, 2).result(30)
        return sorted(type(p).__name__ for p in ex._processes.values())`},
}

func TestMPMain(t *testing.T) {
	mpDiff(t, "mp_main", mpManagerTargets, mpMainCases)
}

func TestMPMain2(t *testing.T) {
	mpDiff(t, "mp_main2", mpManagerTargets, mpMain2Cases)
}

func TestMPManager(t *testing.T) {
	mpDiff(t, "mp_manager", mpManagerTargets, mpManagerCases)
}
