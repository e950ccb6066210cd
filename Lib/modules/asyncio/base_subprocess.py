"""The part of a subprocess transport that does not depend on how the
child is started or watched."""

import collections
import functools
import subprocess
import warnings

from asyncio import protocols
from asyncio import transports
from asyncio.coroutines import coroutine
from asyncio.log import logger


class BaseSubprocessTransport(transports.SubprocessTransport):
    """A child process and its pipes, seen from the loop. Subclasses
    start the process in _start(), which sets self._proc (a Popen-like
    object); the pipes are connected through the loop's pipe transports
    by _connect_pipes(), and the child's end is reported through
    _process_exited(returncode)."""

    def __init__(self, loop, protocol, args, shell, stdin, stdout, stderr,
                 bufsize, waiter=None, extra=None, **kwargs):
        super().__init__(extra)
        self._loop, self._protocol = loop, protocol
        self._proc = self._pid = self._returncode = None
        self._closed = self._finished = False
        self._exit_waiters = []
        # protocol calls made before connection_made, replayed after it
        self._pending_calls = collections.deque()
        # fd -> its pipe protocol, None until _connect_pipes() made it
        self._pipes = dict((fd, None) for fd, how
                           in enumerate((stdin, stdout, stderr))
                           if how == subprocess.PIPE)
        options = dict(kwargs, args=args, shell=shell, stdin=stdin,
                       stdout=stdout, stderr=stderr, bufsize=bufsize)
        try:
            self._start(**options)      # sets self._proc
        except:
            self.close()
            raise
        self._extra['subprocess'] = self._proc
        self._pid = self._proc.pid
        if loop.get_debug():
            what = args[0] if not isinstance(args, (bytes, str)) else args
            logger.debug('process %r created: pid %s', what, self._pid)
        loop.create_task(self._connect_pipes(waiter))

    def __repr__(self):
        words = [type(self).__name__] + (['closed'] if self._closed else [])
        pid, code = self._pid, self._returncode
        if pid is not None:
            words.append('pid=%s' % pid)
        if code is not None:
            words.append('returncode=%s' % code)
        else:
            words.append('not started' if pid is None else 'running')
        for fd, name in enumerate(('stdin', 'stdout', 'stderr')):
            proto = self._pipes.get(fd)
            if proto is not None:
                words.append('%s=%s' % (name, proto.pipe))
        return '<%s>' % ' '.join(words)

    def _start(self, args, shell, stdin, stdout, stderr, bufsize, **kwargs):
        raise NotImplementedError

    def set_protocol(self, protocol):
        """Send the child's events to protocol from now on."""
        self._protocol = protocol

    def get_protocol(self):
        """The protocol the child's events go to."""
        return self._protocol

    def is_closing(self):
        """True once close() was called."""
        return self._closed

    def close(self):
        """Close the pipes and kill the child if it still runs."""
        if self._closed:
            return
        self._closed = True
        for proto in self._pipes.values():
            if proto is not None:
                proto.pipe.close()
        proc = self._proc
        if (proc is not None and self._returncode is None
                and proc.poll() is None):
            if self._loop.get_debug():
                logger.warning('Close running child process: kill %r', self)
            try:
                proc.kill()
            except ProcessLookupError:
                pass
            # self._proc stays: _connect_pipes() may not have run yet

    def __del__(self):
        if not self._closed:
            warnings.warn('unclosed transport %r' % (self,), ResourceWarning,
                          source=self)
            self.close()

    def get_pid(self):
        """The child's process id."""
        return self._pid

    def get_returncode(self):
        """The child's return code, None while it runs."""
        return self._returncode

    def get_pipe_transport(self, fd):
        """The transport of the child's pipe fd (0, 1 or 2), or None."""
        proto = self._pipes.get(fd)
        return getattr(proto, 'pipe', None)

    def _running_proc(self):
        """The Popen object, while the transport still has one."""
        proc = self._proc
        if proc is None:
            raise ProcessLookupError()
        return proc

    def send_signal(self, signal):
        self._running_proc().send_signal(signal)

    def terminate(self):
        self._running_proc().terminate()

    def kill(self):
        self._running_proc().kill()

    @coroutine
    def _connect_pipes(self, waiter):
        """Connect each of the child's pipes through the loop's pipe
        transports, then tell the protocol the process is there."""
        proc, loop = self._proc, self._loop
        plan = [(proc.stdin, 0, loop.connect_write_pipe,
                 WriteSubprocessPipeProto)]
        for fd, stream in ((1, proc.stdout), (2, proc.stderr)):
            plan.append((stream, fd, loop.connect_read_pipe,
                         ReadSubprocessPipeProto))
        outcome = None
        try:
            for stream, fd, connect, kind in plan:
                if stream is not None:
                    made = functools.partial(kind, self, fd)
                    self._pipes[fd] = (yield from connect(made, stream))[1]
            assert self._pending_calls is not None
            queued, self._pending_calls = self._pending_calls, None
            loop.call_soon(self._protocol.connection_made, self)
            for callback, args in queued:
                loop.call_soon(callback, *args)
        except Exception as exc:
            outcome = exc
        if waiter is None or waiter.cancelled():
            return
        if outcome is None:
            waiter.set_result(None)
        else:
            waiter.set_exception(outcome)

    def _call(self, callback, *args):
        """callback(*args) soon, or after connection_made if that has
        not been called yet."""
        queue = self._pending_calls
        if queue is None:
            self._loop.call_soon(callback, *args)
        else:
            queue.append((callback, args))

    def _pipe_data_received(self, fd, data):
        self._call(self._protocol.pipe_data_received, fd, data)

    def _pipe_connection_lost(self, fd, exc):
        self._call(self._protocol.pipe_connection_lost, fd, exc)
        self._try_finish()

    def _process_exited(self, returncode):
        assert returncode is not None, returncode
        assert self._returncode is None, self._returncode
        proc, debug = self._proc, self._loop.get_debug()
        if debug:
            logger.info('%r exited with return code %r', self, returncode)
        # a watcher reaped it: Popen could not learn the code itself
        proc.returncode = returncode if proc.returncode is None else proc.returncode
        self._returncode = returncode
        self._call(self._protocol.process_exited)
        self._try_finish()
        waiters, self._exit_waiters = self._exit_waiters, []
        for ended in waiters:
            if not ended.cancelled():
                ended.set_result(returncode)

    @coroutine
    def _wait(self):
        """Wait for the child to end; its return code."""
        if self._returncode is None:
            ended = self._loop.create_future()
            self._exit_waiters.append(ended)
            yield from ended
        return self._returncode

    def _try_finish(self):
        """Once the child has ended and every pipe is closed, the
        protocol's connection_lost(None) follows."""
        assert not self._finished
        if self._returncode is None:
            return
        if any(p is None or not p.disconnected for p in self._pipes.values()):
            return
        self._finished = True
        self._call(self._call_connection_lost, None)

    def _call_connection_lost(self, exc):
        try:
            self._protocol.connection_lost(exc)
        finally:
            self._loop = self._proc = self._protocol = None


class WriteSubprocessPipeProto(protocols.BaseProtocol):
    """The protocol of a child's stdin pipe: it passes flow control and
    the pipe's end on to the process transport."""

    def __init__(self, proc, fd):
        self.proc, self.fd = proc, fd
        self.pipe = None            # the transport, once connected
        self.disconnected = False

    def __repr__(self):
        return '<%s fd=%s pipe=%r>' % (type(self).__name__, self.fd, self.pipe)

    def connection_made(self, transport):
        self.pipe = transport

    def connection_lost(self, exc):
        self.disconnected = True
        owner, self.proc = self.proc, None
        owner._pipe_connection_lost(self.fd, exc)

    def pause_writing(self):
        self.proc._protocol.pause_writing()

    def resume_writing(self):
        self.proc._protocol.resume_writing()


class ReadSubprocessPipeProto(WriteSubprocessPipeProto, protocols.Protocol):
    """The protocol of a child's stdout or stderr pipe: what arrives goes
    to the process transport's protocol with the pipe's fd."""

    def data_received(self, data):
        self.proc._pipe_data_received(self.fd, data)
