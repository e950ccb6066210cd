"""Manage an on-disk certificate store with pathlib and tempfile:
mkdir with parents, write_text/read_bytes, glob and rglob, suffix/stem/
with_suffix, relative_to, rename and unlink, stat sizes, os.walk,
shutil.copy/move, NamedTemporaryFile and loading the store into an
SSLContext with capath-free cafile bundles."""
import hashlib
import os
import pathlib
import shutil
import ssl
import subprocess
import tempfile


def make_cert(directory, cn):
    key = directory / (cn + ".key")
    crt = directory / (cn + ".pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-nodes", "-days", "5", "-subj", "/CN=" + cn, "-keyout", str(key), "-out", str(crt)],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return crt, key


def main():
    with tempfile.TemporaryDirectory(prefix="store-") as tmp:
        root = pathlib.Path(tmp)
        print("prefix ok:", root.name.startswith("store-"), root.is_absolute(), root.exists())
        incoming = root / "incoming" / "2020" / "batch1"
        incoming.mkdir(parents=True)
        try:
            incoming.mkdir()
        except FileExistsError as exc:
            print("FileExistsError:", exc.errno, exc.strerror)
        incoming.mkdir(exist_ok=True)
        for cn in ["alpha", "beta", "gamma"]:
            make_cert(incoming, cn)
        (incoming / "README.txt").write_text("drop certificates here\n")
        names = sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())
        print("files:", names)
        pems = sorted(incoming.glob("*.pem"))
        print("stems:", [p.stem for p in pems], "suffixes:", sorted({p.suffix for p in incoming.iterdir()}))
        trusted = root / "trusted"
        trusted.mkdir()
        for p in pems:
            digest = hashlib.sha1(p.read_bytes()).hexdigest()
            assert len(digest) == 40
            shutil.copy(str(p), str(trusted / p.with_suffix(".crt").name))
        keys = root / "private"
        keys.mkdir(mode=0o700)
        for k in incoming.glob("*.key"):
            shutil.move(str(k), str(keys / k.name))
        print("mode:", oct(keys.stat().st_mode & 0o777), "keys:", sorted(p.name for p in keys.iterdir()))
        bundle = root / "bundle.pem"
        with bundle.open("w") as out:
            for crt in sorted(trusted.glob("*.crt")):
                out.write(crt.read_text())
        print("bundle certs:", bundle.read_text().count("BEGIN CERTIFICATE"))
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        ctx.load_verify_locations(cafile=str(bundle))
        print("loaded:", ctx.cert_store_stats()["x509"], sorted(
            dict(x[0] for x in c["subject"])["commonName"] for c in ctx.get_ca_certs()))
        old = trusted / "beta.crt"
        new = old.with_name("beta-2020.crt")
        old.rename(new)
        print("renamed:", old.exists(), new.exists(), new.parent.name, new.parts[-2:])
        new.unlink()
        try:
            new.unlink()
        except FileNotFoundError as exc:
            print("FileNotFoundError:", exc.errno, exc.filename == str(new))
        walked = []
        for dirpath, dirnames, filenames in os.walk(str(root)):
            dirnames.sort()
            rel = os.path.relpath(dirpath, str(root))
            walked.append((rel, sorted(filenames)))
        for rel, files in walked:
            print("  %-22s %s" % (rel, files))
        with tempfile.NamedTemporaryFile("w+", suffix=".pem", dir=str(root), delete=True) as tf:
            tf.write((trusted / "alpha.crt").read_text())
            tf.flush()
            tf.seek(0)
            print("tempfile:", pathlib.Path(tf.name).suffix, tf.readline().strip())
            ctx2 = ssl.create_default_context(cafile=tf.name)
            print("from tempfile:", ctx2.cert_store_stats()["x509_ca"])
        print("tempfile gone:", not os.path.exists(tf.name))
        empty = root / "empty.pem"
        empty.touch()
        try:
            ssl.create_default_context(cafile=str(empty))
        except ssl.SSLError as exc:
            print("empty bundle:", type(exc).__name__, exc.library, exc.errno)
        shutil.rmtree(str(root / "incoming"))
        print("after rmtree:", sorted(p.name for p in root.iterdir()))
    p = pathlib.PurePosixPath("/etc/ssl/certs/ca-bundle.crt")
    print(p.parent, p.name, p.suffixes, p.anchor, p.with_suffix(".pem"), p.match("*.crt"), str(p.relative_to("/etc")))
    print(pathlib.PurePosixPath("a", "b/c", "../d"), pathlib.PurePath("x/y") / "z", repr(pathlib.PurePosixPath("q")))


if __name__ == "__main__":
    main()
