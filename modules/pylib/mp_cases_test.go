package pylib_test

import "testing"

// mpTargets are module-level functions the cases hand to children; they
// must be importable from __mp_main__.
const mpTargets = `
def put_name(q, *extra, **kw):
    q.put((mp.current_process().name, extra, sorted(kw.items())))
def boom():
    raise ValueError('bad thing')
def exits(code):
    sys.exit(code)
def hard_exit(code):
    os._exit(code)
def sleeper(t):
    time.sleep(t)
def square(x):
    return x * x
def add(a, b):
    return a + b
def fail_on(x):
    if x == 3:
        raise KeyError(x)
    return x
def slow(x):
    time.sleep(0.2 * x)
    return x
def worker_name(_):
    return mp.current_process().name
def echo(conn):
    while True:
        try:
            obj = conn.recv()
        except EOFError:
            break
        if obj is None:
            break
        conn.send(('echo', obj))
    conn.close()
def consume(q):
    while True:
        item = q.get(timeout=20)
        if item is None:
            q.task_done()
            break
        q.task_done()
def bump(counter, lock, n):
    for _ in range(n):
        with lock:
            counter.value += 1
def fill(arr):
    for i in range(len(arr)):
        arr[i] = i * 10
def setter(ev):
    ev.set()
def waiter(cond, box, q):
    with cond:
        q.put('ready')
        got = cond.wait(20)
    q.put(('woken', got))
INIT = []
def init(v):
    INIT.append(v)
def get_init(_):
    return INIT
def unpicklable_result(_):
    return lambda: 1
class Doubler(mp.Process):
    def __init__(self, q, x):
        mp.Process.__init__(self)
        self.q = q
        self.x = x
    def run(self):
        self.q.put(self.x * 2)
`

var mpProcessCases = []mpCase{
	{"start_join_queue", `    q = mp.Queue()
    p = mp.Process(target=put_name, args=(q, 1, 2), kwargs={'k': 3})
    p.start()
    r = q.get(timeout=30)
    p.join(30)
    return r, p.exitcode, p.is_alive()`},
	{"repr_states", `    p = mp.Process(target=exits, args=(0,), name='worker')
    a = repr(p)
    p.start()
    p.join(30)
    return a, repr(p)`},
	{"exit_code_3", `    p = mp.Process(target=exits, args=(3,))
    p.start(); p.join(30)
    return p.exitcode, repr(p).split(',')[1]`},
	{"exit_none", `    p = mp.Process(target=exits, args=(None,))
    p.start(); p.join(30)
    return p.exitcode`},
	{"exit_message", `    p = mp.Process(target=exits, args=('goodbye',))
    p.start(); p.join(30)
    return p.exitcode`},
	{"child_raises", `    p = mp.Process(target=boom, name='Boomer')
    p.start(); p.join(30)
    return p.exitcode`},
	{"terminate", `    p = mp.Process(target=sleeper, args=(60,))
    p.start()
    time.sleep(0.5)
    alive = p.is_alive()
    p.terminate()
    p.join(30)
    return alive, p.exitcode, repr(p).split(',')[1]`},
	{"join_timeout", `    p = mp.Process(target=sleeper, args=(60,))
    p.start()
    t = time.time()
    p.join(0.3)
    r = (p.is_alive(), p.exitcode, time.time() - t < 10)
    p.terminate(); p.join(30)
    return r`},
	{"sigkill", `    p = mp.Process(target=sleeper, args=(60,), daemon=True)
    p.start()
    time.sleep(0.3)
    os.kill(p.pid, signal.SIGKILL)
    p.join(30)
    return p.exitcode, p.daemon, repr(p).split(',')[1]`},
	{"subclass_run", `    q = mp.Queue()
    p = Doubler(q, 21)
    p.start()
    r = q.get(timeout=30)
    p.join(30)
    return r, p.exitcode, p.name.startswith('Doubler-')`},
	{"pid_ident", `    p = mp.Process(target=exits, args=(0,))
    before = (p.pid, p.ident, p.exitcode)
    p.start()
    r = (isinstance(p.pid, int), p.pid == p.ident, p.pid != os.getpid())
    p.join(30)
    return before, r`},
	{"start_twice", `    p = mp.Process(target=exits, args=(0,))
    p.start(); p.join(30)
    try:
        p.start()
    except AssertionError as e:
        return 'AssertionError', str(e)`},
	{"join_unstarted", `    p = mp.Process(target=exits, args=(0,))
    try:
        p.join()
    except AssertionError as e:
        return 'AssertionError', str(e)`},
	{"active_children", `    p = mp.Process(target=sleeper, args=(60,))
    p.start()
    a = p in mp.active_children()
    p.terminate(); p.join(30)
    return a, p in mp.active_children()`},
	{"current_process", `    c = mp.current_process()
    return c.name, repr(c), c.daemon, c.ident == os.getpid(), c.is_alive()`},
	{"name_setter", `    p = mp.Process(target=exits, args=(0,))
    p.name = 'x'
    try:
        p.name = 3
    except AssertionError as e:
        return p.name, 'AssertionError', str(e)`},
	{"unguarded_main", `    import subprocess
    with open('unguarded.py', 'w') as f:
        f.write('import multiprocessing as mp\n'
                'def f():\n    pass\n'
                'p = mp.get_context("spawn").Process(target=f)\n'
                'p.start()\np.join(30)\nprint("exit", p.exitcode)\n')
    r = subprocess.run([sys.executable, 'unguarded.py'], stdout=subprocess.PIPE,
                       stderr=subprocess.PIPE, timeout=60)
    err = r.stderr.decode()
    return r.returncode, r.stdout.decode(), 'RuntimeError' in err`},
	{"group_not_none", `    try:
        mp.Process(group=1)
    except AssertionError as e:
        return 'AssertionError', str(e)`},
}

