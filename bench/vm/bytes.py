# bench/vm bytes: bytes slicing, indexing and len, and bytes.join of 64
# slices (the shape of a protocol buffer's read path). Stock gpython cannot
# slice bytes. Run by `make bench-vm` (bench/cmd/vmbench); argv[1]
# overrides N, the number of slices.
import sys
import time

N = int(sys.argv[1]) if len(sys.argv) > 1 else 1500000

DATA = bytes(range(256)) * 16


def work(n, data):
    total = 0
    parts = []
    for i in range(n):
        j = i & 4095
        chunk = data[j:j + 32]
        total += len(chunk) + chunk[0]
        parts.append(chunk)
        if len(parts) == 64:
            blob = b"".join(parts)
            total += len(blob) + blob[-1]
            parts = []
    return total


t0 = time.time()
result = work(N, DATA)
t1 = time.time()
print("checksum", result)
print("seconds", t1 - t0)
