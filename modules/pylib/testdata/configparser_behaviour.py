import configparser as C, io
def show(name, f):
    try:
        print(name, repr(f()))
    except Exception as e:
        print(name, "!!", type(e).__name__, e, repr(e.args))
p = C.ConfigParser()
p.read_string("""
[DEFAULT]
base = /srv
Debug = yes

[paths]
root = %(base)s/root
logs : %(root)s/logs
  continued line
empty =

[Numbers]
i = 42
f = 2.5
b = off
bad = maybe
""", source="cfg.ini")
show("sections", lambda: p.sections())
show("items", lambda: p.items("paths"))
show("items raw", lambda: p.items("paths", raw=True))
show("get logs", lambda: p.get("paths", "logs"))
show("get raw", lambda: p.get("paths", "logs", raw=True))
show("get vars", lambda: p.get("paths", "root", vars={"base": "/x"}))
show("empty", lambda: p["paths"]["empty"])
show("getint", lambda: p.getint("Numbers", "i"))
show("getfloat", lambda: p.getfloat("Numbers", "f"))
show("getboolean", lambda: (p.getboolean("Numbers", "b"), p["Numbers"].getboolean("debug")))
show("bad bool", lambda: p.getboolean("Numbers", "bad"))
show("bad int", lambda: p.getint("Numbers", "f"))
show("options", lambda: p.options("Numbers"))
show("has_option", lambda: (p.has_option("Numbers", "I"), p.has_option("Numbers", "base"), p.has_option("nope", "x")))
show("defaults", lambda: p.defaults())
show("section proxy", lambda: (repr(p["paths"]), p["paths"].name, list(p["paths"]), len(p["paths"])))
show("in", lambda: ("paths" in p, "DEFAULT" in p, "x" in p, "root" in p["paths"]))
show("list(p)", lambda: list(p))
show("missing section", lambda: p.get("nope", "x"))
show("missing option", lambda: p.get("paths", "nope"))
show("getitem missing", lambda: p["nope"])
show("proxy missing", lambda: p["paths"]["nope"])
show("proxy get", lambda: p["paths"].get("nope", "fb"))
show("fallback", lambda: (p.get("nope", "x", fallback=1), p.getint("Numbers", "zz", fallback=None)))
show("bad interp", lambda: C.ConfigParser().read_string("[a]\nx = %(y)s\n") or None)
q = C.ConfigParser()
q.read_string("[a]\nx = %(y)s\nz = 100%%\nw = %(x)s\nbad = 5%\n")
show("interp missing", lambda: q.get("a", "x"))
show("percent", lambda: q.get("a", "z"))
show("bad percent", lambda: q.get("a", "bad"))
show("depth", lambda: (q.set("a", "y", "%(x)s"), q.get("a", "x")))
show("dup section", lambda: C.ConfigParser().read_string("[a]\n[a]\n"))
show("dup option", lambda: C.ConfigParser().read_string("[a]\nx=1\nx=2\n"))
show("no header", lambda: C.ConfigParser().read_string("x=1\n"))
show("parse error", lambda: C.ConfigParser().read_string("[a]\n=1\n"))
show("no value", lambda: C.ConfigParser().read_string("[a]\nflag\n"))
r = C.ConfigParser(allow_no_value=True)
r.read_string("[a]\nflag\nk=v\n")
show("allow no value", lambda: r.items("a"))
show("add dup", lambda: p.add_section("paths"))
show("add default", lambda: p.add_section("DEFAULT"))
show("add nonstr", lambda: p.add_section(1))
show("set nonstr", lambda: p.set("paths", "x", 1))
show("set missing sec", lambda: p.set("zz", "x", "1"))
show("remove", lambda: (p.remove_option("paths", "noval"), p.remove_option("paths", "noval"), p.remove_section("Numbers"), p.remove_section("Numbers")))
show("remove missing", lambda: p.remove_option("zz", "x"))
w = C.ConfigParser()
w.read_dict({"s1": {"a": 1, "B": "two"}, "s2": {}})
w["DEFAULT"]["d"] = "x"
w["s3"] = {"k": "v\nmulti"}
buf = io.StringIO(); w.write(buf); print(buf.getvalue())
buf = io.StringIO(); w.write(buf, space_around_delimiters=False); print(buf.getvalue())
raw = C.RawConfigParser()
raw.read_string("[a]\nx = %(y)s\n")
show("raw", lambda: raw.get("a", "x"))
ex = C.ConfigParser(interpolation=C.ExtendedInterpolation())
ex.read_string("[common]\nhome = /h\n[app]\ndir = ${common:home}/app\nlog = ${dir}/log\n")
show("extended", lambda: (ex.get("app", "dir"), ex.get("app", "log")))
show("no interp", lambda: C.ConfigParser(interpolation=None).get if False else None)
show("optionxform", lambda: C.ConfigParser().optionxform("AbC"))
cs = C.ConfigParser(); cs.optionxform = str; cs.read_string("[a]\nKey=1\n")
show("case kept", lambda: cs.options("a"))
show("read missing", lambda: C.ConfigParser().read(["/nonexistent.ini"]))
show("inline comment", lambda: (lambda c: (c.read_string("[a]\nx = 1 ; c\n"), c.get("a", "x"))[1])(C.ConfigParser()))
show("inline comment on", lambda: (lambda c: (c.read_string("[a]\nx = 1 ; c\n"), c.get("a", "x"))[1])(C.ConfigParser(inline_comment_prefixes=(";",))))
show("errors mro", lambda: [c.__name__ for c in C.NoSectionError.__mro__])
show("BOOLEAN_STATES", lambda: sorted(C.ConfigParser.BOOLEAN_STATES.items()))
show("DEFAULTSECT", lambda: C.DEFAULTSECT)
show("read_file", lambda: (lambda c: (c.read_file(io.StringIO("[f]\nk = v\n")), dict(c["f"]))[1])(C.ConfigParser()))
show("defaults ctor", lambda: C.ConfigParser(defaults={"a": "1"}).defaults())
show("getint proxy", lambda: (lambda c: (c.read_string("[a]\nn=5\n"), c["a"].getint("n"), c["a"].getint("m", 7)))(C.ConfigParser()))
show("setitem proxy", lambda: (lambda c: (c.read_string("[a]\n"), c["a"].__setitem__("k", "v"), c.get("a", "k")))(C.ConfigParser()))
show("setitem nonstr", lambda: (lambda c: (c.read_string("[a]\n"), c["a"].__setitem__("k", 5)))(C.ConfigParser()))
show("delitem", lambda: (lambda c: (c.read_string("[a]\nk=1\n"), c["a"].__delitem__("k"), c.options("a")))(C.ConfigParser()))
show("del section", lambda: (lambda c: (c.read_string("[a]\nk=1\n"), c.__delitem__("a"), c.sections()))(C.ConfigParser()))
show("multiline", lambda: (lambda c: (c.read_string("[a]\nk = one\n  two\n\n  three\nz=1\n"), c.get("a", "k")))(C.ConfigParser()))
show("items all", lambda: (lambda c: (c.read_string("[a]\nk=1\n"), [(k, type(v).__name__) for k, v in c.items()]))(C.ConfigParser()))
show("colon", lambda: (lambda c: (c.read_string("[a]\nk: v\nj:w\n"), c.items("a")))(C.ConfigParser()))
show("indented header", lambda: C.ConfigParser().read_string("  [a]\n"))
show("str(e)", lambda: str(C.NoOptionError("o", "s")))
show("ParsingError", lambda: C.ParsingError("src").message)
