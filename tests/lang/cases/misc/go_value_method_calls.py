# obj.m(...) on values of types implemented in Go (LOAD_METHOD takes the
# unbound form for them): results, argument errors, missing methods,
# properties that are not callable, methods kept and called later.
import io
import struct

s = struct.Struct("<IHH")
buf = bytes(range(32))
print(s.unpack_from(buf, 4), s.unpack_from(buf), s.unpack(buf[:8]))
print(s.pack(1, 2, 3), s.size, s.format)
for args in [(), (buf, 100), (b"12",), (buf, "x")]:
    try:
        print(s.unpack_from(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    s.unpack(buf)
except struct.error as e:
    print("struct.error", e)
try:
    s.missing(1)
except AttributeError as e:
    print("AttributeError", e)
try:
    s.size()
except TypeError as e:
    print("TypeError", e)
f = s.unpack_from
print(f(buf, 8), f(buf, offset=12))
b = io.BytesIO()
for i in range(3):
    b.write(b"ab%d" % i)
print(b.getvalue(), b.tell(), b.seek(0), b.read(2))
print((255).bit_length(), (2.5).is_integer(), b"\x01\xff".hex(), "x,y".split(","))
print(struct.unpack("<IHHQ", bytes(range(16))), struct.pack(">h", -2))
total = 0
for rec in [bytes([i]) * 16 for i in range(5)]:
    total += sum(struct.unpack("<IHHQ", rec))
print(total)
