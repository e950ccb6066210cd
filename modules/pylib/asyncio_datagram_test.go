package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// asyncio's datagram endpoints against CPython 3.6: a UDP echo over
// 127.0.0.1 (ports picked by the kernel and masked), the transport's
// type, buffer size and refusals (str data, another peer, the stream
// methods), and create_datagram_endpoint's argument errors, including
// 3.6.10's reuse_address rules.

const asyncioDatagramPrelude = pytesting.ShowRepr + `import asyncio, socket, warnings
def drive(make):
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(None)
    try:
        return loop.run_until_complete(asyncio.wait_for(make(loop), 5, loop=loop))
    finally:
        loop.close()
async def outcome(aw):
    try:
        return await aw
    except Exception as e:
        return '%s: %s' % (type(e).__name__, str(e).split(' fd=')[0].split('=<object')[0])
def plain(f):
    try:
        return f()
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)
class Upper(asyncio.DatagramProtocol):
    def connection_made(self, transport):
        self.transport = transport
    def datagram_received(self, data, addr):
        self.transport.sendto(data.upper(), addr)
class Collect(asyncio.DatagramProtocol):
    def __init__(self, loop):
        self.got = loop.create_future()
        self.events = []
    def connection_made(self, transport):
        self.events.append('made')
    def datagram_received(self, data, addr):
        self.got.set_result(data)
    def connection_lost(self, exc):
        self.events.append(('lost', exc))
async def echo(loop):
    st, _ = await loop.create_datagram_endpoint(Upper, local_addr=('127.0.0.1', 0))
    where = st.get_extra_info('sockname')
    ct, cp = await loop.create_datagram_endpoint(lambda: Collect(loop), remote_addr=where)
    ct.sendto(b'ping')
    ct.sendto(b'')
    reply = await cp.got
    peer_ok = ct.get_extra_info('peername') == where
    refused = [plain(lambda: ct.sendto('text')),
               plain(lambda: ct.sendto(b'x', ('127.0.0.2', 9))).split(' or ')[0],
               plain(lambda: ct.write(b'x')), plain(ct.can_write_eof),
               plain(ct.write_eof)]
    ct.close()
    closing = ct.is_closing()
    await asyncio.sleep(0.02, loop=loop)
    st.close()
    return (type(st).__name__, isinstance(st, asyncio.Transport),
            st.get_write_buffer_size(), reply, peer_ok, refused, closing,
            cp.events)
async def argument_errors(loop):
    make = loop.create_datagram_endpoint
    P = asyncio.DatagramProtocol
    stream = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        out = [await outcome(make(P)),
               await outcome(make(P, family=socket.AF_INET, reuse_address=True)),
               await outcome(make(P, sock=stream)),
               await outcome(make(P, sock=udp, family=socket.AF_INET, local_addr=('127.0.0.1', 0))),
               await outcome(make(P, local_addr=('127.0.0.1', 0), remote_addr=('::1', 7)))]
    finally:
        stream.close()
    transport, _ = await make(P, sock=udp)
    out.append(transport.get_extra_info('peername'))
    transport.close()
    await asyncio.sleep(0.01, loop=loop)
    return out
async def reuse_false(loop):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        transport, _ = await loop.create_datagram_endpoint(
            asyncio.DatagramProtocol, local_addr=('127.0.0.1', 0), reuse_address=False)
    transport.close()
    await asyncio.sleep(0.01, loop=loop)
    return [(w.category.__name__, str(w.message)) for w in caught]
`

var asyncioDatagramCases = []pytesting.Case{
	{"echo", `drive(echo)`},
	{"argument_errors", `drive(argument_errors)`},
	{"reuse_address_false", `drive(reuse_false)`},
}

func TestAsyncioDatagram(t *testing.T) {
	pytesting.DiffCases(t, "asyncio_datagram", asyncioDatagramPrelude, asyncioDatagramCases)
}
