"""A fleet of TLS servers (RSA and EC keys) probed by worker threads synchronised with a Barrier."""
import collections
import os
import queue
import socket
import ssl
import subprocess
import tempfile
import threading

Finding = collections.namedtuple("Finding", "server key_type bits version cn worker_ok")


def make_cert(d, name, keyspec):
    cert, key = os.path.join(d, name + ".crt"), os.path.join(d, name + ".key")
    cmd = ["openssl", "req", "-x509", "-nodes", "-days", "9", "-subj", "/CN=%s.fleet" % name,
           "-addext", "subjectAltName=DNS:%s.fleet" % name, "-keyout", key, "-out", cert]
    cmd[2:2] = ["-newkey"] + keyspec
    subprocess.check_call(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


class FleetServer(threading.Thread):
    def __init__(self, name, cert, key, expected, stop):
        super().__init__(name="srv-" + name, daemon=True)
        self.ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.ctx.load_cert_chain(cert, key)
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(expected)
        self.sock.settimeout(0.2)
        self.stop = stop
        self.served = 0
        self.tag = name

    def run(self):
        while not self.stop.is_set():
            try:
                raw, _ = self.sock.accept()
            except socket.timeout:
                continue
            raw.settimeout(10)
            with self.ctx.wrap_socket(raw, server_side=True) as tls:
                tls.sendall(self.tag.encode())
                tls.recv(1)
            self.served += 1
        self.sock.close()


def worker(idx, barrier, jobs, results, cafile, lock, tally):
    barrier.wait(10)
    local = threading.local()
    local.count = 0
    while True:
        try:
            name, port = jobs.get_nowait()
        except queue.Empty:
            break
        ctx = ssl.create_default_context(cafile=cafile)
        with ctx.wrap_socket(socket.create_connection(("127.0.0.1", port), timeout=10),
                             server_hostname=name + ".fleet") as tls:
            tag = tls.recv(32).decode()
            cipher, version, bits = tls.cipher()
            cn = tls.getpeercert()["subject"][0][0][1]
            tls.sendall(b".")
        local.count += 1
        results.put(Finding(name, "EC" if "ECDSA" in cipher or version == "TLSv1.3" and name.startswith("ec") else "RSA",
                            bits, version, cn, tag == name))
    with lock:
        tally[idx] = local.count


def main():
    specs = {"ec-a": ["ec", "-pkeyopt", "ec_paramgen_curve:P-256"], "rsa-a": ["rsa:2048"],
             "ec-b": ["ec", "-pkeyopt", "ec_paramgen_curve:P-384"], "rsa-b": ["rsa:2048"]}
    with tempfile.TemporaryDirectory() as d:
        stop = threading.Event()
        servers, pems = [], []
        for name, spec in sorted(specs.items()):
            cert, key = make_cert(d, name, spec)
            with open(cert) as f:
                pems.append(f.read())
            servers.append(FleetServer(name, cert, key, 4, stop))
        cafile = os.path.join(d, "fleet.pem")
        with open(cafile, "w") as f:
            f.write("".join(pems))
        for s in servers:
            s.start()
        jobs, results = queue.Queue(), queue.Queue()
        for s in servers:
            for _ in range(2):
                jobs.put((s.tag, s.sock.getsockname()[1]))
        barrier = threading.Barrier(3, action=lambda: print("barrier released, jobs:", jobs.qsize()))
        lock, tally = threading.Lock(), {}
        workers = [threading.Thread(target=worker, args=(i, barrier, jobs, results, cafile, lock, tally))
                   for i in range(3)]
        for w in workers:
            w.start()
        for w in workers:
            w.join(30)
        stop.set()
        for s in servers:
            s.join(5)
        findings = sorted(results.queue)
        for f in findings:
            print("%-6s %-4s %3d %s CN=%s ok=%s" % f)
        print("per-server:", {s.tag: s.served for s in servers})
        print("work done:", sum(tally.values()), "by", len(tally), "workers; broken:", barrier.broken)
        print("active threads now:", threading.active_count(), [t.name for t in threading.enumerate()])


if __name__ == "__main__":
    main()
