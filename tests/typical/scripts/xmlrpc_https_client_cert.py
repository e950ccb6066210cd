"""An XML-RPC service over HTTPS that requires a client certificate:
SimpleXMLRPCServer's socket is wrapped for the server side with
CERT_REQUIRED, its request handler records the caller's certificate
subject for the methods to read, and ServerProxy talks to it through an
SSLContext holding the client's certificate; calls with Binary,
DateTime, None and nested structures, a Fault raised on purpose, a
MultiCall batch, and a client without a certificate that is refused."""
import datetime
import os
import ssl
import subprocess
import tempfile
import threading
import xmlrpc.client
from xmlrpc.server import SimpleXMLRPCRequestHandler, SimpleXMLRPCServer


def make_pki(d):
    def run(*args):
        subprocess.run(args, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ca_key, ca = os.path.join(d, "ca.key"), os.path.join(d, "ca.crt")
    run("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
        "-subj", "/O=RPC Corp/CN=RPC Corp CA", "-keyout", ca_key, "-out", ca)
    out = {}
    for name, subj, ext in [("srv", "/O=RPC Corp/CN=rpc.internal", "subjectAltName=DNS:rpc.internal,IP:127.0.0.1"),
                            ("ops", "/O=RPC Corp/OU=Operations/CN=ops-bot", "extendedKeyUsage=clientAuth")]:
        key, csr, crt = (os.path.join(d, name + s) for s in (".key", ".csr", ".crt"))
        run("openssl", "req", "-new", "-newkey", "rsa:2048", "-nodes", "-subj", subj, "-keyout", key, "-out", csr)
        extfile = os.path.join(d, name + ".ext")
        with open(extfile, "w") as f:
            f.write(ext + "\n")
        run("openssl", "x509", "-req", "-in", csr, "-CA", ca, "-CAkey", ca_key, "-CAcreateserial",
            "-days", "1", "-extfile", extfile, "-out", crt)
        out[name] = (crt, key)
    return ca, out


local = threading.local()


class CertHandler(SimpleXMLRPCRequestHandler):
    rpc_paths = ("/RPC2",)

    def do_POST(self):
        cert = self.connection.getpeercert()
        local.peer = {k: v for rdn in cert["subject"] for k, v in rdn}
        super().do_POST()

    def log_message(self, *args):
        pass


class Inventory:
    def __init__(self):
        self.items = {}

    def whoami(self):
        return local.peer

    def put(self, name, qty, tags):
        if qty < 0:
            raise ValueError("negative quantity for %s" % name)
        self.items[name] = {"qty": qty, "tags": sorted(tags), "by": local.peer["commonName"]}
        return len(self.items)

    def get(self, name):
        return self.items.get(name)

    def checksum(self, blob):
        return sum(blob.data) % 65521

    def stamp(self, when):
        return xmlrpc.client.DateTime(when.timetuple() if hasattr(when, "timetuple") else when.value)


def main():
    with tempfile.TemporaryDirectory() as d:
        ca, pki = make_pki(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(*pki["srv"])
        sctx.load_verify_locations(ca)
        sctx.verify_mode = ssl.CERT_REQUIRED
        server = SimpleXMLRPCServer(("127.0.0.1", 0), requestHandler=CertHandler, allow_none=True,
                                    logRequests=False, bind_and_activate=False)
        server.socket = sctx.wrap_socket(server.socket, server_side=True)
        server.server_bind()
        server.server_activate()
        server.register_introspection_functions()
        server.register_multicall_functions()
        server.register_instance(Inventory())
        port = server.server_address[1]
        t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        url = "https://127.0.0.1:%d/RPC2" % port
        try:
            cctx = ssl.create_default_context(cafile=ca)
            cctx.load_cert_chain(*pki["ops"])
            proxy = xmlrpc.client.ServerProxy(url, context=cctx, allow_none=True, use_datetime=True)
            print("whoami:", sorted(proxy.whoami().items()))
            print("put:", proxy.put("cable", 12, ["net", "cat6"]), proxy.put("switch", 2, ["net"]))
            print("get:", proxy.get("cable"), proxy.get("missing"))
            print("checksum:", proxy.checksum(xmlrpc.client.Binary(bytes(range(256)) * 3)))
            when = datetime.datetime(2017, 6, 1, 8, 30, 15)
            back = proxy.stamp(when)
            print("stamp:", type(back).__name__, back)
            try:
                proxy.put("ghost", -1, [])
            except xmlrpc.client.Fault as f:
                print("fault:", f.faultCode, f.faultString)
            try:
                proxy.nosuch()
            except xmlrpc.client.Fault as f:
                print("fault:", f.faultCode, f.faultString)
            print("methods:", [m for m in proxy.system.listMethods() if not m.startswith("system.")])
            multi = xmlrpc.client.MultiCall(proxy)
            multi.get("switch")
            multi.put("router", 1, ["core"])
            multi.put("bad", -5, [])
            results = []
            try:
                for r in multi():
                    results.append(r)
            except xmlrpc.client.Fault as f:
                results.append("fault %d" % f.faultCode)
            print("multicall:", results)
            proxy("close")()

            bare = ssl.create_default_context(cafile=ca)
            anon = xmlrpc.client.ServerProxy(url, context=bare)
            try:
                anon.whoami()
                print("anonymous call answered")
            except (ssl.SSLError, OSError, xmlrpc.client.ProtocolError) as e:
                print("anonymous refused:", isinstance(e, (ssl.SSLError, ConnectionError, OSError)))
            anon("close")()
        finally:
            server.shutdown()
            t.join(10)
            server.server_close()
        print("server thread alive:", t.is_alive())


main()
