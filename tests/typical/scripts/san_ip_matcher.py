"""Check which names and addresses a certificate covers: subjectAltName
entries with DNS wildcards and IP addresses (v4 and v6), ipaddress
networks for allowed ranges, real handshakes with server_hostname set
to names and IPs, and a local matcher compared with the result."""
import ipaddress
import os
import socket
import ssl
import subprocess
import tempfile
import threading

NAMES = ["api.example.test", "x.api.example.test", "a.b.api.example.test", "example.test",
         "localhost", "127.0.0.1", "127.0.0.2", "::1", "API.EXAMPLE.TEST"]


def make_cert(d):
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-nodes", "-days", "2", "-subj", "/CN=api.example.test",
                    "-addext", "subjectAltName=DNS:api.example.test,DNS:*.api.example.test,DNS:localhost,"
                               "IP:127.0.0.1,IP:::1",
                    "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def local_match(sans, name):
    try:
        ip = ipaddress.ip_address(name)
    except ValueError:
        ip = None
    for kind, value in sans:
        if ip is not None:
            if kind == "IP Address" and ipaddress.ip_address(value.strip()) == ip:
                return True
            continue
        if kind != "DNS":
            continue
        pattern, host = value.lower(), name.lower()
        if pattern.startswith("*."):
            head, _, rest = host.partition(".")
            if head and rest == pattern[2:]:
                return True
        elif pattern == host:
            return True
    return False


def serve(ctx, lsock, n):
    for _ in range(n):
        conn, _ = lsock.accept()
        try:
            with ctx.wrap_socket(conn, server_side=True) as s:
                s.sendall(b"+")
        except (ssl.SSLError, OSError):
            pass


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        info = ssl._ssl._test_decode_cert(crt)
        sans = info["subjectAltName"]
        print("sans:", sans)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(crt, key)
        lsock = socket.socket()
        lsock.bind(("127.0.0.1", 0))
        lsock.listen(len(NAMES))
        t = threading.Thread(target=serve, args=(sctx, lsock, len(NAMES)))
        t.start()
        ctx = ssl.create_default_context(cafile=crt)
        for name in NAMES:
            try:
                with socket.create_connection(lsock.getsockname(), timeout=10) as raw:
                    with ctx.wrap_socket(raw, server_hostname=name) as s:
                        s.recv(1)
                        verdict = "accepted"
            except (ssl.SSLError, ssl.CertificateError):
                verdict = "rejected"
            print("%-22s %-8s local=%s" % (name, verdict, local_match(sans, name)))
        t.join(10)
        lsock.close()
    nets = [ipaddress.ip_network(n) for n in ["10.0.0.0/8", "192.168.0.0/16", "127.0.0.0/8", "fd00::/8"]]
    for addr in ["10.1.2.3", "192.168.255.255", "172.16.0.1", "127.0.0.1", "fd12::1", "::1"]:
        ip = ipaddress.ip_address(addr)
        inside = [str(n) for n in nets if ip.version == n.version and ip in n]
        print("%-16s v%d private=%-5s loopback=%-5s in=%s" % (addr, ip.version, ip.is_private, ip.is_loopback, inside))
    net = ipaddress.ip_network("10.20.30.0/29")
    print(net.num_addresses, net.netmask, net.broadcast_address, [str(h) for h in net.hosts()][:3],
          [str(s) for s in net.subnets(new_prefix=30)])
    iface = ipaddress.ip_interface("192.168.1.77/24")
    print(iface.network, iface.ip, repr(ipaddress.ip_address("::ffff:1.2.3.4").ipv4_mapped),
          ipaddress.ip_address("2001:db8::1").exploded)
    print(ipaddress.ip_address("10.0.0.1") + 5, int(ipaddress.IPv4Address("1.0.0.0")),
          sorted([ipaddress.ip_address("10.0.0.10"), ipaddress.ip_address("10.0.0.9")]))
    for bad in ["300.1.1.1", "1.2.3", "10.0.0.0/33", "10.0.0.1/24"]:
        try:
            ipaddress.ip_network(bad) if "/" in bad else ipaddress.ip_address(bad)
        except ValueError as exc:
            print("ValueError:", exc)
    print(list(ipaddress.collapse_addresses([ipaddress.ip_network("10.0.0.0/25"), ipaddress.ip_network("10.0.0.128/25")])))


if __name__ == "__main__":
    main()
