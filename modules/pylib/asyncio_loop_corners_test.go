package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Event-loop corners CPython 3.6's test_base_events found, against
// CPython 3.6: debug mode's warning about callbacks and task steps that
// hold the loop for slow_callback_duration or longer, and
// create_connection when creating the socket itself fails (one error,
// or "Multiple exceptions" for several different ones), and the wrapper
// types.coroutine puts around a generator a plain callable returns.

const asyncioCornersPrelude = pytesting.ShowRepr + `import asyncio, logging, socket, time
class Keep(logging.Handler):
    def __init__(self):
        logging.Handler.__init__(self)
        self.lines = []
    def emit(self, record):
        msg = record.getMessage()
        self.lines.append((record.levelname, msg[:msg.index(' took ') + 6] if ' took ' in msg else msg))
def nap(seconds):
    time.sleep(seconds)
def slow_callbacks():
    keep = Keep()
    logging.getLogger('asyncio').addHandler(keep)
    loop = asyncio.new_event_loop()
    try:
        loop.set_debug(True)
        loop.slow_callback_duration = 0.05
        loop.call_soon(nap, 0.1)
        loop.call_soon(nap, 0)
        loop.call_soon(loop.stop)
        loop.run_forever()
        async def hog():
            time.sleep(0.1)
        loop.run_until_complete(hog())
        loop.set_debug(False)
        loop.call_soon(nap, 0.1)
        loop.call_soon(loop.stop)
        loop.run_forever()
    finally:
        loop.close()
        logging.getLogger('asyncio').removeHandler(keep)
    return [(level, line.split(' at ')[0].split(' created ')[0]) for level, line in keep.lines]
def failing_sockets(messages):
    made = iter(messages)
    def no_socket(*args, **kwargs):
        raise OSError(next(made))
    async def main(loop):
        async def two(*args, **kwargs):
            return [(socket.AF_INET, socket.SOCK_STREAM, 6, '', ('192.0.2.1', 80))] * 2
        loop.getaddrinfo = lambda *a, **k: loop.create_task(two())
        real, socket.socket = socket.socket, no_socket
        try:
            await loop.create_connection(asyncio.Protocol, 'example.com', 80)
        except OSError as e:
            return '%s: %s' % (type(e).__name__, e)
        finally:
            socket.socket = real
    loop = asyncio.new_event_loop()
    try:
        return loop.run_until_complete(main(loop))
    finally:
        loop.close()
`

var asyncioCornersCases = []pytesting.Case{
	{"slow_callbacks", `slow_callbacks()`},
	{"socket_errors_differ", `failing_sockets(['err1', 'err2'])`},
	{"socket_errors_same", `failing_sockets(['same', 'same'])`},
	{"sslproto_fatal_error_default", `__import__('asyncio.sslproto').sslproto.SSLProtocol._fatal_error.__defaults__`},
	{"types_coroutine_wrapper", `(lambda w: (type(w).__name__, isinstance(w, __import__('types')._GeneratorWrapper), w.__name__))(__import__('types').coroutine(lambda: (x for x in ()))())`},
}

func TestAsyncioLoopCorners(t *testing.T) {
	pytesting.DiffCases(t, "asyncio_loop_corners", asyncioCornersPrelude, asyncioCornersCases)
}
