import csv
import io
import os
import tempfile
from collections import namedtuple

Row = namedtuple("Row", "host port protocol days_left")
rows = [Row("a.example", 443, "TLSv1.3", 80), Row("b.example", 8443, "TLSv1.2", 5),
        Row("c,with,commas", 993, "TLSv1.3", -1), Row('quote"host', 465, "TLSv1.2", 200)]

buf = io.StringIO()
w = csv.writer(buf)
w.writerow(Row._fields)
w.writerows(rows)
text = buf.getvalue()
print(repr(text))
back = list(csv.reader(io.StringIO(text)))
print(back)
print("round trip:", [Row(r[0], int(r[1]), r[2], int(r[3])) for r in back[1:]] == rows)

d = tempfile.mkdtemp()
path = os.path.join(d, "report.csv")
with open(path, "w", newline="") as f:
    dw = csv.DictWriter(f, fieldnames=["host", "status", "days"], extrasaction="ignore")
    dw.writeheader()
    for r in rows:
        dw.writerow({"host": r.host, "status": "expired" if r.days_left < 0 else "ok", "days": r.days_left, "x": 1})
with open(path, newline="") as f:
    for rec in csv.DictReader(f):
        print(dict(rec))
with open(path, "rb") as f:
    print("line endings:", f.read().count(b"\r\n"))
os.remove(path)
os.rmdir(d)
t = io.StringIO()
tw = csv.writer(t, delimiter="\t", quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
tw.writerow(["a", 1, 2.5, None, "b\tc"])
print(repr(t.getvalue()))
print(list(csv.reader(["x;y;'z;w'"], delimiter=";", quotechar="'")))
print(list(csv.reader(io.StringIO('a,"multi\nline",c\n'))))
print(csv.list_dialects() and sorted(csv.list_dialects()))
try:
    list(csv.reader(['a,"b'], strict=True))
except csv.Error as e:
    print("csv.Error:", e)
sniffed = csv.Sniffer().sniff("a;b;c\n1;2;3\n")
print("sniff delimiter:", sniffed.delimiter, csv.Sniffer().has_header("name,age\nbob,3\nal,4\n"))
