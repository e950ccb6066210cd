# ssl37_ciphersuites.py PORT CAFILE SUITES...: gpython-ssl's
# SSLContext.set_ciphersuites (TLS 1.3 suites; not in CPython): one
# connection to 127.0.0.1:PORT per suite list, each printing its outcome.
import socket
import ssl
import sys

port, cafile = int(sys.argv[1]), sys.argv[2]
for suites in sys.argv[3:]:
    ctx = ssl.create_default_context(cafile=cafile)
    ctx.set_ciphersuites(suites)
    offered = [c['name'] for c in ctx.get_ciphers() if c['protocol'] == 'TLSv1.3']
    sock = socket.create_connection(('127.0.0.1', port))
    try:
        with ctx.wrap_socket(sock, server_hostname='localhost') as conn:
            print(suites, offered, 'ok', conn.version(), conn.cipher()[0])
    except ssl.SSLError as e:
        print(suites, offered, 'refused', e.reason)
        sock.close()
try:
    ctx.set_ciphersuites('TLS_NO_SUCH_SUITE')
except ssl.SSLError as e:
    print('unknown suite', e.args)
