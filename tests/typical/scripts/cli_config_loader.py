"""Config loader: configparser with interpolation, os.environ overrides, pathlib."""
import configparser
import os
import pathlib
import tempfile

INI = """\
[DEFAULT]
base = /etc/tls
port = 443
verify = yes

[server]
cert = %(base)s/server.pem
key = %(base)s/server.key
port = 8443
ciphers = ECDHE+AESGCM:!aNULL
  :!MD5
timeout = 2.5

[client]
ca = ${server:cert}
retries = 3
verify = off

[paths]
home = ${DEFAULT:base}/home
log = ${home}/log.txt
"""


class Settings:
    def __init__(self, path, env=None):
        self.path = pathlib.Path(path)
        self.env = dict(env or {})
        self.cp = configparser.ConfigParser()
        self.cp.read_string(self.path.read_text())

    def get(self, section, option, fallback=None):
        key = "TLSAPP_%s_%s" % (section.upper(), option.upper())
        if key in self.env:
            return self.env[key]
        return self.cp.get(section, option, fallback=fallback)

    def __repr__(self):
        return "<Settings %s sections=%s>" % (self.path.name, self.cp.sections())


with tempfile.TemporaryDirectory() as tmp:
    root = pathlib.Path(tmp)
    conf = root / "conf.d" / "app.ini"
    conf.parent.mkdir(parents=True)
    conf.write_text(INI)
    print(conf.relative_to(root), conf.suffix, conf.stem, conf.parent.name, conf.exists(), conf.is_file())
    print(sorted(p.relative_to(root).as_posix() for p in root.rglob("*")))
    s = Settings(conf, env={"TLSAPP_SERVER_PORT": "9443"})
    print(s)
    cp = s.cp
    print(cp.get("server", "cert"), cp.getint("server", "port"), cp.getfloat("server", "timeout"))
    print(cp.getboolean("server", "verify"), cp.getboolean("client", "verify"), repr(cp.get("server", "ciphers")))
    print(s.get("server", "port"), s.get("server", "missing", "dflt"), cp["server"].get("key"))
    print(list(cp["server"]), dict(cp["client"]) if False else sorted(cp["client"].keys()))
    print(cp.has_option("client", "base"), cp.has_section("nope"), "server" in cp, cp.defaults()["port"])
    for section in cp.sections():
        print("[%s]" % section, {k: v for k, v in cp.items(section, raw=True)})
    try:
        cp.get("client", "ca")
    except configparser.InterpolationError as e:
        print(type(e).__name__, e)
    ext = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
    ext.read_string(INI.replace("%(base)s", "${base}"))
    print(ext.get("client", "ca"), ext.get("paths", "log"))
    raw = configparser.RawConfigParser()
    raw.read_string(INI)
    print(raw.get("server", "cert"))
    for bad in ["[a]\nx = 1\nx = 2\n", "no section\n", "[a]\n[a]\n", "[a]\nkey\n", "[s]\nv = %(nope)s\n"]:
        p = configparser.ConfigParser()
        try:
            p.read_string(bad, source="<bad>")
            print(p.get("s", "v"))
        except configparser.Error as e:
            print(type(e).__name__ + ":", str(e).replace("\n", " / "))
    try:
        cp.getint("server", "cert")
    except ValueError as e:
        print("ValueError:", e)
    try:
        cp.get("nosuch", "x")
    except configparser.NoSectionError as e:
        print("NoSectionError:", e, e.section)
    try:
        cp["server"]["zzz"]
    except KeyError as e:
        print("KeyError:", e)
    cp["new"] = {"a": "1", "b": "two"}
    cp.set("new", "c", "%%literal")
    out = root / "out.ini"
    with out.open("w") as f:
        cp.write(f)
    print(out.read_text().splitlines()[-6:])
    os.environ["TLSAPP_HOME"] = str(root)
    home = pathlib.Path(os.environ.get("TLSAPP_HOME", "/nonexistent"))
    print(home == root, os.environ.get("TLSAPP_UNSET", "unset"), "TLSAPP_HOME" in os.environ)
    print(pathlib.PurePosixPath("/etc/tls/../ssl/certs/ca.pem").parts, pathlib.PurePath("a/b.tar.gz").suffixes)
    print(pathlib.PurePosixPath("/x/y").joinpath("z", "w.txt"), pathlib.PurePosixPath("/x/y.txt").with_suffix(".pem"))
    print(repr(pathlib.PurePosixPath("etc") / "ssl"), pathlib.PurePosixPath("/a/b").match("*/b"))
    print(sorted(x.name for x in root.iterdir()), [p.name for p in root.glob("**/*.ini")])
