# int.from_bytes of up to eight bytes (decoded without a big.Int) and past
# them, both byte orders, signed and not, at every sign and width edge;
# a subclass gets its own type back.
import itertools
vals = [b'', b'\x00', b'\x7f', b'\x80', b'\xff', b'\x01\x02', b'\xff\xfe', b'\x80\x00\x00\x00\x00\x00\x00\x00', b'\x7f\xff\xff\xff\xff\xff\xff\xff', b'\xff'*8, b'\xff'*9, b'\x00'*9+b'\x01', b'\x12\x34\x56\x78\x9a\xbc\xde']
for v in vals:
    for order in ('big', 'little'):
        for signed in (False, True):
            print(v.hex(), order, signed, int.from_bytes(v, order, signed=signed), int.from_bytes(bytearray(v), byteorder=order, signed=signed))
class I(int): pass
print(type(I.from_bytes(b'\x01', 'big')), I.from_bytes(b'\xff', 'big', signed=True))
print(int.from_bytes([1, 2], 'little'), bool.from_bytes(b'\x00', 'big'))
