package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// asyncio's children as CPython 3.6 has them: the subprocess transport
// connects the child's pipes through the loop's pipe transports
// (base_subprocess's pipe protocols in between), the SIGCHLD child
// watchers (SafeChildWatcher asking about each child, FastChildWatcher
// reaping all, with os.waitpid replaced so no real child is needed), a
// task whose scheduling fails reporting itself at once, and the waiter
// wake-up the stream reader shares with the SSL transports, and the
// _asyncio module 3.6 compiles (here asyncio's own Future and Task).

const asyncioChildrenPrelude = pytesting.ShowRepr + `import asyncio, os, signal, logging
from unittest import mock
from asyncio import base_subprocess, unix_events, subprocess, test_utils
def etype(f):
    try:
        return f()
    except BaseException as e:
        return '%s: %s' % (type(e).__name__, e)
def on_loop(make):
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(None)
    asyncio.get_child_watcher().attach_loop(loop)
    try:
        return etype(lambda: loop.run_until_complete(
            asyncio.wait_for(make(loop), 30, loop=loop)))
    finally:
        asyncio.get_child_watcher().attach_loop(None)
        loop.close()
def cat_pipes(loop):
    async def main():
        p = await asyncio.create_subprocess_exec(
            'cat', stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.PIPE, loop=loop)
        tr = p._transport
        kinds = [type(tr.get_pipe_transport(fd)).__name__ for fd in (0, 1, 2)]
        protos = sorted(type(proto).__name__ for proto in tr._pipes.values())
        words = repr(tr)[1:-1].split()
        shape = [words[0], words[2]] + [w.split('=')[0] for w in words[3:]]
        out, err = await p.communicate(b'spam\n' * 50000)
        return kinds, protos, shape, len(out), err, p.returncode, repr(tr).split()[-1]
    return main()
def only_stdout(loop):
    async def main():
        p = await asyncio.create_subprocess_shell(
            'echo eggs; exit 4', stdout=subprocess.PIPE, loop=loop)
        tr = p._transport
        has = [tr.get_pipe_transport(fd) is not None for fd in (0, 1, 2)]
        data = await p.stdout.read()
        return has, data, await p.wait()
    return main()
def killed(loop):
    async def main():
        p = await asyncio.create_subprocess_exec('sleep', '30', loop=loop)
        p.kill()
        code = await p.wait()
        tr = p._transport
        return code, etype(p.kill), tr.get_returncode()
    return main()
def missing(loop):
    async def main():
        try:
            await asyncio.create_subprocess_exec('/nonexistent/prog', loop=loop)
        except OSError as e:
            return type(e).__name__
    return main()
class FakeProc(base_subprocess.BaseSubprocessTransport):
    def _start(self, **kw):
        self._proc = mock.Mock(stdin=None, stdout=None, stderr=None, pid=77,
                               returncode=None)
def fake_transport():
    loop = test_utils.TestLoop()
    proto = mock.Mock()
    waiter = loop.create_future()
    tr = FakeProc(loop, proto, ['x'], False, None, None, None, 0, waiter=waiter)
    before = repr(tr)
    tr._process_exited(6)
    loop.run_until_complete(waiter)
    test_utils.run_briefly(loop)
    called = [proto.connection_made.called, proto.process_exited.called,
              proto.connection_lost.call_args]
    gone = (tr._loop, tr._proc, tr._protocol, tr.is_closing())
    dead = [etype(f) for f in (tr.kill, tr.terminate, lambda: tr.send_signal(9))]
    after = repr(tr)
    tr.close()
    loop.close()
    return before, after, called, gone, dead
def with_waitpid(kind, script):
    loop = test_utils.TestLoop()
    zombies, calls = {}, []
    def waitpid(pid, flags):
        calls.append(pid)
        if pid == -1:
            if zombies:
                return zombies.popitem()
            raise ChildProcessError()
        if pid in zombies:
            return pid, zombies.pop(pid)
        if pid in running:
            return 0, 0
        raise ChildProcessError()
    running = set()
    logged = []
    with mock.patch('os.waitpid', waitpid), \
         mock.patch.object(loop, 'add_signal_handler') as add, \
         mock.patch.object(loop, 'remove_signal_handler'), \
         mock.patch.object(unix_events.logger, 'warning',
                           lambda *a, **k: logged.append(a[0] % a[1:])):
        w = kind()
        w.attach_loop(loop)
        out = script(w, zombies, running, add)
        w.close()
    loop.close()
    return out, logged
def safe_script(w, zombies, running, add):
    got = []
    hooked = add.call_args[0] == (signal.SIGCHLD, w._sig_chld)
    running.add(5)
    w.add_child_handler(5, lambda *a: got.append(a), 'x')
    w._sig_chld()
    first = list(got)
    running.discard(5)
    zombies[5] = 3 << 8
    w._sig_chld()
    w.add_child_handler(9, lambda *a: got.append(a))
    running.add(6)
    w.add_child_handler(6, lambda *a: got.append(a))
    zombies[6] = signal.SIGTERM
    running.discard(6)
    w._sig_chld()
    removed = (w.remove_child_handler(6), w.remove_child_handler(42))
    return hooked, first, got, removed
def fast_script(w, zombies, running, add):
    got = []
    zombies[8] = 1 << 8
    with w:
        w._sig_chld()
        w.add_child_handler(8, lambda *a: got.append(a), 'early')
    zombies[11] = 0
    w._sig_chld()
    with w:
        w.add_child_handler(12, lambda *a: got.append(a))
    zombies[12] = 2 << 8
    w._sig_chld()
    outside = etype(lambda: w.add_child_handler(13, print))
    return got, outside
def watcher_errors():
    base = etype(lambda: unix_events.BaseChildWatcher()._do_waitpid(1))
    unattached = etype(lambda: asyncio.SafeChildWatcher().add_child_handler(1, print))
    abstract = etype(lambda: asyncio.AbstractChildWatcher().attach_loop(None))
    return base, unattached, abstract
def failing_schedule():
    loop = asyncio.new_event_loop()
    seen = []
    loop.set_exception_handler(lambda l, ctx: seen.append(ctx['message']))
    def refuse(*args):
        raise ValueError('no')
    loop.call_soon = refuse
    @asyncio.coroutine
    def coro():
        pass
    gen = coro()
    r = etype(lambda: asyncio.Task(gen, loop=loop))
    gen.close()
    del loop.call_soon
    left = asyncio.Task.all_tasks(loop)
    loop.close()
    return r, seen, left
def reader_waiter(loop):
    async def main():
        r = asyncio.StreamReader(loop=loop)
        async def later():
            r.set_exception(ValueError('broken'))
        loop.create_task(later())
        first = await etype_async(r.read(3))
        r2 = asyncio.StreamReader(loop=loop)
        loop.call_soon(r2.feed_data, b'abc')
        loop.call_soon(r2.feed_eof)
        return first, await r2.read(), r2._waiter
    return main()
def fast_real():
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(None)
    watcher = asyncio.FastChildWatcher()
    asyncio.set_child_watcher(watcher)
    watcher.attach_loop(loop)
    async def main():
        codes = []
        for cmd in ('exit 7', 'echo x; exit 3', 'true'):
            p = await asyncio.create_subprocess_shell(
                cmd, stdout=subprocess.PIPE, loop=loop)
            await p.stdout.read()
            codes.append(await p.wait())
        return codes
    try:
        return etype(lambda: loop.run_until_complete(
            asyncio.wait_for(main(), 30, loop=loop)))
    finally:
        asyncio.set_child_watcher(None)
        loop.close()
async def etype_async(aw):
    try:
        return await aw
    except BaseException as e:
        return '%s: %s' % (type(e).__name__, e)
`

