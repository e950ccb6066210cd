"""Read a TLS client configuration file (configparser) and probe the servers it lists."""
import configparser
import io
import os
import socket
import ssl
import subprocess
import sys
import tempfile
import threading

CONFIG = """
[DEFAULT]
timeout = 5
verify = yes

[local]
host = 127.0.0.1
port = {port}
server_name = localhost
cafile = {cafile}

[insecure]
host = 127.0.0.1
port = {port}
verify = no
# comment line
; other comment

[broken]
host = 127.0.0.1
port = not-a-number
"""


def main():
    d = tempfile.mkdtemp()
    crt, key = os.path.join(d, "c"), os.path.join(d, "k")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                           "-days", "1", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                           "-keyout", key, "-out", crt], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(crt, key)
    ls = socket.socket()
    ls.bind(("127.0.0.1", 0))
    ls.listen(4)

    def serve():
        for _ in range(2):
            c, _ = ls.accept()
            with sctx.wrap_socket(c, server_side=True) as s:
                s.recv(1)

    th = threading.Thread(target=serve)
    th.start()
    path = os.path.join(d, "probe.ini")
    with open(path, "w") as f:
        f.write(CONFIG.format(port=ls.getsockname()[1], cafile=crt))
    cfg = configparser.ConfigParser()
    print("read:", [os.path.basename(p) for p in cfg.read(path)])
    print("sections:", cfg.sections(), cfg.has_section("local"), "DEFAULT" in cfg)
    print("defaults:", dict(cfg.defaults()))
    for name in cfg.sections():
        sec = cfg[name]
        try:
            port = sec.getint("port")
        except ValueError as e:
            print(name, "ValueError:", e)
            continue
        verify = sec.getboolean("verify")
        timeout = cfg.getfloat(name, "timeout")
        if verify:
            ctx = ssl.create_default_context(cafile=sec["cafile"])
        else:
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
            ctx.check_hostname = False
            ctx.verify_mode = ssl.CERT_NONE
        with ctx.wrap_socket(socket.create_connection((sec["host"], port), timeout=timeout),
                             server_hostname=sec.get("server_name", fallback=None)) as s:
            print(name, "verify=%s timeout=%s" % (verify, timeout), s.version())
            s.send(b"x")
    th.join()
    ls.close()
    print("options:", cfg.options("insecure"))
    print("get fallback:", cfg.get("local", "missing", fallback="dflt"), cfg.getint("local", "timeout"))
    try:
        cfg.get("local", "missing")
    except configparser.NoOptionError as e:
        print("NoOptionError:", e)
    try:
        cfg["nosuch"]
    except KeyError as e:
        print("KeyError:", e)
    try:
        cfg.get("nosuch", "x")
    except configparser.NoSectionError as e:
        print("NoSectionError:", e)
    out = configparser.ConfigParser()
    out["server"] = {"listen": "0.0.0.0:443", "certfile": "/etc/ssl/server.pem"}
    out["server"]["ciphers"] = "ECDHE+AESGCM"
    out.add_section("logging")
    out.set("logging", "level", "INFO")
    buf = io.StringIO()
    out.write(buf)
    print(buf.getvalue(), end="")
    raw = configparser.ConfigParser(interpolation=configparser.BasicInterpolation())
    raw.read_string("[paths]\nroot = /srv\ncerts = %(root)s/certs\n")
    print("interpolated:", raw["paths"]["certs"])
    try:
        configparser.ConfigParser().read_string("[a]\nx=1\n[a]\n")
    except configparser.DuplicateSectionError as e:
        print("DuplicateSectionError:", e)
    try:
        configparser.ConfigParser().read_string("no section\n")
    except configparser.MissingSectionHeaderError as e:
        print("MissingSectionHeaderError:", type(e).__name__)
    subprocess.call(["rm", "-rf", d])
    return 0


sys.exit(main())
