# bench/stdlib json: json.dumps and json.loads of a 1 MB document (issue 16
# item 4). Run by `make bench-stdlib` (bench/cmd/stdlibbench).
#
# Usage: json_speed.py dumps|loads [N]
# N is the number of records (default 3550, which makes the document
# about 1 MB). The hot part is one dumps or one loads of the whole
# document, repeated 5 times; "seconds" is the fastest of the five.
import json
import sys
import time

mode = sys.argv[1] if len(sys.argv) > 1 else "dumps"
n = int(sys.argv[2]) if len(sys.argv) > 2 else 3550
REPEAT = 5


def record(i):
    return {
        "id": i,
        "name": "host-%d.example.com" % i,
        "issuer": "CN=Example CA \u00e9\u00e8 %d, O=Example" % (i % 7),
        "valid": i % 3 != 0,
        "score": i * 1.25 + 0.1,
        "serial": 1234567890123 * i,
        "tags": ["tls", "x509", "v%d" % (i % 4)],
        "extra": None,
        "nested": {"depth": i % 5, "ratio": 1.0 / (i + 1), "path": "/a/b\\c\n"},
    }


doc = [record(i) for i in range(n)]
text = json.dumps(doc)

best = None
for _ in range(REPEAT):
    if mode == "dumps":
        t0 = time.time()
        out = json.dumps(doc)
        t1 = time.time()
        assert out == text
        check = len(out) + sum(ord(c) for c in out[::97])
    elif mode == "loads":
        t0 = time.time()
        out = json.loads(text)
        t1 = time.time()
        assert out == doc
        check = len(out) + sum(r["id"] + r["serial"] for r in out)
    else:
        raise SystemExit("unknown mode %r" % mode)
    if best is None or t1 - t0 < best:
        best = t1 - t0

print("bytes", len(text))
print("checksum", check)
print("seconds", best)
