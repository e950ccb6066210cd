"""Plan listener addresses for TLS services: ipaddress networks, socket helpers and a tabular report."""
import ipaddress
import socket
from collections import defaultdict

SERVICES = [
    ("web", "10.0.0.0/24", [443, 8443]),
    ("mail", "10.0.1.0/28", [465, 993, 995]),
    ("vpn", "192.168.100.0/30", [1194]),
    ("v6", "2001:db8::/126", [443]),
]

plan = defaultdict(list)
for name, cidr, ports in SERVICES:
    net = ipaddress.ip_network(cidr)
    hosts = list(net.hosts())
    print("%-5s %-18s v%d size=%-4d first=%s last=%s mask=%s" % (name, net, net.version, net.num_addresses,
                                                                hosts[0], hosts[-1], net.netmask))
    for i, port in enumerate(ports):
        addr = hosts[i % len(hosts)]
        plan[str(addr)].append((name, port))
for addr in sorted(plan, key=lambda a: (ipaddress.ip_address(a).version, ipaddress.ip_address(a))):
    print("  %-16s %s" % (addr, ", ".join("%s:%d" % p for p in plan[addr])))

net = ipaddress.ip_network("10.0.0.0/22")
print(list(net.subnets(new_prefix=24)), net.supernet(), net.prefixlen, net.broadcast_address, net.hostmask)
print(ipaddress.ip_address("10.0.2.7") in net, ipaddress.ip_network("10.0.1.0/24").subnet_of(net) if hasattr(net, "subnet_of") else None)
print(list(ipaddress.summarize_address_range(ipaddress.ip_address("10.0.0.0"), ipaddress.ip_address("10.0.0.9"))))
print(list(ipaddress.collapse_addresses([ipaddress.ip_network("10.0.0.0/25"), ipaddress.ip_network("10.0.0.128/25")])))
print(list(net.address_exclude(ipaddress.ip_network("10.0.1.0/24"))))
for text in ["127.0.0.1", "::1", "10.1.2.3", "8.8.8.8", "169.254.1.1", "224.0.0.1", "fe80::1", "::ffff:1.2.3.4", "0.0.0.0"]:
    a = ipaddress.ip_address(text)
    flags = [f for f in ("is_private", "is_loopback", "is_global", "is_multicast", "is_link_local", "is_unspecified")
             if getattr(a, f)]
    print("%-16s %-3s %-36s %s" % (a, a.version, a.exploded if a.version == 6 else int(a), flags))
a6 = ipaddress.IPv6Address("2001:db8::8a2e:370:7334")
print(a6.compressed, a6.exploded, a6.reverse_pointer, ipaddress.IPv6Address("::ffff:1.2.3.4").ipv4_mapped)
print(ipaddress.IPv4Address("1.2.3.4") + 10, ipaddress.IPv4Address(3232235777), ipaddress.ip_address(b"\x7f\x00\x00\x01"))
print(ipaddress.ip_interface("10.0.0.5/24"), ipaddress.ip_interface("10.0.0.5/24").network, ipaddress.ip_interface("10.0.0.5/24").ip)
print(repr(ipaddress.ip_network("10.0.0.0/8")), repr(ipaddress.ip_address("::1")), ipaddress.ip_address("1.2.3.4").packed)
print(sorted([ipaddress.ip_address("10.0.0.10"), ipaddress.ip_address("10.0.0.9"), ipaddress.ip_address("9.255.255.255")]))
for bad in ["10.0.0.256", "10.0.0.1/24", "1:2:3", "abc", "10.0.0.0/33", ""]:
    try:
        print(ipaddress.ip_network(bad) if "/" in bad else ipaddress.ip_address(bad))
    except ValueError as e:
        print("ValueError:", e)
print(ipaddress.ip_network("10.0.0.1/24", strict=False))
print(socket.inet_aton("10.0.0.1"), socket.inet_ntoa(b"\x0a\x00\x00\x01"), socket.inet_pton(socket.AF_INET6, "::1")[-2:])
print(socket.inet_ntop(socket.AF_INET6, bytes(15) + b"\x01"), socket.htons(443), socket.ntohl(1))
print(socket.getaddrinfo("127.0.0.1", 443, socket.AF_INET, socket.SOCK_STREAM)[0][4], socket.gethostbyname("127.0.0.1"))
try:
    socket.inet_aton("300.1.1.1")
except OSError as e:
    print("OSError:", e)
try:
    socket.getaddrinfo("no-such-host.invalid", 443)
except socket.gaierror as e:
    print("gaierror:", e.errno, e)
s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
s.bind(("127.0.0.1", 0))
print(s.family, s.type, s.getsockname()[0], s.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR), s.gettimeout())
s.settimeout(1.5)
print(s.gettimeout(), s.fileno() > 0, repr(s).startswith("<socket.socket fd="))
s.close()
print(s.fileno(), repr(s).startswith("<socket.socket [closed]"))
try:
    socket.create_connection(("127.0.0.1", 1), timeout=2)
except ConnectionRefusedError as e:
    print("ConnectionRefusedError:", e.errno, e.strerror)
