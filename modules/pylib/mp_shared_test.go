package pylib_test

import "testing"

// Value and Array live in shared memory (multiprocessing.heap's arenas,
// mapped again by each child that receives one): children's writes are
// seen by the parent, and the objects convert, truncate and refuse values
// as CPython 3.6's ctypes-backed ones do.

const mpSharedTargets = `
def bump(v, a, s, r):
    with v.get_lock():
        v.value += 10
    with a.get_lock():
        for i in range(len(a)):
            a[i] = a[i] * 2
    s.value = b'child'
    r[0] = 3.5
def fill(raw, n):
    for i in range(n):
        raw[i] = i * i
def party(b, q):
    q.put(b.wait(20))
def setv(o, v):
    o.value = v
    return o.value
def seta(o, k, v):
    o[k] = v
    return o[:]
`

var mpSharedCases = []mpCase{
	{"children_write", `    v = mp.Value('i', 5)
    a = mp.Array('d', [1, 2, 3])
    s = mp.Array('c', 10)
    r = mp.RawArray('f', 2)
    ps = [mp.Process(target=bump, args=(v, a, s, r)) for _ in range(3)]
    for p in ps: p.start()
    for p in ps: p.join(60)
    return [p.exitcode for p in ps], v.value, a[:], s.value, r[:]`},
	{"raw_in_child", `    raw = mp.RawArray('i', 6)
    p = mp.Process(target=fill, args=(raw, 6))
    p.start(); p.join(60)
    return p.exitcode, raw[:], list(raw)`},
	{"pool_initializer", `    from multiprocessing.sharedctypes import RawValue
    v = RawValue('l', 7)
    with mp.Pool(1) as pool:
        return pool.apply(abs, (-3,)), v.value`},
	{"value_reprs", `    return [repr(mp.RawValue(c, x)) for c, x in (('i', 5), ('d', 1.5), ('h', -3), ('c', b'x'), ('u', 'z'), ('b', 3), ('B', 200), ('H', 7), ('I', 9), ('l', -1), ('L', 3), ('f', 0.25))]`},
	{"synchronized_reprs", `    return repr(mp.Value('i', 5)), repr(mp.Value('c')), type(mp.Value('d', lock=mp.Lock())).__name__, repr(mp.Value('i', 3, lock=False))`},
	{"defaults", `    return [mp.Value(c).value for c in 'iIdfcbBhHlL']`},
	{"truncation", `    return setv(mp.Value('i'), 2**33 + 5), setv(mp.Value('B'), -1), setv(mp.Value('h'), 40000), setv(mp.Value('d'), 2), setv(mp.Value('c'), 65), mp.Value('i', 2**40).value`},
	{"value_float_for_int", `    return mp.Value('i', 1.5)`},
	{"value_str_for_int", `    return setv(mp.Value('i'), 'a')`},
	{"value_str_for_double", `    return setv(mp.Value('d'), 'x')`},
	{"value_str_for_char", `    return mp.Value('c', 'a')`},
	{"value_bytes_for_wchar", `    return mp.Value('u', b'a')`},
	{"value_bad_code", `    return mp.Value('x', 1)`},
	{"value_q_code", `    return mp.RawValue('q', 1)`},
	{"value_two_args", `    return mp.Value('i', 1, 2)`},
	{"array_items", `    a = mp.Array('i', range(5))
    return len(a), a[0], a[-1], a[1:3], a[:], list(a), a[::2], seta(a, 0, 9), seta(a, slice(1, 3), [7, 8])`},
	{"array_index_high", `    return mp.Array('i', 5)[5]`},
	{"array_index_low", `    return mp.Array('i', 5)[-6]`},
	{"array_set_high", `    return seta(mp.Array('i', 5), 7, 1)`},
	{"array_slice_size", `    return seta(mp.Array('i', 5), slice(1, 3), [7])`},
	{"array_float_item", `    return seta(mp.Array('i', 5), 0, 1.5)`},
	{"array_str_index", `    return mp.Array('i', 5)['x']`},
	{"array_str_set_index", `    return seta(mp.Array('i', 5), 'x', 1)`},
	{"array_negative_size", `    return mp.Array('i', -1)`},
	{"array_bad_item", `    return mp.Array('i', [1, 'a'])`},
	{"array_bad_lock", `    return mp.Array('i', 3, lock='x')`},
	{"array_types", `    return (type(mp.Array('i', 2)).__name__, type(mp.Array('i', 2).get_obj()).__name__, type(mp.RawArray('c', 3)).__name__,
            type(mp.RawValue('i', 3)).__name__, type(mp.Array('c', 2)).__name__, mask(repr(mp.RawArray('i', 2))), mask(repr(mp.Array('u', 2))))`},
	{"char_array", `    s = mp.Array('c', b'hello')
    r = [s.value, s.raw, s[:], s[1], len(s), s[1:3], seta(s, 0, b'j'), seta(s, slice(0, 2), b'ab')]
    s.value = b'hi'
    r.append((s.value, s.raw))
    try:
        s.value = b'toolongvalue'
    except ValueError as e:
        r.append(str(e))
    try:
        s.value = 'x'
    except TypeError as e:
        r.append(str(e))
    return r, mp.Array('c', 4).value, mp.Array('c', 4).raw`},
	{"wchar_array", `    u = mp.Array('u', 'abc')
    return u[:], u[0], len(u), u.get_obj().value, mp.RawArray('d', [1, 2.5])[:]`},
	{"array_no_value", `    return mp.Array('i', 2).value`},
	{"copy_synchronized", `    from multiprocessing import sharedctypes as sc
    a = mp.RawArray('i', [1, 2])
    c = sc.copy(a)
    c[0] = 5
    return a[:], c[:], mask(repr(sc.synchronized(a))), repr(sc.synchronized(mp.RawValue('i', 2)))`},
	{"lock_methods", `    v = mp.Value('i', 3)
    r = [v.acquire(), v.release()]
    with v:
        r.append(v.value)
    return r`},
	{"manager_barrier", `    with mp.Manager() as m:
        b = m.Barrier(2, timeout=20)
        r = [b.parties, b.n_waiting, b.broken, type(b).__name__]
        q = m.Queue()
        p = mp.Process(target=party, args=(b, q))
        p.start()
        w = b.wait(timeout=20)
        p.join(60)
        r += [sorted([w, q.get(timeout=20)]), p.exitcode]
        b.abort()
        r.append(b.broken)
        b.reset()
        return r + [b.broken]`},
	{"queue_refuses_synchronized", `    from multiprocessing.sharedctypes import Synchronized
    return Synchronized(mp.RawValue('i'), mp.RLock()).__reduce__()`},
}

