# The spec's "Server-side operation" example (ssl.rst), unchanged but for
# the address, the certificate files and do_something, which the spec
# leaves to the reader: it echoes until the client is done. The test kills
# the process once its clients are served (the example loops forever).
#   spec_server.py CERTFILE KEYFILE   (prints PORT n)
import sys
import socket, ssl

context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
context.load_cert_chain(certfile=sys.argv[1], keyfile=sys.argv[2])

bindsocket = socket.socket()
bindsocket.bind(('127.0.0.1', 0))
bindsocket.listen(5)
print("PORT", bindsocket.getsockname()[1])
sys.stdout.flush()


def do_something(connstream, data):
    if len(data) == 0:
        return False
    connstream.sendall(data.upper())
    return True


def deal_with_client(connstream):
    data = connstream.recv(1024)
    # empty data means the client is finished with us
    while data:
        if not do_something(connstream, data):
            # we'll assume do_something returns False
            # when we're finished with client
            break
        data = connstream.recv(1024)
    # finished with client


while True:
    newsocket, fromaddr = bindsocket.accept()
    connstream = context.wrap_socket(newsocket, server_side=True)
    try:
        deal_with_client(connstream)
    finally:
        connstream.shutdown(socket.SHUT_RDWR)
        connstream.close()
