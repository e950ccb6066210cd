"""An XML-RPC service over HTTPS with SimpleXMLRPCServer: introspection
(system.listMethods, methodHelp, methodSignature), multicall, an instance
with dotted names off, allow_none, binary and datetime values, Faults of
several kinds, and the client's view through ServerProxy(context=...)."""
import datetime
import os
import ssl
import subprocess
import tempfile
import threading
import xmlrpc.client
import xmlrpc.server


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                           "-nodes", "-days", "3", "-subj", "/CN=localhost",
                           "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", crt],
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


class Inventory:
    def __init__(self):
        self.items = {}

    def _dispatch_hidden(self):
        return "never"

    def add(self, name, qty):
        """add(name, qty) -> new quantity of name"""
        if qty <= 0:
            raise xmlrpc.client.Fault(4001, "quantity must be positive, got %d" % qty)
        self.items[name] = self.items.get(name, 0) + qty
        return self.items[name]

    def snapshot(self):
        """snapshot() -> {name: qty}"""
        return dict(self.items)


def checksum(data):
    """checksum(binary) -> sum of the bytes modulo 65521"""
    return sum(data.data) % 65521


def shift(when, days):
    moment = datetime.datetime.strptime(when.value, "%Y%m%dT%H:%M:%S")
    return moment + datetime.timedelta(days=days)


def maybe(x):
    return None if x == 0 else x


class Quiet(xmlrpc.server.SimpleXMLRPCRequestHandler):
    def log_message(self, *args):
        pass


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        server = xmlrpc.server.SimpleXMLRPCServer(("127.0.0.1", 0), requestHandler=Quiet,
                                                  allow_none=True, use_builtin_types=False)
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(crt, key)
        server.socket = ctx.wrap_socket(server.socket, server_side=True)
        server.register_introspection_functions()
        server.register_multicall_functions()
        server.register_function(checksum)
        server.register_function(shift, "dates.shift")
        server.register_function(maybe)
        server.register_function(lambda: 1 / 0, "crash")
        server.register_instance(Inventory())
        t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()

        try:
            talk(server, crt)
        finally:
            server.shutdown()
            server.server_close()
            t.join(5)


def talk(server, crt):
    url = "https://localhost:%d/RPC2" % server.server_address[1]
    proxy = xmlrpc.client.ServerProxy(url, context=ssl.create_default_context(cafile=crt),
                                      allow_none=True)
    print("methods:", proxy.system.listMethods())
    print("help checksum:", proxy.system.methodHelp("checksum"))
    print("help add:", proxy.system.methodHelp("add"))
    print("signature:", proxy.system.methodSignature("checksum"))
    print("add:", proxy.add("bolts", 5), proxy.add("bolts", 3), proxy.add("nuts", 1))
    print("snapshot:", sorted(proxy.snapshot().items()))
    print("checksum:", proxy.checksum(xmlrpc.client.Binary(bytes(range(200)))))
    when = proxy.dates.shift(xmlrpc.client.DateTime(datetime.datetime(2020, 2, 27, 12, 30)), 3)
    print("dates.shift:", type(when).__name__, when.value)
    print("maybe:", proxy.maybe(0), proxy.maybe("x"))
    for call in (lambda: proxy.add("bolts", -1), lambda: proxy.crash(), lambda: proxy.nosuch(1),
                 lambda: proxy._dispatch_hidden(), lambda: proxy.checksum(1, 2)):
        try:
            call()
        except xmlrpc.client.Fault as fault:
            print("Fault %d: %s" % (fault.faultCode, fault.faultString))
    multi = xmlrpc.client.MultiCall(proxy)
    multi.add("washers", 10)
    multi.crash()
    multi.snapshot()
    results = multi()
    out = []
    for i in range(3):
        try:
            out.append(results[i])
        except xmlrpc.client.Fault as fault:
            out.append("Fault %d %s" % (fault.faultCode, fault.faultString))
    print("multicall:", out)
    print("raw multicall:", proxy.system.multicall([{"methodName": "maybe", "params": [5]},
                                                   {"methodName": "nope", "params": []}]))
    proxy("close")()


main()
