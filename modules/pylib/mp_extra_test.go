package pylib_test

import "testing"

// mpExtraTargets are the children's functions of the groups below.
const mpExtraTargets = `
import threading
from multiprocessing.connection import Listener, Client, wait
def barrier_party(b, q):
    q.put(b.wait(20))
def sleep_then_exit(t, code):
    time.sleep(t)
    sys.exit(code)
def client_of(address, authkey, q):
    with Client(address, authkey=authkey) as c:
        c.send(('hello', os.getpid() != 0))
        q.put(c.recv())
def square_it(x):
    return x * x
`

var mpDummyCases = []mpCase{
	{"pool_map", `    import multiprocessing.dummy as d
    with d.Pool(3) as pool:
        return pool.map(square_it, range(8)), pool.starmap(pow, [(2, 3), (3, 2)])`},
	{"pool_imap_apply", `    import multiprocessing.dummy as d
    got = []
    with d.Pool(2) as pool:
        r = pool.apply_async(square_it, (7,), callback=got.append)
        e = pool.apply_async(int, ('x',), error_callback=lambda x: got.append(type(x).__name__))
        r.wait(20); e.wait(20)
        return (list(pool.imap(square_it, range(5))),
                sorted(pool.imap_unordered(square_it, range(5))),
                r.get(20), sorted(got, key=str))`},
	{"process_queue", `    import multiprocessing.dummy as d
    q = d.Queue()
    p = d.Process(target=q.put, args=(42,))
    r = [p.exitcode]
    p.start(); p.join(20)
    return r + [q.get(timeout=20), p.exitcode, p.is_alive(), d.active_children()]`},
	{"pipe_and_values", `    import multiprocessing.dummy as d
    a, b = d.Pipe()
    a.send([1, 2])
    v = d.Value('i', 3)
    v.value += 1
    arr = d.Array('i', [1, 2, 3])
    return b.poll(), b.recv(), b.poll(), v.value, list(arr)`},
	{"manager_namespace", `    import multiprocessing.dummy as d
    m = d.Manager()
    ns = m.Namespace(x=1, _hidden=2)
    return repr(ns), m.dict(a=1), m.list('ab')`},
	{"listener", `    import multiprocessing.dummy.connection as dc
    with dc.Listener() as l:
        c = dc.Client(l.address)
        s = l.accept()
        c.send('ping')
        return s.recv(), s.poll()`},
}

var mpConnectionCases = []mpCase{
	{"listener_child_authkey", `    q = mp.Queue()
    with Listener(('127.0.0.1', 0), authkey=b'secret') as l:
        p = mp.Process(target=client_of, args=(l.address, b'secret', q))
        p.start()
        with l.accept() as c:
            got = c.recv()
            c.send(got[0].upper())
        r = q.get(timeout=30)
        p.join(30)
    return got, r, p.exitcode`},
	{"listener_unix_bytes", `    import array
    with Listener(family='AF_UNIX') as l:
        c = Client(l.address)
        s = l.accept()
        c.send_bytes(b'0123456789', 2, 5)
        buf = array.array('i', [0] * 4)
        n = s.recv_bytes_into(buf, 4)
        c.send_bytes(b'x' * 10)
        try:
            s.recv_bytes(5)
        except OSError as e:
            err = str(e)
        c.close()
        try:
            s.recv()
        except EOFError:
            eof = 'EOFError'
        s.close()
        return n, buf.tobytes(), err, eof, l.address.startswith('/')`},
	{"bad_authkey", `    with Listener(('127.0.0.1', 0), authkey=b'right') as l:
        out = []
        def serve():
            try:
                l.accept()
            except mp.AuthenticationError as e:
                out.append(str(e))
        t = threading.Thread(target=serve)
        t.start()
        try:
            Client(l.address, authkey=b'wrong')
        except mp.AuthenticationError as e:
            out.append(str(e))
        t.join(20)
        return sorted(out)`},
	{"authkey_type", `    Listener(('127.0.0.1', 0), authkey='text')`},
	{"invalid_handle", `    from multiprocessing.connection import Connection
    Connection(-1)`},
	{"wait_pipe_and_sentinel", `    a, b = mp.Pipe()
    p = mp.Process(target=sleep_then_exit, args=(0.5, 7))
    p.start()
    first = wait([a, b, p.sentinel], 0)
    a.send(1)
    second = wait([a, b], 10) == [b]
    third = wait([p.sentinel], 30) == [p.sentinel]
    p.join(30)
    return first, second, third, p.exitcode, wait([p.sentinel], 0) == [p.sentinel]`},
	{"sentinel_unstarted", `    p = mp.Process(target=square_it, args=(1,))
    p.sentinel`},
	{"families", `    from multiprocessing import connection
    return connection.families, connection.address_type(('h', 1)), connection.address_type('/x')`},
}

var mpBarrierCases = []mpCase{
	{"barrier_processes", `    b = mp.Barrier(3)
    q = mp.Queue()
    ps = [mp.Process(target=barrier_party, args=(b, q)) for i in range(2)]
    for p in ps:
        p.start()
    mine = b.wait(20)
    for p in ps:
        p.join(30)
    return sorted([mine, q.get(timeout=20), q.get(timeout=20)]), b.parties, b.n_waiting, b.broken`},
	{"barrier_timeout_reset", `    b = mp.Barrier(2)
    try:
        b.wait(0.2)
    except threading.BrokenBarrierError:
        r = ['broken', b.broken]
    b.reset()
    return r + [b.broken]`},
	{"barrier_abort", `    b = mp.Barrier(2)
    b.abort()
    b.wait(1)`},
	{"heap_blocks", `    from multiprocessing import heap
    bufs = [heap.BufferWrapper(n) for n in (10, 100, 1000, 1)]
    views = [b.create_memoryview() for b in bufs]
    views[1][:3] = b'abc'
    return [len(v) for v in views], bytes(views[1][:3])`},
	{"util_finalize", `    from multiprocessing import util
    out = []
    class Obj(object):
        pass
    o = Obj()
    f = util.Finalize(o, out.append, args=('collected',))
    g = util.Finalize(None, out.append, args=('at exit',), exitpriority=10)
    h = util.Finalize(None, out.append, args=('cancelled',), exitpriority=5)
    h.cancel()
    r = [f.still_active()]
    del o
    import gc; gc.collect()
    r.append(f.still_active())
    util._run_finalizers(0)
    try:
        util.Finalize(None, out.append)
    except ValueError as e:
        r.append(str(e))
    return r, out`},
	{"log_to_stderr", `    logger = mp.log_to_stderr()
    return logger.name, mp.get_logger() is logger, mp.util.SUBWARNING`},
}

func TestMPDummy(t *testing.T)      { mpDiff(t, "mp_dummy", mpExtraTargets, mpDummyCases) }
func TestMPConnection(t *testing.T) { mpDiff(t, "mp_connection", mpExtraTargets, mpConnectionCases) }
func TestMPBarrier(t *testing.T)    { mpDiff(t, "mp_barrier", mpExtraTargets, mpBarrierCases) }
