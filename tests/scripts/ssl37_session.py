# ssl37_session.py CAFILE CERTFILE: a session is resumed only by
# connections of the SSLContext it came from; another context's wrap_bio,
# wrap_socket and .session setter refuse it with ValueError (issue 18).
# In-process pairs over MemoryBIOs and a socketpair; compared with CPython.
import socket
import ssl
import sys

cafile, certfile = sys.argv[1:3]
server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
server.load_cert_chain(certfile)


def client_context():
    c = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    c.load_verify_locations(cafile)
    c.maximum_version = ssl.TLSVersion.TLSv1_2
    return c


def handshake(ctx, session=None):
    bios = [ssl.MemoryBIO() for _ in range(4)]
    cl = ctx.wrap_bio(bios[0], bios[1], server_hostname='localhost', session=session)
    sv = server.wrap_bio(bios[2], bios[3], server_side=True)
    for _ in range(10):
        for o in (cl, sv):
            try:
                o.do_handshake()
            except ssl.SSLWantReadError:
                pass
        bios[2].write(bios[1].read())
        bios[0].write(bios[3].read())
    return cl


def attempt(label, f):
    try:
        print(label, 'ok', f())
    except (ValueError, TypeError) as e:
        print(label, type(e).__name__, e)


a, b = client_context(), client_context()
first = handshake(a)
session = first.session
print('first', first.version(), first.session_reused, session is not None)
attempt('same context resumes', lambda: handshake(a, session).session_reused)
attempt('other context wrap_bio', lambda: handshake(b, session).session_reused)


def set_on_other():
    obj = b.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_hostname='localhost')
    obj.session = session


def set_on_same():
    obj = a.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_hostname='localhost')
    obj.session = session
    return obj.session == session


attempt('other context setter', set_on_other)
attempt('same context setter', set_on_same)


def set_on_server():
    obj = server.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_side=True)
    obj.session = session


attempt('server-side setter', set_on_server)
attempt('after handshake', lambda: setattr(first, 'session', session))
attempt('not a session', lambda: setattr(first, 'session', 5))


def wrap_socket_other():
    s1, s2 = socket.socketpair()
    try:
        b.wrap_socket(s1, server_hostname='localhost', session=session, do_handshake_on_connect=False)
    finally:
        s1.close()
        s2.close()


attempt('other context wrap_socket', wrap_socket_other)
