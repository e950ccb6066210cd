# Keys of every length around the in-line hash of short str and bytes
# (vm/fast_strhash.go, up to 16 bytes): found, distinct from each other
# and from the bytes of the same text, equal hashes for equal text of a
# str subclass, and hash(str) == hash(bytes) of the same ASCII text.
# The tests run under PYTHONHASHSEED=0, where 3.6's SipHash is used, so
# a child runs the same checks with random hashes (the in-line path).
import os
import subprocess
import sys


class S(str):
    pass


def checks():
    out = []
    keys = []
    for n in range(0, 21):
        for c in "aZ9_\u00e9":
            keys.append((c * n)[:n])
            keys.append(("x" * n + c)[-n:] if n else "")
        keys.append("".join(chr(ord("a") + (i % 26)) for i in range(n)))
    keys = sorted(set(keys), key=lambda k: (len(k), k))
    d = {}
    for i, k in enumerate(keys):
        d[k] = i
        d[k.encode("utf-8")] = -i
    out.append((len(keys), len(d)))
    out.append(all(d[k] == i and d[k.encode("utf-8")] == -i for i, k in enumerate(keys)))
    out.append(all(hash(k) == hash(k.encode()) for k in keys if all(ord(c) < 128 for c in k)))
    out.append(len({hash(k) for k in keys}) == len(keys))
    out.append(all(hash(S(k)) == hash(k) and d[S(k)] == d[k] for k in keys))
    fs = frozenset(keys)
    out.append((len(fs), all(k in fs for k in keys), "nope" in fs, b"a" in fs))
    # one differing byte at each position of a 16-byte key
    base = "0123456789abcdef"
    variants = {base[:i] + "#" + base[i + 1:] for i in range(16)} | {base}
    out.append((len({hash(v) for v in variants}), len(variants)))
    for k in ["k1", "k2", "k1"]:
        d2 = {"k1": 1, "k2": 2}
        d2[k] += 10
        out.append((k in d2, d2.get(k), sorted(d2.items())))
    out.append((hash("") == 0, hash(b"") == 0))
    return [repr(x) for x in out]


lines = checks()
if sys.argv[1:] == ["child"]:
    print("\n".join(lines))
else:
    print("\n".join(lines))
    env = dict(os.environ, PYTHONHASHSEED="random")
    child = subprocess.run([sys.executable, sys.argv[0], "child"], env=env,
                           stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    print("child:", child.returncode, child.stdout.decode().splitlines() == lines)
