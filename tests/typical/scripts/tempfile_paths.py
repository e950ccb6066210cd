import os
import shutil
import stat
import tempfile
import glob
import fnmatch

base = tempfile.mkdtemp(prefix="certs-")
try:
    layout = {
        "etc/ssl/certs/a.pem": "A",
        "etc/ssl/certs/b.pem": "BB",
        "etc/ssl/private/a.key": "KEY",
        "etc/ssl/README.txt": "readme",
        "var/log/tls.log": "line1\nline2\n",
    }
    for rel, content in sorted(layout.items()):
        path = os.path.join(base, *rel.split("/"))
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(content)
    os.chmod(os.path.join(base, "etc", "ssl", "private", "a.key"), 0o600)

    for root, dirs, files in os.walk(base):
        dirs.sort()
        rel = os.path.relpath(root, base)
        print("%-20s dirs=%s files=%s" % (rel, dirs, sorted(files)))
    pems = sorted(os.path.basename(p) for p in glob.glob(os.path.join(base, "etc", "ssl", "certs", "*.pem")))
    print("glob:", pems)
    print("recursive:", sorted(os.path.relpath(p, base) for p in glob.glob(os.path.join(base, "**", "*.key"), recursive=True)))
    print("fnmatch:", fnmatch.filter(["a.pem", "b.crt", "c.PEM"], "*.pem"), fnmatch.fnmatch("x.PEM", "*.pem"))
    key = os.path.join(base, "etc", "ssl", "private", "a.key")
    mode = os.stat(key).st_mode
    print("key mode:", oct(stat.S_IMODE(mode)), stat.S_ISREG(mode), stat.filemode(mode))
    print("sizes:", {os.path.basename(p): os.path.getsize(p) for p in glob.glob(os.path.join(base, "etc/ssl/certs/*"))})
    p = "/etc/ssl/certs/../private/./server.key"
    print("normpath:", os.path.normpath(p))
    print("split:", os.path.split(p), os.path.splitext("archive.tar.gz"), os.path.basename("/a/b/"), os.path.dirname("/a/b/c"))
    print("join:", os.path.join("/etc", "ssl", "certs"), os.path.join("a", "/abs", "b"))
    print("isabs:", os.path.isabs("/x"), os.path.isabs("x"), os.path.exists(base), os.path.isdir(key), os.path.isfile(key))
    print("commonprefix:", os.path.commonprefix(["/etc/ssl/certs", "/etc/ssl/private"]),
          os.path.commonpath(["/etc/ssl/certs", "/etc/ssl/private"]))
    print("expanduser same:", os.path.expanduser("~") == os.environ.get("HOME", os.path.expanduser("~")))
    dest = os.path.join(base, "backup")
    shutil.copytree(os.path.join(base, "etc"), dest)
    print("copied:", sorted(os.listdir(os.path.join(dest, "ssl"))))
    shutil.move(os.path.join(dest, "ssl", "README.txt"), os.path.join(dest, "README.md"))
    print("moved:", os.path.exists(os.path.join(dest, "README.md")))
    shutil.copy(key, os.path.join(dest, "copy.key"))
    print("copy keeps mode:", oct(stat.S_IMODE(os.stat(os.path.join(dest, "copy.key")).st_mode)))
    with tempfile.NamedTemporaryFile("w+", suffix=".pem", dir=base, delete=False) as tf:
        tf.write("temp data")
        name = tf.name
    print("named temp:", name.endswith(".pem"), os.path.dirname(name) == base, open(name).read())
    os.unlink(name)
    with tempfile.TemporaryFile() as tf:
        tf.write(b"abc")
        tf.seek(0)
        print("temp file:", tf.read())
    sp = tempfile.SpooledTemporaryFile(max_size=10) if hasattr(tempfile, "SpooledTemporaryFile") else None
    print("gettempdir is dir:", os.path.isdir(tempfile.gettempdir()))
    shutil.rmtree(dest)
    print("after rmtree:", sorted(os.listdir(base)))
    try:
        os.remove(os.path.join(base, "nope"))
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.errno, e.strerror, os.path.basename(e.filename))
    try:
        os.mkdir(base)
    except FileExistsError as e:
        print("FileExistsError:", e.strerror)
    usage = shutil.disk_usage(base)
    print("disk usage fields:", usage._fields, usage.total >= usage.used)
    print("which sh:", shutil.which("sh") is not None, shutil.which("definitely-not-here"))
finally:
    shutil.rmtree(base)
print("cleaned:", not os.path.exists(base))
