# ssl37_getcert.py PORT CAFILE OTHERCA CERTFILE: get_server_certificate
# with 3.10's signature (addr, ssl_version, ca_certs, timeout) against a
# server on 127.0.0.1:PORT, and a timeout against a listener that never
# answers. Run under gpython-ssl and CPython 3.11.
import socket
import ssl
import sys

port = int(sys.argv[1])
cafile, otherca, certfile = sys.argv[2:5]
with open(certfile) as f:
    served = f.read()
served = served[:served.index(ssl.PEM_FOOTER) + len(ssl.PEM_FOOTER)] + '\n'
want = ssl.PEM_cert_to_DER_cert(served)

addr = ('127.0.0.1', port)
for label, kwargs in [('unverified', {}),
                      ('ca_certs', {'ca_certs': cafile}),
                      ('positional', None),
                      ('tls_client', {'ssl_version': ssl.PROTOCOL_TLS_CLIENT, 'timeout': 10})]:
    try:
        if kwargs is None:
            pem = ssl.get_server_certificate(addr, ssl.PROTOCOL_TLS, cafile, 10)
        else:
            pem = ssl.get_server_certificate(addr, **kwargs)
        print(label, 'ok', pem.splitlines()[0], ssl.PEM_cert_to_DER_cert(pem) == want)
    except Exception as e:
        print(label, type(e).__name__, getattr(e, 'reason', None), getattr(e, 'verify_message', None))
try:
    ssl.get_server_certificate(addr, ca_certs=otherca)
    print('other CA ok')
except ssl.SSLCertVerificationError as e:
    print('other CA', e.reason, e.verify_message)

silent = socket.socket()
silent.bind(('127.0.0.1', 0))
silent.listen(1)
try:
    ssl.get_server_certificate(silent.getsockname(), timeout=0.5)
    print('silent ok')
except Exception as e:
    print('silent', isinstance(e, socket.timeout), isinstance(e, OSError))
silent.close()
