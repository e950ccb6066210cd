# asyncio's TLS pipe in clear text, pipe transports, and coroutine names
import asyncio, os, ssl
from asyncio import base_events, coroutines, sslproto
pipe = sslproto._SSLPipe(ssl.create_default_context(), False, 'example.org')
print(pipe.wrapped, pipe.ssl_object, pipe.feed_ssldata(b'abc'), pipe.feed_appdata(b'xyz', 1))
try:
    pipe.shutdown()
except RuntimeError as e:
    print('RuntimeError:', e)
hello = pipe.do_handshake()
print(len(hello), hello[0][:1], pipe.need_ssldata, pipe.feed_ssldata(b'')[1])
print(base_events._ipaddr_info('127.0.0.1', '80', 0, 1, 0), base_events._ipaddr_info('::1', None, 10, 2, 0))
class Named:
    def send(self, v): pass
    def throw(self, *a): pass
    def close(self): pass
    def __await__(self): pass
c = Named(); c.__qualname__ = 'Q'
print(coroutines._format_coroutine(c)); c.cr_running = True; print(coroutines._format_coroutine(c))
class P(asyncio.Protocol):
    def connection_made(self, t): print('made', type(t).__name__, t.get_extra_info('pipe') is not None)
    def data_received(self, d): print('data', d)
    def eof_received(self): print('eof')
    def connection_lost(self, exc): print('lost', exc); done.set_result(None)
loop = asyncio.new_event_loop()
done = loop.create_future()
r, w = os.pipe()
rt, _ = loop.run_until_complete(loop.connect_read_pipe(P, os.fdopen(r, 'rb', 0)))
os.write(w, b'hello'); os.close(w)
loop.run_until_complete(done)
print(rt.is_closing(), 'closed' in repr(rt))
loop.close()
