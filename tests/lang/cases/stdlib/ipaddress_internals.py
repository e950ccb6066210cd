import ipaddress
ip1, ip2, ip3 = (ipaddress.IPv4Address('10.10.10.%d' % i) for i in (10, 11, 12))
print(list(ipaddress._find_address_range([ip1])))
print(list(ipaddress._find_address_range([ip1, ip3])))
print(list(ipaddress._find_address_range([ip1, ip2, ip3])))
print(ipaddress._count_righthand_zero_bits(0, 128), ipaddress._count_righthand_zero_bits(40, 32))
net = ipaddress.IPv4Network('1.2.3.0/24')
for mask in ['invalid', '128.128.128.128', '128.128.128.127', '128.128.128.255',
             '255.128.128.128', '0', '32', '33', '0.0.0.0', '255.255.255', '255.255.0.x']:
    print(mask, net._is_valid_netmask(mask))
for mask in ['invalid', '128.255.255.255', '255.255.255.255', '1.2.3.4', '0.0.0.255']:
    print(mask, net._is_hostmask(mask))
iface = ipaddress.IPv4Interface('1.2.3.4/0')
print(iface._is_valid_netmask('0'), iface._prefix_from_prefix_string('0'))
class Broken(ipaddress._BaseNetwork):
    pass
broken = Broken('127.0.0.1')
for attr in ('version', '_address_class'):
    try:
        getattr(broken, attr)
    except NotImplementedError as e:
        print(type(e).__name__, ' '.join(str(e).split()))
print(list(ipaddress.collapse_addresses([ip1, ip2, ip3])))
print(list(ipaddress.summarize_address_range(ip1, ip3)))
