# Session resumption from the client side: three connections, the second
# resuming through wrap_socket(session=...), the third by setting
# .session before the handshake. Runs under gpython-ssl and CPython.
#   sessions.py PORT CAFILE [--tls12] [--no-ticket] [--reverse]
import socket
import ssl
import sys

port, cafile = int(sys.argv[1]), sys.argv[2]
opts = sys.argv[3:]
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
ctx.load_verify_locations(cafile)
if "--tls12" in opts:
    ctx.options |= ssl.OP_NO_TLSv1_3
if "--no-ticket" in opts:
    ctx.options |= ssl.OP_NO_TICKET
# openssl s_server -rev answers each line reversed
expected = b"olleh\n" if "--reverse" in opts else b"hello\n"


def connect(session=None, via_attribute=False):
    raw = socket.create_connection(("127.0.0.1", port), 20)
    if via_attribute:
        conn = ctx.wrap_socket(raw, server_hostname="localhost", do_handshake_on_connect=False)
        conn.session = session
        conn.do_handshake()
    else:
        conn = ctx.wrap_socket(raw, server_hostname="localhost", session=session)
    conn.sendall(b"hello\n")
    reply = b""
    while reply.find(b"\n") < 0:
        chunk = conn.recv(100)
        if len(chunk) == 0:
            break
        reply = reply + chunk
    if reply != expected:
        raise RuntimeError("unexpected reply %r" % reply)
    # TLS 1.3 tickets arrive after the handshake; reading the reply above
    # processed them, so the session is resumable now.
    sess = conn.session
    reused = conn.session_reused
    conn.close()
    return sess, reused


first, reused1 = connect()
print("first: reused", reused1, "has_ticket", first.has_ticket,
      "timeout>0", first.timeout > 0, "time>0", first.time > 0,
      "lifetime_hint>=0", first.ticket_lifetime_hint >= 0)
second, reused2 = connect(first)
print("second: reused", reused2)
third, reused3 = connect(second, via_attribute=True)
print("third: reused", reused3)
try:
    ctx.wrap_socket(socket.socket(), server_side=True, session=first)
except ValueError as e:
    print("server-side session: ValueError", e)
