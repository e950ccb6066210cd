"""RFC 4122 universally unique identifiers (CPython 3.6's uuid): the immutable UUID class and uuid1(), uuid3(), uuid4() and uuid5()."""

import os as _os


RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE = [
    'reserved for NCS compatibility', 'specified in RFC 4122',
    'reserved for Microsoft compatibility', 'reserved for future definition']

int_ = int      # The built-in int type
bytes_ = bytes  # The built-in bytes type

_FIELD_LIMITS = ((32, '32-bit'), (16, '16-bit'), (16, '16-bit'),
                 (8, '8-bit'), (8, '8-bit'), (48, '48-bit'))


class UUID(object):
    """A 128-bit RFC 4122 identifier; built from exactly one of hex (a string of 32 hex digits, dashes, braces and a urn:uuid: prefix allowed), bytes or bytes_le (16 bytes, big-endian or with the first three fields little-endian), fields (six integers) or int; version, when given, sets the variant and version bits."""

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None,
                 int=None, version=None):
        given = [hex, bytes, bytes_le, fields, int]
        if given.count(None) != 4:
            raise TypeError('one of the hex, bytes, bytes_le, fields, '
                            'or int arguments must be given')
        if hex is not None:
            digits = hex.replace('urn:', '').replace('uuid:', '')
            digits = digits.strip('{}').replace('-', '')
            if len(digits) != 32:
                raise ValueError('badly formed hexadecimal UUID string')
            int = int_(digits, 16)
        if bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            bytes = (bytes_le[3::-1] + bytes_le[5:3:-1] + bytes_le[7:5:-1] +
                     bytes_le[8:])
        if bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            assert isinstance(bytes, bytes_), repr(bytes)
            int = int_.from_bytes(bytes, byteorder='big')
        if fields is not None:
            if len(fields) != 6:
                raise ValueError('fields is not a 6-tuple')
            for i, (value, (width, name)) in enumerate(zip(fields, _FIELD_LIMITS)):
                if not 0 <= value < 1 << width:
                    article = 'an' if name[0] == '8' else 'a'
                    raise ValueError('field %d out of range (need %s %s value)'
                                     % (i + 1, article, name))
            time_low, time_mid, time_hi_version, hi_variant, seq_low, node = fields
            int = ((time_low << 96) | (time_mid << 80) | (time_hi_version << 64) |
                   (((hi_variant << 8) | seq_low) << 48) | node)
        if int is not None:
            if not 0 <= int < 1 << 128:
                raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            # the RFC 4122 variant, then the version number
            int = (int & ~(0xc000 << 48)) | (0x8000 << 48)
            int = (int & ~(0xf000 << 64)) | (version << 76)
        object.__setattr__(self, 'int', int)

    def __eq__(self, other):
        if isinstance(other, UUID):
            return self.int == other.int
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, UUID):
            return self.int < other.int
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, UUID):
            return self.int > other.int
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, UUID):
            return self.int <= other.int
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, UUID):
            return self.int >= other.int
        return NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    def __str__(self):
        h = '%032x' % self.int
        return '%s-%s-%s-%s-%s' % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])

    @property
    def bytes(self):
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        b = self.bytes
        return b[3::-1] + b[5:3:-1] + b[7:5:-1] + b[8:]

    @property
    def fields(self):
        return (self.time_low, self.time_mid, self.time_hi_version,
                self.clock_seq_hi_variant, self.clock_seq_low, self.node)

    @property
    def time_low(self):
        return self.int >> 96

    @property
    def time_mid(self):
        return (self.int >> 80) & 0xffff

    @property
    def time_hi_version(self):
        return (self.int >> 64) & 0xffff

    @property
    def clock_seq_hi_variant(self):
        return (self.int >> 56) & 0xff

    @property
    def clock_seq_low(self):
        return (self.int >> 48) & 0xff

    @property
    def time(self):
        return (((self.time_hi_version & 0x0fff) << 48) |
                (self.time_mid << 32) | self.time_low)

    @property
    def clock_seq(self):
        return (((self.clock_seq_hi_variant & 0x3f) << 8) |
                self.clock_seq_low)

    @property
    def node(self):
        return self.int & 0xffffffffffff

    @property
    def hex(self):
        return '%032x' % self.int

    @property
    def urn(self):
        return 'urn:uuid:' + str(self)

    @property
    def variant(self):
        if not self.int & (0x8000 << 48):
            return RESERVED_NCS
        elif not self.int & (0x4000 << 48):
            return RFC_4122
        elif not self.int & (0x2000 << 48):
            return RESERVED_MICROSOFT
        else:
            return RESERVED_FUTURE

    @property
    def version(self):
        # The version bits are only meaningful for RFC 4122 UUIDs.
        if self.variant == RFC_4122:
            return int((self.int >> 76) & 0xf)


