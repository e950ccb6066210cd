# Instances of classes derived from bytes and bytearray go where bytes
# do: formatting, joining, encoding functions, int.from_bytes, struct.
import binascii
import struct

class Raw(bytes):
    pass

class Buf(bytearray):
    pass

r, b = Raw(b'\x01\x02'), Buf(b'\x03\x04')
print(b'%s-%s' % (r, b), b'%b' % Buf(b'q'), b''.join([r, b]), bytearray(b'').join([b, r]))
print(int.from_bytes(r, 'big'), int.from_bytes(b, 'little'), struct.unpack('>H', b), struct.unpack('<H', r))
print(binascii.hexlify(b), r.hex(), b.hex(), bytes(b) + r, r + b)
print(memoryview(b)[0], memoryview(r).tobytes(), bytes(memoryview(b)))
print(b.startswith(r[:0]), r.find(b'\x02'), b.split(Raw(b'\x04')), Raw(b'a,b').split(Buf(b',')))
