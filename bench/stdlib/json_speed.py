# json.dumps and json.loads of a 1 MB document (issue 16 item 4).
#
# Usage: json_speed.py [reps]   (default 20)
# Prints the document's size, the median seconds of one dumps and of one
# loads, and a checksum that must agree between interpreters:
#   bin/gpython-ssl bench/stdlib/json_speed.py
#   python3 bench/stdlib/json_speed.py
import json
import sys
import time

reps = int(sys.argv[1]) if len(sys.argv) > 1 else 20


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


doc = [record(i) for i in range(3550)]
text = json.dumps(doc)


def median(xs):
    xs = sorted(xs)
    return xs[len(xs) // 2]


dump_times = []
load_times = []
for _ in range(reps):
    t0 = time.time()
    s = json.dumps(doc)
    t1 = time.time()
    v = json.loads(text)
    t2 = time.time()
    dump_times.append(t1 - t0)
    load_times.append(t2 - t1)

assert s == text
assert v == doc
print("bytes", len(text))
print("dumps_seconds", median(dump_times))
print("loads_seconds", median(load_times))
print("checksum", len(s) + len(v) + sum(r["id"] for r in v))
