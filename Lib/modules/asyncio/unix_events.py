"""The event loop for Unix: the selector loop with signal handlers and
child processes, and the default policy making one per thread."""

import collections
import errno
import os
import signal
import subprocess
import threading

from asyncio import coroutines
from asyncio import events
from asyncio import selector_events
from asyncio import transports
from asyncio.coroutines import coroutine

__all__ = ['SelectorEventLoop', 'AbstractChildWatcher', 'SafeChildWatcher',
           'FastChildWatcher', 'DefaultEventLoopPolicy']


class _PipeReadTransport(transports.ReadTransport):
    """One output pipe of a child (its stdout or stderr), read when the
    loop sees it readable; what arrives goes to the process transport."""

    def __init__(self, loop, owner, num, pipe):
        super().__init__({'pipe': pipe})
        self._loop, self._owner, self._num, self._pipe = loop, owner, num, pipe
        self._fd = pipe.fileno()
        os.set_blocking(self._fd, False)
        self._closing = self._paused = self.disconnected = False
        loop._add_reader(self._fd, self._readable)

    def __repr__(self):
        return '<%s fd=%s>' % (type(self).__name__, self._fd)

    def _readable(self):
        try:
            data = os.read(self._fd, 256 * 1024)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self._lost(exc)
            return
        if data:
            self._owner._pipe_data_received(self._num, data)
        else:
            self._lost(None)

    def _lost(self, exc):
        if self.disconnected:
            return
        self._closing = self.disconnected = True
        if not self._loop.is_closed():
            self._loop._remove_reader(self._fd)
        self._pipe.close()
        self._owner._pipe_connection_lost(self._num, exc)

    def pause_reading(self):
        if not self._closing and not self._paused:
            self._paused = True
            self._loop._remove_reader(self._fd)

    def resume_reading(self):
        if not self._closing and self._paused:
            self._paused = False
            self._loop._add_reader(self._fd, self._readable)

    def is_closing(self):
        return self._closing

    def close(self):
        if not self._closing:
            self._closing = True
            self._loop.call_soon(self._lost, None)


class _PipeWriteTransport(transports._FlowControlMixin):
    """A child's stdin: writes are buffered and sent when the pipe can
    take them; the process's protocol is asked to pause past the high
    water mark."""

    def __init__(self, loop, owner, pipe):
        transports._FlowControlMixin.__init__(self, {'pipe': pipe}, loop)
        self._owner, self._pipe, self._protocol = owner, pipe, owner._protocol
        self._fd = pipe.fileno()
        os.set_blocking(self._fd, False)
        self._buffer = bytearray()
        self._closing = self.disconnected = False

    def __repr__(self):
        return '<%s fd=%s>' % (type(self).__name__, self._fd)

    def get_write_buffer_size(self):
        return len(self._buffer)

    def write(self, data):
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError('data argument must be a bytes-like object, not %r'
                            % type(data).__name__)
        if not data or self._closing or self.disconnected:
            return
        if not self._buffer:
            try:
                sent = os.write(self._fd, data)
            except (BlockingIOError, InterruptedError):
                sent = 0
            except OSError as exc:
                self._finish(exc)
                return
            if sent == len(data):
                return
            data = memoryview(data)[sent:]
            self._loop._add_writer(self._fd, self._writable)
        self._buffer += data
        self._maybe_pause_protocol()

    def _writable(self):
        try:
            sent = os.write(self._fd, self._buffer)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as exc:
            self._buffer.clear()
            self._finish(exc)
            return
        del self._buffer[:sent]
        self._maybe_resume_protocol()
        if not self._buffer:
            self._loop._remove_writer(self._fd)
            if self._closing:
                self._finish(None)

    def can_write_eof(self):
        return True

    def write_eof(self):
        if self._closing:
            return
        self._closing = True
        if not self._buffer:
            self._loop.call_soon(self._finish, None)

    def close(self):
        self.write_eof()

    def abort(self):
        self._buffer.clear()
        self._finish(None)

    def is_closing(self):
        return self._closing

    def _finish(self, exc):
        if self.disconnected:
            return
        self._closing = self.disconnected = True
        if not self._loop.is_closed():
            self._loop._remove_writer(self._fd)
        self._pipe.close()
        self._owner._pipe_connection_lost(0, exc)


