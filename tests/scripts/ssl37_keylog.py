# ssl37_keylog.py MODE PORT CAFILE LOGFILE [CERTFILE]: one TLS connection
# whose secrets go to a key log file. MODE is client12/client13 (a client
# of 127.0.0.1:PORT made by create_default_context, which reads
# SSLKEYLOGFILE) or server12/server13 (a server on a free port, printed as
# "PORT n", with keylog_filename set explicitly). Prints the labels found
# in the log, for comparison with CPython.
import os
import socket
import ssl
import sys

mode, port, cafile, logfile = sys.argv[1:5]
version = ssl.TLSVersion.TLSv1_2 if mode.endswith('12') else ssl.TLSVersion.TLSv1_3
if mode.startswith('client'):
    ctx = ssl.create_default_context(cafile=cafile)
    print('from SSLKEYLOGFILE', ctx.keylog_filename == os.environ.get('SSLKEYLOGFILE'))
    ctx.maximum_version = version
    with socket.create_connection(('127.0.0.1', int(port))) as sock:
        with ctx.wrap_socket(sock, server_hostname='localhost') as conn:
            print('client', conn.version())
else:
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(sys.argv[5])
    ctx.keylog_filename = logfile
    ctx.maximum_version = version
    srv = socket.socket()
    srv.bind(('127.0.0.1', 0))
    srv.listen(1)
    print('PORT', srv.getsockname()[1])
    sys.stdout.flush()
    raw, _ = srv.accept()
    conn = ctx.wrap_socket(raw, server_side=True)
    print('server', conn.version())
    conn.close()
    srv.close()
ctx.keylog_filename = None
with open(logfile) as f:
    lines = f.read().splitlines()
print('header', lines[0])
print('labels', sorted(set(line.split()[0] for line in lines[1:])))
print('fields', sorted(set(len(line.split()) for line in lines[1:])))
