# handshake.py: TLS client handshakes against a local server, per second.
# Runs under CPython and gpython-ssl alike (gpython's subset: no f-strings,
# no truth test on bytes).
#
# Arguments (key=value): host port cafile hostname count maxtime
#   resume=1  pass the previous connection's session (wrap_socket(session=))
#   read=1    read the server's one-byte greeting after the handshake (in
#             TLS 1.3 this is what makes the client process the session
#             tickets the server sent after its Finished)
#   phases=1  also print time spent per phase (connect, handshake, read, close)
#   sessionfrom=first  with resume=1: offer the warm-up connection's session
#             every time, never reading .session again (isolates its cost)
#   deferclose=1  close each connection only after the next handshake (an
#             SSL object freed without a shutdown marks its session
#             non-resumable in OpenSSL; this keeps it valid)
# Prints "RESULT <handshakes/s>" and "INFO ..." lines.
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
count = int(opts.get("count", "200"))
maxtime = float(opts.get("maxtime", "5"))
resume = opts.get("resume", "0") == "1"
read = opts.get("read", "0") == "1"
phases = opts.get("phases", "0") == "1"
from_first = opts.get("sessionfrom", "prev") == "first"
defer_close = opts.get("deferclose", "0") == "1"
pending = {"conn": None}

ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
ctx.load_verify_locations(opts["cafile"])

# Per-phase samples (seconds), one per timed connection; medians are
# printed because a loaded machine gives long scheduling tails.
acc = {"connect": [], "handshake": [], "read": [], "session": [], "close": []}


def one(session):
    t0 = time.time()
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.connect((host, port))
    t1 = time.time()
    ss = ctx.wrap_socket(s, server_hostname=hostname, session=session)
    t2 = time.time()
    if read:
        got = ss.recv(1)
        if len(got) != 1:
            raise RuntimeError("no greeting from server")
    t3 = time.time()
    new_session = None
    if resume and (session is None or not from_first):
        new_session = ss.session
    info = (ss.version(), ss.cipher()[0], ss.session_reused)
    t4 = time.time()
    if defer_close:
        if pending["conn"] is not None:
            pending["conn"].close()
        pending["conn"] = ss
    else:
        ss.close()
    t5 = time.time()
    if phases:
        acc["connect"].append(t1 - t0)
        acc["handshake"].append(t2 - t1)
        acc["read"].append(t3 - t2)
        acc["session"].append(t4 - t3)
        acc["close"].append(t5 - t4)
    return new_session, info


# One untimed warm-up connection (also the first session to resume).
session, info = one(None)
for k in acc:
    acc[k] = []
reused = 0
done = 0
start = time.time()
elapsed = 0.0
while done < count and elapsed < maxtime:
    if resume:
        new_session, info = one(session)
        if new_session is not None:
            session = new_session
    else:
        session, info = one(None)
    if info[2]:
        reused += 1
    done += 1
    elapsed = time.time() - start
if pending["conn"] is not None:
    pending["conn"].close()

print("RESULT %.3f" % (done / elapsed))
print("INFO version=%s cipher=%s reused=%d/%d n=%d seconds=%.3f" % (info[0], info[1], reused, done, done, elapsed))


def median_us(samples):
    ordered = sorted(samples)
    return ordered[len(ordered) // 2] * 1e6


if phases:
    print("PHASES connect=%.1f handshake=%.1f read=%.1f session=%.1f close=%.1f (median microseconds per connection)" % (
        median_us(acc["connect"]), median_us(acc["handshake"]), median_us(acc["read"]),
        median_us(acc["session"]), median_us(acc["close"])))
