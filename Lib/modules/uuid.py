"""RFC 4122 universally unique identifiers (CPython 3.6's uuid module).

UUID is an immutable 128-bit value that can be read from or shown as hex
text, big- or little-endian bytes, the six RFC fields or one integer.
uuid1() makes a time-and-node based UUID, uuid3() and uuid5() hash a name
within a namespace (MD5 and SHA-1), uuid4() is random.
"""

import os

# The variants of the RFC's layout (UUID.variant).
RESERVED_NCS = 'reserved for NCS compatibility'
RFC_4122 = 'specified in RFC 4122'
RESERVED_MICROSOFT = 'reserved for Microsoft compatibility'
RESERVED_FUTURE = 'reserved for future definition'

_int = int
_bytes = bytes

# The six fields of the RFC, most significant first: (name, width in bits,
# how a value out of range is described).
_FIELDS = (
    ('time_low', 32, 'a 32-bit'),
    ('time_mid', 16, 'a 16-bit'),
    ('time_hi_version', 16, 'a 16-bit'),
    ('clock_seq_hi_variant', 8, 'an 8-bit'),
    ('clock_seq_low', 8, 'an 8-bit'),
    ('node', 48, 'a 48-bit'),
)

# Bit positions in the 128-bit value.
_VARIANT_SHIFT = 48     # the variant's top bits start at bit 63
_VERSION_SHIFT = 76     # the version nibble is bits 76..79


def _little_endian_fields(raw):
    # The byte order of bytes_le: the first three fields reversed, the
    # last eight bytes as they are.  Works on any sliceable sequence.
    return raw[3::-1] + raw[5:3:-1] + raw[7:5:-1] + raw[8:]


def _from_text(text):
    # hex, with optional braces, dashes and 'urn:'/'uuid:' prefixes.
    for prefix in ('urn:', 'uuid:'):
        text = text.replace(prefix, '')
    digits = text.strip('{}').replace('-', '')
    if len(digits) != 32:
        raise ValueError('badly formed hexadecimal UUID string')
    return _int(digits, 16)


def _from_bytes(raw):
    if len(raw) != 16:
        raise ValueError('bytes is not a 16-char string')
    if not isinstance(raw, _bytes):
        raise AssertionError(repr(raw))
    return _int.from_bytes(raw, 'big')


def _from_fields(fields):
    if len(fields) != 6:
        raise ValueError('fields is not a 6-tuple')
    for position, (value, (_, width, described)) in enumerate(
            zip(fields, _FIELDS), 1):
        if not 0 <= value < 1 << width:
            raise ValueError('field %d out of range (need %s value)'
                             % (position, described))
    time_low, time_mid, time_hi_version, seq_hi, seq_low, node = fields
    clock_seq = (seq_hi << 8) | seq_low
    return ((time_low << 96) | (time_mid << 80) | (time_hi_version << 64)
            | (clock_seq << 48) | node)


def _stamp_version(value, version):
    # value with RFC 4122's variant (binary 10 at the top of
    # clock_seq_hi_variant) and the version in time_hi_version's top nibble.
    if not 1 <= version <= 5:
        raise ValueError('illegal version number')
    value = (value & ~(0xc000 << _VARIANT_SHIFT)) | (0x8000 << _VARIANT_SHIFT)
    return (value & ~(0xf << _VERSION_SHIFT)) | (version << _VERSION_SHIFT)


def _bits(shift, width):
    # A read-only property: `width` bits of the value, from bit `shift` up.
    mask = (1 << width) - 1
    return property(lambda self: (self.int >> shift) & mask)


