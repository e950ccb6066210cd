"""Backup and rotate certificate files: tempfile, shutil, glob, os.walk, fnmatch, zipfile, stat and sqlite3."""
import fnmatch
import glob
import hashlib
import os
import shutil
import sqlite3
import stat
import tempfile
import zipfile
import tarfile
import io

with tempfile.TemporaryDirectory(prefix="certs-") as root:
    os.chdir(root)
    for sub in ["live/www", "live/mail", "archive", "keys"]:
        os.makedirs(sub, exist_ok=True)
    files = {"live/www/cert.pem": "WWW CERT\n", "live/www/chain.pem": "CHAIN\n", "live/mail/cert.pem": "MAIL\n",
             "keys/www.key": "KEY1\n", "keys/mail.key": "KEY2\n", "README.txt": "notes\n"}
    for path, text in files.items():
        with open(path, "w") as f:
            f.write(text)
    os.chmod("keys/www.key", 0o600)
    print(sorted(glob.glob("live/*/*.pem")), sorted(glob.glob("**/*.key", recursive=True)))
    print(sorted(glob.glob("live/[wm]*")), glob.glob("nothing*"), glob.escape("a[b]*"))
    for dirpath, dirnames, filenames in sorted(os.walk(".")):
        dirnames.sort()
        print(dirpath, sorted(dirnames), sorted(filenames))
    print(fnmatch.filter(sorted(files), "*.pem"), fnmatch.fnmatch("cert.PEM", "*.pem"), fnmatch.fnmatchcase("A.pem", "a*"))
    print(fnmatch.translate("*.p?m"))
    st = os.stat("keys/www.key")
    print(oct(stat.S_IMODE(st.st_mode)), stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat("keys").st_mode), stat.filemode(st.st_mode))
    print(st.st_size, os.path.getsize("README.txt"), os.access("keys/www.key", os.R_OK))
    entries = sorted((e.name, e.is_dir(), e.is_file()) for e in os.scandir("."))
    print(entries)
    for gen in range(3):
        stamp = "2024010%d" % (gen + 1)
        dest = os.path.join("archive", stamp)
        shutil.copytree("live", dest)
    print(sorted(os.listdir("archive")))
    keep = 2
    for old in sorted(os.listdir("archive"))[:-keep]:
        shutil.rmtree(os.path.join("archive", old))
    print(sorted(os.listdir("archive")))
    shutil.copy2("keys/www.key", "archive/www.key.bak")
    print(oct(os.stat("archive/www.key.bak").st_mode & 0o777))
    with zipfile.ZipFile("backup.zip", "w", zipfile.ZIP_DEFLATED) as z:
        for dirpath, dirnames, filenames in os.walk("live"):
            dirnames.sort()
            for fn in sorted(filenames):
                z.write(os.path.join(dirpath, fn))
        z.writestr("manifest.txt", "\n".join(sorted(files)) + "\n")
    with zipfile.ZipFile("backup.zip") as z:
        print(z.namelist(), z.read("manifest.txt").decode().split("\n")[:2], z.testzip())
        info = z.getinfo("live/www/cert.pem")
        print(info.filename, info.file_size, info.compress_type == zipfile.ZIP_DEFLATED)
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w:gz") as t:
        t.add("keys", arcname="keys", filter=lambda ti: ti if not ti.name.endswith("mail.key") else None)
    buf.seek(0)
    with tarfile.open(fileobj=buf, mode="r:gz") as t:
        print(sorted(t.getnames()), t.extractfile("keys/www.key").read())
    db = sqlite3.connect(":memory:")
    db.execute("create table certs (path text primary key, sha256 text, size integer)")
    for path in sorted(files):
        data = open(path, "rb").read()
        db.execute("insert into certs values (?, ?, ?)", (path, hashlib.sha256(data).hexdigest()[:12], len(data)))
    db.commit()
    for row in db.execute("select path, size from certs where path like ? order by size desc, path", ("%.pem",)):
        print(row)
    print(db.execute("select count(*), sum(size), max(path) from certs").fetchone())
    try:
        db.execute("insert into certs values (?, ?, ?)", ("README.txt", "x", 1))
    except sqlite3.IntegrityError as e:
        print("IntegrityError:", e)
    db.row_factory = sqlite3.Row
    r = db.execute("select * from certs order by path limit 1").fetchone()
    print(r.keys(), r["path"], tuple(r))
    db.close()
    os.remove("README.txt")
    shutil.move("backup.zip", "archive/")
    print(sorted(os.listdir(".")), os.path.exists("archive/backup.zip"))
    for bad in [lambda: os.remove("nope"), lambda: os.rmdir("keys"), lambda: shutil.copy("nope", "x"), lambda: os.mkdir("keys")]:
        try:
            bad()
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror, e.filename)
    with tempfile.NamedTemporaryFile("w+", suffix=".pem", dir=".", delete=True) as tf:
        tf.write("temp")
        tf.flush()
        tf.seek(0)
        print(tf.read(), os.path.basename(tf.name).endswith(".pem"), os.path.dirname(os.path.abspath(tf.name)) == os.getcwd())
    print(os.path.exists(tf.name))
    fd, p = tempfile.mkstemp(suffix=".tmp")
    os.write(fd, b"abc")
    os.close(fd)
    print(open(p).read(), p.endswith(".tmp"))
    os.unlink(p)
    sp = tempfile.SpooledTemporaryFile(max_size=10)
    sp.write(b"x" * 5)
    sp.seek(0)
    print(sp.read(), sp._rolled if hasattr(sp, "_rolled") else None)
    os.chdir("/")
print("done")
