# session_cost.py: what reading SSLSocket.session and passing
# wrap_socket(session=...) cost, without the network in the way.
# Runs under CPython and gpython-ssl alike.
#
# Arguments (key=value): host port cafile hostname reps n
# The server must send a greeting byte (so TLS 1.3 tickets get processed).
# Prints "RESULT <getter microseconds>" and
# "INFO getter_us=... wrap_none_us=... wrap_session_us=..." (medians over reps):
#   getter        one read of ssl_sock.session
#   wrap_none     ctx.wrap_socket(connected socket, do_handshake_on_connect=False)
#   wrap_session  the same with session=<a resumable session>
import sys
import time
import socket
import ssl


def parse_args(argv):
    opts = {}
    for a in argv:
        kv = a.split("=", 1)
        opts[kv[0]] = kv[1]
    return opts


opts = parse_args(sys.argv[1:])
host = opts["host"]
port = int(opts["port"])
hostname = opts["hostname"]
reps = int(opts.get("reps", "5"))
n = int(opts.get("n", "50"))

ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
ctx.load_verify_locations(opts["cafile"])
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.connect((host, port))
ss = ctx.wrap_socket(s, server_hostname=hostname)
if len(ss.recv(1)) != 1:
    raise RuntimeError("no greeting from server")
session = ss.session


def median(samples):
    ordered = sorted(samples)
    return ordered[len(ordered) // 2]


def wrap_cost(sess):
    socks = []
    for i in range(n):
        c = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        c.connect((host, port))
        socks.append(c)
    wrapped = []
    t0 = time.time()
    for c in socks:
        wrapped.append(ctx.wrap_socket(c, server_hostname=hostname, session=sess, do_handshake_on_connect=False))
    cost = (time.time() - t0) / n * 1e6
    for w in wrapped:
        w.close()
    return cost


getter = []
wrap_none = []
wrap_session = []
for r in range(reps):
    t0 = time.time()
    for i in range(n):
        ss.session
    getter.append((time.time() - t0) / n * 1e6)
    wrap_none.append(wrap_cost(None))
    wrap_session.append(wrap_cost(session))
version = ss.version()
ss.close()

print("RESULT %.3f" % median(getter))
print("INFO getter_us=%.1f wrap_none_us=%.1f wrap_session_us=%.1f has_ticket=%s version=%s" % (
    median(getter), median(wrap_none), median(wrap_session), str(session.has_ticket), version))
