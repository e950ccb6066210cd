"""IPv4 and IPv6 addresses, networks and interfaces (CPython 3.6's ipaddress).

Written for gpython-ssl from the module's documented behaviour: the same
classes, properties, orderings, exceptions and messages as CPython 3.6.
"""

import functools

__version__ = '1.0'

IPV4LENGTH = 32
IPV6LENGTH = 128


# Integers of any size (the interpreter's big integers fail isinstance(x, int)).
_INTS = (int, type(1 << 64))


class AddressValueError(ValueError):
    """An invalid address."""


class NetmaskValueError(ValueError):
    """An invalid netmask."""


def _try_families(address, classes, what, *extra):
    for cls in classes:
        try:
            return cls(address, *extra)
        except (AddressValueError, NetmaskValueError):
            continue
    raise ValueError('%r does not appear to be an IPv4 or IPv6 %s' % (address, what))


def ip_address(address):
    """An IPv4Address or IPv6Address for address (a str, an int or packed bytes); ValueError when it is neither."""
    return _try_families(address, (IPv4Address, IPv6Address), 'address')


def ip_network(address, strict=True):
    """An IPv4Network or IPv6Network for address; with strict, host bits set are a ValueError."""
    return _try_families(address, (IPv4Network, IPv6Network), 'network', strict)


def ip_interface(address):
    """An IPv4Interface or IPv6Interface for address."""
    return _try_families(address, (IPv4Interface, IPv6Interface), 'interface')


