"""Stream JSON-lines scan results: custom JSONEncoder subclass, json.dump to files, raw_decode, object hooks."""
import json
import io
import os
import tempfile
from datetime import datetime, date, timedelta
from decimal import Decimal
from collections import namedtuple, OrderedDict

Scan = namedtuple("Scan", "host port ok latency when")


class ScanEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (datetime, date)):
            return {"__date__": o.isoformat()}
        if isinstance(o, timedelta):
            return o.total_seconds()
        if isinstance(o, Decimal):
            return float(o)
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


def decode_hook(d):
    if "__date__" in d:
        text = d["__date__"]
        return datetime.strptime(text, "%Y-%m-%dT%H:%M:%S") if "T" in text else datetime.strptime(text, "%Y-%m-%d").date()
    return d


base = datetime(2024, 2, 1, 9, 0, 0)
scans = [Scan("a.example", 443, True, Decimal("12.5"), base),
         Scan("b.example", 8443, False, None, base + timedelta(minutes=5)),
         Scan("c.example", 993, True, Decimal("7.25"), base.date())]
with tempfile.TemporaryDirectory() as d:
    path = os.path.join(d, "scans.jsonl")
    with open(path, "w") as f:
        for s in scans:
            f.write(json.dumps(s._asdict(), cls=ScanEncoder, sort_keys=True) + "\n")
    with open(path) as f:
        lines = f.read().splitlines()
    print(*lines, sep="\n")
    back = [json.loads(line, object_hook=decode_hook) for line in lines]
    print(back[0]["when"], type(back[2]["when"]).__name__, back[1]["latency"])
    summary = {"ok": sum(1 for b in back if b["ok"]), "hosts": {b["host"] for b in back},
               "window": back[1]["when"] - back[0]["when"], "generated": date(2024, 2, 2)}
    with open(os.path.join(d, "summary.json"), "w") as f:
        json.dump(summary, f, cls=ScanEncoder, indent=2, sort_keys=True)
        f.write("\n")
    with open(os.path.join(d, "summary.json")) as f:
        text = f.read()
    print(text, end="")
    with open(os.path.join(d, "summary.json")) as f:
        print(json.load(f, object_pairs_hook=OrderedDict))
try:
    json.dumps({"x": object()}, cls=ScanEncoder)
except TypeError as e:
    print("TypeError:", e)
stream = '{"a": 1} {"b": [2, 3]}\n  [4]  "five" 6.5e1 null'
dec = json.JSONDecoder()
pos = 0
while pos < len(stream):
    while pos < len(stream) and stream[pos].isspace():
        pos += 1
    if pos >= len(stream):
        break
    obj, pos = dec.raw_decode(stream, pos)
    print(type(obj).__name__, obj, pos)
print(json.dumps("ünïcödé"), json.dumps("ünïcödé", ensure_ascii=False), json.dumps("😀"))
print(json.dumps([1.0, 1e-10, 123456789.123456789, 2 ** 70, -0.0, 0.1 + 0.2]))
print(json.dumps({"nested": {"deep": [{"x": [[]]}]}}, indent=3))
print(json.dumps(OrderedDict([("z", 1), ("a", 2)])), json.dumps(Scan("h", 1, True, None, None)))
print(json.loads('{"a": 1, "a": 2}'), json.loads("[1, 2.0, 3e0]", parse_int=str), json.loads('"\\u00e9\\n"'))
buf = io.StringIO()
json.dump([{"k": i} for i in range(3)], buf, separators=(",", ":"))
print(buf.getvalue())
for bad in ['{"a": }', '{"a": 1 "b": 2}', "[01]", '"unterminated', "{'single': 1}", "tru", '{"a": 1}\n]', "[1, 2, NaN, Infinity, -Infinity]"]:
    try:
        print(json.loads(bad))
    except ValueError as e:
        print(type(e).__name__, "|", e)