class UUID:
    """A UUID, as RFC 4122 lays it out.

    Give exactly one of: hex (32 hex digits, optionally with braces,
    dashes and a 'urn:uuid:' prefix), bytes (16 bytes, big-endian),
    bytes_le (16 bytes with the first three fields little-endian), fields
    (the six fields time_low, time_mid, time_hi_version,
    clock_seq_hi_variant, clock_seq_low, node) or int (128 bits).  With
    version (1 to 5) the variant is set to RFC 4122's and the version
    number to the one given.

    The value is immutable.  Besides those forms it can be read as time
    (60 bits), clock_seq (14 bits), urn, variant and version (None for a
    UUID outside RFC 4122's variant).
    """

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None,
                 int=None, version=None):
        given = [hex, bytes, bytes_le, fields, int]
        if given.count(None) != 4:
            raise TypeError('one of the hex, bytes, bytes_le, fields, '
                            'or int arguments must be given')
        if hex is not None:
            value = _from_text(hex)
        elif bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            value = _from_bytes(_little_endian_fields(bytes_le))
        elif bytes is not None:
            value = _from_bytes(bytes)
        elif fields is not None:
            value = _from_fields(fields)
        else:
            value = int
            if not 0 <= value < 1 << 128:
                raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            value = _stamp_version(value, version)
        object.__setattr__(self, 'int', value)

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __int__(self):
        return self.int

    def __hash__(self):
        return hash(self.int)

    # Only UUIDs compare with UUIDs, by their integer values.
    def __eq__(self, other):
        return self.int == other.int if isinstance(other, UUID) else NotImplemented

    def __lt__(self, other):
        return self.int < other.int if isinstance(other, UUID) else NotImplemented

    def __le__(self, other):
        return self.int <= other.int if isinstance(other, UUID) else NotImplemented

    def __gt__(self, other):
        return self.int > other.int if isinstance(other, UUID) else NotImplemented

    def __ge__(self, other):
        return self.int >= other.int if isinstance(other, UUID) else NotImplemented

    def __str__(self):
        digits = self.hex
        return '-'.join((digits[:8], digits[8:12], digits[12:16],
                         digits[16:20], digits[20:]))

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, str(self))

    # The other forms of the value, read-only.
    hex = property(lambda self: '%032x' % self.int)
    urn = property(lambda self: 'urn:uuid:' + str(self))
    bytes = property(lambda self: self.int.to_bytes(16, 'big'))
    bytes_le = property(lambda self: _little_endian_fields(self.bytes))
    fields = property(lambda self: tuple(
        getattr(self, name) for name, _, _ in _FIELDS))

    time_low = _bits(96, 32)
    time_mid = _bits(80, 16)
    time_hi_version = _bits(64, 16)
    clock_seq_hi_variant = _bits(56, 8)
    clock_seq_low = _bits(48, 8)
    node = _bits(0, 48)

    @property
    def time(self):
        # 60 bits: the version nibble left out of time_hi_version.
        return (((self.time_hi_version & 0x0fff) << 48)
                | (self.time_mid << 32) | self.time_low)

    @property
    def clock_seq(self):
        # 14 bits: the variant left out of clock_seq_hi_variant.
        return ((self.clock_seq_hi_variant & 0x3f) << 8) | self.clock_seq_low

    @property
    def variant(self):
        top = (self.int >> 61) & 0b111   # clock_seq_hi_variant's top bits
        if top < 0b100:
            return RESERVED_NCS
        if top < 0b110:
            return RFC_4122
        if top == 0b110:
            return RESERVED_MICROSOFT
        return RESERVED_FUTURE

    @property
    def version(self):
        # Only RFC 4122's layout has a version number.
        if self.variant != RFC_4122:
            return None
        return _int((self.int >> _VERSION_SHIFT) & 0xf)


# The hardware address, found once.

_node = None


def _sysfs_node():
    # The first interface (by name) with a non-zero hardware address, as
    # Linux lists them under /sys/class/net; None elsewhere.
    base = '/sys/class/net'
    try:
        names = sorted(os.listdir(base))
    except OSError:
        return None
    for name in names:
        try:
            with open(os.path.join(base, name, 'address')) as f:
                text = f.read().strip()
        except OSError:
            continue
        parts = text.split(':')
        if len(parts) != 6:
            continue
        try:
            value = _int(''.join(parts), 16)
        except ValueError:
            continue
        if value:
            return value
    return None


def _random_node():
    # RFC 4122 section 4.5: a random node with the multicast bit set, so
    # that it cannot clash with a real card's address.
    return _int.from_bytes(os.urandom(6), 'big') | (1 << 40)


_random_getnode = _random_node


def _run_tool(command, *args):
    # A child running command (looked up on PATH, then in the sbin
    # directories) in the C locale, its output piped back; None when the
    # command is not installed.
    import shutil
    import subprocess
    found = shutil.which(command)
    if found is None:
        found = shutil.which(command, path=os.pathsep.join(('/sbin', '/usr/sbin')))
        if found is None:
            return None
    env = dict(os.environ)
    env['LC_ALL'] = 'C'
    return subprocess.Popen((found,) + args, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env=env)


def _find_mac(command, args, hw_identifiers, get_index):
    # Scan the output of `command args` for a word listed in hw_identifiers
    # (lower-case bytes); the word at get_index(position of that word) is
    # read as a colon-separated hexadecimal address.  The first that parses
    # is the answer; None when there is none or the command cannot run.
    try:
        child = _run_tool(command, *args.split())
        if not child:
            return None
        with child:
            for line in child.stdout:
                words = line.lower().rstrip().split()
                for at, word in enumerate(words):
                    if word not in hw_identifiers:
                        continue
                    try:
                        return _int(words[get_index(at)].replace(b':', b''), 16)
                    except (ValueError, IndexError):
                        # an address of another shape ('00-00-...'), or
                        # the line ends early
                        continue
    except OSError:
        pass
    return None


def _ifconfig_getnode():
    # ifconfig names the address after one of several labels, depending on
    # the system; some need -a (or -av) to list every interface.
    labels = [b'hwaddr', b'ether', b'address:', b'lladdr']
    for args in ('', '-a', '-av'):
        found = _find_mac('ifconfig', args, labels, lambda at: at + 1)
        if found:
            return found
    return None


