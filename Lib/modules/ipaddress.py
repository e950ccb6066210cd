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


_count_righthand_zero_bits = _trailing_zero_bits


def _find_address_range(addresses):
    # (first, last) of each run of consecutive addresses in the sorted
    # sequence addresses
    walk = iter(addresses)
    first = last = next(walk)
    for address in walk:
        if address._ip != last._ip + 1:
            yield first, last
            first = address
        last = address
    yield first, last


def _same_version(a, b):
    if a._version != b._version:
        raise TypeError("%s and %s are not of the same version" % (a, b))


def summarize_address_range(first, last):
    """An iterator of the fewest networks that cover the addresses first to last."""
    if not (isinstance(first, _BaseAddress) and isinstance(last, _BaseAddress)):
        raise TypeError('first and last must be IP addresses, not networks')
    _same_version(first, last)
    if first > last:
        raise ValueError('last IP address must be greater than first')
    net_class = {4: IPv4Network, 6: IPv6Network}.get(first.version)
    if net_class is None:
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
        if parent not in by_parent:
            by_parent[parent] = net
        elif by_parent[parent] != net:
            # both halves are present: the parent stands for them
            del by_parent[parent]
            pending.append(parent)
    reach = None
    for net in sorted(by_parent.values()):
        # sorted, a network inside an earlier one ends no later than it
        if reach is None or net.broadcast_address > reach:
            yield net
            reach = net.broadcast_address


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
    for kind, key in ((_BaseNetwork, '_get_networks_key'),
                      (_BaseAddress, '_get_address_key')):
        if isinstance(obj, kind):
            return getattr(obj, key)()
    return NotImplemented


class _IPAddressBase:
    """What addresses, networks and interfaces share."""

    __slots__ = ()

    exploded = property(lambda self: self._explode_shorthand_ip_string(),
                        doc="The address in its long form.")
    compressed = property(lambda self: str(self),
                          doc="The address in its short form.")
    reverse_pointer = property(
        lambda self: self._reverse_pointer(),
        doc="The address's reverse DNS name (in-addr.arpa or ip6.arpa).")

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
        # plain decimal digits only (int() would also take signs, spaces
        # and underscores), at most the address length
        if prefixlen_str and all('0' <= c <= '9' for c in prefixlen_str):
            prefixlen = int(prefixlen_str)
            if prefixlen <= cls._max_prefixlen:
                return prefixlen
        cls._report_invalid_netmask(prefixlen_str)

    @classmethod
    def _prefix_from_ip_string(cls, ip_str):
        try:
            ip_int = cls._ip_int_from_string(ip_str)
        except AddressValueError:
            cls._report_invalid_netmask(ip_str)
        # a netmask (ones, then zeros), else a hostmask (the reverse)
        for candidate in (ip_int, ip_int ^ cls._ALL_ONES):
            prefix = _mask_prefix(cls._max_prefixlen, candidate)
            if prefix is not None:
                return prefix
        cls._report_invalid_netmask(ip_str)

    def __reduce__(self):
        return self.__class__, (str(self),)


def _mask_prefix(bits, value):
    # the prefix length of value as a bits-wide netmask (ones, then
    # zeros), or None when it is not one
    zeros = bits if value == 0 else (value & -value).bit_length() - 1
    if value >> zeros != (1 << (bits - zeros)) - 1:
        return None
    return bits - zeros


def _orderable(a, b, kind):
    # whether a and b (b a kind) may be ordered; TypeError across versions
    if not isinstance(b, kind):
        return False
    _same_version(a, b)
    return True


def _shifted(address, amount, sign):
    # address + sign * amount for an int amount
    if not isinstance(amount, _INTS):
        return NotImplemented
    return address.__class__(address._ip + sign * amount)


def _class_repr(obj):
    return '%s(%r)' % (obj.__class__.__name__, str(obj))


def _cached_property(name, compute):
    # a property computed once per network and kept in its _cache
    def get(self):
        value = self._cache.get(name)
        if value is None:
            value = self._cache[name] = compute(self)
        return value
    get.__name__ = name
    return property(get)


