# gpython-ssl demo: a TLS server and a TLS client in one process on
# 127.0.0.1, driven by non-blocking sockets and select(). The client
# verifies the server's chain and host name against a CA made on the fly.
#
#   bin/gpython-ssl examples/demo.py
import os
import pprint
import select
import socket
import ssl
import sys
import tempfile


def make_pki(d):
    """A CA and a server certificate for localhost, with the openssl tool."""
    ca, ca_key = d + "/ca.pem", d + "/ca.key"
    key, csr, cert, ext = d + "/server.key", d + "/server.csr", d + "/server.pem", d + "/ext.cnf"
    f = open(ext, "w")
    f.write("subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n")
    f.close()
    commands = [
        "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -days 2"
        " -subj '/O=gpython-ssl demo/CN=gpython-ssl demo CA' -keyout %s -out %s" % (ca_key, ca),
        "openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes"
        " -subj '/O=gpython-ssl demo/CN=localhost' -keyout %s -out %s" % (key, csr),
        "openssl x509 -req -days 2 -in %s -CA %s -CAkey %s -CAcreateserial -extfile %s -out %s"
        % (csr, ca, ca_key, ext, cert),
    ]
    for c in commands:
        if os.system(c + " >/dev/null 2>&1") != 0:
            raise SystemExit("demo: the openssl command failed: " + c)
    return ca, cert, key


def drive(pending):
    """Run handshake steps of several SSLSockets until all are done,
    waiting with select() for whatever each one needs."""
    rounds = 0
    while len(pending) > 0:
        rounds += 1
        if rounds > 1000:
            raise RuntimeError("handshake made no progress")
        want_read, want_write = [], []
        still = []
        for s in pending:
            try:
                s.do_handshake()
            except ssl.SSLWantReadError:
                want_read.append(s)
                still.append(s)
            except ssl.SSLWantWriteError:
                want_write.append(s)
                still.append(s)
        pending = still
        if len(pending) > 0:
            select.select(want_read, want_write, [], 5)
    return rounds


def recv_all(sock, n):
    data = b""
    while len(data) < n:
        try:
            chunk = sock.recv(n - len(data))
        except ssl.SSLWantReadError:
            select.select([sock], [], [], 5)
            continue
        if len(chunk) == 0:
            break
        data = data + chunk
    return data


def main():
    d = tempfile.mkdtemp()
    ca, cert, key = make_pki(d)
    print("OpenSSL:", ssl.OPENSSL_VERSION)

    server_ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    server_ctx.load_cert_chain(cert, key)
    client_ctx = ssl.create_default_context(cafile=ca)
    print("client verify_mode:", client_ctx.verify_mode, "check_hostname:", client_ctx.check_hostname)

    listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    port = listener.getsockname()[1]

    raw_client = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    raw_client.setblocking(False)
    if raw_client.connect_ex(("127.0.0.1", port)) not in (0, 115):  # 115: EINPROGRESS
        raise SystemExit("demo: cannot connect")
    raw_server, addr = listener.accept()
    select.select([], [raw_client], [], 5)
    raw_server.setblocking(False)

    client = client_ctx.wrap_socket(raw_client, server_hostname="localhost",
                                    do_handshake_on_connect=False)
    server = server_ctx.wrap_socket(raw_server, server_side=True,
                                    do_handshake_on_connect=False)
    rounds = drive([client, server])
    print("handshake done in", rounds, "rounds on port", port)
    print("version:", client.version())
    print("cipher:", client.cipher())
    print("server certificate, verified against the demo CA:")
    pprint.pprint(client.getpeercert())

    message = b"Hello from the gpython-ssl client"
    client.sendall(message)
    got = recv_all(server, len(message))
    server.sendall(got.upper())
    reply = recv_all(client, len(message))
    print("server received:", got)
    print("client received:", reply)

    try:
        ssl.match_hostname(client.getpeercert(), "example.org")
    except ssl.CertificateError as e:
        print("match_hostname('example.org'):", e)

    client.close()
    server.close()
    listener.close()
    for name in os.listdir(d):
        os.remove(d + "/" + name)
    os.rmdir(d)


main()