var asyncioChildrenCases = []pytesting.Case{
	{"cat_pipes", `on_loop(cat_pipes)`},
	{"only_stdout", `on_loop(only_stdout)`},
	{"killed_child", `on_loop(killed)`},
	{"missing_program", `on_loop(missing)`},
	{"base_transport", `fake_transport()`},
	{"pipe_protocol_classes", `[c.__mro__[1].__name__ for c in (base_subprocess.WriteSubprocessPipeProto, base_subprocess.ReadSubprocessPipeProto)]`},
	{"pipe_protocol_repr", `repr(base_subprocess.WriteSubprocessPipeProto(None, 0))`},
	{"safe_watcher", `with_waitpid(asyncio.SafeChildWatcher, safe_script)`},
	{"fast_watcher", `with_waitpid(asyncio.FastChildWatcher, fast_script)`},
	{"watcher_errors", `watcher_errors()`},
	{"watcher_classes", `[c.__mro__[1].__name__ for c in (asyncio.SafeChildWatcher, asyncio.FastChildWatcher)]`},
	{"task_schedule_fails", `failing_schedule()`},
	{"stream_reader_waiter", `on_loop(reader_waiter)`},
	{"fast_watcher_real_children", `fast_real()`},
	{"accelerator_module", `(lambda m: (m.Future is asyncio.Future, m.Task is asyncio.Task, sorted(n for n in dir(m) if not n.startswith('__'))))(__import__('_asyncio'))`},
}

func TestAsyncioChildren(t *testing.T) {
	pytesting.DiffCases(t, "asyncio_children", asyncioChildrenPrelude, asyncioChildrenCases)
}
