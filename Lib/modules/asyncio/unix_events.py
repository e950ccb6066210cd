"""The event loop for Unix: the selector loop with signal handlers and
child processes, and the default policy making one per thread."""

import collections
import errno
import functools
import os
import selectors
import signal
import socket
import stat
import subprocess
import sys
import threading
import warnings

from asyncio import base_events
from asyncio import base_subprocess
from asyncio import constants
from asyncio import coroutines
from asyncio import events
from asyncio import futures
from asyncio import selector_events
from asyncio import transports
from asyncio.coroutines import coroutine
from asyncio.log import logger

__all__ = ['SelectorEventLoop', 'AbstractChildWatcher', 'SafeChildWatcher',
           'FastChildWatcher', 'DefaultEventLoopPolicy']


def _set_nonblocking(fd):
    """Put the descriptor fd in non-blocking mode."""
    os.set_blocking(fd, False)


def _fd_state(loop, fd, watched):
    """How a pipe's repr describes it: 'polling' or 'idle' as the loop's
    selector has fd in watched (selectors.EVENT_READ or EVENT_WRITE), or
    'open' once the loop has no selector (it is closed)."""
    selector = getattr(loop, '_selector', None)
    if selector is None:
        return 'open'
    try:
        key = selector.get_key(fd)
    except (KeyError, ValueError, TypeError, RuntimeError):
        return 'idle'
    return 'polling' if key.events & watched else 'idle'


class _PipeEnd:
    """What both pipe transports share: the pipe, its protocol, and the
    end of the connection."""

    def _open(self, loop, pipe, protocol, kinds, refusal):
        """Take pipe (refused with ValueError(refusal) unless its mode
        passes one of the stat tests kinds) and schedule connection_made;
        the pipe's mode."""
        self._extra['pipe'] = pipe
        self._loop, self._pipe, self._protocol = loop, pipe, protocol
        self._fileno = pipe.fileno()
        self._closing = False
        mode = os.fstat(self._fileno).st_mode
        if not any(kind(mode) for kind in kinds):
            self._pipe = self._fileno = self._protocol = None
            raise ValueError(refusal)
        _set_nonblocking(self._fileno)
        loop.call_soon(protocol.connection_made, self)
        return mode

    def _describe(self, watched):
        words = [type(self).__name__]
        if self._pipe is None:
            words.append('closed')
        elif self._closing:
            words.append('closing')
        words.append('fd=%s' % self._fileno)
        if self._pipe is None:
            words.append('closed')
            return words
        state = _fd_state(self._loop, self._fileno, watched)
        words.append(state)
        return words

    def get_protocol(self):
        """The protocol the pipe's events go to."""
        return self._protocol

    def set_protocol(self, protocol):
        """Send the pipe's events to protocol from now on."""
        self._protocol = protocol

    def is_closing(self):
        """Whether the transport is closing or closed."""
        return self._closing

    def __del__(self):
        pipe = getattr(self, '_pipe', None)
        if pipe is not None:
            warnings.warn('unclosed transport %r' % (self,), ResourceWarning,
                          source=self)
            pipe.close()

    def _call_connection_lost(self, exc):
        pipe, protocol = self._pipe, self._protocol
        self._pipe = self._protocol = self._loop = None
        try:
            protocol.connection_lost(exc)
        finally:
            pipe.close()


