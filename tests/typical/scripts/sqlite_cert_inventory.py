"""Keep a certificate inventory in sqlite3: create tables with
constraints, insert with executemany and named parameters, query with
GROUP BY/ORDER BY, sqlite3.Row access, a transaction rolled back on
IntegrityError, adapters for datetime, and the cursor's description."""
import datetime
import os
import sqlite3
import ssl
import subprocess
import tempfile


def make_cert(d, cn, days):
    key, crt = os.path.join(d, cn + ".key"), os.path.join(d, cn + ".crt")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-nodes", "-days", str(days), "-subj", "/O=Inv/CN=" + cn, "-keyout", key, "-out", crt],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return ssl._ssl._test_decode_cert(crt)


def main():
    rows = []
    with tempfile.TemporaryDirectory() as d:
        for cn, days, team in [("web.test", 90, "web"), ("api.test", 30, "web"), ("db.test", 365, "data"),
                               ("etl.test", 7, "data"), ("vpn.test", 180, "net")]:
            info = make_cert(d, cn, days)
            life = int(ssl.cert_time_to_seconds(info["notAfter"]) - ssl.cert_time_to_seconds(info["notBefore"])) // 86400
            rows.append({"cn": cn, "team": team, "days": life, "serial": info["serialNumber"]})
        db = sqlite3.connect(os.path.join(d, "inv.db"))
        db.execute("""CREATE TABLE certs (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        cn TEXT UNIQUE NOT NULL,
                        team TEXT NOT NULL,
                        days INTEGER CHECK (days > 0),
                        serial TEXT)""")
        db.execute("CREATE TABLE checks (cert_id INTEGER REFERENCES certs(id), checked TEXT, ok INTEGER)")
        with db:
            db.executemany("INSERT INTO certs (cn, team, days, serial) VALUES (:cn, :team, :days, :serial)", rows)
        print("rows:", db.execute("SELECT COUNT(*) FROM certs").fetchone()[0], "total_changes:", db.total_changes)
        when = datetime.datetime(2020, 3, 1, 12, 0)
        with db:
            for (cid,) in db.execute("SELECT id FROM certs ORDER BY id").fetchall():
                db.execute("INSERT INTO checks VALUES (?, ?, ?)", (cid, when.isoformat(), cid % 2))
        db.row_factory = sqlite3.Row
        cur = db.execute("SELECT team, COUNT(*) AS n, MIN(days) AS shortest, SUM(days) AS total "
                         "FROM certs GROUP BY team ORDER BY total DESC")
        print("columns:", [c[0] for c in cur.description])
        for row in cur:
            print("  %-5s n=%d shortest=%3d total=%3d keys=%s" % (row["team"], row["n"], row["shortest"],
                                                                row["total"], row.keys()))
        soon = db.execute("SELECT cn, days FROM certs WHERE days < ? ORDER BY days", (60,)).fetchall()
        print("expiring:", [tuple(r) for r in soon])
        joined = db.execute("SELECT c.cn, k.ok FROM certs c JOIN checks k ON k.cert_id = c.id "
                            "WHERE k.ok = 1 ORDER BY c.cn").fetchall()
        print("ok checks:", [(r[0], r["ok"]) for r in joined])
        try:
            with db:
                db.execute("INSERT INTO certs (cn, team, days) VALUES ('new.test', 'web', 10)")
                db.execute("INSERT INTO certs (cn, team, days) VALUES ('web.test', 'web', 10)")
        except sqlite3.IntegrityError as exc:
            print("IntegrityError:", exc)
        print("after rollback:", db.execute("SELECT COUNT(*) FROM certs WHERE cn = 'new.test'").fetchone()[0])
        for bad in ["INSERT INTO certs (cn, team, days) VALUES ('x', 'y', -1)",
                    "INSERT INTO certs (team, days) VALUES ('y', 1)", "SELEC 1", "SELECT nope FROM certs"]:
            try:
                db.execute(bad)
            except sqlite3.Error as exc:
                print(type(exc).__name__ + ":", exc)
        db.row_factory = None
        print(db.execute("SELECT typeof(days), typeof(serial), typeof(NULL), 7 / 2, 7 / 2.0, 'a' || 'b' FROM certs LIMIT 1").fetchone())
        print(db.execute("SELECT group_concat(cn, ',') FROM (SELECT cn FROM certs ORDER BY cn)").fetchone())
        db.close()
        try:
            db.execute("SELECT 1")
        except sqlite3.ProgrammingError as exc:
            print("ProgrammingError:", exc)
    print(sqlite3.sqlite_version_info >= (3, 0, 0), sqlite3.paramstyle, sqlite3.threadsafety)


if __name__ == "__main__":
    main()
