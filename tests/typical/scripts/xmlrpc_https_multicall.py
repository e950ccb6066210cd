"""An inventory service over XML-RPC on HTTPS: SimpleXMLRPCServer with its
listening socket wrapped by an SSLContext, introspection, a MultiCall
batch, xmlrpc.client.Fault for application errors, Binary and DateTime
values, None (allow_none) and a ProtocolError for a wrong path."""
import datetime
import os
import shutil
import ssl
import subprocess
import tempfile
import threading
import xmlrpc.client
from xmlrpc.server import SimpleXMLRPCRequestHandler, SimpleXMLRPCServer


class Quiet(SimpleXMLRPCRequestHandler):
    rpc_paths = ("/RPC2",)

    def log_message(self, fmt, *args):
        pass


class Inventory:
    def __init__(self):
        self.items = {"bolt": 120, "nut": 300}
        self.stamp = datetime.datetime(2017, 3, 4, 5, 6, 7)

    def count(self, name):
        """count(name) -> how many items of that name are in stock"""
        if name not in self.items:
            raise xmlrpc.client.Fault(404, "unknown item %r" % name)
        return self.items[name]

    def take(self, name, n):
        """take(name, n) -> what is left"""
        left = self.count(name) - n
        if left < 0:
            raise ValueError("only %d %s left" % (self.items[name], name))
        self.items[name] = left
        return left

    def snapshot(self):
        return {"items": self.items, "stamp": self.stamp, "note": None}

    def label(self, name):
        return xmlrpc.client.Binary(("%s\x00label" % name).encode())


def main():
    d = tempfile.mkdtemp()
    try:
        key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
        subprocess.check_call(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                               "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                               "-keyout", key, "-out", crt],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        server = SimpleXMLRPCServer(("127.0.0.1", 0), requestHandler=Quiet, allow_none=True,
                                    use_builtin_types=False)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        server.socket = sctx.wrap_socket(server.socket, server_side=True)
        server.register_introspection_functions()
        server.register_multicall_functions()
        server.register_instance(Inventory())
        server.register_function(lambda *xs: sum(xs), "total")
        t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        port = server.server_address[1]
        try:
            cctx = ssl.create_default_context(cafile=crt)
            url = "https://localhost:%d/RPC2" % port
            with xmlrpc.client.ServerProxy(url, context=cctx, allow_none=True) as proxy:
                print("methods:", [m for m in proxy.system.listMethods() if not m.startswith("system.")])
                print("help(take):", proxy.system.methodHelp("take"))
                print("count bolt:", proxy.count("bolt"))
                print("total:", proxy.total(1, 2, 3.5))
                try:
                    proxy.count("washer")
                except xmlrpc.client.Fault as f:
                    print("Fault:", f.faultCode, f.faultString)
                try:
                    proxy.take("nut", 1000)
                except xmlrpc.client.Fault as f:
                    print("Fault:", f.faultCode, f.faultString)
                snap = proxy.snapshot()
                print("snapshot:", sorted(snap["items"].items()), snap["note"], type(snap["stamp"]).__name__, snap["stamp"])
                label = proxy.label("bolt")
                print("label:", type(label).__name__, label.data)

                batch = xmlrpc.client.MultiCall(proxy)
                batch.take("bolt", 20)
                batch.take("bolt", 500)
                batch.count("nut")
                batch.missing_method()
                results = batch()
                for i in range(4):
                    try:
                        print("batch[%d]:" % i, results[i])
                    except xmlrpc.client.Fault as f:
                        print("batch[%d]: Fault %d %s" % (i, f.faultCode, f.faultString))
            bad = xmlrpc.client.ServerProxy("https://localhost:%d/other" % port, context=cctx)
            try:
                bad.count("bolt")
            except xmlrpc.client.ProtocolError as e:
                print("ProtocolError:", e.errcode, e.errmsg, e.url.replace(str(port), "PORT"))
            bad("close")()
            untrusted = xmlrpc.client.ServerProxy(url)
            try:
                untrusted.count("bolt")
            except ssl.SSLError as e:
                print("default context:", e.reason)
            untrusted("close")()
        finally:
            server.shutdown()
            server.server_close()
            t.join(5)
    finally:
        shutil.rmtree(d)


if __name__ == "__main__":
    main()
