"""IP-address certificate policy checker: certificates with IP and DNS
subjectAltNames (IPv4, IPv6, private and public ranges), parsed from
getpeercert() and classified with ipaddress (networks, is_private,
is_loopback, subnets, collapse_addresses), then ssl.match_hostname
against addresses and names, and a real handshake against ::1 and
127.0.0.1 with check_hostname on."""
import ipaddress
import os
import socket
import ssl
import subprocess
import tempfile
import threading

SAN = "IP:127.0.0.1,IP:::1,IP:10.1.2.3,IP:192.168.7.9,IP:2001:db8::5,IP:8.8.4.4,DNS:svc.internal,DNS:*.pods.internal"
ALLOWED = [ipaddress.ip_network(n) for n in ("10.0.0.0/8", "127.0.0.0/8", "::1/128", "2001:db8::/32")]


def make_cert(d):
    crt, key = os.path.join(d, "ip.crt"), os.path.join(d, "ip.key")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                    "-days", "2", "-subj", "/CN=svc.internal", "-addext", "subjectAltName=" + SAN,
                    "-keyout", key, "-out", crt], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def fetch(family, host, crt, key, cafile):
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(crt, key)
    ls = socket.socket(family)
    ls.bind((host, 0))
    ls.listen(1)

    def run():
        c, _ = ls.accept()
        try:
            with sctx.wrap_socket(c, server_side=True) as s:
                s.sendall(b"hi")
        except (ssl.SSLError, OSError):
            pass
    t = threading.Thread(target=run)
    t.start()
    cctx = ssl.create_default_context(cafile=cafile)
    try:
        with socket.socket(family) as raw:
            raw.connect(ls.getsockname()[:2])
            with cctx.wrap_socket(raw, server_hostname=host) as s:
                s.recv(2)
                return s.getpeercert()
    finally:
        t.join()
        ls.close()


def main():
    with tempfile.TemporaryDirectory() as d:
        crt, key = make_cert(d)
        cert = fetch(socket.AF_INET, "127.0.0.1", crt, key, crt)
        try:
            fetch(socket.AF_INET6, "::1", crt, key, crt)
            print("IPv6 handshake with check_hostname: ok")
        except OSError as e:
            print("IPv6 unavailable:", type(e).__name__)
    ips = [ipaddress.ip_address(v.strip()) for k, v in cert["subjectAltName"] if k == "IP Address"]
    dns = [v for k, v in cert["subjectAltName"] if k == "DNS"]
    print("SAN IP Address values:", [v for k, v in cert["subjectAltName"] if k == "IP Address"])
    print("DNS:", dns)
    for ip in sorted(ips, key=lambda a: (a.version, a)):
        nets = [str(n) for n in ALLOWED if ip.version == n.version and ip in n]
        flags = [name for name in ("is_private", "is_loopback", "is_global") if getattr(ip, name)]
        print("  v%d %-15s %-25s allowed-by=%s" % (ip.version, ip, ",".join(flags), nets or "-"))
    v4 = [ipaddress.ip_network(str(a) + "/24", strict=False) for a in ips if a.version == 4]
    print("collapsed /24s:", [str(n) for n in ipaddress.collapse_addresses(v4)])
    net = ipaddress.ip_network("10.1.2.0/24")
    print("subnets /26:", [str(s) for s in net.subnets(new_prefix=26)])
    print("10.1.2.3 in which /26:", [str(s) for s in net.subnets(new_prefix=26) if ipaddress.ip_address("10.1.2.3") in s])
    print("exploded v6:", ipaddress.ip_address("2001:db8::5").exploded, ipaddress.ip_address("::1").compressed)
    iface = ipaddress.ip_interface("192.168.7.9/20")
    print("interface:", iface.network, iface.netmask, iface.with_prefixlen, iface.ip.reverse_pointer)
    for host in ["127.0.0.1", "::1", "10.1.2.3", "10.1.2.4", "2001:db8:0:0::5", "svc.internal", "a.pods.internal",
                 "a.b.pods.internal", "8.8.4.4"]:
        try:
            ssl.match_hostname(cert, host)
            print("match_hostname %-18s ok" % host)
        except ssl.CertificateError as e:
            print("match_hostname %-18s %s" % (host, e))
    for bad in ("10.1.2", "300.1.1.1", "2001:db8::g"):
        try:
            ipaddress.ip_address(bad)
        except ValueError as e:
            print("ValueError:", e)


main()