def _int_to_packed(address, nbytes, version):
    try:
        return address.to_bytes(nbytes, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv%d" % version)


def v4_int_to_packed(address):
    """The 4 big-endian bytes of an IPv4 address."""
    return _int_to_packed(address, 4, 4)


def v6_int_to_packed(address):
    """The 16 big-endian bytes of an IPv6 address."""
    return _int_to_packed(address, 16, 6)


def _split_optional_netmask(address):
    """'addr[/mask]' split on '/'."""
    parts = str(address).split('/')
    if len(parts) > 2:
        raise AddressValueError("Only one '/' permitted in %r" % address)
    return parts


def _trailing_zero_bits(number, bits):
    if number == 0:
        return bits
    n = 0
    while not number & 1 and n < bits:
        number >>= 1
        n += 1
    return n


def _same_version(a, b):
    if a._version != b._version:
        raise TypeError("%s and %s are not of the same version" % (a, b))


def summarize_address_range(first, last):
    """An iterator of the fewest networks that cover the addresses first to last."""
    if not (isinstance(first, _BaseAddress) and isinstance(last, _BaseAddress)):
        raise TypeError('first and last must be IP addresses, not networks')
    if first.version != last.version:
        raise TypeError("%s and %s are not of the same version" % (first, last))
    if first > last:
        raise ValueError('last IP address must be greater than first')
    if first.version == 4:
        net_class = IPv4Network
    elif first.version == 6:
        net_class = IPv6Network
    else:
        raise ValueError('unknown IP version')
    bits = first._max_prefixlen
    lo, hi = first._ip, last._ip
    while lo <= hi:
        size = min(_trailing_zero_bits(lo, bits), (hi - lo + 1).bit_length() - 1)
        yield net_class((lo, bits - size))
        lo += 1 << size
        if lo - 1 == net_class._ALL_ONES:
            break


def _merge_networks(networks):
    """Merges sibling networks into their supernets, then drops the networks an earlier one covers."""
    pending = list(networks)
    by_parent = {}
    while pending:
        net = pending.pop()
        parent = net.supernet()
        seen = by_parent.get(parent)
        if seen is None:
            by_parent[parent] = net
        elif seen != net:
            del by_parent[parent]
            pending.append(parent)
    previous = None
    for net in sorted(by_parent.values()):
        if previous is not None and previous.broadcast_address >= net.broadcast_address:
            continue
        yield net
        previous = net


def collapse_addresses(addresses):
    """An iterator of the fewest networks that cover the given addresses and networks (of one version)."""
    singles = []
    nets = []
    for ip in addresses:
        if isinstance(ip, _BaseAddress):
            if singles:
                _same_version(ip, singles[-1])
            singles.append(ip)
        elif ip._prefixlen == ip._max_prefixlen:
            if singles:
                _same_version(ip, singles[-1])
            try:
                singles.append(ip.ip)
            except AttributeError:
                singles.append(ip.network_address)
        else:
            if nets:
                _same_version(ip, nets[-1])
            nets.append(ip)
    singles = sorted(set(singles))
    summarized = []
    if singles:
        start = end = singles[0]
        for ip in singles[1:]:
            if ip._ip != end._ip + 1:
                summarized.extend(summarize_address_range(start, end))
                start = ip
            end = ip
        summarized.extend(summarize_address_range(start, end))
    return _merge_networks(summarized + nets)


def get_mixed_type_key(obj):
    """A sort key that orders networks and addresses together."""
    if isinstance(obj, _BaseNetwork):
        return obj._get_networks_key()
    if isinstance(obj, _BaseAddress):
        return obj._get_address_key()
    return NotImplemented


class _IPAddressBase:
    """What addresses, networks and interfaces share."""

    __slots__ = ()

    @property
    def exploded(self):
        """The address in its long form."""
        return self._explode_shorthand_ip_string()

    @property
    def compressed(self):
        """The address in its short form."""
        return str(self)

    @property
    def reverse_pointer(self):
        """The address's reverse DNS name (in-addr.arpa or ip6.arpa)."""
        return self._reverse_pointer()

    @property
    def version(self):
        raise NotImplementedError('%200s has no version specified' % (type(self),))

    def _check_int_address(self, address):
        if address < 0:
            raise AddressValueError("%d (< 0) is not permitted as an IPv%d address"
                                    % (address, self._version))
        if address > self._ALL_ONES:
            raise AddressValueError("%d (>= 2**%d) is not permitted as an IPv%d address"
                                    % (address, self._max_prefixlen, self._version))

    def _check_packed_address(self, address, expected_len):
        if len(address) != expected_len:
            raise AddressValueError("%r (len %d != %d) is not permitted as an IPv%d address"
                                    % (address, len(address), expected_len, self._version))

    @classmethod
    def _ip_int_from_prefix(cls, prefixlen):
        return cls._ALL_ONES ^ (cls._ALL_ONES >> prefixlen)

    @classmethod
    def _prefix_from_ip_int(cls, ip_int):
        zeros = _trailing_zero_bits(ip_int, cls._max_prefixlen)
        prefixlen = cls._max_prefixlen - zeros
        if ip_int >> zeros != (1 << prefixlen) - 1:
            raise ValueError('Netmask pattern %r mixes zeroes & ones'
                             % ip_int.to_bytes(cls._max_prefixlen // 8, 'big'))
        return prefixlen

    @classmethod
    def _report_invalid_netmask(cls, netmask_str):
        raise NetmaskValueError('%r is not a valid netmask' % netmask_str) from None

    @classmethod
    def _prefix_from_prefix_string(cls, prefixlen_str):
        # int() would also take signs, spaces and underscores
        if any(c not in '0123456789' for c in prefixlen_str):
            cls._report_invalid_netmask(prefixlen_str)
        try:
            prefixlen = int(prefixlen_str)
        except ValueError:
            cls._report_invalid_netmask(prefixlen_str)
        if prefixlen < 0 or prefixlen > cls._max_prefixlen:
            cls._report_invalid_netmask(prefixlen_str)
        return prefixlen

    @classmethod
    def _prefix_from_ip_string(cls, ip_str):
        try:
            ip_int = cls._ip_int_from_string(ip_str)
        except AddressValueError:
            cls._report_invalid_netmask(ip_str)
        for candidate in (ip_int, ip_int ^ cls._ALL_ONES):
            try:
                return cls._prefix_from_ip_int(candidate)
            except ValueError:
                pass
        cls._report_invalid_netmask(ip_str)

    def __reduce__(self):
        return self.__class__, (str(self),)


@functools.total_ordering
class _BaseAddress(_IPAddressBase):
    """An address of either version."""

    __slots__ = ()

    def __int__(self):
        return self._ip

    def __eq__(self, other):
        try:
            return self._ip == other._ip and self._version == other._version
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        if self._version != other._version:
            raise TypeError('%s and %s are not of the same version' % (self, other))
        return self._ip < other._ip

    def __add__(self, other):
        if not isinstance(other, _INTS):
            return NotImplemented
        return self.__class__(self._ip + other)

    def __sub__(self, other):
        if not isinstance(other, _INTS):
            return NotImplemented
        return self.__class__(self._ip - other)

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __str__(self):
        return str(self._string_from_ip_int(self._ip))

    def __hash__(self):
        return hash(hex(self._ip))

    def _get_address_key(self):
        return (self._version, self)

    def __reduce__(self):
        return self.__class__, (self._ip,)


@functools.total_ordering
class _BaseNetwork(_IPAddressBase):
    """A network of either version."""

    def __init__(self, address):
        self._cache = {}

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __str__(self):
        return '%s/%d' % (self.network_address, self.prefixlen)

    def _range(self, lo_offset, hi_offset):
        first = self.network_address._ip + lo_offset
        last = self.broadcast_address._ip + hi_offset
        make = self._address_class
        while first <= last:
            yield make(first)
            first += 1

    def hosts(self):
        """An iterator over the usable hosts: the network and broadcast addresses left out."""
        return self._range(1, -1)

    def __iter__(self):
        return self._range(0, 0)

    def __getitem__(self, n):
        lo = self.network_address._ip
        hi = self.broadcast_address._ip
        if n >= 0:
            if lo + n > hi:
                raise IndexError('address out of range')
            return self._address_class(lo + n)
        if hi + n + 1 < lo:
            raise IndexError('address out of range')
        return self._address_class(hi + n + 1)

    def __lt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        if self._version != other._version:
            raise TypeError('%s and %s are not of the same version' % (self, other))
        if self.network_address != other.network_address:
            return self.network_address < other.network_address
        if self.netmask != other.netmask:
            return self.netmask < other.netmask
        return False

    def __eq__(self, other):
        try:
            return (self._version == other._version and
                    self.network_address == other.network_address and
                    self.netmask._ip == other.netmask._ip)
        except AttributeError:
            return NotImplemented

    def __hash__(self):
        return hash(self.network_address._ip ^ self.netmask._ip)

    def __contains__(self, other):
        if self._version != other._version:
            return False
        if isinstance(other, _BaseNetwork):
            return False
        return self.network_address._ip <= other._ip <= self.broadcast_address._ip

    def overlaps(self, other):
        """Whether self and other share an address."""
        return (self.network_address in other or self.broadcast_address in other or
                other.network_address in self or other.broadcast_address in self)

    @property
    def broadcast_address(self):
        x = self._cache.get('broadcast_address')
        if x is None:
            x = self._address_class(self.network_address._ip | self.hostmask._ip)
            self._cache['broadcast_address'] = x
        return x

    @property
    def hostmask(self):
        x = self._cache.get('hostmask')
        if x is None:
            x = self._address_class(self.netmask._ip ^ self._ALL_ONES)
            self._cache['hostmask'] = x
        return x

    @property
    def with_prefixlen(self):
        return '%s/%d' % (self.network_address, self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self.network_address, self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self.network_address, self.hostmask)

    @property
    def num_addresses(self):
        """The number of addresses in the network."""
        return self.broadcast_address._ip - self.network_address._ip + 1

    @property
    def prefixlen(self):
        return self._prefixlen

    def _within(self, other):
        return (other.network_address <= self.network_address and
                self.broadcast_address <= other.broadcast_address)

    def address_exclude(self, other):
        """An iterator of the networks that make up self without other."""
        if not self._version == other._version:
            raise TypeError("%s and %s are not of the same version" % (self, other))
        if not isinstance(other, _BaseNetwork):
            raise TypeError("%s is not a network object" % other)
        if not other._within(self):
            raise ValueError('%s not contained in %s' % (other, self))
        if other == self:
            return
        other = other.__class__('%s/%s' % (other.network_address, other.prefixlen))
        current = self
        while True:
            lower, upper = current.subnets()
            if lower == other:
                yield upper
                return
            if upper == other:
                yield lower
                return
            if other._within(lower):
                yield upper
                current = lower
            elif other._within(upper):
                yield lower
                current = upper
            else:
                raise AssertionError('Error performing exclusion: '
                                     's1: %s s2: %s other: %s' % (lower, upper, other))

    def compare_networks(self, other):
        """-1, 0 or 1 by network address, then netmask."""
        if self._version != other._version:
            raise TypeError('%s and %s are not of the same type' % (self, other))
        for mine, theirs in ((self.network_address, other.network_address),
                             (self.netmask, other.netmask)):
            if mine < theirs:
                return -1
            if mine > theirs:
                return 1
        return 0

    def _get_networks_key(self):
        return (self._version, self.network_address, self.netmask)

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        """An iterator of the subnets prefixlen_diff bits longer (or of prefix new_prefix)."""
        if self._prefixlen == self._max_prefixlen:
            yield self
            return
        if new_prefix is not None:
            if new_prefix < self._prefixlen:
                raise ValueError('new prefix must be longer')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = new_prefix - self._prefixlen
        if prefixlen_diff < 0:
            raise ValueError('prefix length diff must be > 0')
        new_prefixlen = self._prefixlen + prefixlen_diff
        if new_prefixlen > self._max_prefixlen:
            raise ValueError('prefix length diff %d is invalid for netblock %s'
                             % (new_prefixlen, self))
        step = (self.hostmask._ip + 1) >> prefixlen_diff
        addr = self.network_address._ip
        end = self.broadcast_address._ip
        while addr <= end:
            yield self.__class__((addr, new_prefixlen))
            addr += step

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        """The network prefixlen_diff bits shorter (or of prefix new_prefix) holding this one."""
        if self._prefixlen == 0:
            return self
        if new_prefix is not None:
            if new_prefix > self._prefixlen:
                raise ValueError('new prefix must be shorter')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = self._prefixlen - new_prefix
        new_prefixlen = self.prefixlen - prefixlen_diff
        if new_prefixlen < 0:
            raise ValueError('current prefixlen is %d, cannot have a prefixlen_diff of %d'
                             % (self.prefixlen, prefixlen_diff))
        return self.__class__((self.network_address._ip & (self.netmask._ip << prefixlen_diff),
                               new_prefixlen))

    def _both_ends(self, name):
        return getattr(self.network_address, name) and getattr(self.broadcast_address, name)

    @property
    def is_multicast(self):
        return self._both_ends('is_multicast')

    @property
    def is_reserved(self):
        return self._both_ends('is_reserved')

    @property
    def is_link_local(self):
        return self._both_ends('is_link_local')

    @property
    def is_private(self):
        return self._both_ends('is_private')

    @property
    def is_global(self):
        """Whether the network is public (not private)."""
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._both_ends('is_unspecified')

    @property
    def is_loopback(self):
        return self._both_ends('is_loopback')


def _parse_v4_octet(text):
    if not text:
        raise ValueError("Empty octet not permitted")
    if any(c not in '0123456789' for c in text):
        raise ValueError("Only decimal digits permitted in %r" % text)
    if len(text) > 3:
        raise ValueError("At most 3 characters permitted in %r" % text)
    value = int(text, 10)
    if value > 7 and text[0] == '0':
        raise ValueError("Ambiguous (octal/decimal) value in %r not permitted" % text)
    if value > 255:
        raise ValueError("Octet %d (> 255) not permitted" % value)
    return value


class _BaseV4:
    """What the IPv4 classes share."""

    __slots__ = ()
    _version = 4
    _ALL_ONES = (1 << IPV4LENGTH) - 1
    _DECIMAL_DIGITS = frozenset('0123456789')
    _valid_mask_octets = frozenset({255, 254, 252, 248, 240, 224, 192, 128, 0})
    _max_prefixlen = IPV4LENGTH
    _netmask_cache = {}

    def _explode_shorthand_ip_string(self):
        return str(self)

    @classmethod
    def _make_netmask(cls, arg):
        cached = cls._netmask_cache.get(arg)
        if cached is None:
            if isinstance(arg, _INTS):
                prefixlen = arg
            else:
                try:
                    prefixlen = cls._prefix_from_prefix_string(arg)
                except NetmaskValueError:
                    prefixlen = cls._prefix_from_ip_string(arg)
            cached = (IPv4Address(cls._ip_int_from_prefix(prefixlen)), prefixlen)
            cls._netmask_cache[arg] = cached
        return cached

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        octets = ip_str.split('.')
        if len(octets) != 4:
            raise AddressValueError("Expected 4 octets in %r" % ip_str)
        value = 0
        try:
            for octet in octets:
                value = (value << 8) | _parse_v4_octet(octet)
        except ValueError as exc:
            raise AddressValueError("%s in %r" % (exc, ip_str)) from None
        return value

    @classmethod
    def _parse_octet(cls, octet_str):
        return _parse_v4_octet(octet_str)

    @classmethod
    def _string_from_ip_int(cls, ip_int):
        return '%d.%d.%d.%d' % (ip_int >> 24 & 255, ip_int >> 16 & 255, ip_int >> 8 & 255, ip_int & 255)

    def _reverse_pointer(self):
        return '.'.join(reversed(str(self).split('.'))) + '.in-addr.arpa'

    @property
    def max_prefixlen(self):
        return self._max_prefixlen

    @property
    def version(self):
        return self._version


def _init_address(self, address, nbytes):
    """The body of IPv4Address and IPv6Address constructors."""
    if isinstance(address, _INTS):
        self._check_int_address(address)
        self._ip = address
        return
    if isinstance(address, bytes):
        self._check_packed_address(address, nbytes)
        self._ip = int.from_bytes(address, 'big')
        return
    text = str(address)
    if '/' in text:
        raise AddressValueError("Unexpected '/' in %r" % address)
    self._ip = self._ip_int_from_string(text)


class IPv4Address(_BaseV4, _BaseAddress):
    """One IPv4 address."""

    __slots__ = ('_ip', '__weakref__')

    def __init__(self, address):
        _init_address(self, address, 4)

    @property
    def packed(self):
        """The address as 4 bytes."""
        return v4_int_to_packed(self._ip)

    @property
    def is_reserved(self):
        return self in _V4.reserved

    @property
    def is_private(self):
        return any(self in net for net in _V4.private)

    @property
    def is_global(self):
        return self not in _V4.shared and not self.is_private

    @property
    def is_multicast(self):
        return self in _V4.multicast

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        return self in _V4.loopback

    @property
    def is_link_local(self):
        return self in _V4.link_local


def _init_interface(self, address, addr_class, net_class):
    if isinstance(address, (bytes,) + _INTS):
        addr_class.__init__(self, address)
        self.network = net_class(self._ip)
        self._prefixlen = self._max_prefixlen
        return
    if isinstance(address, tuple):
        addr_class.__init__(self, address[0])
        self._prefixlen = int(address[1]) if len(address) > 1 else self._max_prefixlen
        self.network = net_class(address, strict=False)
    else:
        addr_class.__init__(self, _split_optional_netmask(address)[0])
        self.network = net_class(address, strict=False)
        self._prefixlen = self.network._prefixlen
    self.netmask = self.network.netmask
    self.hostmask = self.network.hostmask


class _InterfaceMixin:
    """What IPv4Interface and IPv6Interface add to their address class."""

    def __str__(self):
        return '%s/%d' % (self._string_from_ip_int(self._ip), self.network.prefixlen)

    def __eq__(self, other):
        same = _BaseAddress.__eq__(self, other)
        if same is NotImplemented or not same:
            return same
        try:
            return self.network == other.network
        except AttributeError:
            return False

    def __lt__(self, other):
        less = _BaseAddress.__lt__(self, other)
        if less is NotImplemented:
            return NotImplemented
        try:
            return self.network < other.network or (self.network == other.network and less)
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._ip, self._prefixlen, self.network.network_address._ip))

    def __reduce__(self):
        return self.__class__, (str(self),)

    @property
    def with_prefixlen(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self._string_from_ip_int(self._ip), self.hostmask)


class IPv4Interface(_InterfaceMixin, IPv4Address):

    """An IPv4 address with the network it is on."""
    def __init__(self, address):
        _init_interface(self, address, IPv4Address, IPv4Network)

    __hash__ = _InterfaceMixin.__hash__

    @property
    def ip(self):
        return IPv4Address(self._ip)


def _init_network(self, address, strict, addr_class):
    _BaseNetwork.__init__(self, address)
    if isinstance(address, (bytes,) + _INTS):
        addr, mask = address, self._max_prefixlen
    elif isinstance(address, tuple):
        addr = address[0]
        mask = address[1] if len(address) > 1 else self._max_prefixlen
    else:
        parts = _split_optional_netmask(address)
        addr = self._ip_int_from_string(parts[0])
        mask = parts[1] if len(parts) == 2 else self._max_prefixlen
    self.network_address = addr_class(addr)
    self.netmask, self._prefixlen = self._make_netmask(mask)
    value = self.network_address._ip
    masked = value & self.netmask._ip
    if masked != value:
        if strict:
            raise ValueError('%s has host bits set' % self)
        self.network_address = addr_class(masked)
    if self._prefixlen == self._max_prefixlen - 1:
        self.hosts = self.__iter__


class IPv4Network(_BaseV4, _BaseNetwork):
    """An IPv4 network: network_address, netmask, hostmask, broadcast_address, prefixlen."""

    _address_class = IPv4Address

    def __init__(self, address, strict=True):
        _init_network(self, address, strict, IPv4Address)

    @property
    def is_global(self):
        """Whether the network is public: neither private nor shared (100.64.0.0/10)."""
        return (not (self.network_address in _V4.shared and
                     self.broadcast_address in _V4.shared) and
                not self.is_private)


class _V4:
    link_local = IPv4Network('169.254.0.0/16')
    loopback = IPv4Network('127.0.0.0/8')
    multicast = IPv4Network('224.0.0.0/4')
    shared = IPv4Network('100.64.0.0/10')
    private = [IPv4Network(n) for n in (
        '0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16',
        '172.16.0.0/12', '192.0.0.0/29', '192.0.0.170/31', '192.0.2.0/24',
        '192.168.0.0/16', '198.18.0.0/15', '198.51.100.0/24',
        '203.0.113.0/24', '240.0.0.0/4', '255.255.255.255/32')]
    reserved = IPv4Network('240.0.0.0/4')


def _parse_hextet(text):
    if any(c not in '0123456789ABCDEFabcdef' for c in text):
        raise ValueError("Only hex digits permitted in %r" % text)
    if len(text) > 4:
        raise ValueError("At most 4 characters permitted in %r" % text)
    return int(text, 16)


def _v6_hextets(ip_str):
    """The 128-bit value of an IPv6 address text (AddressValueError when it is none)."""
    if not ip_str:
        raise AddressValueError('Address cannot be empty')
    parts = ip_str.split(':')
    if len(parts) < 3:
        raise AddressValueError("At least %d parts expected in %r" % (3, ip_str))
    if '.' in parts[-1]:
        try:
            v4 = IPv4Address(parts.pop())._ip
        except AddressValueError as exc:
            raise AddressValueError("%s in %r" % (exc, ip_str)) from None
        parts.append('%x' % (v4 >> 16 & 0xFFFF))
        parts.append('%x' % (v4 & 0xFFFF))
    if len(parts) > 9:
        raise AddressValueError("At most %d colons permitted in %r" % (8, ip_str))
    gap = None
    for i in range(1, len(parts) - 1):
        if not parts[i]:
            if gap is not None:
                raise AddressValueError("At most one '::' permitted in %r" % ip_str)
            gap = i
    if gap is not None:
        head = parts[:gap]
        tail = parts[gap + 1:]
        if not parts[0]:
            head = head[1:]
            if head:
                raise AddressValueError("Leading ':' only permitted as part of '::' in %r" % ip_str)
        if not parts[-1]:
            tail = tail[:-1]
            if tail:
                raise AddressValueError("Trailing ':' only permitted as part of '::' in %r" % ip_str)
        missing = 8 - len(head) - len(tail)
        if missing < 1:
            raise AddressValueError("Expected at most %d other parts with '::' in %r" % (7, ip_str))
    else:
        if len(parts) != 8:
            raise AddressValueError("Exactly %d parts expected without '::' in %r" % (8, ip_str))
        if not parts[0]:
            raise AddressValueError("Leading ':' only permitted as part of '::' in %r" % ip_str)
        if not parts[-1]:
            raise AddressValueError("Trailing ':' only permitted as part of '::' in %r" % ip_str)
        head, tail, missing = parts, [], 0
    value = 0
    try:
        for part in head:
            value = (value << 16) | _parse_hextet(part)
        value <<= 16 * missing
        for part in tail:
            value = (value << 16) | _parse_hextet(part)
    except ValueError as exc:
        raise AddressValueError("%s in %r" % (exc, ip_str)) from None
    return value


class _BaseV6:
    """What the IPv6 classes share."""

    __slots__ = ()
    _version = 6
    _ALL_ONES = (1 << IPV6LENGTH) - 1
    _HEXTET_COUNT = 8
    _HEX_DIGITS = frozenset('0123456789ABCDEFabcdef')
    _max_prefixlen = IPV6LENGTH
    _netmask_cache = {}

    @classmethod
    def _make_netmask(cls, arg):
        cached = cls._netmask_cache.get(arg)
        if cached is None:
            if isinstance(arg, _INTS):
                prefixlen = arg
            else:
                prefixlen = cls._prefix_from_prefix_string(arg)
            cached = (IPv6Address(cls._ip_int_from_prefix(prefixlen)), prefixlen)
            cls._netmask_cache[arg] = cached
        return cached

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        return _v6_hextets(ip_str)

    @classmethod
    def _parse_hextet(cls, hextet_str):
        return _parse_hextet(hextet_str)

    @classmethod
    def _compress_hextets(cls, hextets):
        """The groups with their longest run (two or more) of zeros made ''."""
        best_start, best_len = -1, 0
        start, length = -1, 0
        for i, h in enumerate(hextets):
            if h == '0':
                if start < 0:
                    start = i
                length += 1
                if length > best_len:
                    best_start, best_len = start, length
            else:
                start, length = -1, 0
        if best_len > 1:
            out = hextets[:best_start] + [''] + hextets[best_start + best_len:]
            if best_start == 0:
                out = [''] + out
            if best_start + best_len == len(hextets):
                out = out + ['']
            return out
        return hextets

    @classmethod
    def _string_from_ip_int(cls, ip_int=None):
        if ip_int is None:
            ip_int = int(cls._ip)
        if ip_int > cls._ALL_ONES:
            raise ValueError('IPv6 address is too large')
        groups = ['%x' % (ip_int >> shift & 0xFFFF) for shift in range(112, -16, -16)]
        return ':'.join(cls._compress_hextets(groups))

    def _explode_shorthand_ip_string(self):
        if isinstance(self, IPv6Network):
            value = self.network_address._ip
        else:
            value = self._ip
        text = ':'.join('%04x' % (value >> shift & 0xFFFF) for shift in range(112, -16, -16))
        if isinstance(self, (_BaseNetwork, IPv6Interface)):
            return '%s/%d' % (text, self._prefixlen)
        return text

    def _reverse_pointer(self):
        digits = self.exploded[::-1].replace(':', '')
        return '.'.join(digits) + '.ip6.arpa'

    @property
    def max_prefixlen(self):
        return self._max_prefixlen

    @property
    def version(self):
        return self._version


class IPv6Address(_BaseV6, _BaseAddress):
    """One IPv6 address."""

    __slots__ = ('_ip', '__weakref__')

    def __init__(self, address):
        _init_address(self, address, 16)

    @property
    def packed(self):
        """The address as 16 bytes."""
        return v6_int_to_packed(self._ip)

    @property
    def is_multicast(self):
        return self in _V6.multicast

    @property
    def is_reserved(self):
        return any(self in net for net in _V6.reserved)

    @property
    def is_link_local(self):
        return self in _V6.link_local

    @property
    def is_site_local(self):
        return self in _V6.site_local

    @property
    def is_private(self):
        return any(self in net for net in _V6.private)

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        return self._ip == 1

    @property
    def ipv4_mapped(self):
        if self._ip >> 32 != 0xFFFF:
            return None
        return IPv4Address(self._ip & 0xFFFFFFFF)

    @property
    def teredo(self):
        if self._ip >> 96 != 0x20010000:
            return None
        return (IPv4Address(self._ip >> 64 & 0xFFFFFFFF),
                IPv4Address(~self._ip & 0xFFFFFFFF))

    @property
    def sixtofour(self):
        if self._ip >> 112 != 0x2002:
            return None
        return IPv4Address(self._ip >> 80 & 0xFFFFFFFF)


class IPv6Interface(_InterfaceMixin, IPv6Address):

    """An IPv6 address with the network it is on."""
    def __init__(self, address):
        _init_interface(self, address, IPv6Address, IPv6Network)

    __hash__ = _InterfaceMixin.__hash__

    @property
    def ip(self):
        return IPv6Address(self._ip)

    @property
    def is_unspecified(self):
        return self._ip == 0 and self.network.is_unspecified

    @property
    def is_loopback(self):
        return self._ip == 1 and self.network.is_loopback


class IPv6Network(_BaseV6, _BaseNetwork):
    """An IPv6 network: network_address, netmask, hostmask, broadcast_address, prefixlen."""

    _address_class = IPv6Address

    def __init__(self, address, strict=True):
        _init_network(self, address, strict, IPv6Address)

    def hosts(self):
        """An iterator over the usable hosts: all but the Subnet-Router anycast address."""
        return self._range(1, 0)

    @property
    def is_site_local(self):
        return self._both_ends('is_site_local')


class _V6:
    link_local = IPv6Network('fe80::/10')
    multicast = IPv6Network('ff00::/8')
    private = [IPv6Network(n) for n in (
        '::1/128', '::/128', '::ffff:0:0/96', '100::/64', '2001::/23',
        '2001:2::/48', '2001:db8::/32', '2001:10::/28', 'fc00::/7', 'fe80::/10')]
    reserved = [IPv6Network(n) for n in (
        '::/8', '100::/8', '200::/7', '400::/6', '800::/5', '1000::/4',
        '4000::/3', '6000::/3', '8000::/3', 'A000::/3', 'C000::/3',
        'E000::/4', 'F000::/5', 'F800::/6', 'FE00::/9')]
    site_local = IPv6Network('fec0::/10')
