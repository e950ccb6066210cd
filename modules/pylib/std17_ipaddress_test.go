package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential test of ipaddress (Lib/modules/ipaddress.py) against
// CPython 3.6: parsing and its error messages, the properties of
// addresses, networks and interfaces, orderings, iteration, subnetting
// and the module functions.

const ipaddressPrelude = pytesting.ShowRepr + `import ipaddress as I
A, N, F = I.ip_address, I.ip_network, I.ip_interface
def props(o, names):
    out = []
    for n in names:
        try:
            out.append(getattr(o, n))
        except Exception as e:
            out.append(type(e).__name__)
    return out
FLAGS = ("is_private", "is_global", "is_multicast", "is_reserved", "is_loopback", "is_link_local", "is_unspecified")
def flags(s):
    return props(A(s), FLAGS)
def nflags(s):
    return props(N(s), FLAGS)
def first(it, n):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out
def cmp_all(a, b):
    return [a == b, a != b, a < b, a <= b, a > b, a >= b]
`

var ipaddressCases = []pytesting.Case{
	// IPv4 addresses
	{"v4 parse", `A("192.168.0.1")`},
	{"v4 str", `(str(A("10.0.0.1")), A("10.0.0.1").compressed, A("10.0.0.1").exploded)`},
	{"v4 int", `(int(A("1.2.3.4")._ip), A(16909060), I.IPv4Address(0), I.IPv4Address(2**32 - 1))`},
	{"v4 packed", `(A("1.2.3.4").packed, A(b"\x7f\x00\x00\x01"))`},
	{"v4 version", `(A("1.2.3.4").version, A("1.2.3.4").max_prefixlen)`},
	{"v4 reverse_pointer", `A("127.0.0.1").reverse_pointer`},
	{"v4 empty", `I.IPv4Address("")`},
	{"v4 three octets", `I.IPv4Address("1.2.3")`},
	{"v4 five octets", `I.IPv4Address("1.2.3.4.5")`},
	{"v4 empty octet", `I.IPv4Address("1..3.4")`},
	{"v4 non digit", `I.IPv4Address("1.2.3.x")`},
	{"v4 sign", `I.IPv4Address("1.2.3.+4")`},
	{"v4 too long octet", `I.IPv4Address("1.2.3.0004")`},
	{"v4 octal", `I.IPv4Address("1.2.3.010")`},
	{"v4 octal small", `I.IPv4Address("1.2.3.07")`},
	{"v4 big octet", `I.IPv4Address("1.2.3.256")`},
	{"v4 slash", `I.IPv4Address("1.2.3.4/24")`},
	{"v4 negative int", `I.IPv4Address(-1)`},
	{"v4 big int", `I.IPv4Address(2**32)`},
	{"v4 short packed", `I.IPv4Address(b"\x01\x02\x03")`},
	{"v4 from float", `I.IPv4Address(1.5)`},
	{"v4 spaces", `I.IPv4Address(" 1.2.3.4")`},
	{"ip_address int v6", `A(2**32)`},
	{"ip_address bad", `A("not an ip")`},
	{"ip_address bad int", `A(-1)`},
	{"ip_address bytes 16", `A(b"\x00" * 15 + b"\x01")`},
	{"ip_address bytes 5", `A(b"12345")`},
	{"v4 arithmetic", `(A("1.2.3.4") + 1, A("1.2.3.4") - 4, A("0.0.0.255") + 1)`},
	{"v4 overflow", `A("255.255.255.255") + 1`},
	{"v4 underflow", `A("0.0.0.0") - 1`},
	{"v4 add str", `A("1.2.3.4") + "x"`},
	{"v4 radd", `1 + A("1.2.3.4")`},
	{"v4 compare", `cmp_all(A("1.2.3.4"), A("1.2.3.5"))`},
	{"v4 compare equal", `cmp_all(A("1.2.3.4"), A("1.2.3.4"))`},
	{"v4 compare v6", `A("1.2.3.4") < A("::1")`},
	{"v4 eq other", `(A("1.2.3.4") == "1.2.3.4", A("1.2.3.4") != 16909060, A("0.0.0.1") == A("::1"))`},
	{"v4 lt int", `A("1.2.3.4") < 5`},
	{"v4 ge int", `A("1.2.3.4") >= 5`},
	{"v4 sorted", `sorted([A("10.0.0.2"), A("9.255.0.1"), A("10.0.0.1")])`},
	{"v4 hash", `(len({A("1.2.3.4"), A("1.2.3.4"), A("1.2.3.5")}), hash(A("1.2.3.4")) == hash(I.IPv4Address(16909060)))`},
	{"v4 dict key", `{A("1.2.3.4"): "x"}[A("1.2.3.4")]`},
	{"v4 flags private", `flags("10.1.2.3")`},
	{"v4 flags global", `flags("8.8.8.8")`},
	{"v4 flags loopback", `flags("127.0.0.1")`},
	{"v4 flags multicast", `flags("224.0.0.251")`},
	{"v4 flags link local", `flags("169.254.1.1")`},
	{"v4 flags unspecified", `flags("0.0.0.0")`},
	{"v4 flags reserved", `flags("240.0.0.1")`},
	{"v4 flags shared", `flags("100.64.0.1")`},
	{"v4 flags doc", `[A(s).is_private for s in ("192.0.2.1", "198.51.100.1", "203.0.113.9", "172.16.0.1", "172.32.0.1", "192.168.255.255", "255.255.255.255")]`},
	{"v4 reduce", `A("1.2.3.4").__reduce__()`},
	// IPv6 addresses
	{"v6 parse", `A("2001:db8::1")`},
	{"v6 compress", `[str(A(s)) for s in ("2001:0db8:0000:0000:0000:0000:0000:0001", "0:0:0:0:0:0:0:0", "1:0:0:2:0:0:0:3", "1:0:0:0:2:0:0:3", "1:0:2:0:3:0:4:0", "0:0:1::", "fe80::1:0:0:0:1")]`},
	{"v6 exploded", `[A(s).exploded for s in ("::", "::1", "2001:db8::", "1:2:3:4:5:6:7:8")]`},
	{"v6 ipv4 suffix", `(A("::ffff:1.2.3.4"), A("::1.2.3.4"), A("64:ff9b::192.0.2.33"))`},
	{"v6 uppercase", `A("2001:DB8::ABCD")`},
	{"v6 int", `(I.IPv6Address(1), I.IPv6Address(2**128 - 1), I.IPv6Address(2**64))`},
	{"v6 packed", `(A("::1").packed, I.IPv6Address(b"\x20\x01" + b"\x00" * 14))`},
	{"v6 reverse_pointer", `A("2001:db8::1").reverse_pointer`},
	{"v6 version", `(A("::1").version, A("::1").max_prefixlen)`},
	{"v6 empty", `I.IPv6Address("")`},
	{"v6 too few", `I.IPv6Address("1:2")`},
	{"v6 too many colons", `I.IPv6Address("1:2:3:4:5:6:7:8:9:0")`},
	{"v6 two gaps", `I.IPv6Address("1::2::3")`},
	{"v6 leading colon", `I.IPv6Address(":1:2:3:4:5:6:7")`},
	{"v6 leading colon gap", `I.IPv6Address(":1::2")`},
	{"v6 trailing colon", `I.IPv6Address("1:2:3:4:5:6:7:")`},
	{"v6 trailing colon gap", `I.IPv6Address("1::2:")`},
	{"v6 gap too small", `I.IPv6Address("1:2:3:4::5:6:7:8")`},
	{"v6 seven parts", `I.IPv6Address("1:2:3:4:5:6:7")`},
	{"v6 bad hex", `I.IPv6Address("1::g")`},
	{"v6 long hextet", `I.IPv6Address("1::12345")`},
	{"v6 bad v4", `I.IPv6Address("::1.2.3.256")`},
	{"v6 slash", `I.IPv6Address("::1/128")`},
	{"v6 big int", `I.IPv6Address(2**128)`},
	{"v6 negative", `I.IPv6Address(-5)`},
	{"v6 packed short", `I.IPv6Address(b"\x00" * 4)`},
	{"v6 ipv4_mapped", `(A("::ffff:10.0.0.1").ipv4_mapped, A("::1").ipv4_mapped)`},
	{"v6 teredo", `(A("2001:0:4136:e378:8000:63bf:3fff:fdd2").teredo, A("::1").teredo)`},
	{"v6 sixtofour", `(A("2002:c000:0204::1").sixtofour, A("2003::1").sixtofour)`},
	{"v6 flags loopback", `flags("::1")`},
	{"v6 flags unspecified", `flags("::")`},
	{"v6 flags global", `flags("2606:4700::1111")`},
	{"v6 flags doc", `flags("2001:db8::1")`},
	{"v6 flags link local", `flags("fe80::1")`},
	{"v6 flags multicast", `flags("ff02::1")`},
	{"v6 flags ula", `flags("fd00::1")`},
	{"v6 site local", `(A("fec0::1").is_site_local, A("fe80::1").is_site_local)`},
	{"v6 reserved", `[A(s).is_reserved for s in ("::2", "100::", "4000::", "2001::", "fe00::")]`},
	{"v6 arithmetic", `(A("::ffff") + 1, A("::1") - 1)`},
	{"v6 compare", `cmp_all(A("::1"), A("::2"))`},
	// networks
	{"v4 network", `N("192.168.0.0/24")`},
	{"v4 network props", `props(N("192.168.0.0/24"), ("network_address", "broadcast_address", "netmask", "hostmask", "prefixlen", "num_addresses", "with_prefixlen", "with_netmask", "with_hostmask", "exploded", "compressed", "version", "max_prefixlen"))`},
	{"v4 network default", `(N("1.2.3.4"), N(16909060), N(b"\x01\x02\x03\x04"))`},
	{"v4 network tuple", `(N(("1.2.3.0", 24)), N(("1.2.3.0", "24")), N(("1.2.3.0", "255.255.255.0")), N((16909056, 24)), N(("1.2.3.4",)))`},
	{"v4 network netmask", `(N("10.0.0.0/255.0.0.0"), N("10.0.0.0/0.255.255.255"), N("0.0.0.0/0.0.0.0"), N("0.0.0.0/0"))`},
	{"v4 host bits", `N("10.0.0.1/8")`},
	{"v4 host bits class", `I.IPv4Network("10.0.0.1/8")`},
	{"v4 host bits lax", `N("10.0.0.1/8", strict=False)`},
	{"v4 bad prefix", `I.IPv4Network("10.0.0.0/33")`},
	{"v4 bad prefix text", `I.IPv4Network("10.0.0.0/x")`},
	{"v4 bad prefix sign", `I.IPv4Network("10.0.0.0/+8")`},
	{"v4 bad prefix empty", `I.IPv4Network("10.0.0.0/")`},
	{"v4 mixed netmask", `I.IPv4Network("10.0.0.0/255.0.255.0")`},
	{"v4 bad netmask octet", `I.IPv4Network("10.0.0.0/255.0.0.256")`},
	{"v4 two slashes", `I.IPv4Network("10.0.0.0/8/8")`},
	{"v4 network bad addr", `I.IPv4Network("10.0.0/8")`},
	{"ip_network bad", `N("10.0.0.0/40")`},
	{"ip_network host bits", `N("2001:db8::1/32")`},
	{"v4 hosts", `list(N("10.0.0.0/29").hosts())`},
	{"v4 hosts 31", `(list(N("10.0.0.0/31").hosts()), list(N("10.0.0.5/32").hosts()))`},
	{"v4 iter", `list(N("10.0.0.4/30"))`},
	{"v4 getitem", `(N("10.0.0.0/24")[0], N("10.0.0.0/24")[255], N("10.0.0.0/24")[-1], N("10.0.0.0/24")[-256])`},
	{"v4 getitem out", `N("10.0.0.0/24")[256]`},
	{"v4 getitem neg out", `N("10.0.0.0/24")[-257]`},
	{"v4 contains", `(A("10.0.0.5") in N("10.0.0.0/24"), A("10.0.1.5") in N("10.0.0.0/24"), A("::1") in N("10.0.0.0/24"), N("10.0.0.0/25") in N("10.0.0.0/24"))`},
	{"v4 contains int", `5 in N("10.0.0.0/24")`},
	{"v4 overlaps", `(N("10.0.0.0/24").overlaps(N("10.0.0.128/25")), N("10.0.0.0/24").overlaps(N("10.0.1.0/24")), N("10.0.0.0/8").overlaps(N("10.1.0.0/16")))`},
	{"v4 subnets", `list(N("10.0.0.0/24").subnets())`},
	{"v4 subnets diff", `list(N("10.0.0.0/24").subnets(prefixlen_diff=2))`},
	{"v4 subnets new", `list(N("10.0.0.0/24").subnets(new_prefix=26))`},
	{"v4 subnets max", `list(N("10.0.0.1/32").subnets())`},
	{"v4 subnets shorter", `list(N("10.0.0.0/24").subnets(new_prefix=23))`},
	{"v4 subnets both", `list(N("10.0.0.0/24").subnets(2, 26))`},
	{"v4 subnets negative", `list(N("10.0.0.0/24").subnets(-1))`},
	{"v4 subnets too long", `list(N("10.0.0.0/24").subnets(9))`},
	{"v4 supernet", `(N("10.0.0.0/24").supernet(), N("10.0.0.0/24").supernet(8), N("10.0.0.0/24").supernet(new_prefix=16), N("0.0.0.0/0").supernet())`},
	{"v4 supernet longer", `N("10.0.0.0/24").supernet(new_prefix=25)`},
	{"v4 supernet both", `N("10.0.0.0/24").supernet(2, 16)`},
	{"v4 supernet too far", `N("10.0.0.0/24").supernet(25)`},
	{"v4 address_exclude", `list(N("10.0.0.0/24").address_exclude(N("10.0.0.128/26")))`},
	{"v4 address_exclude self", `list(N("10.0.0.0/24").address_exclude(N("10.0.0.0/24")))`},
	{"v4 address_exclude outside", `list(N("10.0.0.0/24").address_exclude(N("10.0.1.0/26")))`},
	{"v4 address_exclude address", `list(N("10.0.0.0/24").address_exclude(A("10.0.0.1")))`},
	{"v4 address_exclude v6", `list(N("10.0.0.0/24").address_exclude(N("::/64")))`},
	{"v4 compare_networks", `(N("10.0.0.0/24").compare_networks(N("10.0.0.0/25")), N("10.0.1.0/24").compare_networks(N("10.0.0.0/24")), N("10.0.0.0/24").compare_networks(N("10.0.0.0/24")))`},
	{"v4 compare_networks v6", `N("10.0.0.0/24").compare_networks(N("::/64"))`},
	{"network compare", `cmp_all(N("10.0.0.0/24"), N("10.0.0.0/25"))`},
	{"network compare v6", `N("10.0.0.0/24") < N("::/64")`},
	{"network compare address", `N("10.0.0.0/24") < A("10.0.0.0")`},
	{"network eq", `(N("10.0.0.0/24") == N("10.0.0.0/24"), N("10.0.0.0/24") == "10.0.0.0/24", N("10.0.0.0/24") == A("10.0.0.0"))`},
	{"network hash", `len({N("10.0.0.0/24"), N("10.0.0.0/24"), N("10.0.0.0/25")})`},
	{"network sorted", `sorted([N("10.0.1.0/24"), N("10.0.0.0/25"), N("10.0.0.0/24")])`},
	{"v4 network flags", `[nflags(s) for s in ("10.0.0.0/8", "8.8.8.0/24", "127.0.0.0/8", "224.0.0.0/4", "100.64.0.0/10", "0.0.0.0/32")]`},
	{"v6 network", `(N("2001:db8::/32"), N("2001:db8::/32").exploded, N("2001:db8::/32").num_addresses)`},
	{"v6 network props", `props(N("2001:db8::/64"), ("network_address", "broadcast_address", "netmask", "hostmask", "with_netmask", "with_hostmask"))`},
	{"v6 network netmask", `I.IPv6Network("2001:db8::/ffff::")`},
	{"v6 network bad prefix", `I.IPv6Network("2001:db8::/129")`},
	{"v6 hosts", `(list(N("2001:db8::/126").hosts()), list(N("2001:db8::/127").hosts()), list(N("::1/128").hosts()))`},
	{"v6 subnets", `first(N("2001:db8::/32").subnets(new_prefix=48), 3)`},
	{"v6 supernet", `N("2001:db8::/32").supernet(new_prefix=16)`},
	{"v6 network flags", `[nflags(s) for s in ("fe80::/64", "ff00::/8", "2001:db8::/32", "::1/128", "fc00::/7")]`},
	{"v6 network site local", `N("fec0::/10").is_site_local`},
	{"network reduce", `N("10.0.0.0/8").__reduce__()`},
	// interfaces
	{"v4 interface", `(F("10.1.2.3/24"), str(F("10.1.2.3/24")))`},
	{"v4 interface props", `props(F("10.1.2.3/24"), ("ip", "network", "netmask", "hostmask", "with_prefixlen", "with_netmask", "with_hostmask", "compressed", "exploded", "version", "is_private"))`},
	{"v4 interface netmask form", `(F("10.1.2.3/255.255.0.0"), F("10.1.2.3/0.0.255.255"), F("10.1.2.3"))`},
	{"v4 interface int", `(I.IPv4Interface(1), I.IPv4Interface(1).network, props(I.IPv4Interface(1), ("netmask", "with_prefixlen")))`},
	{"v4 interface tuple", `(I.IPv4Interface(("1.2.3.4", 16)), I.IPv4Interface(("1.2.3.4", 16)).netmask)`},
	{"v4 interface bad", `I.IPv4Interface("1.2.3.4/33")`},
	{"ip_interface bad", `F("1.2.3.4/x/y")`},
	{"interface eq", `(F("1.2.3.4/24") == F("1.2.3.4/24"), F("1.2.3.4/24") == F("1.2.3.4/25"), F("1.2.3.4/24") == A("1.2.3.4"), A("1.2.3.4") == F("1.2.3.4/24"))`},
	{"interface lt", `(F("1.2.3.4/24") < F("1.2.3.5/24"), F("1.2.3.4/16") < F("1.2.3.4/24"), F("1.2.3.4/24") < A("1.2.3.5"), A("1.2.3.4") < F("1.2.3.4/24"))`},
	{"interface sorted", `sorted([F("1.2.3.4/24"), F("1.2.3.1/16"), F("1.2.3.2/24")])`},
	{"interface hash", `len({F("1.2.3.4/24"), F("1.2.3.4/24"), F("1.2.3.4/25")})`},
	{"interface in network", `F("10.0.0.5/8") in N("10.0.0.0/24")`},
	{"v6 interface", `(F("2001:db8::1/64"), F("2001:db8::1/64").network, F("2001:db8::1/64").exploded, F("2001:db8::1/64").with_netmask)`},
	{"v6 interface flags", `(F("::1/128").is_loopback, F("::1/64").is_loopback, F("::/128").is_unspecified, F("::/64").is_unspecified)`},
	{"interface reduce", `F("10.0.0.1/8").__reduce__()`},
	// module functions
	{"collapse", `list(I.collapse_addresses([N("192.0.2.0/25"), N("192.0.2.128/25")]))`},
	{"collapse addresses", `list(I.collapse_addresses([A("10.0.0.%d" % i) for i in range(0, 8)] + [A("10.0.0.9")]))`},
	{"collapse nested", `list(I.collapse_addresses([N("10.0.0.0/8"), N("10.1.0.0/16"), N("11.0.0.0/8"), N("12.0.0.0/8")]))`},
	{"collapse duplicates", `list(I.collapse_addresses([N("10.0.0.0/24"), N("10.0.0.0/24"), A("10.0.0.1")]))`},
	{"collapse interfaces", `list(I.collapse_addresses([F("10.0.0.1/32"), F("10.0.0.0/32")]))`},
	{"collapse v6", `list(I.collapse_addresses([N("2001:db8::/33"), N("2001:db8:8000::/33")]))`},
	{"collapse mixed", `list(I.collapse_addresses([A("10.0.0.1"), A("::1")]))`},
	{"collapse mixed networks", `list(I.collapse_addresses([N("10.0.0.0/24"), N("::/64")]))`},
	{"collapse empty", `list(I.collapse_addresses([]))`},
	{"summarize", `list(I.summarize_address_range(A("192.0.2.0"), A("192.0.2.130")))`},
	{"summarize one", `list(I.summarize_address_range(A("10.0.0.1"), A("10.0.0.1")))`},
	{"summarize all", `list(I.summarize_address_range(A("0.0.0.0"), A("255.255.255.255")))`},
	{"summarize v6", `list(I.summarize_address_range(A("::1"), A("::8")))`},
	{"summarize reversed", `list(I.summarize_address_range(A("10.0.0.2"), A("10.0.0.1")))`},
	{"summarize networks", `list(I.summarize_address_range(N("10.0.0.0/24"), A("10.0.0.1")))`},
	{"summarize versions", `list(I.summarize_address_range(A("10.0.0.1"), A("::1")))`},
	{"summarize lazy", `type(I.summarize_address_range(1, 2)).__name__`},
	{"get_mixed_type_key", `sorted([N("10.0.0.0/24"), A("10.0.0.0"), A("9.0.0.0")], key=I.get_mixed_type_key)`},
	{"get_mixed_type_key other", `I.get_mixed_type_key(5) is NotImplemented`},
	{"packing", `(I.v4_int_to_packed(1), I.v6_int_to_packed(1))`},
	{"packing errors", `(props(I, ()), I.v4_int_to_packed(2**32))`},
	{"packing v6 error", `I.v6_int_to_packed(-1)`},
	{"exceptions", `(issubclass(I.AddressValueError, ValueError), issubclass(I.NetmaskValueError, ValueError), I.IPV4LENGTH, I.IPV6LENGTH)`},
	{"exception caught", `(lambda: [type(e).__name__ for e in [None] if False])() or [ex.__name__ for ex in (I.AddressValueError, I.NetmaskValueError)]`},
	{"classes", `[c.__name__ for c in (type(A("1.2.3.4")), type(A("::1")), type(N("1.0.0.0/8")), type(N("::/8")), type(F("1.2.3.4/8")), type(F("::1/8")))]`},
	{"isinstance", `(isinstance(F("1.2.3.4/8"), I.IPv4Address), isinstance(N("1.0.0.0/8"), I.IPv4Address), isinstance(A("1.2.3.4"), I.IPv4Address))`},
}

func TestStd17Ipaddress(t *testing.T) {
	pytesting.DiffCases(t, "std17_ipaddress", ipaddressPrelude, ipaddressCases)
}
