def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
m = memoryview(b"abcdef")
print(len(m), m[0], m[-1], bytes(m[1:3]), m[1:3].tobytes(), m.tolist()[:3], m.hex(), m.readonly, m.nbytes, m.format, m.itemsize, m.ndim, m.shape)
print(m == b"abcdef", m[::2].tobytes(), list(m[::-1])[:2], bytes(m) == b"abcdef", m.obj)
ba = bytearray(b"hello")
mv = memoryview(ba)
mv[0] = 72
mv[1:3] = b"EL"
print(ba, mv.readonly, bytes(mv))
t(lambda: m.__setitem__(0, 1))
t(lambda: mv.__setitem__(0, 300))
t(lambda: mv.__setitem__(slice(0, 2), b"x"))
t(lambda: memoryview("str"))
t(lambda: m[10])
with memoryview(b"xyz") as v:
    print(v.tobytes())
t(lambda: v.tobytes())
t(lambda: len(v))
print(hash(memoryview(b"ab")) == hash(b"ab"))
t(lambda: hash(mv))
print(b"".join([memoryview(b"a"), b"b"]), bytearray(memoryview(b"q")), [x for x in memoryview(b"AB")])