def _ip_getnode():
    # `ip link list` prints 'link/ether ADDRESS' for each Ethernet card.
    found = _find_mac('ip', 'link list', [b'link/ether'], lambda at: at + 1)
    return found or None


def _arp_getnode():
    # This host's own entry in the ARP table, found by its IP address.
    import socket
    try:
        address = socket.gethostbyname(socket.gethostname())
    except OSError:
        return None
    found = _find_mac('arp', '-an', [os.fsencode(address)], lambda at: -1)
    if found:
        return found
    found = _find_mac('arp', '-an', [os.fsencode('(%s)' % address)],
                      lambda at: at + 2)
    return found or None


def _lanscan_getnode():
    # HP-UX: `lanscan -ai` puts the address first on the lan0 line.
    return _find_mac('lanscan', '-ai', [b'lan0'], lambda at: 0) or None


def _netstat_getnode():
    # `netstat -ia` has an 'Address' column; the first six-part
    # colon-separated entry in it is taken.
    try:
        child = _run_tool('netstat', '-ia')
        if not child:
            return None
        with child:
            header = child.stdout.readline().rstrip().split()
            try:
                column = header.index(b'Address')
            except ValueError:
                return None
            for line in child.stdout:
                words = line.rstrip().split()
                if column >= len(words):
                    continue
                word = words[column]
                if len(word) == 17 and word.count(b':') == 5:
                    value = _int(word.replace(b':', b''), 16)
                    if value:
                        return value
    except (OSError, ValueError):
        pass
    return None


def _ipconfig_getnode():
    # Windows only.
    return None


def _netbios_getnode():
    # Windows only (needs the win32 extensions).
    return None


# The ways getnode() tries, in order, before falling back to a random node.
_NODE_GETTERS_WIN32 = [_ipconfig_getnode, _netbios_getnode]
_NODE_GETTERS_UNIX = [_sysfs_node, _ifconfig_getnode, _ip_getnode,
                      _arp_getnode, _lanscan_getnode, _netstat_getnode]


def getnode():
    """The hardware (MAC) address of this machine as a 48-bit integer.

    When no address can be read, a random 48-bit number with the multicast
    bit set is used instead, as RFC 4122 allows.  Either way the answer is
    the same for the life of the process.
    """
    global _node
    if _node is not None:
        return _node
    import sys
    tries = _NODE_GETTERS_WIN32 if sys.platform == 'win32' else _NODE_GETTERS_UNIX
    for getter in tries + [_random_getnode]:
        try:
            found = getter()
        except Exception:
            continue
        if found is not None and 0 <= found < (1 << 48):
            _node = found
            return found
    _node = _random_node()
    return _node


# 100-nanosecond intervals from the start of the Gregorian calendar
# (1582-10-15) to the Unix epoch.
_GREGORIAN_TO_UNIX = 0x01b21dd213814000
_last_timestamp = None


def uuid1(node=None, clock_seq=None):
    """A version 1 UUID: the current time, a clock sequence and a node.

    node defaults to getnode(), clock_seq to 14 random bits.  Successive
    calls in one process get strictly increasing timestamps.
    """
    global _last_timestamp
    import time
    stamp = _int(time.time() * 1e7) + _GREGORIAN_TO_UNIX
    if _last_timestamp is not None and stamp <= _last_timestamp:
        stamp = _last_timestamp + 1
    _last_timestamp = stamp
    if clock_seq is None:
        clock_seq = _int.from_bytes(os.urandom(2), 'big')
    if node is None:
        node = getnode()
    fields = (stamp & 0xffffffff, (stamp >> 32) & 0xffff,
              (stamp >> 48) & 0x0fff, (clock_seq >> 8) & 0x3f,
              clock_seq & 0xff, node)
    return UUID(fields=fields, version=1)


def _name_digest(algorithm, namespace, name):
    # The first 16 bytes of the hash of the namespace's bytes and the name
    # in UTF-8.
    prefix = namespace.bytes
    if not isinstance(name, str):
        raise TypeError('encoding without a string argument')
    import hashlib
    return hashlib.new(algorithm, prefix + name.encode('utf-8')).digest()[:16]


def uuid3(namespace, name):
    """A version 3 UUID: the MD5 hash of a name (str) in a namespace (UUID)."""
    return UUID(bytes=_name_digest('md5', namespace, name), version=3)


def uuid4():
    """A version 4 UUID: 122 random bits."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """A version 5 UUID: the SHA-1 hash of a name (str) in a namespace (UUID)."""
    return UUID(bytes=_name_digest('sha1', namespace, name), version=5)


# RFC 4122 appendix C: the namespaces of fully-qualified domain names,
# URLs, ISO OIDs and X.500 distinguished names.
NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
