# ssl37_chain.py CAFILE SERVERCERT CLIENTCERT: get_verified_chain() and
# get_unverified_chain() (3.13) on both ends of in-process SSLObject pairs,
# with and without verification and client certificates, and on an
# unconnected SSLSocket. Compared with CPython 3.13.
import socket
import ssl
import sys

cafile, server_cert, client_cert = sys.argv[1:4]
with open(cafile) as f:
    ca_der = ssl.PEM_cert_to_DER_cert(f.read())


def pair(verify, client_auth):
    cctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    cctx.load_verify_locations(cafile)
    if not verify:
        cctx.check_hostname = False
        cctx.verify_mode = ssl.CERT_NONE
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(server_cert)
    if client_auth:
        cctx.load_cert_chain(client_cert)
        sctx.load_verify_locations(cafile)
        sctx.verify_mode = ssl.CERT_REQUIRED
    cin, cout, sin, sout = ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO()
    c = cctx.wrap_bio(cin, cout, server_hostname='localhost')
    s = sctx.wrap_bio(sin, sout, server_side=True)
    print('before handshake', c.get_verified_chain(), c.get_unverified_chain(),
          s.get_verified_chain(), s.get_unverified_chain())
    for _ in range(10):
        for o in (c, s):
            try:
                o.do_handshake()
            except ssl.SSLWantReadError:
                pass
        sin.write(cout.read())
        cin.write(sout.read())
    return c, s


def describe(label, obj):
    for name in ('get_verified_chain', 'get_unverified_chain'):
        chain = getattr(obj, name)()
        print(label, name, type(chain).__name__, len(chain),
              [type(x).__name__ for x in chain],
              bool(chain) and chain[0] == obj.getpeercert(True),
              bool(chain) and chain[-1] == ca_der)


for verify, client_auth in [(True, False), (False, False), (True, True)]:
    print('verify', verify, 'client auth', client_auth)
    c, s = pair(verify, client_auth)
    describe('client', c)
    describe('server', s)

ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
sock = ctx.wrap_socket(socket.socket(), server_hostname='localhost', do_handshake_on_connect=False)
for name in ('get_verified_chain', 'get_unverified_chain'):
    try:
        print('unconnected', getattr(sock, name)())
    except AttributeError as e:
        print('unconnected', name, 'AttributeError', e)
sock.close()
