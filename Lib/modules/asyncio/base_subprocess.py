"""The part of a subprocess transport that does not depend on how the
child is started or watched."""

import collections
import contextlib

from asyncio import transports
from asyncio.coroutines import coroutine


class BaseSubprocessTransport(transports.SubprocessTransport):
    """A child process and its pipes, seen from the loop. Subclasses
    start the process in _start(), which sets self._proc (a Popen-like
    object) and fills self._pipes; they report its end through
    _process_exited(returncode)."""

    def __init__(self, loop, protocol, args, shell, stdin, stdout, stderr,
                 bufsize, waiter=None, extra=None, **kwargs):
        super().__init__(extra)
        self._loop, self._protocol = loop, protocol
        self._closed = self._finished = False
        self._returncode = None
        self._exit_waiters = []
        self._queued = collections.deque()  # protocol calls before connection_made
        self._pipes, self._proc = {}, None
        how = dict(args=args, shell=shell, stdin=stdin, stdout=stdout,
                   stderr=stderr, bufsize=bufsize)
        how.update(kwargs)
        self._start(**how)      # sets self._proc
        self._extra['subprocess'], self._pid = self._proc, self._proc.pid
        loop.call_soon(self._connected, waiter)

    def _start(self, args, shell, stdin, stdout, stderr, bufsize, **kwargs):
        raise NotImplementedError

    def __repr__(self):
        state = 'closed' if self._closed else (
            'running' if self._returncode is None else 'returncode=%s' % self._returncode)
        return '<%s pid=%s %s>' % (type(self).__name__, self._pid, state)

    def _connected(self, waiter):
        self._protocol.connection_made(self)
        queued, self._queued = self._queued, None
        for call in queued:
            self._loop.call_soon(*call)
        if waiter is not None and not waiter.cancelled():
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
            self._proc = self._loop = self._protocol = None

    @coroutine
    def _wait(self):
        """Wait for the child to end; its return code."""
        if self._returncode is None:
            ended = self._loop.create_future()
            self._exit_waiters.append(ended)
            yield from ended
        return self._returncode

    def get_pid(self):
        """The child's process id."""
        return self._pid

    def get_returncode(self):
        """The child's return code, None while it runs."""
        return self._returncode

    def get_pipe_transport(self, fd):
        """The transport of the child's pipe fd (0, 1 or 2), or None."""
        return self._pipes.get(fd)

    def get_protocol(self):
        """The protocol the child's events go to."""
        return self._protocol

    def set_protocol(self, protocol):
        """Send the child's events to protocol from now on."""
        self._protocol = protocol

    def is_closing(self):
        """True once close() was called."""
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
        """Close the pipes and kill the child if it still runs."""
        if not self._closed:
            self._closed = True
            for pipe in self._pipes.values():
                pipe.is_closing() or pipe.close()
            if self._proc is not None and self._returncode is None:
                with contextlib.suppress(ProcessLookupError):
                    self._proc.kill()
