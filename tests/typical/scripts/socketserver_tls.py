import socketserver
import ssl
import socket
import os
import subprocess
import tempfile
import threading
import json


class TLSServer(socketserver.ThreadingMixIn, socketserver.TCPServer):
    allow_reuse_address = True
    daemon_threads = True

    def __init__(self, addr, handler, context):
        self.context = context
        super().__init__(addr, handler)

    def get_request(self):
        sock, addr = super().get_request()
        return self.context.wrap_socket(sock, server_side=True), addr


class JSONHandler(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            req = json.loads(line.decode("utf-8"))
            op = req.get("op")
            if op == "quit":
                return
            if op == "add":
                resp = {"result": sum(req["args"])}
            elif op == "upper":
                resp = {"result": req["text"].upper()}
            else:
                resp = {"error": "unknown op %r" % op}
            self.wfile.write(json.dumps(resp, sort_keys=True).encode() + b"\n")


def main():
    d = tempfile.mkdtemp()
    cert = os.path.join(d, "cert.pem")
    key = os.path.join(d, "key.pem")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                           "-nodes", "-days", "1", "-subj", "/CN=localhost", "-keyout", key, "-out", cert],
                          stderr=subprocess.DEVNULL)
    sctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    sctx.load_cert_chain(cert, key)
    server = TLSServer(("127.0.0.1", 0), JSONHandler, sctx)
    t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    t.daemon = True
    t.start()
    host, port = server.server_address
    cctx = ssl.create_default_context(cafile=cert)
    requests = [{"op": "add", "args": [1, 2, 3]}, {"op": "upper", "text": "tls rocks"}, {"op": "nope"}]
    with cctx.wrap_socket(socket.create_connection((host, port)), server_hostname="localhost") as s:
        f = s.makefile("rwb")
        for r in requests:
            f.write(json.dumps(r).encode() + b"\n")
            f.flush()
            print(r["op"], "->", json.loads(f.readline().decode()))
        f.write(b'{"op": "quit"}\n')
        f.flush()
        f.close()
    server.shutdown()
    server.server_close()
    for name in os.listdir(d):
        os.remove(os.path.join(d, name))
    os.rmdir(d)
    print("done")


main()
