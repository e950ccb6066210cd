package pylib_test

import (
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
	"github.com/gpython-ssl/gpython-ssl/internal/testcerts"
)

// asyncio against CPython 3.6: futures and tasks (states, reprs,
// cancellation), the combinators (gather, wait, wait_for, as_completed,
// shield), the loop's callbacks and socket operations, plain and TLS
// connections over 127.0.0.1 (ports picked by the kernel), streams,
// queues and locks, and the errors a script sees. Every case runs its
// coroutine on a fresh loop under asyncio.wait_for with a 5 second
// bound, so a hang fails the case instead of the test binary.

const asyncioPrelude = pytesting.ShowRepr + `import asyncio, os, socket, ssl, threading, time, types, functools
import concurrent.futures
CA, CERT, KEY = os.environ['AIO_CA'], os.environ['AIO_CERT'], os.environ['AIO_KEY']
def run(coro, bound=5):
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        return loop.run_until_complete(asyncio.wait_for(coro, bound))
    finally:
        loop.close()
        asyncio.set_event_loop(None)
def etype(f):
    try:
        return f()
    except BaseException as e:
        return '%s: %s' % (type(e).__name__, e)
async def aetype(aw):
    try:
        return await aw
    except BaseException as e:
        return '%s: %s' % (type(e).__name__, e)
def server_ctx():
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(CERT, KEY)
    return ctx
def client_ctx():
    return ssl.create_default_context(cafile=CA)
async def echo(reader, writer):
    while True:
        line = await reader.readline()
        if not line:
            break
        writer.write(line.upper())
        await writer.drain()
    writer.close()
async def serve(ssl_ctx=None, cb=echo):
    server = await asyncio.start_server(cb, '127.0.0.1', 0, ssl=ssl_ctx)
    return server, server.sockets[0].getsockname()[1]
async def value(x, delay=0):
    await asyncio.sleep(delay)
    return x
async def boom(msg, delay=0):
    await asyncio.sleep(delay)
    raise ValueError(msg)
class Collect(asyncio.Protocol):
    def __init__(self, log, done):
        self.log, self.done = log, done
    def connection_made(self, transport):
        self.transport = transport
        self.log.append('made')
        transport.write(b'ping\n')
    def data_received(self, data):
        self.log.append(data)
        self.transport.close()
    def eof_received(self):
        self.log.append('eof')
    def connection_lost(self, exc):
        self.log.append(('lost', exc))
        self.done.set_result(self.log)

async def c_tls_echo():
    server, port = await serve(server_ctx())
    r, w = await asyncio.open_connection('127.0.0.1', port, ssl=client_ctx(), server_hostname='localhost')
    out = []
    for msg in (b'hello\n', b'tls world\n'):
        w.write(msg)
        await w.drain()
        out.append(await r.readline())
    info = (w.get_extra_info('peercert')['subject'], type(w.get_extra_info('ssl_object')).__name__,
            isinstance(w.get_extra_info('sslcontext'), ssl.SSLContext), w.get_extra_info('peername')[0],
            len(w.get_extra_info('cipher')), w.can_write_eof())
    w.close()
    rest = await r.read()
    server.close()
    await server.wait_closed()
    return out, info, rest, server.sockets
async def c_tls_refused_client_cert():
    # TLS 1.3: the client finishes its handshake before the server refuses
    # it for want of a certificate; the alert ends the stream quietly
    sctx = server_ctx()
    sctx.verify_mode = ssl.CERT_REQUIRED
    sctx.load_verify_locations(CA)
    server, port = await serve(sctx)
    seen = []
    loop = asyncio.get_event_loop()
    loop.set_exception_handler(lambda loop, context: seen.append(context['message']))
    r, w = await asyncio.open_connection('127.0.0.1', port, ssl=client_ctx(), server_hostname='localhost')
    w.write(b'hello\n')
    out = [await r.readline(), await r.read(), r.at_eof()]
    w.close()
    server.close()
    await server.wait_closed()
    return out, seen
async def c_tls_writelines_many():
    server, port = await serve(server_ctx())
    r, w = await asyncio.open_connection('localhost', port, ssl=client_ctx())
    w.writelines([b'a\n', b'b\n', b'c' * 60000 + b'\n'])
    got = [await r.readline() for _ in range(3)]
    w.close()
    server.close()
    return got[:2], len(got[2])
async def c_tls_bad_ca():
    server, port = await serve(server_ctx())
    try:
        await asyncio.open_connection('127.0.0.1', port, ssl=ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT), server_hostname='localhost')
    except ssl.SSLError as e:
        return isinstance(e, ssl.SSLError), e.reason, e.library
    finally:
        server.close()
async def c_tls_bad_hostname():
    server, port = await serve(server_ctx())
    try:
        await asyncio.open_connection('127.0.0.1', port, ssl=client_ctx(), server_hostname='wrong.example')
    except (ssl.SSLError, ssl.CertificateError) as e:
        return isinstance(e, ValueError)
    finally:
        server.close()
async def c_tls_no_verify():
    server, port = await serve(server_ctx())
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    r, w = await asyncio.open_connection('127.0.0.1', port, ssl=ctx)
    w.write(b'x\n')
    line = await r.readline()
    cert = w.get_extra_info('peercert')
    w.close()
    server.close()
    return line, cert
async def c_tls_protocol():
    server, port = await serve(server_ctx())
    loop = asyncio.get_event_loop()
    done = loop.create_future()
    tr, pr = await loop.create_connection(lambda: Collect([], done), '127.0.0.1', port, ssl=client_ctx(), server_hostname='localhost')
    log = await done
    server.close()
    return log, tr.is_closing(), tr.can_write_eof()
async def c_tls_server_plain_client():
    got = []
    async def cb(r, w):
        got.append('called')
    server, port = await serve(server_ctx(), cb)
    r, w = await asyncio.open_connection('127.0.0.1', port)
    w.write(b'GET / HTTP/1.0\r\n\r\n')
    data = await r.read()
    server.close()
    return got, data[:1]
async def c_plain_protocol():
    server, port = await serve()
    loop = asyncio.get_event_loop()
    done = loop.create_future()
    tr, pr = await loop.create_connection(lambda: Collect([], done), '127.0.0.1', port)
    log = await done
    server.close()
    return log, type(tr.get_extra_info('socket')).__name__, tr.get_extra_info('sslcontext'), tr.can_write_eof()
async def c_plain_eof():
    server, port = await serve()
    r, w = await asyncio.open_connection('127.0.0.1', port)
    w.write(b'one\ntwo\n')
    w.write_eof()
    data = await r.read()
    eof = r.at_eof()
    w.close()
    server.close()
    return data, eof
async def c_connect_refused():
    s = socket.socket()
    s.bind(('127.0.0.1', 0))
    port = s.getsockname()[1]
    s.close()
    try:
        await asyncio.open_connection('127.0.0.1', port)
    except OSError as e:
        return type(e).__name__, e.errno, e.strerror.replace(str(port), 'PORT')
async def c_create_connection_args():
    loop = asyncio.get_event_loop()
    f = lambda **kw: aetype(loop.create_connection(asyncio.Protocol, **kw))
    return [await f(host='127.0.0.1', port=1, server_hostname='x'),
            await f(),
            await f(host='127.0.0.1', port=1, sock=socket.socket()),
            await f(sock=socket.socket(), ssl=True)]
async def c_create_server_args():
    loop = asyncio.get_event_loop()
    a = await aetype(loop.create_server(asyncio.Protocol, '127.0.0.1', 0, ssl=True))
    b = await aetype(loop.create_server(asyncio.Protocol))
    server, port = await serve()
    c = await aetype(loop.create_server(asyncio.Protocol, '127.0.0.1', port, reuse_address=False))
    server.close()
    return a, b, c.replace(str(port), 'PORT')
async def c_server_object():
    loop = asyncio.get_event_loop()
    server = await loop.create_server(asyncio.Protocol, '127.0.0.1', 0, backlog=5, reuse_address=True)
    s = server.sockets[0]
    out = [len(server.sockets), s.family == socket.AF_INET, s.gettimeout()]
    server.close()
    await server.wait_closed()
    out.append(server.sockets)
    server.close()
    return out
async def c_sock_ops():
    loop = asyncio.get_event_loop()
    lsock = socket.socket()
    lsock.bind(('127.0.0.1', 0))
    lsock.listen(1)
    lsock.setblocking(False)
    c = socket.socket()
    c.setblocking(False)
    acc = asyncio.ensure_future(loop.sock_accept(lsock))
    await loop.sock_connect(c, lsock.getsockname())
    conn, addr = await acc
    await loop.sock_sendall(c, b'abc' * 1000)
    got = b''
    while len(got) < 3000:
        got += await loop.sock_recv(conn, 4096)
    for s in (c, conn, lsock):
        s.close()
    return len(got), addr[0], conn.gettimeout()
async def c_readers_writers():
    loop = asyncio.get_event_loop()
    a, b = socket.socketpair()
    a.setblocking(False)
    got = loop.create_future()
    loop.add_reader(a.fileno(), lambda: got.set_result(a.recv(10)))
    w = loop.create_future()
    loop.add_writer(b.fileno(), lambda: w.done() or w.set_result('writable'))
    first = await w
    out = [first, loop.remove_writer(b.fileno()), loop.remove_writer(b.fileno())]
    b.send(b'hi')
    out.append(await got)
    out.append(loop.remove_reader(a.fileno()))
    a.close(); b.close()
    return out
async def c_getaddrinfo():
    loop = asyncio.get_event_loop()
    infos = await loop.getaddrinfo('127.0.0.1', 80, type=socket.SOCK_STREAM)
    return [(i[0] == socket.AF_INET, i[4]) for i in infos]
async def c_run_in_executor():
    loop = asyncio.get_event_loop()
    r = await loop.run_in_executor(None, lambda x: x * 2, 21)
    with concurrent.futures.ThreadPoolExecutor(2) as ex:
        s = await asyncio.gather(*[loop.run_in_executor(ex, pow, 2, i) for i in range(5)])
    e = await aetype(loop.run_in_executor(None, int, 'x'))
    return r, s, e
async def c_wrap_future():
    with concurrent.futures.ThreadPoolExecutor(1) as ex:
        f = ex.submit(sum, [1, 2, 3])
        w = asyncio.wrap_future(f)
        return await w, asyncio.isfuture(w), asyncio.wrap_future(w) is w
async def c_threadsafe():
    loop = asyncio.get_event_loop()
    fut = loop.create_future()
    threading.Thread(target=lambda: (time.sleep(0.05), loop.call_soon_threadsafe(fut.set_result, 'from thread'))).start()
    return await fut
async def c_run_coroutine_threadsafe():
    loop = asyncio.get_event_loop()
    box = []
    def worker():
        cf = asyncio.run_coroutine_threadsafe(value('x', 0.01), loop)
        box.append(cf.result(5))
        box.append(etype(lambda: asyncio.run_coroutine_threadsafe(1, loop)))
    t = threading.Thread(target=worker)
    t.start()
    while t.is_alive():
        await asyncio.sleep(0.01)
    return box
async def c_gather():
    r1 = await asyncio.gather(value(1, 0.02), value(2), value(3, 0.01))
    r2 = await asyncio.gather(value(1), boom('bad'), return_exceptions=True)
    r3 = await aetype(asyncio.gather(value(1), boom('first', 0.01), boom('second', 0.02)))
    r4 = await asyncio.gather()
    return r1, r2, r3, r4
async def c_gather_cancel():
    t = asyncio.ensure_future(value(1, 1))
    g = asyncio.gather(t, value(2, 1))
    await asyncio.sleep(0)
    c = g.cancel()
    r = await aetype(g)
    return c, r, t.cancelled(), g.cancel()
async def c_wait_modes():
    out = []
    for mode in (asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED):
        # far apart, so that a loaded machine still finishes them in order
        fs = [asyncio.ensure_future(value('slow', 1.2)), asyncio.ensure_future(value('fast', 0.005)), asyncio.ensure_future(boom('x', 0.6))]
        done, pending = await asyncio.wait(fs, return_when=mode)
        out.append((mode, len(done), len(pending)))
        for p in pending:
            p.cancel()
    return out
async def c_wait_timeout():
    fs = [asyncio.ensure_future(value(1, 0.01)), asyncio.ensure_future(value(2, 1))]
    done, pending = await asyncio.wait(fs, timeout=0.05)
    r = sorted(f.result() for f in done), len(pending)
    for p in pending:
        p.cancel()
    return r
async def c_wait_errors():
    return [await aetype(asyncio.wait([])), await aetype(asyncio.wait([value(1)], return_when='x')),
            await aetype(asyncio.wait(value(1))), await aetype(asyncio.wait(asyncio.sleep(0)))]
async def c_wait_for():
    a = await asyncio.wait_for(value('ok', 0.01), 1)
    t = asyncio.ensure_future(value('late', 1))
    b = await aetype(asyncio.wait_for(t, 0.02))
    await asyncio.sleep(0)
    c = await asyncio.wait_for(value('none'), None)
    return a, b, t.cancelled(), c
async def c_wait_for_timeout_class():
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except asyncio.TimeoutError as e:
        return type(e).__module__, repr(e), asyncio.TimeoutError is concurrent.futures.TimeoutError
async def c_as_completed():
    fs = [value('c', 0.06), value('a', 0.01), value('b', 0.03)]
    out = []
    for f in asyncio.as_completed(fs):
        out.append(await f)
    late = []
    for f in asyncio.as_completed([value('x', 1)], timeout=0.02):
        late.append(await aetype(f))
    return out, late
async def c_shield():
    inner = asyncio.ensure_future(value('inner', 0.03))
    outer = asyncio.shield(inner)
    outer.cancel()
    r = await aetype(outer)
    return r, await inner, inner.cancelled()
async def c_sleep_result():
    t0 = time.monotonic()
    r = await asyncio.sleep(0.03, result='slept')
    return r, time.monotonic() - t0 >= 0.025, await asyncio.sleep(0, 'zero')
async def c_task_cancel():
    started = []
    async def worker():
        started.append(1)
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            started.append('cancelled inside')
            raise
    t = asyncio.ensure_future(worker())
    await asyncio.sleep(0)
    a = t.cancel()
    r = await aetype(t)
    return a, r, started, t.cancelled(), t.done(), t.cancel(), etype(t.result), etype(t.exception)
async def c_task_cancel_caught():
    async def stubborn():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            return 'kept going'
    t = asyncio.ensure_future(stubborn())
    await asyncio.sleep(0)
    t.cancel()
    return await t, t.cancelled()
async def c_task_exception():
    t = asyncio.ensure_future(boom('inside'))
    await asyncio.sleep(0.01)
    return t.done(), repr(t.exception()), etype(t.result)
async def c_task_reprs():
    async def named():
        await asyncio.sleep(0.01)
        return 5
    t = asyncio.ensure_future(named())
    r1 = repr(t).split(' coro=')[0]
    await t
    c = asyncio.ensure_future(named())
    c.cancel()
    r2 = repr(c).split(' coro=')[0]
    await aetype(c)
    return r1, repr(t).split(' coro=')[0], repr(t).endswith('result=5>'), r2, repr(c).split(' coro=')[0]
async def c_current_task():
    loop = asyncio.get_event_loop()
    me = asyncio.Task.current_task()
    return isinstance(me, asyncio.Task), me in asyncio.Task.all_tasks(loop), asyncio.Task.current_task(asyncio.new_event_loop())
async def c_coroutine_decorator():
    @asyncio.coroutine
    def old_style(x):
        yield from asyncio.sleep(0)
        y = yield from asyncio.sleep(0, x)
        return y + 1
    @asyncio.coroutine
    def not_gen():
        return 'plain'
    return (await old_style(1), await not_gen(), asyncio.iscoroutinefunction(old_style),
            asyncio.iscoroutinefunction(not_gen), asyncio.iscoroutinefunction(value),
            asyncio.iscoroutinefunction(len), asyncio.iscoroutine(old_style(1)), asyncio.iscoroutine(1))
async def c_types_coroutine():
    @types.coroutine
    def yield_once():
        got = yield
        return got
    return await yield_once(), yield_once.__code__.co_flags & 0x100, etype(lambda: types.coroutine(3))
async def c_queue():
    q = asyncio.Queue(maxsize=2)
    out = []
    async def producer():
        for i in range(5):
            await q.put(i)
        await q.put(None)
    async def consumer():
        while True:
            item = await q.get()
            q.task_done()
            if item is None:
                break
            out.append(item)
    await asyncio.gather(producer(), consumer())
    await q.join()
    return out, q.empty(), q.full(), q.qsize(), q.maxsize
async def c_queue_kinds():
    lq, pq = asyncio.LifoQueue(), asyncio.PriorityQueue()
    for x in (3, 1, 2):
        lq.put_nowait(x)
        pq.put_nowait(x)
    return [lq.get_nowait() for _ in range(3)], [pq.get_nowait() for _ in range(3)]
async def c_queue_errors():
    q = asyncio.Queue(1)
    q.put_nowait('x')
    return (etype(lambda: q.put_nowait('y')), etype(asyncio.Queue().get_nowait), etype(asyncio.Queue().task_done),
            str(q), str(asyncio.LifoQueue(3)), asyncio.QueueFull.__mro__[1].__name__)
async def c_queue_join():
    q = asyncio.Queue()
    for i in range(3):
        q.put_nowait(i)
    log = []
    async def work():
        while not q.empty():
            x = await q.get()
            await asyncio.sleep(0.01)
            log.append(x)
            q.task_done()
    w = asyncio.ensure_future(work())
    await q.join()
    await w
    return log
async def c_queue_get_timeout():
    q = asyncio.Queue()
    r = await aetype(asyncio.wait_for(q.get(), 0.02))
    q.put_nowait(1)
    return r, await q.get(), len(q._getters)
async def c_lock():
    lock = asyncio.Lock()
    log = []
    async def crit(n):
        async with lock:
            log.append(('in', n))
            await asyncio.sleep(0.01)
            log.append(('out', n))
    await asyncio.gather(*[asyncio.ensure_future(crit(i)) for i in (1, 2, 3)])
    return log, lock.locked(), etype(lock.release)
async def c_lock_acquire():
    lock = asyncio.Lock()
    a = await lock.acquire()
    t = asyncio.ensure_future(lock.acquire())
    await asyncio.sleep(0)
    b = t.done()
    lock.release()
    await t
    return a, b, t.result(), lock.locked(), repr(lock).endswith('[locked]>')
async def c_event():
    ev = asyncio.Event()
    woke = []
    async def waiter(n):
        await ev.wait()
        woke.append(n)
    ts = [asyncio.ensure_future(waiter(i)) for i in range(3)]
    await asyncio.sleep(0.01)
    before = list(woke)
    ev.set()
    await asyncio.gather(*ts)
    r = ev.is_set()
    ev.clear()
    return before, sorted(woke), r, ev.is_set(), await ev.wait() if ev.set() is None else None
async def c_condition():
    cond = asyncio.Condition()
    items = []
    async def consumer():
        async with cond:
            await cond.wait_for(lambda: items)
            return items.pop()
    t = asyncio.ensure_future(consumer())
    await asyncio.sleep(0.01)
    async with cond:
        items.append('item')
        cond.notify()
    return await t, etype(cond.notify), await aetype(cond.wait())
async def c_semaphore():
    sem = asyncio.Semaphore(2)
    active, peak = [0], [0]
    async def job():
        async with sem:
            active[0] += 1
            peak[0] = max(peak[0], active[0])
            await asyncio.sleep(0.01)
            active[0] -= 1
    await asyncio.gather(*[job() for _ in range(6)])
    b = asyncio.BoundedSemaphore(1)
    return peak[0], sem.locked(), etype(b.release), etype(lambda: asyncio.Semaphore(-1))
async def c_stream_reader():
    r = asyncio.StreamReader()
    r.feed_data(b'line1\nline2\nrest')
    r.feed_eof()
    return (await r.readline(), await r.readuntil(b'2'), await r.readexactly(1), await r.read(2),
            await r.read(), await r.readline(), r.at_eof())
async def c_stream_reader_errors():
    r = asyncio.StreamReader()
    r.feed_data(b'abc')
    r.feed_eof()
    e1 = await aetype(r.readexactly(5))
    r2 = asyncio.StreamReader(limit=4)
    r2.feed_data(b'abcdefgh\nxy\n')
    e2 = await aetype(r2.readuntil(b'\n'))
    e3 = await aetype(r2.readline())
    r3 = asyncio.StreamReader()
    r3.feed_data(b'abc')
    r3.feed_eof()
    try:
        await r3.readuntil(b'!')
    except asyncio.IncompleteReadError as e:
        e4 = (e.partial, e.expected, isinstance(e, EOFError))
    return e1, e2, e3, await r2.readline(), e4, await aetype(r.readexactly(-1)), await aetype(r.readuntil(b''))
async def c_stream_limit_overrun():
    r = asyncio.StreamReader(limit=3)
    r.feed_data(b'abcdef')
    try:
        await r.readuntil(b'\n')
    except asyncio.LimitOverrunError as e:
        return repr(e), e.consumed
async def c_stream_exception():
    r = asyncio.StreamReader()
    t = asyncio.ensure_future(r.read(10))
    await asyncio.sleep(0)
    r.set_exception(ConnectionResetError('gone'))
    return await aetype(t), await aetype(r.read(1)), repr(r.exception())
async def c_stream_concurrent_read():
    r = asyncio.StreamReader()
    t = asyncio.ensure_future(r.read(1))
    await asyncio.sleep(0)
    e = await aetype(r.read(1))
    r.feed_data(b'z')
    return e, await t
async def c_future_basics():
    loop = asyncio.get_event_loop()
    f = loop.create_future()
    log = []
    def cb(fut):
        log.append(fut.result())
    f.add_done_callback(cb)
    f.add_done_callback(cb)
    r0 = repr(f)
    f.remove_done_callback(cb)
    f.add_done_callback(cb)
    f.set_result(7)
    await asyncio.sleep(0)
    return (r0.split(' at ')[0], repr(f), log, etype(lambda: f.set_result(1)), etype(lambda: f.set_exception(ValueError())),
            f.done(), f.cancelled(), f.exception(), f.cancel())
async def c_future_states():
    loop = asyncio.get_event_loop()
    f = loop.create_future()
    g = loop.create_future()
    g.set_exception(KeyError('k'))
    h = loop.create_future()
    h.cancel()
    return (repr(f), etype(f.result), etype(f.exception), repr(g), etype(g.result), repr(g.exception()),
            repr(h), etype(h.result), etype(h.exception), etype(lambda: loop.create_future().set_exception(StopIteration())),
            asyncio.InvalidStateError.__mro__[1].__name__, asyncio.CancelledError is concurrent.futures.CancelledError)
async def c_future_await():
    loop = asyncio.get_event_loop()
    f = loop.create_future()
    loop.call_later(0.01, f.set_result, 'later')
    r = await f
    g = asyncio.Future()
    loop.call_soon(g.set_exception, ValueError('via future'))
    return r, await aetype(g), await f
async def c_ensure_future():
    loop = asyncio.get_event_loop()
    f = loop.create_future()
    class Aw:
        def __await__(self):
            return value('awaitable').__await__()
    t = asyncio.ensure_future(Aw())
    return (asyncio.ensure_future(f) is f, etype(lambda: asyncio.ensure_future(1)),
            etype(lambda: asyncio.ensure_future(f, loop=asyncio.new_event_loop())), await t, isinstance(t, asyncio.Task))
async def c_loop_callbacks():
    loop = asyncio.get_event_loop()
    log = []
    loop.call_later(0.02, log.append, 'later')
    loop.call_at(loop.time() + 0.01, log.append, 'at')
    loop.call_soon(log.append, 'soon')
    h = loop.call_soon(log.append, 'cancelled')
    h.cancel()
    await asyncio.sleep(0.05)
    return log, loop.is_running(), loop.is_closed(), asyncio.get_event_loop() is loop
async def c_loop_running_errors():
    loop = asyncio.get_event_loop()
    return (etype(lambda: loop.run_until_complete(value(1))), etype(loop.run_forever), etype(loop.close),
            etype(lambda: asyncio.new_event_loop().run_until_complete(value(1))))
async def c_transport_write_errors():
    server, port = await serve()
    r, w = await asyncio.open_connection('127.0.0.1', port)
    e1 = etype(lambda: w.write('text'))
    w.write_eof()
    e2 = etype(lambda: w.write(b'x'))
    tr = w.transport
    tr.pause_reading()
    e3 = etype(tr.pause_reading)
    tr.resume_reading()
    e4 = etype(tr.resume_reading)
    w.close()
    e5 = etype(tr.pause_reading)
    server.close()
    return e1, e2, e3, e4, e5, tr.is_closing()
async def c_stream_writer_drain():
    server, port = await serve()
    r, w = await asyncio.open_connection('127.0.0.1', port)
    for _ in range(8):
        w.write(b'x' * 50000)
        await w.drain()
        w.write(b'\n')
    lines = [await r.readline() for _ in range(8)]
    line = b''.join(lines)
    w.close()
    server.close()
    return len(line), w.transport.get_write_buffer_size()

def sync_loop_cases():
    loop = asyncio.new_event_loop()
    out = [repr(loop)]
    out.append(loop.run_until_complete(value(3)))
    log = []
    loop.call_soon(log.append, 1)
    loop.call_soon(loop.stop)
    loop.call_soon(log.append, 2)
    loop.run_forever()
    out.append(log)
    out.append(etype(lambda: loop.run_until_complete(boom('rc'))))
    loop.close()
    out.append(repr(loop))
    out.append(etype(lambda: loop.call_soon(print)))
    out.append(etype(lambda: loop.run_until_complete(value(1))))
    loop.close()
    return out
def no_loop_in_thread():
    box = []
    t = threading.Thread(target=lambda: box.append(etype(asyncio.get_event_loop)), name='worker-1')
    t.start()
    t.join()
    return box
def main_thread_loop():
    asyncio.set_event_loop(None)
    a = etype(asyncio.get_event_loop)
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)
    b = asyncio.get_event_loop() is loop
    asyncio.set_event_loop(None)
    loop.close()
    return a, b
def handle_reprs():
    loop = asyncio.new_event_loop()
    def cb(x):
        pass
    h = loop.call_soon(cb, 1)
    r = repr(h).replace(__file__ if '__file__' in globals() else '<stdin>', 'F')
    h.cancel()
    c = repr(h)
    t = loop.call_later(5, cb, 'x')
    tr = repr(t).split(' when=')[0]
    t.cancel()
    loop.close()
    return r.split(' at ')[0], c, tr
def exception_handler():
    loop = asyncio.new_event_loop()
    seen = []
    loop.set_exception_handler(lambda l, ctx: seen.append((ctx['message'].split(' at ')[0], repr(ctx['exception']))))
    def bad():
        raise RuntimeError('in callback')
    loop.call_soon(bad)
    loop.run_until_complete(asyncio.sleep(0.01, loop=loop))
    e = etype(lambda: loop.set_exception_handler(5))
    loop.close()
    return seen, e
async def c_subprocess():
    from asyncio.subprocess import PIPE, STDOUT, DEVNULL
    out = []
    p = await asyncio.create_subprocess_exec('cat', stdin=PIPE, stdout=PIPE)
    data, err = await p.communicate(b'tls ' * 50000)
    out.append((len(data), err, p.returncode, repr(p) == '<Process %d>' % p.pid))
    p = await asyncio.create_subprocess_shell('echo out; echo err >&2; exit 3', stdout=PIPE, stderr=PIPE)
    out.append((await p.communicate(), p.returncode))
    p = await asyncio.create_subprocess_shell('echo one; echo two >&2', stdout=PIPE, stderr=STDOUT)
    out.append((sorted([await p.stdout.readline(), await p.stdout.readline(), await p.stdout.readline()]), await p.wait()))
    p = await asyncio.create_subprocess_exec('sleep', '5', stdout=DEVNULL)
    p.terminate()
    out.append(await p.wait())
    p = await asyncio.create_subprocess_exec('sh', '-c', 'exit 0', stdin=PIPE)
    await p.wait()
    out.append((await p.communicate(b'x' * 200000), p.returncode))
    out.append(await aetype(asyncio.create_subprocess_exec('/nonexistent/prog')))
    loop = asyncio.get_event_loop()
    for kw in ({'universal_newlines': True}, {'shell': True}, {'bufsize': 1}):
        out.append(await aetype(loop.subprocess_exec(asyncio.SubprocessProtocol, 'true', **kw)))
    out.append(await aetype(loop.subprocess_shell(asyncio.SubprocessProtocol, ['true'])))
    done = loop.create_future()
    class P(asyncio.SubprocessProtocol):
        def connection_lost(self, exc):
            done.set_result(exc)
    t, proto = await loop.subprocess_exec(P, 'true', stdin=None, stdout=None, stderr=None)
    out.append((await done, t.get_returncode(), t.get_pipe_transport(1), etype(t.kill)))
    return out
def child_watcher():
    w = asyncio.get_child_watcher()
    out = [type(w).__name__, isinstance(w, asyncio.AbstractChildWatcher), w is asyncio.get_child_watcher()]
    loop = asyncio.new_event_loop()
    w.attach_loop(loop)
    child = os.spawnlp(os.P_NOWAIT, 'sh', 'sh', '-c', 'exit 7')
    done = loop.create_future()
    w.add_child_handler(child, lambda pid, rc, tag: done.set_result((pid == child, rc, tag)), 'tag')
    out.append(loop.run_until_complete(asyncio.wait_for(done, 5)))
    out.append(sorted(n for n in asyncio.__all__ if 'atcher' in n))
    out.append(etype(lambda: asyncio.set_child_watcher(5)))
    asyncio.set_child_watcher(asyncio.FastChildWatcher())
    out.append(type(asyncio.get_child_watcher()).__name__)
    loop.close()
    return out
def signal_handlers():
    import signal
    loop = asyncio.new_event_loop()
    got = []
    def on_sig(name):
        got.append(name)
        if len(got) == 2:
            loop.stop()
    loop.add_signal_handler(signal.SIGUSR1, on_sig, 'usr1')
    loop.add_signal_handler(signal.SIGUSR2, on_sig, 'usr2')
    loop.call_later(0.05, os.kill, os.getpid(), signal.SIGUSR1)
    threading.Timer(0.1, os.kill, (os.getpid(), signal.SIGUSR2)).start()
    loop.call_later(5, loop.stop)
    loop.run_forever()
    async def coro():
        pass
    out = [got, loop.remove_signal_handler(signal.SIGUSR1), loop.remove_signal_handler(signal.SIGUSR1)]
    out += [etype(lambda: loop.add_signal_handler(bad, print)) for bad in ('x', 0, 999, signal.SIGKILL)]
    out += [etype(lambda: loop.add_signal_handler(signal.SIGUSR1, coro)), signal.getsignal(signal.SIGUSR2) is signal.SIG_DFL]
    loop.close()
    return out + [signal.getsignal(signal.SIGUSR2) is signal.SIG_DFL, etype(lambda: loop.add_signal_handler(signal.SIGUSR1, print))]
`

