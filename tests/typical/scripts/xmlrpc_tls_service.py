"""An XML-RPC service over TLS: SimpleXMLRPCServer with its socket
wrapped, functions and an instance registered, introspection, Faults
raised by the server, xmlrpc.client.ServerProxy with an SSL context,
MultiCall, and the marshalled types (dates, binary, nested structs)."""
import datetime
import os
import ssl
import subprocess
import tempfile
import threading
import xmlrpc.client
import xmlrpc.server


class CertTools:
    def fingerprint_len(self, algo):
        import hashlib
        return hashlib.new(algo).digest_size * 2

    def echo(self, value):
        return value


def divide(a, b):
    return a / b


def main():
    with tempfile.TemporaryDirectory() as d:
        key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                        "-nodes", "-days", "2", "-subj", "/CN=localhost",
                        "-addext", "subjectAltName=DNS:localhost", "-keyout", key, "-out", crt],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        server = xmlrpc.server.SimpleXMLRPCServer(("127.0.0.1", 0), logRequests=False, allow_none=True)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        server.socket = sctx.wrap_socket(server.socket, server_side=True)
        server.register_introspection_functions()
        server.register_multicall_functions()
        server.register_function(divide)
        server.register_function(lambda *xs: sum(xs), "add")
        server.register_instance(CertTools())
        t = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
        t.start()
        try:
            ctx = ssl.create_default_context(cafile=crt)
            url = "https://localhost:%d/RPC2" % server.server_address[1]
            with xmlrpc.client.ServerProxy(url, context=ctx, allow_none=True) as proxy:
                print("methods:", [m for m in proxy.system.listMethods() if not m.startswith("system.")])
                print("add:", proxy.add(1, 2, 3.5), "divide:", proxy.divide(7, 2))
                print("fingerprint_len:", proxy.fingerprint_len("sha256"), proxy.fingerprint_len("sha1"))
                value = {"when": datetime.datetime(2020, 2, 29, 23, 59, 58), "blob": xmlrpc.client.Binary(b"\x00\xffDER"),
                         "list": [1, "two", 3.0, True, None], "nested": {"k": ["v"]}}
                back = proxy.echo(value)
                print("echo types:", sorted((k, type(v).__name__) for k, v in back.items()))
                print("echo values:", back["when"], back["blob"].data, back["list"], back["nested"])
                try:
                    proxy.divide(1, 0)
                except xmlrpc.client.Fault as fault:
                    print("Fault:", fault.faultCode, fault.faultString)
                try:
                    proxy.nosuch()
                except xmlrpc.client.Fault as fault:
                    print("Fault:", fault.faultCode, fault.faultString)
                multi = xmlrpc.client.MultiCall(proxy)
                multi.add(1, 1)
                multi.divide(9, 3)
                multi.divide(1, 0)
                results = multi()
                print("multicall:", results[0], results[1])
                try:
                    results[2]
                except xmlrpc.client.Fault as fault:
                    print("multicall Fault:", fault.faultString)
                print("help:", repr(proxy.system.methodHelp("divide")), proxy.system.methodSignature("add"))
        finally:
            server.shutdown()
            server.server_close()
            t.join(10)
    print(xmlrpc.client.dumps((1, "a"), methodname="m").count("<param>"), xmlrpc.client.loads(
        xmlrpc.client.dumps(({"x": 1},)))[0], xmlrpc.client.MAXINT)
    try:
        xmlrpc.client.dumps((2 ** 40,))
    except OverflowError as exc:
        print("OverflowError:", exc)


if __name__ == "__main__":
    main()
