"""A client that survives its server restarting: the TLS server is
stopped and started again on the same port (SO_REUSEADDR); the client
retries with a bounded backoff, resumes its counter from what the server
acknowledged, and logs each state change with logging."""
import logging
import os
import socket
import ssl
import subprocess
import sys
import tempfile
import threading
import time

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="%(levelname)-7s %(name)s: %(message)s")
log = logging.getLogger("client")
EVENTS = []      # the server's side, printed at the end (its threads race the client's log)


class Server:
    def __init__(self, ctx, port=0):
        self.ctx = ctx
        self.sock = socket.socket()
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", port))
        self.sock.listen(2)
        self.port = self.sock.getsockname()[1]
        self.total = 0
        self.thread = threading.Thread(target=self.run, daemon=True)
        self.thread.start()

    def run(self):
        try:
            conn, _ = self.sock.accept()
        except OSError:
            return
        with self.ctx.wrap_socket(conn, server_side=True) as tls:
            for line in tls.makefile("r"):
                if line == "bye\n":
                    EVENTS.append("client said bye at total %d" % self.total)
                    break
                self.total += int(line)
                tls.sendall(b"%d\n" % self.total)
                if self.total >= 10:
                    EVENTS.append("total %d reached: going down" % self.total)
                    break

    def stop(self):
        self.thread.join(5)
        self.sock.close()


def send_numbers(port, ctx, numbers, attempts=20):
    sent = 0
    for attempt in range(1, attempts + 1):
        try:
            raw = socket.create_connection(("127.0.0.1", port), timeout=2)
            tls = ctx.wrap_socket(raw, server_hostname="restart.test")
        except OSError:
            # refused, or reset by the old listener as it closed: how
            # many times depends on timing, so it is not logged
            time.sleep(0.1)
            continue
        with tls:
            log.info("connected, resuming at item %d", sent)
            f = tls.makefile("rw")
            try:
                while sent < len(numbers):
                    f.write("%d\n" % numbers[sent])
                    f.flush()
                    ack = f.readline()
                    if not ack:
                        raise ConnectionError("server went away")
                    sent += 1
                    log.info("sent %d, server total %s", numbers[sent - 1], ack.strip())
                f.write("bye\n")
                f.flush()
                return sent
            except (ConnectionError, ssl.SSLError, OSError) as e:
                log.warning("lost connection after %d items", sent)
            finally:
                f.close()
    raise RuntimeError("gave up")


def main():
    d = tempfile.mkdtemp()
    key, crt = os.path.join(d, "k"), os.path.join(d, "c")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                           "-nodes", "-days", "1", "-subj", "/CN=restart.test", "-addext",
                           "subjectAltName=DNS:restart.test", "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(crt, key)
    cctx = ssl.create_default_context(cafile=crt)
    first = Server(sctx)
    port = first.port
    restarted = []

    def restart():
        first.stop()
        restarted.append(Server(sctx, port))
        EVENTS.append("restarted on the same port: %s" % (restarted[0].port == port))

    watcher = threading.Thread(target=restart)
    watcher.start()
    n = send_numbers(port, cctx, [4, 3, 5, 1, 2])
    watcher.join(5)
    restarted[0].stop()
    print("\n".join(EVENTS))
    print("items sent:", n, "totals:", first.total, restarted[0].total)
    subprocess.call(["rm", "-rf", d])


main()
