# bench/stdlib struct: struct.unpack in a loop (issue 16 item 4). Run by
# `make bench-stdlib` (bench/cmd/stdlibbench).
#
# Usage: struct_speed.py unpack|unpack_from [N]
# unpack: `for rec in recs: v = unpack('<IHHQ', rec)`, recs being N
# references to 4096 distinct 16-byte records (unpack = struct.unpack).
# unpack_from: `for off in range(0, len(buf), 16): v = s.unpack_from(buf,
# off)` with s = struct.Struct('<IHHQ') over a buffer of N records. The
# results are not kept (a list of a million tuples would time CPython's
# cyclic collector rather than struct). N defaults to
# 1,000,000. The Q field holds nanosecond timestamps (below 2**63, as
# offsets, lengths and times are). The loops run in functions, on local
# names, as hot code does. The hot part is repeated 3 times; "seconds" is
# the fastest.
import struct
import sys
import time

mode = sys.argv[1] if len(sys.argv) > 1 else "unpack"
n = int(sys.argv[2]) if len(sys.argv) > 2 else 1000000
REPEAT = 3
FMT = "<IHHQ"

distinct = [struct.pack(FMT, i * 2654435761 & 0xFFFFFFFF, i & 0xFFFF, (i * 7) & 0xFFFF, 1700000000000000000 + i * 1000003)
            for i in range(4096)]
if mode == "unpack":
    recs = (distinct * (n // 4096 + 1))[:n]
elif mode == "unpack_from":
    buf = b"".join(distinct) * (n // 4096 + 1)
    buf = buf[:16 * n]
    s = struct.Struct(FMT)
else:
    raise SystemExit("unknown mode %r" % mode)



def hot_unpack(recs):
    unpack = struct.unpack
    for rec in recs:
        v = unpack(FMT, rec)
    return v


def hot_unpack_from(s, buf):
    for off in range(0, len(buf), 16):
        v = s.unpack_from(buf, off)
    return v


best = None
for _ in range(REPEAT):
    if mode == "unpack":
        t0 = time.time()
        v = hot_unpack(recs)
        t1 = time.time()
    else:
        t0 = time.time()
        v = hot_unpack_from(s, buf)
        t1 = time.time()
    if best is None or t1 - t0 < best:
        best = t1 - t0

# The checksum is taken from a second, untimed pass over every 251st record.
check = v[0] + v[3]
if mode == "unpack":
    vals = [struct.unpack(FMT, rec) for rec in recs[::251]]
else:
    vals = [s.unpack_from(buf, off) for off in range(0, len(buf), 16 * 251)]
for v in vals:
    check += v[0] + v[1] + v[2] + v[3]
print("checksum", check)
print("seconds", best)
