"""Child processes driven by the event loop: create_subprocess_exec and
create_subprocess_shell start a program whose standard streams are
StreamReader/StreamWriter objects; Process waits for it, talks to it
(communicate) and signals it."""

__all__ = ['create_subprocess_exec', 'create_subprocess_shell']

from subprocess import DEVNULL, PIPE, STDOUT

from asyncio import events
from asyncio import protocols
from asyncio import streams
from asyncio import tasks
from asyncio.coroutines import coroutine


class SubprocessStreamProtocol(streams.FlowControlMixin,
                               protocols.SubprocessProtocol):
    """Turns a subprocess transport's pipes into streams: stdout and
    stderr into StreamReaders, stdin into a StreamWriter."""

    def __init__(self, limit, loop):
        streams.FlowControlMixin.__init__(self, loop=loop)
        self._limit, self._exited, self._open_fds = limit, False, []
        # stdin, stdout and stderr are made when the transport connects
        for name in ('stdin', 'stdout', 'stderr', '_transport'):
            setattr(self, name, None)

    def __repr__(self):
        parts = [self.__class__.__name__]
        for label, stream in (('stdin', self.stdin), ('stdout', self.stdout),
                              ('stderr', self.stderr)):
            if stream is not None:
                parts.append('%s=%r' % (label, stream))
        return '<%s>' % ' '.join(parts)

    def connection_made(self, transport):
        self._transport = transport
        for fd in (1, 2):
            pipe = transport.get_pipe_transport(fd)
            if pipe is None:
                continue
            reader = streams.StreamReader(limit=self._limit, loop=self._loop)
            reader.set_transport(pipe)
            setattr(self, 'stdout' if fd == 1 else 'stderr', reader)
            self._open_fds.append(fd)
        pipe = transport.get_pipe_transport(0)
        if pipe is not None:
            self.stdin = streams.StreamWriter(pipe, protocol=self, reader=None,
                                              loop=self._loop)

    def _reader_for(self, fd):
        return self.stdout if fd == 1 else self.stderr if fd == 2 else None

    def pipe_data_received(self, fd, data):
        reader = self._reader_for(fd)
        if reader:
            reader.feed_data(data)

    def pipe_connection_lost(self, fd, exc):
        if fd == 0:
            if self.stdin is not None:
                self.stdin.close()
            self.connection_lost(exc)
            return
        reader = self._reader_for(fd)
        if reader is not None:
            if exc is None:
                reader.feed_eof()
            else:
                reader.set_exception(exc)
        if fd in self._open_fds:
            self._open_fds.remove(fd)
        self._close_when_done()

    def process_exited(self):
        self._exited = True
        self._close_when_done()

    def _close_when_done(self):
        if self._exited and not self._open_fds and self._transport is not None:
            transport, self._transport = self._transport, None
            transport.close()


class Process:
    """A child process started by create_subprocess_exec/_shell."""

    def __init__(self, transport, protocol, loop):
        self._transport, self._protocol, self._loop = transport, protocol, loop
        self.pid = transport.get_pid()
        # the streams the protocol made when the transport connected
        self.stdin, self.stdout, self.stderr = (
            protocol.stdin, protocol.stdout, protocol.stderr)

    def __repr__(self):
        return '<{} {}>'.format(type(self).__name__, self.pid)

    @coroutine
    def wait(self):
        """Wait for the child to end; its return code."""
        code = yield from self._transport._wait()
        return code

    @property
    def returncode(self):
        """None while the child runs, then its exit status (-N: signal N)."""
        return self._transport.get_returncode()

    def send_signal(self, signum):
        self._transport.send_signal(signum)

    def kill(self):
        self._transport.kill()

    def terminate(self):
        self._transport.terminate()

    @coroutine
    def _write_all(self, data):
        self.stdin.write(data)
        try:
            yield from self.stdin.drain()
        except (BrokenPipeError, ConnectionResetError):
            # the child left without reading it all
            pass
        self.stdin.close()

    @coroutine
    def _nothing(self):
        return None

    @coroutine
    def _read_all(self, fd):
        stream = self.stdout if fd == 1 else self.stderr
        data = yield from stream.read()
        self._transport.get_pipe_transport(fd).close()
        return data

    @coroutine
    def communicate(self, input=None):
        """Send input (if not None) to stdin, read stdout and stderr to
        their end, wait for the child: (stdout_data, stderr_data)."""
        feed = self._write_all(input) if input is not None else self._nothing()
        out = self._read_all(1) if self.stdout is not None else self._nothing()
        err = self._read_all(2) if self.stderr is not None else self._nothing()
        _, out, err = yield from tasks.gather(feed, out, err, loop=self._loop)
        yield from self.wait()
        return (out, err)


@coroutine
def _spawn(start, loop, limit, *args, **kwds):
    # start is the loop's subprocess_shell or subprocess_exec
    transport, protocol = yield from start(
        lambda: SubprocessStreamProtocol(limit=limit, loop=loop), *args, **kwds)
    return Process(transport, protocol, loop)


@coroutine
def create_subprocess_shell(cmd, stdin=None, stdout=None, stderr=None,
                            loop=None, limit=streams._DEFAULT_LIMIT, **kwds):
    """Run cmd through the shell; a Process."""
    loop = loop if loop is not None else events.get_event_loop()
    return (yield from _spawn(loop.subprocess_shell, loop, limit, cmd, stdin=stdin,
                              stdout=stdout, stderr=stderr, **kwds))


@coroutine
def create_subprocess_exec(program, *args, stdin=None, stdout=None,
                           stderr=None, loop=None, limit=streams._DEFAULT_LIMIT,
                           **kwds):
    """Run program with args (no shell); a Process."""
    loop = loop if loop is not None else events.get_event_loop()
    return (yield from _spawn(loop.subprocess_exec, loop, limit, program, *args,
                              stdin=stdin, stdout=stdout, stderr=stderr, **kwds))