var asyncioCases = []pytesting.Case{
	// TLS through streams and protocols
	{"tls_echo", `run(c_tls_echo())`},
	{"tls_writelines_many", `run(c_tls_writelines_many())`},
	{"tls_bad_ca", `run(c_tls_bad_ca())`},
	{"tls_bad_hostname", `run(c_tls_bad_hostname())`},
	{"tls_no_verify", `run(c_tls_no_verify())`},
	{"tls_protocol", `run(c_tls_protocol())`},
	{"tls_server_plain_client", `run(c_tls_server_plain_client())`},
	// plain connections
	{"plain_protocol", `run(c_plain_protocol())`},
	{"plain_eof", `run(c_plain_eof())`},
	{"connect_refused", `run(c_connect_refused())`},
	{"create_connection_args", `run(c_create_connection_args())`},
	{"create_server_args", `run(c_create_server_args())`},
	{"server_object", `run(c_server_object())`},
	{"sock_ops", `run(c_sock_ops())`},
	{"readers_writers", `run(c_readers_writers())`},
	{"getaddrinfo", `run(c_getaddrinfo())`},
	{"transport_write_errors", `run(c_transport_write_errors())`},
	{"stream_writer_drain", `run(c_stream_writer_drain())`},
	// threads and executors
	{"run_in_executor", `run(c_run_in_executor())`},
	{"wrap_future", `run(c_wrap_future())`},
	{"call_soon_threadsafe", `run(c_threadsafe())`},
	{"run_coroutine_threadsafe", `run(c_run_coroutine_threadsafe())`},
	// combinators
	{"gather", `run(c_gather())`},
	{"gather_cancel", `run(c_gather_cancel())`},
	{"wait_modes", `run(c_wait_modes())`},
	{"wait_timeout", `run(c_wait_timeout())`},
	{"wait_errors", `run(c_wait_errors())`},
	{"wait_for", `run(c_wait_for())`},
	{"wait_for_timeout_class", `run(c_wait_for_timeout_class())`},
	{"as_completed", `run(c_as_completed())`},
	{"shield", `run(c_shield())`},
	{"sleep_result", `run(c_sleep_result())`},
	// tasks and futures
	{"task_cancel", `run(c_task_cancel())`},
	{"task_cancel_caught", `run(c_task_cancel_caught())`},
	{"task_exception", `run(c_task_exception())`},
	{"task_reprs", `run(c_task_reprs())`},
	{"current_task", `run(c_current_task())`},
	{"coroutine_decorator", `run(c_coroutine_decorator())`},
	{"types_coroutine", `run(c_types_coroutine())`},
	{"future_basics", `run(c_future_basics())`},
	{"future_states", `run(c_future_states())`},
	{"future_await", `run(c_future_await())`},
	{"ensure_future", `run(c_ensure_future())`},
	// queues and locks
	{"queue", `run(c_queue())`},
	{"queue_kinds", `run(c_queue_kinds())`},
	{"queue_errors", `run(c_queue_errors())`},
	{"queue_join", `run(c_queue_join())`},
	{"queue_get_timeout", `run(c_queue_get_timeout())`},
	{"lock", `run(c_lock())`},
	{"lock_acquire", `run(c_lock_acquire())`},
	{"event", `run(c_event())`},
	{"condition", `run(c_condition())`},
	{"semaphore", `run(c_semaphore())`},
	// streams
	{"stream_reader", `run(c_stream_reader())`},
	{"stream_reader_errors", `run(c_stream_reader_errors())`},
	{"stream_limit_overrun", `run(c_stream_limit_overrun())`},
	{"stream_exception", `run(c_stream_exception())`},
	{"stream_concurrent_read", `run(c_stream_concurrent_read())`},
	{"exception_classes", `[(c.__module__, c.__name__, [b.__name__ for b in c.__mro__[1:]]) for c in (asyncio.IncompleteReadError, asyncio.LimitOverrunError, asyncio.QueueEmpty, asyncio.InvalidStateError)]`},
	// the loop
	{"loop_callbacks", `run(c_loop_callbacks())`},
	{"loop_running_errors", `run(c_loop_running_errors())`},
	{"sync_loop", `sync_loop_cases()`},
	{"no_loop_in_thread", `no_loop_in_thread()`},
	{"main_thread_loop", `main_thread_loop()`},
	{"handle_reprs", `handle_reprs()`},
	{"signal_handlers", `signal_handlers()`},
	{"tls_refused_client_cert", `run(c_tls_refused_client_cert())`},
	{"child_watcher", `child_watcher()`},
	{"subprocess", `run(c_subprocess())`},
	{"subprocess_names", `(sorted(asyncio.subprocess.__all__), asyncio.create_subprocess_exec.__module__, asyncio.subprocess.PIPE, asyncio.subprocess.DEVNULL)`},
	{"exception_handler", `exception_handler()`},
	{"ensure_future_type_error", `etype(lambda: asyncio.ensure_future(None))`},
	{"iscoroutine_checks", `(asyncio.iscoroutine(asyncio.sleep(0)), type(asyncio.sleep(0)).__name__, asyncio.iscoroutinefunction(asyncio.sleep))`},
}