class _SubprocessTransport(transports.SubprocessTransport):
    """A child process and its pipes. Its end is noticed by a thread
    waiting for it, which hands the return code to the loop."""

    def __init__(self, loop, protocol, args, shell, stdin, stdout, stderr,
                 bufsize, waiter, extra=None, **kwargs):
        super().__init__(extra)
        self._loop, self._protocol = loop, protocol
        self._closed = self._finished = False
        self._returncode = None
        self._exit_waiters = []
        self._queued = collections.deque()  # protocol calls before connection_made
        self._proc = subprocess.Popen(args, shell=shell, stdin=stdin, stdout=stdout,
                                      stderr=stderr, universal_newlines=False,
                                      bufsize=bufsize, **kwargs)
        self._pid = self._proc.pid
        self._extra['subprocess'] = self._proc
        self._pipes = {}
        if self._proc.stdin is not None:
            self._pipes[0] = _PipeWriteTransport(loop, self, self._proc.stdin)
        for num, pipe in ((1, self._proc.stdout), (2, self._proc.stderr)):
            if pipe is not None:
                self._pipes[num] = _PipeReadTransport(loop, self, num, pipe)
        loop.call_soon(self._connected, waiter)
        threading.Thread(target=self._reap, daemon=True).start()

    def __repr__(self):
        state = 'closed' if self._closed else (
            'running' if self._returncode is None else 'returncode=%s' % self._returncode)
        return '<%s pid=%s %s>' % (type(self).__name__, self._pid, state)

    def _reap(self):
        code = self._proc.wait()
        try:
            self._loop.call_soon_threadsafe(self._process_exited, code)
        except RuntimeError:
            pass  # the loop is closed: nobody is waiting any more

    def _connected(self, waiter):
        self._protocol.connection_made(self)
        queued, self._queued = self._queued, None
        for call in queued:
            self._loop.call_soon(*call)
        if not waiter.cancelled():
            waiter.set_result(None)

    def _call(self, callback, *args):
        if self._queued is not None:
            self._queued.append((callback,) + args)
        else:
            self._loop.call_soon(callback, *args)

    def _pipe_data_received(self, fd, data):
        self._call(self._protocol.pipe_data_received, fd, data)

    def _pipe_connection_lost(self, fd, exc):
        self._call(self._protocol.pipe_connection_lost, fd, exc)
        self._maybe_finish()

    def _process_exited(self, code):
        if self._returncode is not None:
            return
        self._returncode = code
        if self._proc.returncode is None:
            self._proc.returncode = code
        self._call(self._protocol.process_exited)
        self._maybe_finish()
        waiters, self._exit_waiters = self._exit_waiters, []
        for w in waiters:
            if not w.cancelled():
                w.set_result(code)

    def _maybe_finish(self):
        if self._finished or self._returncode is None:
            return
        if all(p.disconnected for p in self._pipes.values()):
            self._finished = True
            self._call(self._connection_lost, None)

    def _connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            self._proc = None

    @coroutine
    def _wait(self):
        if self._returncode is not None:
            return self._returncode
        waiter = self._loop.create_future()
        self._exit_waiters.append(waiter)
        return (yield from waiter)

    def get_pid(self):
        return self._pid

    def get_returncode(self):
        return self._returncode

    def get_pipe_transport(self, fd):
        return self._pipes.get(fd)

    def get_protocol(self):
        return self._protocol

    def set_protocol(self, protocol):
        self._protocol = protocol

    def is_closing(self):
        return self._closed

    def _live_proc(self):
        if self._proc is None:
            raise ProcessLookupError()
        return self._proc

    def send_signal(self, signal):
        self._live_proc().send_signal(signal)

    def terminate(self):
        self._live_proc().terminate()

    def kill(self):
        self._live_proc().kill()

    def close(self):
        if self._closed:
            return
        self._closed = True
        for pipe in self._pipes.values():
            if not pipe.is_closing():
                pipe.close()
        if self._proc is not None and self._returncode is None:
            try:
                self._proc.kill()
            except ProcessLookupError:
                pass


def _child_options(universal_newlines, shell, shell_wanted, bufsize):
    """The Popen options the loop's pipes fix, checked in 3.6's order."""
    rules = ((bool(universal_newlines), 'universal_newlines must be False'),
             (bool(shell) != shell_wanted, 'shell must be %s' % shell_wanted),
             (bufsize != 0, 'bufsize must be 0'))
    for broken, message in rules:
        if broken:
            raise ValueError(message)


