package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// asyncio.proactor_events as CPython 3.6 has it, driven by a fake
// proactor (a mock whose operations return futures): the socket, pipe
// and duplex transports (one receive pending, one send in flight and a
// buffer behind it, flow control counting the send in flight, half
// close, pause and resume of reading) and the loop's self pipe, socket
// operations and accept loop.

const asyncioProactorPrelude = pytesting.ShowRepr + `import asyncio, socket
from unittest import mock
from asyncio import proactor_events as pe, test_utils
def etype(f):
    try:
        return f()
    except BaseException as e:
        return '%s: %s' % (type(e).__name__, e)
class Proto(asyncio.Protocol):
    def __init__(self):
        self.log = []
    def connection_made(self, tr): self.log.append('made')
    def data_received(self, d): self.log.append(d)
    def eof_received(self): self.log.append('eof')
    def connection_lost(self, exc): self.log.append(('lost', exc))
    def pause_writing(self): self.log.append('pause')
    def resume_writing(self): self.log.append('resume')
def setup():
    loop = test_utils.TestLoop()
    loop._proactor = mock.Mock()
    sock = mock.Mock(socket.socket)
    sock.fileno.return_value = 7
    return loop, sock, Proto()
def reading():
    loop, sock, p = setup()
    futs = []
    for d in (b'one', b'two', b'three', b''):
        f = loop.create_future()
        f.set_result(d)
        futs.append(f)
    loop._proactor.recv.side_effect = futs
    tr = pe._ProactorSocketTransport(loop, sock, p)
    loop._run_once()
    loop._run_once()
    tr.pause_reading()
    for _ in range(3):
        loop._run_once()
    paused = list(p.log)
    tr.resume_reading()
    for _ in range(4):
        loop._run_once()
    loop.close()
    return paused, p.log, tr.is_closing(), sock.close.called
def writing():
    loop, sock, p = setup()
    pending = loop.create_future()
    loop._proactor.send.return_value = pending
    tr = pe._ProactorSocketTransport(loop, sock, p)
    tr.set_write_buffer_limits(high=4)
    tr.write(b'12345')
    tr.write(b'ab')
    tr.write(bytearray(b'cd'))
    sizes = (tr.get_write_buffer_size(), bytes(tr._buffer))
    tr.write_eof()
    early = sock.shutdown.called
    done = loop.create_future()
    done.set_result(None)
    loop._proactor.send.return_value = done
    pending.set_result(5)
    for _ in range(3):
        loop._run_once()
    sent = [c[0][1] for c in loop._proactor.send.call_args_list]
    errs = (etype(lambda: tr.write('text')), etype(lambda: tr.write(b'x')))
    tr.close()
    loop._run_once()
    loop.close()
    return sizes, early, sent, sock.shutdown.call_args_list, p.log, errs
def write_pipe():
    loop, sock, p = setup()
    closed = loop.create_future()
    loop._proactor.recv.return_value = closed
    loop._proactor.send.return_value = loop.create_future()
    tr = pe._ProactorWritePipeTransport(loop, sock, p)
    tr.write(b'data')
    closed.set_result(b'')
    loop._run_once()
    loop._run_once()
    loop.close()
    return p.log, tr.is_closing(), type(tr.get_extra_info('pipe')).__name__
def duplex():
    loop, sock, p = setup()
    tr = pe._ProactorDuplexPipeTransport(loop, sock, p)
    r = tr.can_write_eof(), etype(tr.write_eof)
    tr._sock = None
    loop.close()
    return r
def fatal():
    loop, sock, p = setup()
    seen = []
    loop.set_exception_handler(lambda l, c: seen.append(c['message']))
    loop._proactor.recv.side_effect = [OSError('bad'), ConnectionResetError()]
    a = pe._ProactorSocketTransport(loop, sock, p)
    loop._run_once()
    loop._run_once()
    q = Proto()
    b = pe._ProactorSocketTransport(loop, sock, q)
    loop._run_once()
    loop._run_once()
    loop.close()
    return seen, p.log, [type(x[1]).__name__ if isinstance(x, tuple) else x for x in q.log]
def repr_shape():
    loop, sock, p = setup()
    tr = pe._ProactorSocketTransport(loop, sock, p)
    first = repr(tr)
    tr.abort()
    second = repr(tr)
    loop._run_once()
    third = repr(tr)
    loop.close()
    return first, second, third
class Loop(pe.BaseProactorEventLoop):
    def _socketpair(self):
        return mock.Mock(), mock.Mock()
def proactor_loop():
    proactor = mock.Mock()
    loop = Loop(proactor)
    s = mock.Mock()
    calls = [loop.sock_recv(s, 10) is proactor.recv.return_value,
             loop.sock_sendall(s, b'x') is proactor.send.return_value,
             loop.sock_accept(s) is proactor.accept.return_value]
    loop._write_to_self()
    fds = loop._internal_fds
    loop.close()
    return calls, loop._csock, fds, loop._internal_fds, proactor.close.called, loop._proactor
def no_socketpair():
    class Bare(pe.BaseProactorEventLoop):
        def __del__(self):
            pass
    return etype(lambda: Bare(mock.Mock()))
`

var asyncioProactorCases = []pytesting.Case{
	{"reading_pause_resume_eof", `reading()`},
	{"writing_buffer_flow_eof", `writing()`},
	{"write_pipe_reader_gone", `write_pipe()`},
	{"duplex_no_half_close", `duplex()`},
	{"read_errors", `fatal()`},
	{"transport_repr", `repr_shape()`},
	{"loop_operations", `proactor_loop()`},
	{"loop_needs_socketpair", `no_socketpair()`},
	{"class_bases", `[c.__mro__[1].__name__ for c in (pe._ProactorSocketTransport, pe._ProactorWritePipeTransport, pe._ProactorDuplexPipeTransport)]`},
}

func TestAsyncioProactor(t *testing.T) {
	pytesting.DiffCases(t, "asyncio_proactor", asyncioProactorPrelude, asyncioProactorCases)
}