var mpContextCases = []mpCase{
	{"start_method", `    return mp.get_start_method(), mp.get_start_method(allow_none=True)`},
	{"set_twice", `    mp.set_start_method('spawn')`},
	{"set_forced", `    mp.set_start_method('spawn', force=True)
    return mp.get_start_method()`},
	{"bad_context", `    mp.get_context('bogus')`},
	{"context_type", `    ctx = mp.get_context('spawn')
    return type(ctx).__name__, ctx.get_start_method(), repr(ctx.Process(target=exits))`},
	{"cpu_count", `    return isinstance(mp.cpu_count(), int) and mp.cpu_count() >= 1`},
	{"freeze_support", `    return mp.freeze_support()`},
	{"errors", `    return issubclass(mp.TimeoutError, mp.ProcessError), issubclass(mp.BufferTooShort, mp.ProcessError)`},
}

var mpQueueCases = []mpCase{
	{"queue_fifo", `    q = mp.Queue()
    for i in range(5):
        q.put(i)
    time.sleep(0.2)
    return [q.get(timeout=5) for i in range(5)], q.empty()`},
	{"queue_empty_timeout", `    q = mp.Queue()
    t = time.time()
    try:
        q.get(timeout=0.2)
    except queue.Empty:
        return 'Empty', time.time() - t >= 0.15`},
	{"queue_get_nowait", `    q = mp.Queue()
    try:
        q.get_nowait()
    except queue.Empty:
        return 'Empty'`},
	{"queue_full", `    q = mp.Queue(2)
    q.put(1); q.put(2)
    r = [q.full()]
    try:
        q.put(3, timeout=0.1)
    except queue.Full:
        r.append('Full')
    try:
        q.put_nowait(3)
    except queue.Full:
        r.append('Full')
    return r`},
	{"queue_qsize", `    q = mp.Queue()
    q.put('a'); q.put('b')
    time.sleep(0.2)
    return q.qsize()`},
	{"queue_close", `    q = mp.Queue()
    q.put(1)
    r = q.get(timeout=5)
    q.close()
    q.join_thread()
    return r`},
	{"queue_unpicklable", `    q = mp.Queue()
    q.put(lambda: 1)
    time.sleep(0.3)
    return q.empty()`},
	{"queue_between", `    q = mp.Queue()
    ps = [mp.Process(target=put_name, args=(q, i)) for i in range(2)]
    for p in ps:
        p.start()
    r = sorted(q.get(timeout=30) for _ in ps)
    for p in ps:
        p.join(30)
    return r`},
	{"joinable", `    q = mp.JoinableQueue()
    p = mp.Process(target=consume, args=(q,))
    p.start()
    for i in range(3):
        q.put(i)
    q.put(None)
    q.join()
    p.join(30)
    return p.exitcode`},
	{"task_done_too_many", `    q = mp.JoinableQueue()
    q.task_done()`},
	{"simple_queue", `    q = mp.SimpleQueue()
    r = [q.empty()]
    q.put([1, 'x'])
    r.append(q.empty())
    r.append(q.get())
    return r`},
}

