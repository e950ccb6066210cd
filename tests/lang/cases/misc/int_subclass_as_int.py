# An instance of an int subclass (an IntEnum member, a plain subclass) is an
# int wherever a built-in wants one: hex/oct/bin, %x, format, range,
# indexing, struct, bytes.
import enum
import struct


class Port(enum.IntEnum):
    HTTPS = 443
    SMTP = 25


class Small(int):
    pass


for value in (Port.HTTPS, Small(7), True):
    print(hex(value), oct(value), bin(value), '%x|%o|%d' % (value, value, value))
    print(format(value, '08b'), '{:x}'.format(value))
print(list(range(Small(3))), 'abcdef'[Small(2)], [10, 20, 30][Small(1)])
print(struct.pack('>H', Port.HTTPS), bytes([Port.SMTP]), (1).to_bytes(Small(2), 'big'))
print(round(2.5, Small(0)), pow(2, Small(10)), chr(Small(65)))
for bad in ('x', 1.5, None):
    try:
        hex(bad)
    except TypeError as exc:
        print('TypeError:', exc)