// A wait on a shared object interrupted by a signal handler that raises
// leaves the object usable: the next calls get their own answers, the
// item the interrupted get would have taken stays in the queue, and a
// lock it would have got stays free.
var mpInterruptedCases = []mpCase{
	{"interrupted_get", `    class Boom(Exception): pass
    def boom(*a): raise Boom
    q = mp.Queue()
    old = signal.signal(signal.SIGALRM, boom)
    r = []
    try:
        signal.setitimer(signal.ITIMER_REAL, 1.0)
        try:
            q.get(timeout=60)
        except Boom:
            r.append('interrupted')
        q.put(1)
        r.append(q.get(timeout=10))
        q.put(2)
        r.append(q.get(timeout=10))
    finally:
        signal.signal(signal.SIGALRM, old)
    return r`},
	{"interrupted_acquire", `    class Boom(Exception): pass
    def boom(*a): raise Boom
    lock = mp.Lock()
    lock.acquire()
    old = signal.signal(signal.SIGALRM, boom)
    r = []
    try:
        signal.setitimer(signal.ITIMER_REAL, 1.0)
        try:
            lock.acquire(timeout=60)
        except Boom:
            r.append('interrupted')
        lock.release()
        r.append(lock.acquire(timeout=30))
        lock.release()
        r.append(lock.acquire(False))
    finally:
        signal.signal(signal.SIGALRM, old)
    return r`},
}

func TestMPShared(t *testing.T) { mpDiff(t, "mp_shared", mpSharedTargets, mpSharedCases) }
func TestMPInterrupted(t *testing.T) {
	mpDiff(t, "mp_interrupted", mpSharedTargets, mpInterruptedCases)
}