var mpPipeCases = []mpCase{
	{"duplex_child", `    a, b = mp.Pipe()
    p = mp.Process(target=echo, args=(b,))
    p.start()
    out = []
    for obj in [1, 'two', [3]]:
        a.send(obj)
        out.append(a.recv())
    a.send(None)
    p.join(30)
    return out, p.exitcode`},
	{"simplex", `    r, w = mp.Pipe(duplex=False)
    w.send({'k': 1})
    return r.recv(), r.readable, r.writable, w.readable, w.writable`},
	{"simplex_wrong_way", `    r, w = mp.Pipe(duplex=False)
    out = []
    for f in (lambda: r.send(1), lambda: w.recv()):
        try:
            f()
        except OSError as e:
            out.append(str(e))
    return out`},
	{"bytes", `    a, b = mp.Pipe()
    a.send_bytes(b'hello world', 6)
    a.send_bytes(b'hello world', 0, 5)
    a.send_bytes(bytearray(b'xyz'))
    return b.recv_bytes(), b.recv_bytes(), b.recv_bytes()`},
	{"bytes_bad_offset", `    a, b = mp.Pipe()
    out = []
    for args in [(20,), (-1,), (0, -1), (5, 10)]:
        try:
            a.send_bytes(b'hello', *args)
        except ValueError as e:
            out.append(str(e))
    return out`},
	{"poll", `    a, b = mp.Pipe()
    r = [b.poll(), b.poll(0.1)]
    a.send(1)
    r.append(b.poll(5))
    b.recv()
    return r`},
	{"eof", `    a, b = mp.Pipe()
    a.send(1)
    a.close()
    r = [b.recv()]
    try:
        b.recv()
    except EOFError:
        r.append('EOFError')
    return r`},
	{"closed_handle", `    a, b = mp.Pipe()
    a.close()
    r = [a.closed]
    try:
        a.send(1)
    except OSError as e:
        r.append(str(e))
    return r`},
	{"send_bytes_recv_obj", `    a, b = mp.Pipe()
    a.send_bytes(pickle.dumps((1, 2)))
    b2 = b.recv()
    a.send((3, 4))
    return b2, pickle.loads(b.recv_bytes())`},
}

var mpSyncCases = []mpCase{
	{"lock_counter", `    v = mp.Value('i', 0)
    lock = mp.Lock()
    ps = [mp.Process(target=bump, args=(v, lock, 20)) for _ in range(2)]
    for p in ps:
        p.start()
    for p in ps:
        p.join(60)
    return v.value, [p.exitcode for p in ps]`},
	{"array_child", `    arr = mp.Array('i', 4)
    p = mp.Process(target=fill, args=(arr,))
    p.start(); p.join(30)
    return arr[:], len(arr)`},
	{"value_types", `    v = mp.Value('d', 1.5)
    i = mp.Value('i')
    i.value = 7
    return v.value, i.value, mp.Array('i', [1, 2, 3])[1:]`},
	{"event_child", `    ev = mp.Event()
    r = [ev.is_set()]
    p = mp.Process(target=setter, args=(ev,))
    p.start()
    r.append(ev.wait(30))
    p.join(30)
    ev.clear()
    r.append(ev.is_set())
    r.append(ev.wait(0.1))
    return r`},
	{"lock_nonblocking", `    l = mp.Lock()
    return l.acquire(), l.acquire(False), l.acquire(timeout=0.1)`},
	{"lock_release_unlocked", `    l = mp.Lock()
    l.release()`},
	{"rlock_recursive", `    l = mp.RLock()
    r = [l.acquire(), l.acquire()]
    l.release(); l.release()
    return r`},
	{"semaphore", `    s = mp.Semaphore(2)
    r = [s.acquire(), s.acquire(), s.acquire(timeout=0.1), s.get_value()]
    s.release()
    r.append(s.get_value())
    return r`},
	{"bounded_semaphore", `    s = mp.BoundedSemaphore(1)
    s.release()`},
	{"condition_child", `    cond = mp.Condition()
    q = mp.Queue()
    p = mp.Process(target=waiter, args=(cond, None, q))
    p.start()
    first = q.get(timeout=30)
    with cond:
        cond.notify()
    second = q.get(timeout=30)
    p.join(30)
    return first, second`},
	{"condition_timeout", `    cond = mp.Condition()
    with cond:
        return cond.wait(0.1)`},
}

