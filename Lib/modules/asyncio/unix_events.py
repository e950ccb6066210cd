"""The event loop for Unix: the selector loop with signal handlers and
child processes, and the default policy making one per thread."""

import collections
import errno
import os
import signal
import socket
import stat
import subprocess
import threading

from asyncio import base_events
from asyncio import base_subprocess
from asyncio import coroutines
from asyncio import events
from asyncio import futures
from asyncio import selector_events
from asyncio import transports
from asyncio.coroutines import coroutine
from asyncio.log import logger

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
        # the write end of a pipe turns readable only when the reading end
        # is gone (the child exited or closed its stdin)
        loop._add_reader(self._fd, self._reader_gone)

    def __repr__(self):
        return '<%s fd=%s>' % (type(self).__name__, self._fd)

    def _reader_gone(self):
        unsent = bool(self._buffer)
        self._buffer.clear()
        self._finish(BrokenPipeError() if unsent else None)

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
            self._loop._remove_reader(self._fd)
        self._pipe.close()
        self._owner._pipe_connection_lost(0, exc)


class _PipeLink:
    """The owner of a pipe transport made by connect_read_pipe or
    connect_write_pipe: hands the pipe's events to a plain protocol, on
    the loop's next turns, as a transport of its own would."""

    def __init__(self, loop, protocol):
        self._loop, self._protocol = loop, protocol

    def _pipe_data_received(self, num, data):
        self._protocol.data_received(data)

    def _pipe_connection_lost(self, num, exc):
        if num and exc is None:
            self._loop.call_soon(self._protocol.eof_received)
        self._loop.call_soon(self._protocol.connection_lost, exc)

    @coroutine
    def connect(self, transport):
        """Call connection_made on the next turn; (transport, protocol)."""
        made = self._loop.create_future()
        self._loop.call_soon(self._protocol.connection_made, transport)
        self._loop.call_soon(futures._set_result_unless_cancelled, made, None)
        yield from made
        return transport, self._protocol


def _check_pipe(pipe):
    mode = os.fstat(pipe.fileno()).st_mode
    if not (stat.S_ISFIFO(mode) or stat.S_ISSOCK(mode) or stat.S_ISCHR(mode)):
        raise ValueError('Pipe transport is for pipes/sockets only.')


class _SubprocessTransport(base_subprocess.BaseSubprocessTransport):
    """A child started with subprocess.Popen over pipes. Its end is
    noticed by a thread waiting for it, which hands the return code to
    the loop."""

    def _start(self, args, shell, stdin, stdout, stderr, bufsize, **kwargs):
        self._proc = subprocess.Popen(args, shell=shell, stdin=stdin, stdout=stdout,
                                      stderr=stderr, universal_newlines=False,
                                      bufsize=bufsize, **kwargs)
        loop = self._loop
        if self._proc.stdin is not None:
            self._pipes[0] = _PipeWriteTransport(loop, self, self._proc.stdin)
        for num, pipe in ((1, self._proc.stdout), (2, self._proc.stderr)):
            if pipe is not None:
                self._pipes[num] = _PipeReadTransport(loop, self, num, pipe)
        threading.Thread(target=self._reap, args=(loop, self._proc),
                         daemon=True).start()

    def _reap(self, loop, proc):
        code = proc.wait()
        try:
            loop.call_soon_threadsafe(self._process_exited, code)
        except RuntimeError:
            pass  # the loop is closed: nobody is waiting any more


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

    # Unix domain sockets

    @staticmethod
    def _refuse_non_unix_stream(sock):
        if (sock.family != socket.AF_UNIX or
                base_events._stream_kind(sock) != socket.SOCK_STREAM):
            raise ValueError('A UNIX Domain Stream Socket was expected, got %r'
                             % (sock,))

    @coroutine
    def create_unix_connection(self, protocol_factory, path, *, ssl=None,
                               sock=None, server_hostname=None):
        """Connect to the Unix socket at path (or use the connected socket
        sock); returns (transport, protocol)."""
        named = server_hostname is not None
        if ssl and not named:
            raise ValueError('you have to pass server_hostname when using ssl')
        if named and not ssl:
            raise ValueError('server_hostname is only meaningful with ssl')
        if path is not None and sock is not None:
            raise ValueError('path and sock can not be specified at the same time')
        if path is not None:
            sock = yield from self._unix_connected(path)
        elif sock is None:
            raise ValueError('no path and sock were specified')
        else:
            self._refuse_non_unix_stream(sock)
        pair = yield from self._create_connection_transport(
            sock, protocol_factory, ssl, server_hostname)
        return pair

    @coroutine
    def _unix_connected(self, path):
        """A new non-blocking Unix stream socket connected to path."""
        conn = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM, 0)
        ok = False
        try:
            conn.setblocking(False)
            yield from self.sock_connect(conn, path)
            ok = True
        finally:
            if not ok:
                conn.close()
        return conn

    @staticmethod
    def _bound_unix_socket(path):
        """A new Unix stream socket bound to path (a stale socket file
        there removed first)."""
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        _UnixSelectorEventLoop._drop_stale_socket(path)
        ok = False
        try:
            listener.bind(path)
            ok = True
        except OSError as err:
            if err.errno != errno.EADDRINUSE:
                raise
            raise OSError(errno.EADDRINUSE,
                          'Address %r is already in use' % (path,)) from None
        finally:
            if not ok:
                listener.close()
        return listener

    @staticmethod
    def _drop_stale_socket(path):
        """Remove a socket file left at path by an earlier server."""
        if not path or path[:1] in ('\x00', b'\x00'):
            return      # the abstract namespace has no files
        try:
            mode = os.stat(path).st_mode
            stale = stat.S_ISSOCK(mode)
            stale and os.remove(path)
        except FileNotFoundError:
            return
        except OSError as err:
            logger.error('Unable to check or remove stale UNIX socket %r: %r',
                         path, err)

    @coroutine
    def create_unix_server(self, protocol_factory, path=None, *, sock=None,
                           backlog=100, ssl=None):
        """Listen on the Unix socket at path (or on the socket sock);
        returns a Server."""
        if isinstance(ssl, bool):
            raise TypeError('ssl argument must be an SSLContext or None')
        if path is not None and sock is not None:
            raise ValueError('path and sock can not be specified at the same time')
        if path is not None:
            sock = self._bound_unix_socket(os.fspath(path))
        elif sock is None:
            raise ValueError('path was not specified, and no sock specified')
        else:
            self._refuse_non_unix_stream(sock)
        server = base_events.Server(self, [sock])
        sock.listen(backlog)
        sock.setblocking(False)
        self._start_serving(protocol_factory, sock, ssl, server, backlog)
        return server

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

    @coroutine
    def connect_read_pipe(self, protocol_factory, pipe):
        """Read the pipe (a file object) into a protocol made by
        protocol_factory; returns (transport, protocol)."""
        _check_pipe(pipe)
        link = _PipeLink(self, protocol_factory())
        transport = _PipeReadTransport(self, link, 1, pipe)
        pair = yield from link.connect(transport)
        return pair

    @coroutine
    def connect_write_pipe(self, protocol_factory, pipe):
        """A write transport over the pipe (a file object) for a protocol
        made by protocol_factory; returns (transport, protocol)."""
        _check_pipe(pipe)
        link = _PipeLink(self, protocol_factory())
        transport = _PipeWriteTransport(self, link, pipe)
        pair = yield from link.connect(transport)
        return pair

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
