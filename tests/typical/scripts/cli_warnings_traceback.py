"""Deprecation warnings on stderr and formatted tracebacks of the script's own exceptions."""
import sys
import traceback
import warnings


class ConfigWarning(UserWarning):
    pass


class CertError(Exception):
    def __init__(self, path, msg):
        super().__init__(path, msg)
        self.path = path

    def __str__(self):
        return "%s: %s" % self.args


def old_api(x):
    warnings.warn("old_api() is deprecated; use new_api()", DeprecationWarning, stacklevel=2)
    return x * 2


def load(path):
    if not path.endswith(".pem"):
        warnings.warn("%r does not end in .pem" % path, ConfigWarning)
    if "missing" in path:
        raise CertError(path, "no such file")
    return path


def parse_all(paths):
    out = []
    for p in paths:
        try:
            out.append(load(p))
        except CertError:
            print("format_exc:")
            print(traceback.format_exc(), end="")
            raise RuntimeError("loading failed at %s" % p)
    return out


warnings.simplefilter("default")
print(old_api(2))
print(old_api(3))
load("a.crt")
load("a.crt")
warnings.warn("plain message")
warnings.warn("runtime!", RuntimeWarning)
warnings.warn(ConfigWarning("instance warning"))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    old_api(1)
    load("b.der")
    warnings.warn("x", FutureWarning)
for w in caught:
    print("caught:", w.category.__name__, str(w.message), w.lineno > 0, w.filename.endswith(".py"))
with warnings.catch_warnings():
    warnings.simplefilter("ignore", ConfigWarning)
    load("c.key")
with warnings.catch_warnings():
    warnings.filterwarnings("error", category=ConfigWarning)
    try:
        load("d.txt")
    except ConfigWarning as e:
        print("as error:", repr(e))
print(warnings.formatwarning("msg", UserWarning, "file.py", 12, "line of code"), end="")
print(warnings.formatwarning("msg", DeprecationWarning, "f.py", 3), end="")
sys.stderr.flush()
try:
    parse_all(["x.pem", "missing.pem"])
except RuntimeError:
    etype, value, tb = sys.exc_info()
    print("type:", etype.__name__, "value:", value)
    print("".join(traceback.format_exception_only(etype, value)), end="")
    summary = traceback.extract_tb(tb)
    print([(f.name, f.lineno, f.line) for f in summary])
    print("chained:", repr(value.__context__), value.__cause__, value.__suppress_context__)
    print("".join(traceback.format_exception(etype, value, tb)), end="")
try:
    try:
        {}["k"]
    except KeyError as e:
        raise CertError("k.pem", "lookup") from e
except CertError:
    traceback.print_exc(file=sys.stdout)
    traceback.print_exc(limit=1)


def deep(n):
    if n == 0:
        return traceback.format_stack(limit=3)
    return deep(n - 1)


print("".join(deep(3)), end="")
print(traceback.format_exception_only(SyntaxError, SyntaxError("bad", ("f.py", 1, 4, "x = = 1\n"))))
print(repr(traceback.format_exception_only(ValueError, ValueError())), traceback.format_exc() if False else "")
sys.stderr.flush()
warnings.warn("last one", UserWarning, stacklevel=1)
raise CertError("final.pem", "unhandled")
