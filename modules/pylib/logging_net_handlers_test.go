package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests against CPython 3.6 of logging.handlers' network
// handlers: what SocketHandler, DatagramHandler and SysLogHandler put on
// the wire (read back from local sockets), their retry and priority
// bookkeeping, and HTTPHandler's and SMTPHandler's argument checks.

const loggingNetPrelude = pytesting.ShowRepr + `import logging, logging.handlers as H, socket, pickle, struct, os, tempfile, shutil
D = tempfile.mkdtemp(prefix="lnh-")
def rec(msg="hello %s", args=("you",), level=logging.WARNING, name="net"):
    return logging.LogRecord(name, level, "/x/mod.py", 12, msg, args, None, "fn")
def fields(state):
    keep = ("name", "msg", "args", "levelname", "levelno", "lineno", "funcName", "exc_info", "exc_text", "pathname")
    return sorted((k, state[k]) for k in keep if k in state), "message" in state
def udp():
    s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    s.bind(("127.0.0.1", 0))
    s.settimeout(5)
    return s
def via_datagram():
    s = udp()
    h = H.DatagramHandler("127.0.0.1", s.getsockname()[1])
    h.handle(rec())
    data = s.recv(65536)
    h.close(); s.close()
    return struct.unpack(">L", data[:4])[0] == len(data) - 4, fields(pickle.loads(data[4:]))
def via_stream():
    srv = socket.socket()
    srv.bind(("127.0.0.1", 0))
    srv.listen(1)
    h = H.SocketHandler("127.0.0.1", srv.getsockname()[1])
    try:
        1 / 0
    except ZeroDivisionError:
        import sys
        r = rec("boom %d", (7,))
        r.exc_info = sys.exc_info()
    h.handle(r)
    conn, _ = srv.accept()
    conn.settimeout(5)
    data = b""
    while len(data) < 4 or len(data) < 4 + struct.unpack(">L", data[:4])[0]:
        data += conn.recv(65536)
    state = pickle.loads(data[4:])
    h.close(); conn.close(); srv.close()
    return fields(state)[0][:2], state["exc_text"].splitlines()[-1], h.sock
def refused():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    h = H.SocketHandler("127.0.0.1", port)
    h.handle(rec())
    first = (h.sock, h.retryPeriod, h.retryTime is not None)
    h.retryTime = 0
    h.handle(rec())
    return first, h.retryPeriod, (h.retryStart, h.retryMax, h.retryFactor)
def via_syslog(**kw):
    s = udp()
    h = H.SysLogHandler(("127.0.0.1", s.getsockname()[1]), **kw)
    h.setFormatter(logging.Formatter("%(name)s: %(message)s"))
    h.handle(rec(level=logging.ERROR))
    h.ident = "app "
    h.append_nul = False
    h.handle(rec(level=logging.DEBUG))
    out = [s.recv(1024), s.recv(1024)]
    h.close(); s.close()
    return out
def via_syslog_unix():
    path = os.path.join(D, "log.sock")
    s = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    s.bind(path)
    s.settimeout(5)
    h = H.SysLogHandler(path, facility=H.SysLogHandler.LOG_LOCAL3)
    h.handle(rec(level=logging.INFO))
    out = (s.recv(1024), h.unixsocket, h.socktype == socket.SOCK_DGRAM)
    h.close(); s.close()
    return out
def err(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__, str(e)
`

var loggingNetCases = []pytesting.Case{
	{"ports", `(H.DEFAULT_TCP_LOGGING_PORT, H.DEFAULT_UDP_LOGGING_PORT, H.DEFAULT_HTTP_LOGGING_PORT, H.DEFAULT_SOAP_LOGGING_PORT, H.SYSLOG_UDP_PORT, H.SYSLOG_TCP_PORT)`},
	{"socket handler attributes", `(lambda h: (h.host, h.port, h.address, h.sock, h.closeOnError, h.retryTime))(H.SocketHandler("localhost", 9))`},
	{"unix socket address", `(lambda h: (h.address, h.port))(H.SocketHandler("/tmp/nothing", None))`},
	{"make pickle", `(lambda b: (struct.unpack(">L", b[:4])[0] == len(b) - 4, fields(pickle.loads(b[4:]))))(H.SocketHandler("h", 1).makePickle(rec()))`},
	{"datagram wire", `via_datagram()`},
	{"stream wire with traceback", `via_stream()`},
	{"refused connection retries later", `refused()`},
	{"syslog udp", `via_syslog()`},
	{"syslog facility name", `via_syslog(facility="local7")`},
	{"syslog unix", `via_syslog_unix()`},
	{"syslog missing unix socket", `err(lambda: H.SysLogHandler(os.path.join(D, "none")))`},
	{"encode priority", `(lambda h: (h.encodePriority("user", "info"), h.encodePriority(3, 5), h.encodePriority("local0", "emerg"), err(lambda: h.encodePriority("nope", "info")), h.mapPriority("WARNING"), h.mapPriority("CUSTOM")))(H.SysLogHandler(("127.0.0.1", 9)))`},
	{"syslog constants", `(H.SysLogHandler.LOG_LOCAL7, H.SysLogHandler.LOG_AUTHPRIV, H.SysLogHandler.LOG_DEBUG, sorted(H.SysLogHandler.facility_names.items()), sorted(H.SysLogHandler.priority_names.items()), sorted(H.SysLogHandler.priority_map.items()))`},
	{"http handler checks", `(err(lambda: H.HTTPHandler("h", "/", method="PUT")), err(lambda: H.HTTPHandler("h", "/", context=object())), (lambda h: (h.method, h.host, h.url, h.secure, h.mapLogRecord(rec())["msg"]))(H.HTTPHandler("h:80", "/log", method="post")))`},
	{"smtp handler attributes", `(lambda h: (h.mailhost, h.mailport, h.toaddrs, h.username, h.getSubject(rec()), h.timeout))(H.SMTPHandler(("mx", 2525), "a@b", "c@d", "subj", credentials=("u", "p")))`},
	{"smtp handler plain host", `(lambda h: (h.mailhost, h.mailport, h.toaddrs, h.username, h.secure))(H.SMTPHandler("mx", "a@b", ["c@d", "e@f"], "s"))`},
	{"cleanup", `shutil.rmtree(D)`},
}

func TestLoggingNetHandlersDifferential(t *testing.T) {
	pytesting.DiffCases(t, "logging_net_handlers", loggingNetPrelude, loggingNetCases)
}
