import ipaddress
import socket
import uuid

nets = ["10.0.0.0/8", "192.168.1.0/24", "172.16.0.0/12", "2001:db8::/32", "127.0.0.0/8"]
addrs = ["10.1.2.3", "192.168.1.200", "8.8.8.8", "2001:db8::1", "::1", "127.0.0.1"]
parsed = [ipaddress.ip_network(n) for n in nets]
for a in addrs:
    ip = ipaddress.ip_address(a)
    inside = [str(n) for n in parsed if ip.version == n.version and ip in n]
    print("%-14s v%d private=%-5s loopback=%-5s in=%s" % (a, ip.version, ip.is_private, ip.is_loopback, inside))
net = ipaddress.ip_network("192.168.1.0/29")
print("hosts:", [str(h) for h in net.hosts()], net.num_addresses, net.broadcast_address, net.netmask)
print("subnets:", [str(s) for s in net.subnets(new_prefix=30)], net.supernet(), net.with_prefixlen)
iface = ipaddress.ip_interface("10.1.2.3/16")
print("iface:", iface.network, iface.ip, iface.with_netmask)
print("sorted:", sorted(ipaddress.ip_address(a) for a in ["10.0.0.10", "10.0.0.9", "9.255.255.255"]))
print("int:", int(ipaddress.IPv4Address("1.2.3.4")), ipaddress.IPv4Address(16909060) + 1)
print("exploded:", ipaddress.ip_address("2001:db8::1").exploded, ipaddress.ip_address("2001:db8::1").compressed)
print("reverse:", ipaddress.ip_address("1.2.3.4").reverse_pointer)
print("collapse:", list(ipaddress.collapse_addresses([ipaddress.ip_network("10.0.0.0/25"), ipaddress.ip_network("10.0.0.128/25")])))
for bad in ["300.1.1.1", "10.0.0.1/33", "abc"]:
    try:
        ipaddress.ip_network(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    ipaddress.ip_network("10.0.0.1/24")
except ValueError as e:
    print("ValueError:", e)
print("strict=False:", ipaddress.ip_network("10.0.0.1/24", strict=False))
print("inet_aton:", socket.inet_aton("10.0.0.1"), socket.inet_ntoa(b"\x7f\x00\x00\x01"))
print("pton:", socket.inet_pton(socket.AF_INET6, "::1").hex(), socket.inet_ntop(socket.AF_INET6, b"\x00" * 15 + b"\x01"))
print("byte order:", socket.htons(1), socket.ntohs(256), socket.htonl(1), socket.ntohl(16777216))
print("gethostbyname:", socket.gethostbyname("localhost"), socket.gethostbyname("127.0.0.1"))
print("getaddrinfo:", sorted(set((fam == socket.AF_INET, sa[0]) for fam, _, _, _, sa in socket.getaddrinfo("127.0.0.1", 443, proto=socket.IPPROTO_TCP))))
name, aliases, addrs = socket.gethostbyname_ex("localhost")
print("gethostbyname_ex:", type(name).__name__, type(aliases).__name__, "127.0.0.1" in addrs)
print("gethostbyaddr:", socket.gethostbyaddr("127.0.0.1")[2])
print("getfqdn:", isinstance(socket.getfqdn("localhost"), str), socket.getfqdn("10.255.255.1"))
print("service:", socket.getservbyname("https", "tcp") if hasattr(socket, "getservbyname") else 443)
try:
    socket.gethostbyname("no-such-host.invalid")
except socket.gaierror as e:
    print("gaierror:", e.errno, e.strerror)
try:
    socket.inet_aton("1.2.3.999")
except OSError as e:
    print("OSError:", e)
u = uuid.uuid5(uuid.NAMESPACE_DNS, "example.com")
print("uuid5:", u, u.version, u.hex[:8], uuid.UUID(str(u)) == u, repr(u))
print("uuid3:", uuid.uuid3(uuid.NAMESPACE_URL, "https://example.com/"))
print("uuid4 fields:", uuid.uuid4().version, len(str(uuid.uuid4())))
print("UUID parse:", uuid.UUID("{12345678-1234-5678-1234-567812345678}").int, uuid.UUID(int=1).urn)
