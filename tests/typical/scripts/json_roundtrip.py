import json
import datetime

from collections import OrderedDict


class Endpoint:
    def __init__(self, host, port, tags=()):
        self.host, self.port, self.tags = host, port, list(tags)

    def to_json(self):
        return {"__endpoint__": True, "host": self.host, "port": self.port, "tags": self.tags}

    def __eq__(self, other):
        return vars(self) == vars(other)

    def __repr__(self):
        return "Endpoint(%r, %d, %r)" % (self.host, self.port, self.tags)


class Encoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Endpoint):
            return o.to_json()
        if isinstance(o, (datetime.date, datetime.datetime)):
            return o.isoformat()
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)


def hook(d):
    if d.get("__endpoint__"):
        return Endpoint(d["host"], d["port"], d["tags"])
    return d


data = {
    "name": "scan-1",
    "when": datetime.datetime(2024, 5, 1, 12, 30),
    "targets": [Endpoint("a.example", 443, ["web"]), Endpoint("b.example", 8443)],
    "ports": {443, 8443, 993},
    "ratio": 0.1 + 0.2,
    "ok": True,
    "nothing": None,
    "unicode": "caf\u00e9 \u2713",
    "nested": {"z": 1, "a": [1, 2, {"b": None}]},
}
text = json.dumps(data, cls=Encoder, indent=2, sort_keys=True)
print(text)
back = json.loads(text, object_hook=hook)
print(back["targets"], back["targets"][0] == data["targets"][0])
print(json.dumps(data["unicode"]), json.dumps(data["unicode"], ensure_ascii=False))
print(json.dumps([1, 2, {"a": 1}], separators=(",", ":")))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=OrderedDict))
print(json.loads("[1.5, 1e3, -0, 1E-2]"), json.loads("1.10", parse_float=lambda s: "F" + s))
print(json.dumps(float("inf")), json.dumps({1: "int key", True: "bool"}))
for bad in ['{"a": 1,}', "[1, 2", "{'a': 1}", "", "nul"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e.msg, e.pos, e.lineno, e.colno)
try:
    json.dumps({"x": object()})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
print(json.dumps("\x00\x1f\"\\/\n"))
print(json.dumps({"k": [], "e": {}}, indent=4))
print(repr(json.dumps(1.0)), repr(json.dumps(10 ** 20)), json.dumps(1e100))