# IPv4 and IPv6 classes' read-only facts
_version_property = property(lambda self: self._version)
_max_prefixlen_property = property(lambda self: self._max_prefixlen)


@functools.total_ordering
class _BaseAddress(_IPAddressBase):
    """An address of either version."""

    __slots__ = ()

    def __eq__(self, other):
        try:
            same_ip = self._ip == other._ip
            return same_ip and self._version == other._version
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not _orderable(self, other, _BaseAddress):
            return NotImplemented
        return self._ip < other._ip

    def __add__(self, other):
        return _shifted(self, other, 1)

    def __sub__(self, other):
        return _shifted(self, other, -1)

    __repr__ = _class_repr

    def __str__(self):
        return str(self._string_from_ip_int(self._ip))

    def __hash__(self):
        return hash(hex(self._ip))

    def __int__(self):
        return self._ip

    def _get_address_key(self):
        return (self._version, self)

    def __reduce__(self):
        return self.__class__, (self._ip,)


def _prefix_change(prefixlen_diff, wanted, wrong_way):
    # subnets()/supernet(): the change new_prefix asks for, which must not
    # go the wrong way nor come with a prefixlen_diff of its own
    if wanted < 0:
        raise ValueError(wrong_way)
    if prefixlen_diff != 1:
        raise ValueError('cannot set prefixlen_diff and new_prefix')
    return wanted


@functools.total_ordering
class _BaseNetwork(_IPAddressBase):
    """A network of either version."""

    def __init__(self, address):
        self._cache = {}

    @property
    def _address_class(self):
        # each concrete network class names the address class it holds
        raise NotImplementedError('%200s has no associated address class'
                                  % (type(self),))

    __repr__ = _class_repr

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
        lo, hi = self.network_address._ip, self.broadcast_address._ip
        # n counts from the network address, or back from the broadcast
        target = lo + n if n >= 0 else hi + n + 1
        if not lo <= target <= hi:
            raise IndexError('address out of range')
        return self._address_class(target)

    def __lt__(self, other):
        if not _orderable(self, other, _BaseNetwork):
            return NotImplemented
        return ((self.network_address, self.netmask) <
                (other.network_address, other.netmask))

    def __eq__(self, other):
        try:
            if self._version != other._version:
                return False
            return (self.network_address == other.network_address and
                    self.netmask._ip == other.netmask._ip)
        except AttributeError:
            return NotImplemented

    def __hash__(self):
        return hash(self.network_address._ip ^ self.netmask._ip)

    def __contains__(self, other):
        # addresses only: a network is never "in" another
        if self._version != other._version or isinstance(other, _BaseNetwork):
            return False
        return (self.network_address._ip <= other._ip
                <= self.broadcast_address._ip)

    def overlaps(self, other):
        """Whether self and other share an address."""
        return (self.network_address in other or self.broadcast_address in other or
                other.network_address in self or other.broadcast_address in self)

    broadcast_address = _cached_property(
        'broadcast_address',
        lambda self: self._address_class(self.network_address._ip
                                         | self.hostmask._ip))
    hostmask = _cached_property(
        'hostmask',
        lambda self: self._address_class(self.netmask._ip ^ self._ALL_ONES))

    # the network address with its prefix length, netmask or hostmask
    with_prefixlen = property(
        lambda self: '%s/%d' % (self.network_address, self._prefixlen))
    with_netmask = property(
        lambda self: '%s/%s' % (self.network_address, self.netmask))
    with_hostmask = property(
        lambda self: '%s/%s' % (self.network_address, self.hostmask))
    num_addresses = property(
        lambda self: self.broadcast_address._ip - self.network_address._ip + 1,
        doc="The number of addresses in the network.")

    @property
    def prefixlen(self):
        return self._prefixlen

    def _within(self, other):
        return (other.network_address <= self.network_address and
                self.broadcast_address <= other.broadcast_address)

    def address_exclude(self, other):
        """An iterator of the networks that make up self without other."""
        _same_version(self, other)
        if not isinstance(other, _BaseNetwork):
            raise TypeError("%s is not a network object" % other)
        if not other._within(self):
            raise ValueError('%s not contained in %s' % (other, self))
        # (nothing is left over when other is self: the loop does not run)
        other = other.__class__('%s/%s' % (other.network_address, other.prefixlen))
        # halve the network down to other, giving away the halves without it
        node = self
        while node != other:
            lower, upper = node.subnets()
            if other._within(lower):
                yield upper
                node = lower
            elif other._within(upper):
                yield lower
                node = upper
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
            prefixlen_diff = _prefix_change(prefixlen_diff,
                                            new_prefix - self._prefixlen,
                                            'new prefix must be longer')
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
            prefixlen_diff = _prefix_change(prefixlen_diff,
                                            self._prefixlen - new_prefix,
                                            'new prefix must be shorter')
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


