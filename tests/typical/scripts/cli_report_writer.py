"""JSON and CSV report writer: json.dumps options, default=, csv.DictWriter, io.StringIO."""
import csv
import io
import json
import datetime
import decimal
import enum
import uuid
from collections import OrderedDict


class Grade(enum.Enum):
    A = "A"
    B = "B"
    F = "F"


class Finding:
    __slots__ = ("host", "port", "grade", "issues", "checked")

    def __init__(self, host, port, grade, issues, checked):
        self.host, self.port, self.grade, self.issues, self.checked = host, port, grade, issues, checked

    def __repr__(self):
        return "Finding(%r, %d, %s)" % (self.host, self.port, self.grade)


def encode(obj):
    if isinstance(obj, datetime.datetime):
        return obj.isoformat()
    if isinstance(obj, enum.Enum):
        return obj.value
    if isinstance(obj, Finding):
        return {k: getattr(obj, k) for k in obj.__slots__}
    if isinstance(obj, (set, frozenset)):
        return sorted(obj)
    if isinstance(obj, decimal.Decimal):
        return str(obj)
    if isinstance(obj, uuid.UUID):
        return str(obj)
    raise TypeError("Object of type '%s' is not JSON serializable" % type(obj).__name__)


when = datetime.datetime(2024, 1, 2, 3, 4, 5)
findings = [
    Finding("a.example", 443, Grade.A, set(), when),
    Finding("b.example", 8443, Grade.B, {"no-hsts", "tls1.0"}, when),
    Finding("c.example", 993, Grade.F, {"expired", "self-signed", "weak-key"}, when),
]
print(findings)
report = {"generated": when, "count": len(findings), "findings": findings, "score": decimal.Decimal("87.50"),
          "id": uuid.UUID("12345678-1234-5678-1234-567812345678"), "ratio": 2 / 3, "ok": True, "none": None,
          "unicode": "caf\u00e9 \u2713", "nested": {"z": [1, 2.5, -3e20, 1e-7], "a": (1, 2)}}
print(json.dumps(report, default=encode, sort_keys=True, indent=2))
print(json.dumps(report, default=encode, sort_keys=True, ensure_ascii=False, separators=(",", ":")))
print(json.dumps({"b": 1, "a": [], "c": {}}, indent=4))
print(json.dumps([1, [2, [3, {}]]], indent="\t"))
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}, sort_keys=False))
print(json.dumps(float("inf")), json.dumps(float("nan")), json.dumps("\x00\x1f\"\\/"))
try:
    json.dumps({"x": object()})
except TypeError as e:
    print("TypeError:", e)
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print("ValueError:", e)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print("TypeError:", e)

back = json.loads(json.dumps(report, default=encode), object_pairs_hook=OrderedDict)
print(type(back).__name__, list(back)[:4], back["nested"])
print(json.loads('{"a": 1.0, "b": 10000000000000000000000, "c": [true, false, null]}', parse_float=decimal.Decimal))
for bad in ['{"a": 1,}', "[1, 2", '{"a" 1}', "", "nul", '"\\x"', "[1] x"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("%-12r -> %s | %s %s %s" % (bad, e, e.msg, e.lineno, e.colno))

buf = io.StringIO()
fields = ["host", "port", "grade", "issues", "checked"]
w = csv.DictWriter(buf, fieldnames=fields, extrasaction="ignore")
w.writeheader()
for f in findings:
    w.writerow({"host": f.host, "port": f.port, "grade": f.grade.value,
                "issues": ";".join(sorted(f.issues)), "checked": f.checked.date(), "junk": 1})
w.writerow({"host": 'quote "me", please', "port": None, "grade": "", "issues": "line\nbreak"})
text = buf.getvalue()
print(repr(text))
rows = list(csv.DictReader(io.StringIO(text)))
print(rows[1])
print([dict(r) for r in rows][-1])
try:
    csv.DictWriter(io.StringIO(), fieldnames=["a"]).writerow({"a": 1, "b": 2})
except ValueError as e:
    print("ValueError:", e)
buf2 = io.StringIO()
tw = csv.writer(buf2, delimiter="\t", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
tw.writerows([["x", 1, 2.5, None], ["tab\there", -1, 0.1, True]])
print(buf2.getvalue(), end="")
print(list(csv.reader(["a,'b,c',d"], quotechar="'")), list(csv.reader(['1,"2"",3",4'])))
sniffed = csv.Sniffer().sniff("a;b;c\n1;2;3\n")
print(repr(sniffed.delimiter), csv.Sniffer().has_header("name,port\nx,1\ny,2\n"))