func TestAsyncio(t *testing.T) {
	fx, err := testcerts.Generate(t.TempDir())
	require.NoError(t, err)
	t.Setenv("AIO_CA", fx.CAPEM)
	t.Setenv("AIO_CERT", fx.LeafPEM)
	t.Setenv("AIO_KEY", fx.LeafKey)
	pytesting.DiffCases(t, "asyncio", asyncioPrelude, asyncioCases)
}

// The 3.7 additions scripts written today use (asyncio.run, create_task,
// get_running_loop, current_task, all_tasks, StreamWriter.wait_closed),
// against CPython 3.7.
const asyncio37Prelude = pytesting.ShowRepr + `import asyncio
def etype(f):
    try:
        return f()
    except BaseException as e:
        return '%s: %s' % (type(e).__name__, e)
async def value(x, delay=0):
    await asyncio.sleep(delay)
    return x
async def with_tasks():
    t = asyncio.create_task(value('made', 0.01))
    me = asyncio.current_task()
    return await t, isinstance(me, asyncio.Task), me in asyncio.all_tasks(), asyncio.get_running_loop() is asyncio.get_event_loop()
async def nested():
    c = value(1)
    try:
        return etype(lambda: asyncio.run(c))
    finally:
        await c
async def leftover():
    log = []
    async def forever():
        try:
            await asyncio.sleep(10)
        except asyncio.CancelledError:
            log.append('cancelled at shutdown')
            raise
    asyncio.ensure_future(forever())
    await asyncio.sleep(0)
    return log
async def echo_once():
    async def handle(r, w):
        w.write(await r.readline())
        await w.drain()
        w.close()
    server = await asyncio.start_server(handle, '127.0.0.1', 0)
    port = server.sockets[0].getsockname()[1]
    r, w = await asyncio.open_connection('127.0.0.1', port)
    w.write(b'ping\n')
    line = await r.readline()
    w.close()
    await w.wait_closed()
    server.close()
    await server.wait_closed()
    return line, w.is_closing()
def run_leftover():
    box = []
    async def main():
        box.append(await leftover())
    asyncio.run(main())
    return box
`

var asyncio37Cases = []pytesting.Case{
	{"run_result", `asyncio.run(value(42))`},
	{"run_not_coroutine", `etype(lambda: asyncio.run(5))`},
	{"run_closes_loop", `(lambda l: (asyncio.run(value(1)), etype(asyncio.get_event_loop)))(None)`},
	{"run_nested", `asyncio.run(nested())`},
	{"run_raises", `etype(lambda: asyncio.run(value(int('x'))))`},
	{"create_task_outside", `(lambda c: (etype(lambda: asyncio.create_task(c)), c.close()))(value(1))`},
	{"get_running_loop_outside", `etype(asyncio.get_running_loop)`},
	{"tasks_api", `asyncio.run(with_tasks())`},
	{"cancel_leftovers", `run_leftover()`},
	{"wait_closed", `asyncio.run(echo_once())`},
}

func TestAsyncio37(t *testing.T) {
	src := pytesting.CaseScript(asyncio37Prelude, asyncio37Cases)
	want := pytesting.CPython37Output(t, "asyncio37", src)
	got, err := pytesting.RunGuarded(t, src)
	require.NoError(t, err, "gpython raised outside a case; output:\n%s", got)
	pytesting.CompareCases(t, asyncio37Cases, want, got)
}