def _netmask_for(cls, arg, address_class, masks_allowed):
    # (netmask address, prefix length) for a prefix length given as an int
    # or a string, or (IPv4 only) a netmask or hostmask string; cached
    if arg not in cls._netmask_cache:
        if isinstance(arg, _INTS):
            prefixlen = arg
        elif not masks_allowed:
            prefixlen = cls._prefix_from_prefix_string(arg)
        else:
            try:
                prefixlen = cls._prefix_from_prefix_string(arg)
            except NetmaskValueError:
                prefixlen = cls._prefix_from_ip_string(arg)
        cls._netmask_cache[arg] = (
            address_class(cls._ip_int_from_prefix(prefixlen)), prefixlen)
    return cls._netmask_cache[arg]


class _BaseV4:
    """What the IPv4 classes share."""

    __slots__ = ()
    _version, _max_prefixlen = 4, IPV4LENGTH
    _ALL_ONES = (1 << IPV4LENGTH) - 1
    _DECIMAL_DIGITS = frozenset('0123456789')
    _valid_mask_octets = frozenset({255, 254, 252, 248, 240, 224, 192, 128, 0})
    # netmask argument -> (netmask address, prefix length)
    _netmask_cache = {}

    def _explode_shorthand_ip_string(self):
        return str(self)

    @classmethod
    def _make_netmask(cls, arg):
        return _netmask_for(cls, arg, IPv4Address, True)

    def _mask_octets(self, text):
        # the four octets of a dotted mask, None unless each is a value a
        # mask octet can take
        try:
            octets = [int(part) for part in text.split('.')]
        except ValueError:
            return None
        if all(octet in self._valid_mask_octets for octet in octets):
            return octets
        return None

    def _is_valid_netmask(self, netmask):
        # a dotted netmask (octets never growing left to right) or a
        # prefix length
        if len(netmask.split('.')) == 4:
            octets = self._mask_octets(netmask)
            return octets is not None and octets == sorted(octets, reverse=True)
        try:
            length = int(netmask)
        except ValueError:
            return False
        return 0 <= length <= self._max_prefixlen

    def _is_hostmask(self, ip_str):
        # whether ip_str reads as a hostmask (smaller octets first)
        octets = self._mask_octets(ip_str)
        return bool(octets) and octets[0] < octets[-1]

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        octets = ip_str.split('.') if ip_str else []
        if not octets:
            raise AddressValueError('Address cannot be empty')
        if len(octets) != 4:
            raise AddressValueError("Expected 4 octets in %r" % ip_str)
        try:
            parsed = [_parse_v4_octet(octet) for octet in octets]
        except ValueError as exc:
            raise AddressValueError("%s in %r" % (exc, ip_str)) from None
        return (parsed[0] << 24) | (parsed[1] << 16) | (parsed[2] << 8) | parsed[3]

    @classmethod
    def _parse_octet(cls, octet_str):
        return _parse_v4_octet(octet_str)

    @classmethod
    def _string_from_ip_int(cls, ip_int):
        return '%d.%d.%d.%d' % (ip_int >> 24 & 255, ip_int >> 16 & 255, ip_int >> 8 & 255, ip_int & 255)

    def _reverse_pointer(self):
        return '.'.join(reversed(str(self).split('.'))) + '.in-addr.arpa'

    max_prefixlen = _max_prefixlen_property
    version = _version_property


