"""A front process accepts TCP connections and hands each descriptor to a
TLS worker over a Unix socketpair (sendmsg with SCM_RIGHTS); the worker
rebuilds the socket with socket.socket(fileno=...), wraps it server-side
and answers.  Also exercises dup, detach and fromfd on the way."""
import array
import os
import socket
import ssl
import subprocess
import tempfile
import threading


def make_cert(d):
    key, crt = os.path.join(d, "key.pem"), os.path.join(d, "crt.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                    "ec_paramgen_curve:prime256v1", "-nodes", "-days", "5",
                    "-subj", "/CN=worker.test", "-addext", "subjectAltName=DNS:worker.test",
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def send_fd(chan, fd, note):
    fds = array.array("i", [fd])
    return chan.sendmsg([note], [(socket.SOL_SOCKET, socket.SCM_RIGHTS, fds)])


def recv_fd(chan):
    fds = array.array("i")
    msg, anc, flags, addr = chan.recvmsg(64, socket.CMSG_LEN(fds.itemsize))
    for level, kind, data in anc:
        if level == socket.SOL_SOCKET and kind == socket.SCM_RIGHTS:
            fds.frombytes(data[:len(data) - (len(data) % fds.itemsize)])
    return msg, list(fds), flags


def worker(chan, ctx, log):
    while True:
        note, fds, flags = recv_fd(chan)
        if not fds:
            log.append("worker: stop (%r)" % note)
            return
        conn = socket.socket(fileno=fds[0])
        log.append("worker: got %s family=%s type=%s flags=%d" % (
            note.decode(), conn.family.name, conn.type.name, flags))
        try:
            with ctx.wrap_socket(conn, server_side=True) as tls:
                line = tls.recv(100)
                tls.sendall(b"worker saw " + line.upper())
        except (ssl.SSLError, OSError) as e:
            log.append("worker: %s %s" % (type(e).__name__, e))


def main():
    log = []
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        cctx = ssl.create_default_context(cafile=crt)

        front, back = socket.socketpair(socket.AF_UNIX, socket.SOCK_DGRAM)
        print("pair:", front.family.name, front.type.name)
        t = threading.Thread(target=worker, args=(back, sctx, log))
        t.start()

        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(2)
        addr = lsock.getsockname()

        for i, word in enumerate([b"alpha", b"beta", b"gamma"]):
            client = socket.create_connection(addr, timeout=10)
            conn, _ = lsock.accept()
            if i == 0:
                fd = conn.detach()
                print("detached, fileno now", conn.fileno())
            elif i == 1:
                dup = conn.dup()
                print("dup is a new descriptor:", dup.fileno() != conn.fileno())
                conn.close()
                fd = dup.detach()
            else:
                other = socket.fromfd(conn.fileno(), socket.AF_INET, socket.SOCK_STREAM)
                conn.close()
                fd = other.detach()
            n = send_fd(front, fd, b"conn-%d" % i)
            os.close(fd)  # the worker holds its own copy now
            print("sent descriptor with", n, "byte note")
            with cctx.wrap_socket(client, server_hostname="worker.test") as tls:
                tls.sendall(word)
                print("client got:", tls.recv(100).decode())
                print("peer CN:", dict(x[0] for x in tls.getpeercert()["subject"])["commonName"])
        front.send(b"done")
        t.join(10)
        lsock.close()
        front.close()
        back.close()
        try:
            send_fd(front, 0, b"x")
        except OSError as e:
            print("sendmsg on closed:", type(e).__name__, e.errno)
    for line in log:
        print(line)
    print("CMSG_LEN(4) =", socket.CMSG_LEN(4), "CMSG_SPACE(4) =", socket.CMSG_SPACE(4))


if __name__ == "__main__":
    main()
