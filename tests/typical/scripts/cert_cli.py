#!/usr/bin/env python3
"""certcheck: inspect certificate files and report as text or JSON."""
import argparse
import json
import logging
import os
import ssl
import subprocess
import sys
import tempfile

log = logging.getLogger("certcheck")

EXIT_OK, EXIT_WARN, EXIT_ERR = 0, 1, 2


def build_parser():
    p = argparse.ArgumentParser(prog="certcheck", description="Check certificate files.")
    p.add_argument("files", nargs="*", help="PEM files to check")
    p.add_argument("-w", "--warn-days", type=int, default=30, metavar="N", help="warn when fewer than N days remain")
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument("-q", "--quiet", action="store_true")
    p.add_argument("--demo", action="store_true", help="generate demo certificates")
    return p


def decode(path):
    return ssl._ssl._test_decode_cert(path)


def check(path, warn_days):
    log.info("checking %s", os.path.basename(path))
    try:
        info = decode(path)
    except (ssl.SSLError, OSError) as e:
        log.error("cannot read %s: %s", os.path.basename(path), e.__class__.__name__)
        return {"file": os.path.basename(path), "status": "error"}
    days = (ssl.cert_time_to_seconds(info["notAfter"]) - ssl.cert_time_to_seconds(info["notBefore"])) // 86400
    cn = [v for rdn in info["subject"] for k, v in rdn if k == "commonName"]
    status = "warn" if days < warn_days else "ok"
    return {"file": os.path.basename(path), "cn": cn[0] if cn else None, "days": int(days), "status": status,
            "san": [v for _, v in info.get("subjectAltName", ())]}


def demo_files(d):
    files = []
    for name, days in (("short", 7), ("long", 400)):
        crt = os.path.join(d, name + ".pem")
        subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                               "-nodes", "-days", str(days), "-subj", "/CN=%s.example" % name,
                               "-addext", "subjectAltName=DNS:%s.example,DNS:*.%s.example" % (name, name),
                               "-keyout", os.path.join(d, name + ".key"), "-out", crt],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        files.append(crt)
    bad = os.path.join(d, "broken.pem")
    with open(bad, "w") as f:
        f.write("-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n")
    files.append(bad)
    files.append(os.path.join(d, "missing.pem"))
    return files


def main(argv=None):
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO,
                        format="%(levelname)s:%(name)s:%(message)s", stream=sys.stderr)
    with tempfile.TemporaryDirectory() as d:
        files = args.files or (demo_files(d) if args.demo else [])
        if not files:
            build_parser().error("no files given (use --demo)")
        results = [check(f, args.warn_days) for f in files]
    code = EXIT_OK
    if any(r["status"] == "error" for r in results):
        code = EXIT_ERR
    elif any(r["status"] == "warn" for r in results):
        code = EXIT_WARN
    if args.format == "json":
        print(json.dumps({"results": results, "exit": code}, indent=2, sort_keys=True))
    else:
        for r in results:
            print("{file:<12} {status:<6} {cn} {days} {san}".format(**{"cn": "-", "days": "-", "san": "", **r}))
    return code


if __name__ == "__main__":
    rc = main(["--demo"])
    print("--- json", file=sys.stderr)
    rc2 = main(["--demo", "--format", "json", "-q", "-w", "5"])
    print("codes:", rc, rc2)
    try:
        main(["--format", "xml"])
    except SystemExit as e:
        print("usage exit:", e.code)
    try:
        main([])
    except SystemExit as e:
        print("no files exit:", e.code)
    sys.exit(rc)