def _sysfs_getnode():
    try:
        names = sorted(_os.listdir('/sys/class/net'))
    except OSError:
        return None
    for name in names:
        try:
            with open('/sys/class/net/%s/address' % name) as f:
                text = f.read().strip()
        except OSError:
            continue
        digits = text.replace(':', '')
        if len(digits) != 12:
            continue
        try:
            mac = int(digits, 16)
        except ValueError:
            continue
        if mac and not mac & (1 << 40):
            return mac
    return None


def _random_getnode():
    """48 random bits with the multicast bit set (RFC 4122 section 4.5)."""
    return int.from_bytes(_os.urandom(6), 'big') | 0x010000000000


_node = None


def getnode():
    """This host's 48-bit hardware address, or a random number with the multicast bit set when none is found (then the same one for the rest of the process)."""
    global _node
    if _node is not None:
        return _node
    for getter in (_sysfs_getnode, _random_getnode):
        try:
            _node = getter()
        except Exception:
            continue
        if _node is not None:
            return _node


_last_timestamp = None


def uuid1(node=None, clock_seq=None):
    """A version 1 UUID: the time, a clock sequence (random when not given) and the host's address (getnode() when not given)."""
    import time
    global _last_timestamp
    nanoseconds = int(time.time() * 1e9)
    # 0x01b21dd213814000 is the number of 100-ns intervals between the
    # UUID epoch 1582-10-15 00:00:00 and the Unix epoch 1970-01-01 00:00:00.
    timestamp = nanoseconds // 100 + 0x01b21dd213814000
    if _last_timestamp is not None and timestamp <= _last_timestamp:
        timestamp = _last_timestamp + 1
    _last_timestamp = timestamp
    if clock_seq is None:
        clock_seq = int.from_bytes(_os.urandom(2), 'big') & 0x3fff
    time_low = timestamp & 0xffffffff
    time_mid = (timestamp >> 32) & 0xffff
    time_hi_version = (timestamp >> 48) & 0x0fff
    clock_seq_low = clock_seq & 0xff
    clock_seq_hi_variant = (clock_seq >> 8) & 0x3f
    if node is None:
        node = getnode()
    return UUID(fields=(time_low, time_mid, time_hi_version,
                        clock_seq_hi_variant, clock_seq_low, node), version=1)


def _utf8(name):
    # bytes(name, "utf-8") with CPython 3.6's message for a non-str name
    if not isinstance(name, str):
        raise TypeError('encoding without a string argument')
    return bytes(name, "utf-8")


def uuid3(namespace, name):
    """A version 3 UUID: the MD5 digest of the namespace's bytes and name."""
    from hashlib import md5
    digest = md5(namespace.bytes + _utf8(name)).digest()
    return UUID(bytes=digest[:16], version=3)


def uuid4():
    """A random (version 4) UUID."""
    return UUID(bytes=_os.urandom(16), version=4)


def uuid5(namespace, name):
    """A version 5 UUID: the SHA-1 digest of the namespace's bytes and name."""
    from hashlib import sha1
    digest = sha1(namespace.bytes + _utf8(name)).digest()
    return UUID(bytes=digest[:16], version=5)


NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