class _UnixReadPipeTransport(_PipeEnd, transports.ReadTransport):
    """A pipe (or socket, or character device) read into a protocol."""

    max_size = 256 * 1024   # the most os.read() asks for at once

    def __init__(self, loop, pipe, protocol, waiter=None, extra=None):
        transports.ReadTransport.__init__(self, extra)
        self._open(loop, pipe, protocol,
                   (stat.S_ISFIFO, stat.S_ISSOCK, stat.S_ISCHR),
                   "Pipe transport is for pipes/sockets only.")
        # reading starts once connection_made has run
        loop.call_soon(loop._add_reader, self._fileno, self._read_ready)
        if waiter is not None:
            loop.call_soon(futures._set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        return '<%s>' % ' '.join(self._describe(selectors.EVENT_READ))

    def _read_ready(self):
        fd = self._fileno
        try:
            chunk = os.read(fd, self.max_size)
        except (BlockingIOError, InterruptedError):
            chunk = None    # nothing after all
        except OSError as exc:
            self._fatal_error(exc, 'Fatal read error on pipe transport')
            return
        if chunk:
            self._protocol.data_received(chunk)
        elif chunk is not None:
            # the writing end is closed: end of stream
            loop = self._loop
            if loop.get_debug():
                logger.info('%r was closed by peer', self)
            self._closing = True
            loop._remove_reader(fd)
            for callback, args in ((self._protocol.eof_received, ()),
                                   (self._call_connection_lost, (None,))):
                loop.call_soon(callback, *args)

    def pause_reading(self):
        """Stop reading until resume_reading()."""
        loop = self._loop
        loop._remove_reader(self._fileno)

    def resume_reading(self):
        """Read again."""
        loop = self._loop
        loop._add_reader(self._fileno, self._read_ready)

    def close(self):
        """Stop reading; connection_lost(None) follows."""
        if self._closing:
            return
        self._close(None)

    def _fatal_error(self, exc, message='Fatal error on pipe transport'):
        quiet = isinstance(exc, OSError) and exc.errno == errno.EIO
        if not quiet:
            self._loop.call_exception_handler({
                'message': message, 'exception': exc,
                'transport': self, 'protocol': self._protocol})
        elif self._loop.get_debug():
            # a pty whose other side is closed
            logger.debug('%r: %s', self, message, exc_info=True)
        self._close(exc)

    def _close(self, exc):
        self._closing = True
        loop = self._loop
        loop._remove_reader(self._fileno)
        loop.call_soon(self._call_connection_lost, exc)


class _UnixWritePipeTransport(_PipeEnd, transports._FlowControlMixin,
                              transports.WriteTransport):
    """A pipe (or socket, or character device) written from a protocol;
    what the pipe does not take at once waits in a buffer."""

    def __init__(self, loop, pipe, protocol, waiter=None, extra=None):
        transports._FlowControlMixin.__init__(self, extra, loop)
        self._buffer = bytearray()
        self._conn_lost = 0
        mode = self._open(loop, pipe, protocol,
                          (stat.S_ISFIFO, stat.S_ISSOCK, stat.S_ISCHR),
                          'Pipe transport is only for '
                          'pipes, sockets and character devices')
        # The writing end of a pipe turns readable when the reading end
        # closes: that is how a peer's going away is noticed (AIX does
        # not say so for pipes).
        aix = sys.platform.startswith('aix')
        if stat.S_ISSOCK(mode) or (stat.S_ISFIFO(mode) and not aix):
            loop.call_soon(loop._add_reader, self._fileno, self._read_ready)
        if waiter is not None:
            loop.call_soon(futures._set_result_unless_cancelled, waiter, None)

    def __repr__(self):
        words = self._describe(selectors.EVENT_WRITE)
        if words[-1] in ('polling', 'idle'):
            words.append('bufsize=%s' % self.get_write_buffer_size())
        return '<%s>' % ' '.join(words)

    def get_write_buffer_size(self):
        return len(self._buffer)

    def _read_ready(self):
        # the reading end went away
        if self._loop.get_debug():
            logger.info('%r was closed by peer', self)
        self._close(BrokenPipeError() if self._buffer else None)

    def write(self, data):
        """Write data, buffering what the pipe does not take now."""
        if not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError('data argument must be a bytes-like object, not %r'
                            % type(data).__name__)
        if not data:
            return
        if self._closing or self._conn_lost:
            # the pipe is gone: count the attempts, complain past a few
            lost = self._conn_lost
            self._conn_lost = lost + 1
            if lost >= constants.LOG_THRESHOLD_FOR_CONNLOST_WRITES:
                logger.warning('pipe closed by peer or '
                               'os.write(pipe, data) raised exception.')
            return
        if self._buffer:
            self._buffer += data
        else:
            sent = self._write_now(data)
            if sent is None or sent == len(data):
                return
            self._loop._add_writer(self._fileno, self._write_ready)
            self._buffer += memoryview(data)[sent:]
        self._maybe_pause_protocol()

    def _write_now(self, data):
        """How much of data the pipe took (None after a fatal error)."""
        try:
            return os.write(self._fileno, data)
        except (BlockingIOError, InterruptedError):
            return 0
        except Exception as exc:
            self._conn_lost += 1
            self._fatal_error(exc, 'Fatal write error on pipe transport')
            return None

    def _write_ready(self):
        assert self._buffer, 'Data should not be empty'
        loop, fd = self._loop, self._fileno
        try:
            sent = os.write(fd, self._buffer)
        except (BlockingIOError, InterruptedError):
            return
        except Exception as exc:
            self._buffer.clear()
            self._conn_lost += 1
            # the reader goes in _fatal_error's close
            loop._remove_writer(fd)
            self._fatal_error(exc, 'Fatal write error on pipe transport')
            return
        del self._buffer[:sent]
        if self._buffer:
            return
        loop._remove_writer(fd)
        self._maybe_resume_protocol()
        if self._closing:
            loop._remove_reader(fd)
            self._call_connection_lost(None)

    def can_write_eof(self):
        return True

    def write_eof(self):
        """Close once the buffer is written."""
        if self._closing:
            return
        assert self._pipe
        self._closing = True
        if self._buffer:
            return      # _write_ready finishes the job
        loop = self._loop
        loop._remove_reader(self._fileno)
        loop.call_soon(self._call_connection_lost, None)

    def close(self):
        """Close once the buffer is written (write_eof)."""
        if self._pipe is None or self._closing:
            return
        self.write_eof()

    def abort(self):
        """Close at once, dropping the buffer."""
        self._close(None)

    def _fatal_error(self, exc, message='Fatal error on pipe transport'):
        if not isinstance(exc, (BrokenPipeError, ConnectionResetError)):
            self._loop.call_exception_handler({
                'message': message, 'exception': exc,
                'transport': self, 'protocol': self._protocol})
        elif self._loop.get_debug():
            logger.debug('%r: %s', self, message, exc_info=True)
        self._close(exc)

    def _close(self, exc=None):
        self._closing = True
        loop, fd = self._loop, self._fileno
        if self._buffer:
            loop._remove_writer(fd)
            self._buffer.clear()
        loop._remove_reader(fd)
        loop.call_soon(self._call_connection_lost, exc)


class _UnixSubprocessTransport(base_subprocess.BaseSubprocessTransport):
    """A child started with subprocess.Popen; its pipes are the loop's
    pipe transports. Popen's children are reaped by the runtime as soon
    as they end: a thread waiting for the child hands its return code to
    the loop, so no SIGCHLD watcher is needed. A FastChildWatcher
    attached to the loop reaps every child, this one included, and then
    it is the watcher that knows the code: the transport registers with
    it too and takes whichever code comes first."""

    def _start(self, args, shell, stdin, stdout, stderr, bufsize, **kwargs):
        self._watcher = watcher = _stealing_watcher(self._loop)
        popen = functools.partial(
            subprocess.Popen, args, shell=shell, stdin=stdin, stdout=stdout,
            stderr=stderr, universal_newlines=False, bufsize=bufsize,
            **kwargs)
        if watcher is None:
            self._proc = popen()
        else:
            with watcher:
                self._proc = popen()
                watcher.add_child_handler(self._proc.pid, self._watched_end)
        threading.Thread(target=self._reap, args=(self._loop, self._proc),
                         daemon=True).start()

    def _watched_end(self, pid, returncode):
        self._ended(returncode)

    def _ended(self, returncode):
        # the first of the two reports wins: a code the runtime could
        # not learn (the watcher reaped first) comes second
        watcher, self._watcher = self._watcher, None
        if watcher is not None:
            watcher.remove_child_handler(self._pid)
        if self._returncode is None and self._loop is not None:
            self._process_exited(returncode)

    def _reap(self, loop, proc):
        code = proc.wait()
        try:
            loop.call_soon_threadsafe(self._ended, code)
        except RuntimeError:
            pass  # the loop is closed: nobody is waiting any more


def _stealing_watcher(loop):
    """The policy's FastChildWatcher when it is attached to loop (it
    reaps children it was not told about), else None."""
    watcher = getattr(events.get_event_loop_policy(), '_watcher', None)
    if isinstance(watcher, FastChildWatcher) and watcher._loop is loop:
        return watcher
    return None


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
        if not sys.is_finalizing():
            for signum in list(self._signal_handlers):
                self.remove_signal_handler(signum)
        elif self._signal_handlers:
            # too late to touch the signal module
            warnings.warn('Closing the loop %r on interpreter shutdown '
                          'stage, skipping signal handlers removal' % (self,),
                          ResourceWarning, source=self)
            self._signal_handlers.clear()

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
    def _check_signal(sig):
        """TypeError or ValueError unless sig is a signal number."""
        if not isinstance(sig, int):
            raise TypeError('sig must be an int, not {!r}'.format(sig))
        if sig < 1 or sig >= signal.NSIG:
            raise ValueError('sig {} out of range(1, {})'.format(sig, signal.NSIG))

    def _install(self, sig, handler):
        try:
            signal.signal(sig, handler)
        except OSError as exc:
            if exc.errno != errno.EINVAL:
                raise
            raise RuntimeError('sig {} cannot be caught'.format(sig))

    def _socketpair(self):
        # the self-pipe of a Unix loop
        return socket.socketpair()

    def _unset_wakeup_fd(self):
        # the last handler is gone: signals need not wake the loop
        try:
            signal.set_wakeup_fd(-1)
        except (ValueError, OSError) as exc:
            logger.info('set_wakeup_fd(-1) failed: %s', exc)

    def _make_read_pipe_transport(self, pipe, protocol, waiter=None,
                                  extra=None):
        """The transport connect_read_pipe() hands out."""
        return _UnixReadPipeTransport(self, pipe, protocol,
                                      waiter=waiter, extra=extra)

    def _make_write_pipe_transport(self, pipe, protocol, waiter=None,
                                   extra=None):
        """The transport connect_write_pipe() hands out."""
        return _UnixWritePipeTransport(self, pipe, protocol,
                                       waiter=waiter, extra=extra)

    @coroutine
    def _connect_pipe(self, make, protocol_factory, pipe):
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = make(pipe, protocol, waiter)
        try:
            yield from waiter
        except:
            transport.close()
            raise
        return transport, protocol

    @coroutine
    def connect_read_pipe(self, protocol_factory, pipe):
        """Read the pipe (a file object) into a protocol made by
        protocol_factory; returns (transport, protocol)."""
        pair = yield from self._connect_pipe(self._make_read_pipe_transport,
                                             protocol_factory, pipe)
        return pair

    @coroutine
    def connect_write_pipe(self, protocol_factory, pipe):
        """A write transport over the pipe (a file object) for a protocol
        made by protocol_factory; returns (transport, protocol)."""
        pair = yield from self._connect_pipe(self._make_write_pipe_transport,
                                             protocol_factory, pipe)
        return pair

    def add_signal_handler(self, sig, callback, *args):
        """Run callback(*args) on this loop each time signal sig arrives."""
        if coroutines.iscoroutine(callback) or coroutines.iscoroutinefunction(callback):
            raise TypeError('coroutines cannot be used with add_signal_handler()')
        self._check_signal(sig)
        self._check_closed()
        if threading.current_thread() is not threading.main_thread():
            raise RuntimeError('set_wakeup_fd only works in main thread')
        try:
            # a signal arriving while the loop sleeps in select wakes it
            signal.set_wakeup_fd(self._csock.fileno())
        except (ValueError, OSError) as exc:
            raise RuntimeError(str(exc))
        self._signal_handlers[sig] = events.Handle(callback, args, self)
        try:
            self._install(sig, self._signal_arrived)
            signal.siginterrupt(sig, False)
        except BaseException:
            del self._signal_handlers[sig]
            if not self._signal_handlers:
                self._unset_wakeup_fd()
            raise

    def _signal_arrived(self, sig, frame):
        # the Python-level handler of every signal the loop handles
        self._handle_signal(sig)

    def _handle_signal(self, sig):
        """Queue sig's callback (a cancelled one is removed instead)."""
        handle = self._signal_handlers.get(sig)
        if handle is None:
            return
        if handle._cancelled:
            self.remove_signal_handler(sig)
        elif not self.is_closed():
            self._add_callback(handle)
            self._write_to_self()

    def remove_signal_handler(self, sig):
        """Drop sig's handler (restoring the default); False if there was none."""
        self._check_signal(sig)
        if self._signal_handlers.pop(sig, None) is None:
            return False
        self._install(sig, signal.default_int_handler if sig == signal.SIGINT else signal.SIG_DFL)
        if not self._signal_handlers:
            self._unset_wakeup_fd()
        return True

    @coroutine
    def _start_child(self, protocol_factory, args, shell, stdin, stdout, stderr,
                     bufsize, kwargs):
        protocol = protocol_factory()
        waiter = self.create_future()
        transport = _UnixSubprocessTransport(self, protocol, args, shell,
                                             stdin, stdout, stderr, bufsize,
                                             waiter, **kwargs)
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


class BaseChildWatcher(AbstractChildWatcher):
    """A watcher reaping children when the loop it is attached to gets
    SIGCHLD; subclasses say how (_do_waitpid_all)."""

    def __init__(self):
        self._loop = None
        self._callbacks = {}    # pid -> (callback, args)

    def close(self):
        self.attach_loop(None)

    def _do_waitpid(self, expected_pid):
        raise NotImplementedError()

    def _do_waitpid_all(self):
        raise NotImplementedError()

    def attach_loop(self, loop):
        assert loop is None or isinstance(loop, events.AbstractEventLoop)
        old = self._loop
        if old is not None:
            if loop is None and self._callbacks:
                warnings.warn('A loop is being detached from a child '
                              'watcher with pending handlers', RuntimeWarning)
            old.remove_signal_handler(signal.SIGCHLD)
        self._loop = loop
        if loop is None:
            return
        loop.add_signal_handler(signal.SIGCHLD, self._sig_chld)
        # a child may have ended while no loop listened
        self._do_waitpid_all()

    def _sig_chld(self):
        try:
            self._do_waitpid_all()
        except Exception as exc:
            # the handler must not die: the loop reports it instead
            self._loop.call_exception_handler({
                'message': 'Unknown exception in SIGCHLD handler',
                'exception': exc})

    def _compute_returncode(self, status):
        """A wait status as Popen.returncode has it: the exit code, or
        minus the signal that killed the child."""
        if os.WIFSIGNALED(status):
            return -os.WTERMSIG(status)
        if os.WIFEXITED(status):
            return os.WEXITSTATUS(status)
        # stopped or continued: not an end, passed on as it is
        return status

    def remove_child_handler(self, pid):
        return self._callbacks.pop(pid, None) is not None

    def _no_loop(self):
        return RuntimeError('Cannot add child handler, the child watcher '
                            'does not have a loop attached')


class SafeChildWatcher(BaseChildWatcher):
    """On SIGCHLD, asks waitpid() about each registered child in turn:
    other children are never reaped behind their owners' backs, at the
    price of one system call per child."""

    def close(self):
        self._callbacks.clear()
        super().close()

    def __enter__(self):
        return self

    def __exit__(self, a, b, c):
        pass

    def add_child_handler(self, pid, callback, *args):
        if self._loop is None:
            raise self._no_loop()
        self._callbacks[pid] = (callback, args)
        # it may be over already
        self._do_waitpid(pid)

    def _do_waitpid_all(self):
        for pid in list(self._callbacks):
            self._do_waitpid(pid)

    def _do_waitpid(self, expected_pid):
        assert expected_pid > 0
        debug = self._loop.get_debug()
        try:
            pid, status = os.waitpid(expected_pid, os.WNOHANG)
        except ChildProcessError:
            # someone else reaped it: its status is lost
            pid, returncode = expected_pid, 255
            logger.warning('Unknown child process pid %d, will report '
                           'returncode 255', pid)
        else:
            if pid == 0:
                return      # still running
            returncode = self._compute_returncode(status)
            if debug:
                logger.debug('process %s exited with returncode %s',
                             expected_pid, returncode)
        entry = self._callbacks.pop(pid, None)
        if entry is None:
            if debug:
                logger.warning('Child watcher got an unexpected pid: %r',
                               pid, exc_info=True)
            return
        callback, args = entry
        callback(pid, returncode, *args)


class FastChildWatcher(BaseChildWatcher):
    """On SIGCHLD, reaps every ended child with waitpid(-1): one call
    whatever the number of children, but children started by others are
    reaped too. Start children inside `with watcher:` so that one ending
    before its handler is added is remembered, not lost."""

    def __init__(self):
        super().__init__()
        self._zombies = {}      # pid -> returncode of unregistered ends
        self._forks = 0         # how many `with` blocks are open
        self._lock = threading.Lock()

    def close(self):
        for table in (self._callbacks, self._zombies):
            table.clear()
        super().close()

    def __enter__(self):
        """Children started inside the block may end before their
        handlers are added: their ends are kept until then."""
        with self._lock:
            self._forks += 1
        return self

    def __exit__(self, a, b, c):
        with self._lock:
            self._forks -= 1
            if self._forks == 0 and self._zombies:
                unknown = str(self._zombies)
                self._zombies.clear()
            else:
                unknown = None
        if unknown is None:
            return
        logger.warning('Caught subprocesses termination from unknown '
                       'pids: %s', unknown)

    def add_child_handler(self, pid, callback, *args):
        assert self._forks, 'Must use the context manager'
        if self._loop is None:
            raise self._no_loop()
        with self._lock:
            if pid not in self._zombies:
                self._callbacks[pid] = (callback, args)
                return
            returncode = self._zombies.pop(pid)
        # it ended before its handler came
        callback(pid, returncode, *args)

    def _do_waitpid_all(self):
        # several ends may come as one signal: reap until none is left
        while True:
            try:
                pid, status = os.waitpid(-1, os.WNOHANG)
            except ChildProcessError:
                return      # no children at all
            if pid == 0:
                return      # the others still run
            returncode = self._compute_returncode(status)
            debug = self._loop.get_debug()
            with self._lock:
                entry = self._callbacks.pop(pid, None)
                if entry is None and self._forks:
                    # perhaps its handler is about to be added
                    self._zombies[pid] = returncode
                    if debug:
                        logger.debug('unknown process %s exited with '
                                     'returncode %s', pid, returncode)
                    continue
            if entry is None:
                logger.warning('Caught subprocess termination from unknown '
                               'pid: %d -> %d', pid, returncode)
                continue
            if debug:
                logger.debug('process %s exited with returncode %s',
                             pid, returncode)
            callback, args = entry
            callback(pid, returncode, *args)


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    _loop_factory = _UnixSelectorEventLoop

    def __init__(self):
        super().__init__()
        self._watcher = None

    def get_child_watcher(self):
        """The watcher of children (a SafeChildWatcher attached to the
        main thread's loop unless set_child_watcher() chose another)."""
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