var mpPoolCases = []mpCase{
	{"map", `    with mp.Pool(2) as pool:
        return pool.map(square, range(10))`},
	{"map_chunksize", `    with mp.Pool(2) as pool:
        return pool.map(square, range(7), chunksize=3), pool.map(square, [])`},
	{"imap", `    with mp.Pool(2) as pool:
        return list(pool.imap(square, range(6))), list(pool.imap(square, range(6), 4))`},
	{"imap_unordered", `    with mp.Pool(2) as pool:
        return sorted(pool.imap_unordered(square, range(6)))`},
	{"starmap", `    with mp.Pool(2) as pool:
        return pool.starmap(add, [(1, 2), (3, 4)]), pool.starmap(pow, [(2, 5)])`},
	{"apply", `    with mp.Pool(2) as pool:
        return pool.apply(add, (1,), {'b': 5})`},
	{"apply_async_callbacks", `    got = []
    with mp.Pool(2) as pool:
        r = pool.apply_async(square, (9,), callback=got.append)
        e = pool.apply_async(boom, error_callback=lambda x: got.append(repr(x)))
        v = r.get(30)
        e.wait(30)
        return v, sorted(got, key=str), r.ready(), r.successful(), e.successful()`},
	{"map_async", `    got = []
    with mp.Pool(2) as pool:
        r = pool.map_async(square, [1, 2, 3], callback=got.append)
        return r.get(30), got`},
	{"map_raises", `    with mp.Pool(2) as pool:
        pool.map(fail_on, range(6))`},
	{"imap_raises", `    out = []
    with mp.Pool(2) as pool:
        it = pool.imap(fail_on, range(6))
        try:
            for x in it:
                out.append(x)
        except KeyError as e:
            out.append(('KeyError', str(e), type(e.__cause__).__name__))
    return out`},
	{"apply_raises", `    with mp.Pool(2) as pool:
        pool.apply(boom)`},
	{"unpicklable_task", `    with mp.Pool(2) as pool:
        try:
            pool.map(lambda x: x, [1, 2])
        except Exception as e:
            return type(e).__name__`},
	{"unpicklable_apply", `    with mp.Pool(2) as pool:
        try:
            pool.apply(lambda: 1)
        except Exception as e:
            return type(e).__name__`},
	{"unpicklable_result", `    with mp.Pool(1) as pool:
        try:
            pool.map(unpicklable_result, [1])
        except Exception as e:
            return type(e).__name__, str(e).split("'")[0]`},
	{"get_timeout", `    with mp.Pool(1) as pool:
        r = pool.apply_async(sleeper, (5,))
        try:
            r.get(0.1)
        except mp.TimeoutError as e:
            return 'TimeoutError', r.ready()`},
	{"worker_names", `    with mp.Pool(2) as pool:
        return sorted(set(n.split('-')[0] for n in pool.map(worker_name, range(4))))`},
	{"initializer", `    with mp.Pool(1, initializer=init, initargs=(7,)) as pool:
        return pool.map(get_init, [0])`},
	{"maxtasksperchild", `    pool = mp.Pool(1, maxtasksperchild=1)
    r = pool.map(square, range(4), chunksize=1)
    pool.close(); pool.join()
    return r`},
	{"close_join", `    pool = mp.Pool(2)
    r = pool.map_async(slow, [1, 2])
    pool.close()
    pool.join()
    return r.ready(), r.get(0)`},
	{"closed_pool", `    pool = mp.Pool(1)
    pool.close()
    try:
        pool.apply(square, (1,))
    finally:
        pool.join()`},
	{"join_running", `    pool = mp.Pool(1)
    try:
        pool.join()
    except AssertionError as e:
        return 'AssertionError'
    finally:
        pool.terminate()`},
	{"terminate", `    pool = mp.Pool(2)
    r = pool.apply_async(sleeper, (60,))
    time.sleep(0.3)
    t = time.time()
    pool.terminate()
    pool.join()
    return r.ready(), time.time() - t < 20`},
	{"zero_processes", `    mp.Pool(0)`},
	{"bad_chunksize", `    with mp.Pool(1) as pool:
        pool.imap(square, [1], 0)`},
}

