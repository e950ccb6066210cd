# ssl37_pha_server.py CAFILE SERVERCERT: a TLS 1.3 server that asks its
# client for a certificate after the handshake (post_handshake_auth and
# verify_client_post_handshake), for `openssl s_client -enable_pha`.
import socket
import ssl
import sys

ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
ctx.load_cert_chain(sys.argv[2])
ctx.load_verify_locations(sys.argv[1])
ctx.verify_mode = ssl.CERT_REQUIRED
ctx.post_handshake_auth = True
srv = socket.socket()
srv.bind(('127.0.0.1', 0))
srv.listen(1)
print('PORT', srv.getsockname()[1])
sys.stdout.flush()
raw, _ = srv.accept()
conn = ctx.wrap_socket(raw, server_side=True)
print('handshake', conn.version(), conn.getpeercert())
conn.verify_client_post_handshake()
conn.sendall(b'hello\n')
conn.settimeout(0.5)
for _ in range(20):
    if conn.getpeercert():
        break
    try:
        conn.recv(100)
    except socket.timeout:
        pass
cert = conn.getpeercert()
print('client certificate', [v for rdn in cert['subject'] for k, v in rdn if k == 'commonName'])
conn.close()
srv.close()
