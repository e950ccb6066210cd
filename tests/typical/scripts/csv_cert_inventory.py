"""Build a CSV inventory of generated certificates (csv.DictWriter to a
file and to StringIO, quoting, a custom dialect), read it back with
DictReader and csv.reader, then summarise with sorted/groupby."""
import csv
import io
import itertools
import os
import ssl
import subprocess
import tempfile

HOSTS = [
    ("web-1", "prod", 90, "ec"),
    ("web-2", "prod", 90, "rsa"),
    ("db, primary", "prod", 365, "rsa"),
    ('cache "hot"', "stage", 30, "ec"),
    ("queue", "stage", 7, "ec"),
    ("legacy", "dev", 1000, "rsa"),
]


def make_cert(d, cn, days, kind):
    safe = "".join(ch if ch.isalnum() else "_" for ch in cn)
    key, crt = os.path.join(d, safe + ".key"), os.path.join(d, safe + ".crt")
    algo = ["-newkey", "rsa:2048"] if kind == "rsa" else ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-384"]
    subprocess.run(["openssl", "req", "-x509"] + algo + ["-nodes", "-days", str(days), "-subj",
                    "/O=Inventory/CN=" + cn.replace(",", "\\,"), "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt


class Pipes(csv.Dialect):
    delimiter = "|"
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


def main():
    rows = []
    with tempfile.TemporaryDirectory() as d:
        for cn, env, days, kind in HOSTS:
            info = ssl._ssl._test_decode_cert(make_cert(d, cn, days, kind))
            life = (ssl.cert_time_to_seconds(info["notAfter"]) - ssl.cert_time_to_seconds(info["notBefore"])) // 86400
            subject = dict(x[0] for x in info["subject"])
            rows.append({"cn": subject["commonName"], "env": env, "key": kind, "days": int(life),
                         "self_signed": info["subject"] == info["issuer"]})
        path = os.path.join(d, "inventory.csv")
        with open(path, "w", newline="") as f:
            w = csv.DictWriter(f, fieldnames=["cn", "env", "key", "days", "self_signed"])
            w.writeheader()
            w.writerows(rows)
        with open(path, newline="") as f:
            raw = f.read()
        print(raw.replace("\r\n", "<CRLF>\n"), end="")
        with open(path, newline="") as f:
            back = list(csv.DictReader(f))
    print("read back:", len(back), "rows; types:", sorted({type(v).__name__ for r in back for v in r.values()}))
    print(back[2]["cn"], "|", back[3]["cn"], "|", back[0]["self_signed"])
    buf = io.StringIO()
    w = csv.writer(buf, dialect=Pipes)
    w.writerow(["cn", "days"])
    for r in sorted(rows, key=lambda r: (-r["days"], r["cn"])):
        w.writerow([r["cn"], r["days"]])
    print(buf.getvalue(), end="")
    buf2 = io.StringIO()
    csv.writer(buf2, quoting=csv.QUOTE_NONNUMERIC).writerows([[r["cn"], r["days"], 1.5] for r in rows[:2]])
    print(buf2.getvalue().replace("\r\n", "\n"), end="")
    for row in csv.reader(io.StringIO(buf2.getvalue()), quoting=csv.QUOTE_NONNUMERIC):
        print(row)
    print("by env:")
    for env, group in itertools.groupby(sorted(rows, key=lambda r: r["env"]), key=lambda r: r["env"]):
        group = list(group)
        print("  %-5s n=%d max=%4d keys=%s" % (env, len(group), max(r["days"] for r in group),
                                                ",".join(sorted({r["key"] for r in group}))))
    sniffed = csv.Sniffer().sniff("a;b;c\n1;2;3\n")
    print("sniffed delimiter:", repr(sniffed.delimiter), csv.Sniffer().has_header("name,age\nbob,3\n"))
    try:
        csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
    except csv.Error as exc:
        print("csv.Error:", exc)
    print(csv.list_dialects() and sorted(csv.list_dialects()))


if __name__ == "__main__":
    main()
