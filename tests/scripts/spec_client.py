# The spec's "Client-side operation" example (ssl.rst), unchanged but for
# the host (a local server instead of www.python.org) and the CA.
#   spec_client.py PORT CAFILE
import sys
PORT, CAFILE = int(sys.argv[1]), sys.argv[2]

import socket, ssl, pprint

context = ssl.create_default_context(cafile=CAFILE)

conn = context.wrap_socket(socket.socket(socket.AF_INET),
                           server_hostname="localhost")
conn.connect(("localhost", PORT))

cert = conn.getpeercert()
pprint.pprint(cert)

conn.sendall(b"HEAD / HTTP/1.0\r\nHost: linuxfr.org\r\n\r\n")
pprint.pprint(conn.recv(1024).split(b"\r\n"))
