"""A threaded TLS server that tags every log line with the connection it
belongs to, using threading.local and a logging.Filter."""
import logging
import os
import socket
import ssl
import subprocess
import sys
import tempfile
import threading

ctx_data = threading.local()


class ConnFilter(logging.Filter):
    def filter(self, record):
        record.conn = getattr(ctx_data, "conn_id", "-")
        record.peer_user = getattr(ctx_data, "user", "?")
        return True


log = logging.getLogger("tlsd")
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("[%(conn)s/%(peer_user)s] %(levelname)-7s %(message)s"))
handler.addFilter(ConnFilter())
log.addHandler(handler)
log.setLevel(logging.DEBUG)
log.propagate = False


def make_cert(d):
    cert, key = os.path.join(d, "cert.pem"), os.path.join(d, "key.pem")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=localhost", "-keyout", key, "-out", cert],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


def handle(tls, conn_id, done):
    ctx_data.conn_id = conn_id
    log.debug("handshake done, %s", tls.version() is not None)
    with tls, tls.makefile("rwb") as f:
        for line in f:
            cmd, _, arg = line.decode().strip().partition(" ")
            if cmd == "USER":
                ctx_data.user = arg
                log.info("logged in")
                f.write(b"OK\n")
            elif cmd == "SAY":
                log.info("says %r", arg)
                f.write(arg.upper().encode() + b"\n")
            elif cmd == "BYE":
                log.warning("leaving")
                f.write(b"BYE\n")
                f.flush()
                break
            else:
                log.error("unknown command %r", cmd)
                f.write(b"ERR\n")
            f.flush()
    done.set()


def main():
    ctx_data.conn_id = "main"
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        cctx = ssl.create_default_context(cafile=cert)
        srv = socket.socket()
        srv.bind(("127.0.0.1", 0))
        srv.listen(4)
        port = srv.getsockname()[1]
        log.info("listening")
        scripts = [["USER alice", "SAY hi there", "BYE"],
                   ["USER bob", "FROB", "SAY later", "BYE"]]
        for n, lines in enumerate(scripts, 1):
            done = threading.Event()
            client = socket.create_connection(("127.0.0.1", port), timeout=10)
            conn, _ = srv.accept()
            box = {}
            t = threading.Thread(
                target=lambda: box.update(tls=sctx.wrap_socket(conn, server_side=True)))
            t.start()
            c = cctx.wrap_socket(client, server_hostname="localhost")
            t.join(10)
            worker = threading.Thread(target=handle, args=(box["tls"], "c%d" % n, done),
                                      name="conn-%d" % n)
            worker.start()
            with c, c.makefile("rwb") as f:
                for line in lines:
                    f.write(line.encode() + b"\n")
                    f.flush()
                    reply = f.readline().decode().strip()
                    print("client %d: %-14s -> %s" % (n, line, reply))
            done.wait(10)
            worker.join(10)
        srv.close()
        log.info("served %d connections; main still %s",
                 len(scripts), getattr(ctx_data, "user", "anonymous"))


main()