class _UnixSelectorEventLoop(selector_events.BaseSelectorEventLoop):
    """The selector event loop; add_signal_handler() runs a callback on the
    loop when a signal arrives, subprocess_exec/_shell start children."""

    def __init__(self, selector=None):
        super().__init__(selector)
        self._signal_handlers = {}

    def close(self):
        super().close()
        for signum in list(self._signal_handlers):
            self.remove_signal_handler(signum)

    @staticmethod
    def _valid_signal(sig):
        if not isinstance(sig, int):
            raise TypeError('sig must be an int, not {!r}'.format(sig))
        if sig < 1 or sig >= signal.NSIG:
            raise ValueError('sig {} out of range(1, {})'.format(sig, signal.NSIG))

    def _install(self, sig, handler):
        try:
            signal.signal(sig, handler)
        except OSError as exc:
            if exc.errno == errno.EINVAL:
                raise RuntimeError('sig {} cannot be caught'.format(sig))
            raise

    def add_signal_handler(self, sig, callback, *args):
        """Run callback(*args) on this loop each time signal sig arrives."""
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError('coroutines cannot be used with add_signal_handler()')
        self._valid_signal(sig)
        self._check_closed()
        if threading.current_thread() is not threading.main_thread():
            raise RuntimeError('set_wakeup_fd only works in main thread')
        self._signal_handlers[sig] = events.Handle(callback, args, self)
        try:
            self._install(sig, self._signal_arrived)
            signal.siginterrupt(sig, False)
        except BaseException:
            del self._signal_handlers[sig]
            raise

    def _signal_arrived(self, sig, frame):
        # the Python-level handler: queue the callback and wake the loop
        handle = self._signal_handlers.get(sig)
        if handle is None:
            return
        if handle._cancelled:
            self.remove_signal_handler(sig)
        elif not self.is_closed():
            self._ready.append(handle)
            self._write_to_self()

    def remove_signal_handler(self, sig):
        """Drop sig's handler (restoring the default); False if there was none."""
        self._valid_signal(sig)
        if self._signal_handlers.pop(sig, None) is None:
            return False
        self._install(sig, signal.default_int_handler if sig == signal.SIGINT else signal.SIG_DFL)
        return True


    @coroutine
    def _start_child(self, protocol_factory, args, shell, stdin, stdout, stderr,
                     bufsize, kwargs):
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = _SubprocessTransport(self, protocol, args, shell, stdin, stdout,
                                         stderr, bufsize, waiter, **kwargs)
        try:
            yield from waiter
        except Exception:
            transport.close()
            yield from transport._wait()
            raise
        return transport, protocol

    @coroutine
    def subprocess_exec(self, protocol_factory, program, *args,
                        stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                        stderr=subprocess.PIPE, universal_newlines=False,
                        shell=False, bufsize=0, **kwargs):
        """Start program with args; (transport, protocol)."""
        _child_options(universal_newlines, shell, False, bufsize)
        return (yield from self._start_child(protocol_factory, (program,) + args, False,
                                             stdin, stdout, stderr, bufsize, kwargs))

    @coroutine
    def subprocess_shell(self, protocol_factory, cmd, *, stdin=subprocess.PIPE,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         universal_newlines=False, shell=True, bufsize=0,
                         **kwargs):
        """Run cmd through the shell; (transport, protocol)."""
        if not isinstance(cmd, (str, bytes)):
            raise ValueError("cmd must be a string")
        _child_options(universal_newlines, shell, True, bufsize)
        return (yield from self._start_child(protocol_factory, cmd, True,
                                             stdin, stdout, stderr, bufsize, kwargs))


SelectorEventLoop = _UnixSelectorEventLoop


class AbstractChildWatcher:
    """What a child watcher offers: callbacks when children end."""

    def add_child_handler(self, pid, callback, *args):
        """Call callback(pid, returncode, *args) on the loop when pid ends."""
        raise NotImplementedError()

    def remove_child_handler(self, pid):
        """Forget pid's callback; whether there was one."""
        raise NotImplementedError()

    def attach_loop(self, loop):
        """Run the callbacks on loop."""
        raise NotImplementedError()

    def close(self):
        raise NotImplementedError()

    def __enter__(self):
        raise NotImplementedError()

    def __exit__(self, a, b, c):
        raise NotImplementedError()


class _ThreadedChildWatcher(AbstractChildWatcher):
    """Waits for each child in a thread of its own (the loop's own
    subprocess transports need no watcher: they wait the same way)."""

    def __init__(self):
        self._loop = None
        self._callbacks = {}

    def attach_loop(self, loop):
        self._loop = loop

    def close(self):
        self._callbacks.clear()
        self._loop = None

    def __enter__(self):
        return self

    def __exit__(self, a, b, c):
        pass

    def add_child_handler(self, pid, callback, *args):
        if self._loop is None:
            raise RuntimeError("the child watcher does not have a loop attached")
        self._callbacks[pid] = (callback, args)
        threading.Thread(target=self._wait, args=(pid, self._loop), daemon=True).start()

    def remove_child_handler(self, pid):
        return self._callbacks.pop(pid, None) is not None

    def _wait(self, pid, loop):
        try:
            _, status = os.waitpid(pid, 0)
        except ChildProcessError:
            status = 255 << 8
        code = -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)
        try:
            loop.call_soon_threadsafe(self._ended, pid, code)
        except RuntimeError:
            pass

    def _ended(self, pid, code):
        entry = self._callbacks.pop(pid, None)
        if entry is not None:
            entry[0](pid, code, *entry[1])


class SafeChildWatcher(_ThreadedChildWatcher):
    """The default watcher."""


class FastChildWatcher(_ThreadedChildWatcher):
    """Another name for the same watcher here."""


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    _loop_factory = _UnixSelectorEventLoop

    def __init__(self):
        super().__init__()
        self._watcher = None

    def get_child_watcher(self):
        if self._watcher is None:
            self._watcher = SafeChildWatcher()
            if threading.current_thread() is threading.main_thread():
                self._watcher.attach_loop(self._slot()[0])
        return self._watcher

    def set_child_watcher(self, watcher):
        if not (watcher is None or isinstance(watcher, AbstractChildWatcher)):
            raise AssertionError
        if self._watcher is not None:
            self._watcher.close()
        self._watcher = watcher

    def set_event_loop(self, loop):
        super().set_event_loop(loop)
        if self._watcher is not None and threading.current_thread() is threading.main_thread():
            self._watcher.attach_loop(loop)


DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
