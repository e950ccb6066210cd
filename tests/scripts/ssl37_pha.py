# ssl37_pha.py CAFILE SERVERCERT CLIENTCERT: TLS 1.3 post-handshake client
# authentication (post_handshake_auth, verify_client_post_handshake)
# between two SSLObjects over MemoryBIOs, and its failures. Run under
# gpython-ssl and CPython 3.11; stdout must be the same.
import socket
import ssl
import sys

cafile, server_cert, client_cert = sys.argv[1:4]

c = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
print('defaults', c.post_handshake_auth, ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER).post_handshake_auth,
      ssl.create_default_context().post_handshake_auth)
for v in ['x', 0, 1]:
    c.post_handshake_auth = v
    print('set', repr(v), c.post_handshake_auth)
try:
    del c.post_handshake_auth
except AttributeError as e:
    print('del', e)


def pair(client_pha, server_pha, verify=ssl.CERT_REQUIRED, maxv=None):
    cctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    cctx.load_verify_locations(cafile)
    cctx.load_cert_chain(client_cert)
    cctx.post_handshake_auth = client_pha
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(server_cert)
    sctx.load_verify_locations(cafile)
    sctx.verify_mode = verify
    sctx.post_handshake_auth = server_pha
    if maxv is not None:
        sctx.maximum_version = maxv
    bios = [ssl.MemoryBIO() for _ in range(4)]
    cl = cctx.wrap_bio(bios[0], bios[1], server_hostname='localhost')
    sv = sctx.wrap_bio(bios[2], bios[3], server_side=True)
    return cl, sv, bios


def pump(cl, sv, bios):
    bios[2].write(bios[1].read())
    bios[0].write(bios[3].read())


def handshake(cl, sv, bios):
    for _ in range(10):
        for o in (cl, sv):
            try:
                o.do_handshake()
            except ssl.SSLWantReadError:
                pass
        pump(cl, sv, bios)


def read(obj):
    try:
        return obj.read(100)
    except ssl.SSLWantReadError:
        return 'want read'


def subject(obj):
    cert = obj.getpeercert()
    if not cert:
        return cert
    return [v for rdn in cert['subject'] for k, v in rdn if k == 'commonName']


def attempt(label, f):
    try:
        print(label, 'ok', f())
    except ssl.SSLError as e:
        print(label, type(e).__name__, e.library, e.reason)
    except ValueError as e:
        print(label, 'ValueError', e)


cl, sv, bios = pair(True, True)
handshake(cl, sv, bios)
print('after handshake', cl.version(), subject(sv))
attempt('server requests', sv.verify_client_post_handshake)
sv.write(b'ping')
pump(cl, sv, bios)
print('client reads', read(cl))
cl.write(b'pong')
pump(cl, sv, bios)
print('server reads', read(sv))
print('after post-handshake auth', subject(sv))
attempt('client side', cl.verify_client_post_handshake)

cl, sv, bios = pair(True, True, verify=ssl.CERT_OPTIONAL)
handshake(cl, sv, bios)
attempt('optional', sv.verify_client_post_handshake)
sv.write(b'ping')
pump(cl, sv, bios)
read(cl)
cl.write(b'pong')
pump(cl, sv, bios)
print('optional server reads', read(sv), subject(sv))

cl, sv, bios = pair(False, True)
handshake(cl, sv, bios)
attempt('client did not offer', sv.verify_client_post_handshake)

cl, sv, bios = pair(True, False)
handshake(cl, sv, bios)
attempt('server without post_handshake_auth', sv.verify_client_post_handshake)

cl, sv, bios = pair(True, True, maxv=ssl.TLSVersion.TLSv1_2)
handshake(cl, sv, bios)
print('TLS 1.2 handshake', cl.version(), subject(sv))
attempt('TLS 1.2', sv.verify_client_post_handshake)

sock = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT).wrap_socket(
    socket.socket(), server_hostname='localhost', do_handshake_on_connect=False)
try:
    sock.verify_client_post_handshake()
except ValueError as e:
    print('unconnected ValueError', str(e).startswith('No SSL wrapper around <ssl.SSLSocket '))
sock.close()