var mpFuturesCases = []mpCase{
	{"submit", `    import concurrent.futures as cf
    with cf.ProcessPoolExecutor(2) as ex:
        return ex.submit(add, 2, b=3).result(30)`},
	{"map", `    import concurrent.futures as cf
    with cf.ProcessPoolExecutor(2) as ex:
        return list(ex.map(square, range(6), timeout=30))`},
	{"as_completed", `    import concurrent.futures as cf
    with cf.ProcessPoolExecutor(2) as ex:
        fs = [ex.submit(square, i) for i in range(4)]
        return sorted(f.result() for f in cf.as_completed(fs, timeout=30))`},
	{"exception", `    import concurrent.futures as cf
    with cf.ProcessPoolExecutor(1) as ex:
        f = ex.submit(fail_on, 3)
        e = f.exception(30)
        return repr(e), f.done()`},
	{"result_raises", `    import concurrent.futures as cf
    with cf.ProcessPoolExecutor(1) as ex:
        ex.submit(boom).result(30)`},
	{"after_shutdown", `    import concurrent.futures as cf
    ex = cf.ProcessPoolExecutor(1)
    ex.shutdown()
    ex.submit(square, 1)`},
	{"bad_workers", `    import concurrent.futures as cf
    cf.ProcessPoolExecutor(max_workers=0)`},
	{"worker_dies", `    import concurrent.futures as cf
    ex = cf.ProcessPoolExecutor(1)
    f = ex.submit(hard_exit, 3)
    e = f.exception(30)
    try:
        ex.submit(square, 2)
    except cf.process.BrokenProcessPool as e2:
        late = repr(e2)
    ex.shutdown()
    return repr(e), late, f.done()`},
	{"worker_system_exit", `    import concurrent.futures as cf
    with cf.ProcessPoolExecutor(1) as ex:
        return repr(ex.submit(exits, 4).exception(30))`},
	{"wait_all", `    import concurrent.futures as cf
    with cf.ProcessPoolExecutor(2) as ex:
        fs = [ex.submit(slow, 1), ex.submit(square, 3)]
        done, not_done = cf.wait(fs, timeout=30)
        return len(done), len(not_done), [f.result() for f in fs]`},
}

func TestMPProcess(t *testing.T) { mpDiff(t, "mp_process", mpTargets, mpProcessCases) }
func TestMPContext(t *testing.T) { mpDiff(t, "mp_context", mpTargets, mpContextCases) }
func TestMPQueue(t *testing.T)   { mpDiff(t, "mp_queue", mpTargets, mpQueueCases) }
func TestMPPipe(t *testing.T)    { mpDiff(t, "mp_pipe", mpTargets, mpPipeCases) }
func TestMPSync(t *testing.T)    { mpDiff(t, "mp_sync", mpTargets, mpSyncCases) }
func TestMPPool(t *testing.T)    { mpDiff(t, "mp_pool", mpTargets, mpPoolCases) }
func TestMPFutures(t *testing.T) { mpDiff(t, "mp_futures", mpTargets, mpFuturesCases) }
