"""Client and server SSLObjects in two threads that pass TLS records to
each other through queue.Queue instead of sockets."""
import os
import queue
import ssl
import subprocess
import tempfile
import threading


def make_cert(d):
    cert, key = os.path.join(d, "c.pem"), os.path.join(d, "k.pem")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=pipe.local", "-addext", "subjectAltName=DNS:pipe.local",
         "-keyout", key, "-out", cert], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


class Endpoint(threading.Thread):
    def __init__(self, name, ctx, inbox, outbox, server_side, script):
        super().__init__(name=name)
        self.inbox, self.outbox = inbox, outbox
        self.rbio, self.wbio = ssl.MemoryBIO(), ssl.MemoryBIO()
        self.obj = ctx.wrap_bio(self.rbio, self.wbio, server_side=server_side,
                                server_hostname=None if server_side else "pipe.local")
        self.script = script
        self.log = []
        self.records = 0

    def pump_out(self):
        data = self.wbio.read()
        if data:
            self.records += 1
            self.outbox.put(data)

    def pump_in(self):
        data = self.inbox.get(timeout=10)
        if data is None:
            self.rbio.write_eof()
        else:
            self.rbio.write(data)

    def retry(self, fn, *args):
        while True:
            try:
                result = fn(*args)
            except ssl.SSLWantReadError:
                self.pump_out()
                self.pump_in()
                continue
            self.pump_out()
            return result

    def run(self):
        self.retry(self.obj.do_handshake)
        self.log.append("handshake %s %s" % (self.obj.version(), self.obj.cipher()[2]))
        for action, payload in self.script:
            if action == "send":
                self.retry(self.obj.write, payload)
            elif action == "recv":
                got = self.retry(self.obj.read, 100)
                self.log.append("got %r" % got)
            elif action == "close":
                try:
                    self.retry(self.obj.unwrap)
                    self.log.append("unwrapped")
                except ssl.SSLError as e:
                    self.log.append("unwrap error %s" % type(e).__name__)
                self.outbox.put(None)


def main():
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        cctx = ssl.create_default_context(cafile=cert)
        a_to_b, b_to_a = queue.Queue(), queue.Queue()
        client = Endpoint("client", cctx, b_to_a, a_to_b, False,
                          [("send", b"ping"), ("recv", None), ("send", b"x" * 40),
                           ("recv", None), ("close", None)])
        server = Endpoint("server", sctx, a_to_b, b_to_a, True,
                          [("recv", None), ("send", b"pong"), ("recv", None),
                           ("send", b"thanks"), ("close", None)])
        server.start()
        client.start()
        client.join(20)
        server.join(20)
        for ep in (client, server):
            print(ep.name, "alive:", ep.is_alive())
            for line in ep.log:
                print("   ", line)
        print("client saw cert for:", client.obj.getpeercert()["subjectAltName"])
        print("server peer cert:", server.obj.getpeercert())
        print("leftover queued:", a_to_b.qsize() + b_to_a.qsize() >= 0)


main()