def _init_address(self, address, nbytes):
    """The body of IPv4Address and IPv6Address constructors."""
    if isinstance(address, _INTS):
        self._check_int_address(address)
        value = address
    elif isinstance(address, bytes):
        self._check_packed_address(address, nbytes)
        value = int.from_bytes(address, 'big')
    elif '/' in str(address):
        raise AddressValueError("Unexpected '/' in %r" % address)
    else:
        value = self._ip_int_from_string(str(address))
    self._ip = value


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
        # as in 3.6, an interface made from an int or bytes gets no
        # netmask or hostmask attribute
        self.network, self._prefixlen = net_class(self._ip), self._max_prefixlen
        return
    if isinstance(address, tuple):
        addr_class.__init__(self, address[0])
        prefixlen = (int(address[1]) if len(address) > 1
                     else self._max_prefixlen)
        network = net_class(address, strict=False)
    else:
        addr_class.__init__(self, _split_optional_netmask(address)[0])
        network = net_class(address, strict=False)
        prefixlen = network._prefixlen
    self.network, self._prefixlen = network, prefixlen
    self.netmask, self.hostmask = network.netmask, network.hostmask


class _InterfaceMixin:
    """What IPv4Interface and IPv6Interface add to their address class."""

    def __str__(self):
        return '%s/%d' % (self._string_from_ip_int(self._ip), self.network.prefixlen)

    def __eq__(self, other):
        same = _BaseAddress.__eq__(self, other)
        if same is NotImplemented or not same:
            return same
        # equal addresses: the networks decide (False without one)
        theirs = getattr(other, 'network', None)
        return theirs is not None and self.network == theirs

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


def _network_parts(net, address):
    # (address, netmask argument) of what a network constructor was given:
    # an int or packed bytes, an (address, mask) tuple, or 'ADDR[/MASK]'
    whole = net._max_prefixlen
    if isinstance(address, (bytes,) + _INTS):
        return address, whole
    if isinstance(address, tuple):
        return address[0], address[1] if len(address) > 1 else whole
    parts = _split_optional_netmask(address)
    return (net._ip_int_from_string(parts[0]),
            parts[1] if len(parts) == 2 else whole)


def _init_network(self, address, strict, addr_class):
    _BaseNetwork.__init__(self, address)
    addr, mask = _network_parts(self, address)
    self.network_address = addr_class(addr)
    self.netmask, self._prefixlen = self._make_netmask(mask)
    masked = self.network_address._ip & self.netmask._ip
    if masked != self.network_address._ip:
        # host bits: an error when strict, else cleared
        if strict:
            raise ValueError('%s has host bits set' % self)
        self.network_address = addr_class(masked)
    if self._prefixlen == self._max_prefixlen - 1:
        # a /31 (/127) has no network or broadcast address to leave out
        self.hosts = self.__iter__


class IPv4Network(_BaseV4, _BaseNetwork):
    """An IPv4 network: network_address, netmask, hostmask, broadcast_address, prefixlen."""

    _address_class = IPv4Address

    def __init__(self, address, strict=True):
        _init_network(self, address, strict, IPv4Address)

    @property
    def is_global(self):
        """Whether the network is public: neither private nor shared (100.64.0.0/10)."""
        shared = _V4.shared
        if self.network_address in shared and self.broadcast_address in shared:
            return False
        return not self.is_private


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
    _version, _max_prefixlen = 6, IPV6LENGTH
    _ALL_ONES = (1 << IPV6LENGTH) - 1
    _HEXTET_COUNT = 8
    _HEX_DIGITS = frozenset('0123456789ABCDEFabcdef')
    _netmask_cache = {}

    @classmethod
    def _make_netmask(cls, arg):
        return _netmask_for(cls, arg, IPv6Address, False)

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

    max_prefixlen = _max_prefixlen_property
    version = _version_property


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

    # an interface is unspecified (loopback) when its address and its
    # network are
    is_unspecified = property(
        lambda self: self._ip == 0 and self.network.is_unspecified)
    is_loopback = property(
        lambda self: self._ip == 1 and self.network.is_loopback)


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
