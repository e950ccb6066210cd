"""A certificate-store CLI: argparse with subcommands, mutually exclusive
groups, argument groups, custom types and actions, help and usage output
(print_help, format_usage, errors), then the commands run against a
store directory made with tempfile and shutil (copy2, move, rmtree,
which, disk_usage, make_archive/unpack_archive), fingerprints with
hashlib (sha1, sha256, blake2b, pbkdf2 for a store password) and
hmac-signed manifests."""
import argparse
import hashlib
import hmac
import json
import os
import shutil
import ssl
import subprocess
import sys
import tempfile


def days(text):
    value = int(text)
    if value <= 0:
        raise argparse.ArgumentTypeError("%r is not a positive number of days" % text)
    return value


class KeyValue(argparse.Action):
    def __call__(self, parser, namespace, values, option_string=None):
        d = getattr(namespace, self.dest) or {}
        k, _, v = values.partition("=")
        d[k] = v
        setattr(namespace, self.dest, d)


def build_parser():
    p = argparse.ArgumentParser(prog="certstore", description="Manage a directory of PEM certificates.",
                                epilog="Exit status is 0 on success.")
    p.add_argument("--store", default="./store", help="store directory (default: %(default)s)")
    verbosity = p.add_mutually_exclusive_group()
    verbosity.add_argument("-q", "--quiet", action="store_true")
    verbosity.add_argument("-v", "--verbose", action="count", default=0)
    sub = p.add_subparsers(dest="command", title="commands", metavar="COMMAND")
    new = sub.add_parser("new", help="create a self-signed certificate")
    new.add_argument("name")
    new.add_argument("--days", type=days, default=30)
    new.add_argument("--tag", action=KeyValue, dest="tags", metavar="KEY=VALUE")
    out = new.add_argument_group("output")
    out.add_argument("--format", choices=("pem", "der"), default="pem")
    ls = sub.add_parser("list", help="list certificates", aliases=["ls"])
    ls.add_argument("--sort", choices=("name", "size"), default="name")
    sub.add_parser("archive", help="archive the store")
    return p


def fingerprint(der, algo):
    h = hashlib.new(algo, der) if algo != "blake2b" else hashlib.blake2b(der, digest_size=16)
    return h.hexdigest()


def main():
    p = build_parser()
    p.print_help()
    print("---")
    print(p.format_usage(), end="")
    for argv in (["new"], ["new", "x", "--days", "0"], ["-q", "-v", "list"], ["list", "--sort", "age"], ["frob"]):
        try:
            p.parse_args(argv)
        except SystemExit as e:
            print("exit", e.code, "for", argv)
    print("openssl found:", shutil.which("openssl") is not None, "| nope found:", shutil.which("no-such-tool-xyz"))
    with tempfile.TemporaryDirectory() as d:
        store = os.path.join(d, "store")
        os.mkdir(store)
        args_list = [["--store", store, "-vv", "new", "web", "--days", "10", "--tag", "team=ops", "--tag", "env=prod"],
                     ["--store", store, "new", "db", "--format", "der"],
                     ["--store", store, "ls", "--sort", "size"]]
        manifest = {}
        for argv in args_list:
            a = p.parse_args(argv)
            print("parsed:", a.command, a.verbose, a.quiet, getattr(a, "tags", None), getattr(a, "days", None))
            if a.command == "new":
                crt = os.path.join(d, a.name + ".pem")
                subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                                "-nodes", "-days", str(a.days), "-subj", "/CN=" + a.name, "-keyout",
                                os.path.join(d, a.name + ".key"), "-out", crt],
                               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                with open(crt) as f:
                    der = ssl.PEM_cert_to_DER_cert(f.read())
                target = os.path.join(store, a.name + "." + a.format)
                if a.format == "der":
                    with open(target, "wb") as f:
                        f.write(der)
                else:
                    shutil.copy2(crt, target)
                manifest[a.name] = {algo: len(fingerprint(der, algo)) for algo in ("sha1", "sha256", "md5", "blake2b", "sha3_256")}
            else:
                names = sorted(os.listdir(store), key=(lambda n: os.path.getsize(os.path.join(store, n))) if a.sort == "size" else None)
                print("listing:", [os.path.splitext(n) for n in names])
        print("fingerprint lengths:", json.dumps(manifest, sort_keys=True))
        key = hashlib.pbkdf2_hmac("sha256", b"store password", b"salt-1234", 1000, dklen=16)
        body = json.dumps(manifest, sort_keys=True).encode()
        sig = hmac.new(key, body, hashlib.sha256).hexdigest()
        print("key len:", len(key), "| sig len:", len(sig), "| verify:", hmac.compare_digest(sig, hmac.new(key, body, "sha256").hexdigest()))
        archive = shutil.make_archive(os.path.join(d, "backup"), "gztar", root_dir=store)
        print("archive:", os.path.basename(archive))
        restored = os.path.join(d, "restored")
        shutil.unpack_archive(archive, restored)
        print("restored:", sorted(os.listdir(restored)))
        shutil.move(os.path.join(restored, "db.der"), os.path.join(restored, "db-old.der"))
        print("after move:", sorted(os.listdir(restored)))
        shutil.rmtree(restored)
        print("rmtree:", os.path.exists(restored), "| disk_usage fields:", shutil.disk_usage(d)._fields)
        try:
            shutil.copy(os.path.join(d, "missing.pem"), store)
        except FileNotFoundError as e:
            print("copy missing:", e.errno, e.strerror)
    print("algorithms:", sorted(a for a in hashlib.algorithms_guaranteed if not a.startswith("shake"))[:6])


main()
