# bench/stdlib hashlib: SHA-256 of 64 MiB (issue 16 item 4). Run by
# `make bench-stdlib` (bench/cmd/stdlibbench).
#
# Usage: hashlib_speed.py update|oneshot [MiB]
# update feeds the data to one sha256 object in 1 MiB chunks (bytes
# objects made before timing); oneshot hashes one bytes object of the
# whole size with hashlib.sha256(data). MiB defaults to 64. The hot part
# is repeated 3 times; "seconds" is the fastest.
import hashlib
import sys
import time

mode = sys.argv[1] if len(sys.argv) > 1 else "update"
mib = int(sys.argv[2]) if len(sys.argv) > 2 else 64
REPEAT = 3
CHUNK = 1 << 20

# 1 MiB of varied bytes, each chunk made distinct by its first 4 bytes.
base = (bytes(range(7, 256)) * (CHUNK // 249 + 1))[:CHUNK - 4]
chunks = [i.to_bytes(4, "big") + base for i in range(mib)]
data = b"".join(chunks) if mode == "oneshot" else b""

best = None
for _ in range(REPEAT):
    if mode == "update":
        t0 = time.time()
        h = hashlib.sha256()
        for c in chunks:
            h.update(c)
        digest = h.hexdigest()
        t1 = time.time()
    elif mode == "oneshot":
        t0 = time.time()
        digest = hashlib.sha256(data).hexdigest()
        t1 = time.time()
    else:
        raise SystemExit("unknown mode %r" % mode)
    if best is None or t1 - t0 < best:
        best = t1 - t0

print("checksum", int(digest[:15], 16))
print("seconds", best)
