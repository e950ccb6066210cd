package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of secrets, uuid, getpass and platform against
// CPython 3.6. Random values are checked by their shape (length,
// alphabet, range, version bits); the host's own names (node, release)
// are compared with os.uname() inside the script, so that the output is
// the same on every machine.

const secretsPrelude = pytesting.ShowRepr + `import secrets, string
def shape(s, alphabet):
    return type(s).__name__, len(s), all(c in alphabet for c in s)
def many(f, n=200):
    return [f() for _ in range(n)]
HEX = "0123456789abcdef"
URL = string.ascii_letters + string.digits + "-_"
`

var secretsCases = []pytesting.Case{
	{"token_bytes", `(type(secrets.token_bytes()).__name__, len(secrets.token_bytes()), len(secrets.token_bytes(5)), secrets.token_bytes(0))`},
	{"token_bytes None", `len(secrets.token_bytes(None))`},
	{"token_bytes negative", `secrets.token_bytes(-1)`},
	{"token_bytes str", `secrets.token_bytes("x")`},
	{"token_hex", `(shape(secrets.token_hex(), HEX), shape(secrets.token_hex(7), HEX), secrets.token_hex(0))`},
	{"token_urlsafe", `(shape(secrets.token_urlsafe(), URL), shape(secrets.token_urlsafe(16), URL), shape(secrets.token_urlsafe(1), URL), secrets.token_urlsafe(0))`},
	{"token distinct", `len(set(many(secrets.token_hex, 50)))`},
	{"DEFAULT_ENTROPY", `secrets.DEFAULT_ENTROPY`},
	{"randbelow range", `sorted(set(many(lambda: secrets.randbelow(3))))`},
	{"randbelow one", `set(many(lambda: secrets.randbelow(1), 20))`},
	{"randbelow big", `0 <= secrets.randbelow(2**200) < 2**200`},
	{"randbelow zero", `secrets.randbelow(0)`},
	{"randbelow negative", `secrets.randbelow(-5)`},
	{"randbits range", `(all(0 <= x < 8 for x in many(lambda: secrets.randbits(3))), len(set(many(lambda: secrets.randbits(1)))))`},
	{"randbits big", `secrets.randbits(300) < 2**300`},
	{"randbits zero", `secrets.randbits(0)`},
	{"randbits negative", `secrets.randbits(-1)`},
	{"choice", `sorted(set(many(lambda: secrets.choice("abc"))))`},
	{"choice list", `secrets.choice([7])`},
	{"choice empty", `secrets.choice([])`},
	{"choice empty str", `secrets.choice("")`},
	{"compare_digest", `(secrets.compare_digest("abc", "abc"), secrets.compare_digest("abc", "abd"), secrets.compare_digest(b"a", b"a"), secrets.compare_digest(b"a", b"ab"))`},
	{"compare_digest mixed", `secrets.compare_digest("a", b"a")`},
	{"compare_digest non ascii", `secrets.compare_digest("\u00e9", "\u00e9")`},
	{"SystemRandom randrange", `(lambda r: (all(0 <= r.randrange(10) < 10 for _ in range(50)), all(r.randrange(5, 9) in (5, 6, 7, 8) for _ in range(50)), all(r.randrange(0, 10, 3) in (0, 3, 6, 9) for _ in range(50))))(secrets.SystemRandom())`},
	{"SystemRandom randint", `sorted(set(secrets.SystemRandom().randint(1, 3) for _ in range(200)))`},
	{"SystemRandom random", `all(0.0 <= x < 1.0 for x in many(secrets.SystemRandom().random))`},
	{"SystemRandom errors", `[secrets.SystemRandom().randrange(0)] if False else secrets.SystemRandom().randrange(0)`},
	{"SystemRandom empty range", `secrets.SystemRandom().randrange(5, 5)`},
	{"SystemRandom zero step", `secrets.SystemRandom().randrange(0, 5, 0)`},
	{"SystemRandom shuffle", `(lambda x: (secrets.SystemRandom().shuffle(x), sorted(x)))(list(range(10)))`},
	{"SystemRandom sample", `(lambda s: (len(s), len(set(s)), all(0 <= v < 10 for v in s)))(secrets.SystemRandom().sample(range(10), 4))`},
	{"SystemRandom sample big", `secrets.SystemRandom().sample([1, 2], 3)`},
	{"SystemRandom getstate", `secrets.SystemRandom().getstate()`},
	{"SystemRandom seed", `secrets.SystemRandom().seed(5)`},
}

func TestStd17Secrets(t *testing.T) {
	pytesting.DiffCases(t, "std17_secrets", secretsPrelude, secretsCases)
}

const uuidPrelude = pytesting.ShowRepr + `import uuid
U = uuid.UUID
X = U("12345678-1234-5678-1234-567812345678")
def props(u):
    return (u.hex, u.int, u.bytes, u.bytes_le, u.fields, u.time_low, u.time_mid, u.time_hi_version,
            u.clock_seq_hi_variant, u.clock_seq_low, u.time, u.clock_seq, u.node, u.urn, u.variant, u.version)
def setattr_error(u):
    try:
        u.int = 5
    except TypeError as e:
        return str(e)
`

var uuidCases = []pytesting.Case{
	{"parse", `X`},
	{"str", `str(X)`},
	{"forms", `[U(s) == X for s in ("{12345678-1234-5678-1234-567812345678}", "12345678123456781234567812345678", "urn:uuid:12345678-1234-5678-1234-567812345678", "uuid:12345678123456781234567812345678")]`},
	{"properties", `props(X)`},
	{"from bytes", `U(bytes=X.bytes) == X`},
	{"from bytes_le", `(U(bytes_le=X.bytes_le) == X, X.bytes_le)`},
	{"from fields", `U(fields=X.fields) == X`},
	{"from int", `U(int=X.int) == X`},
	{"no args", `U()`},
	{"two args", `U("12345678123456781234567812345678", int=5)`},
	{"bad hex length", `U("1234")`},
	{"bad hex digit", `U("1234567812345678123456781234567g")`},
	{"bad bytes", `U(bytes=b"short")`},
	{"bad bytes_le", `U(bytes_le=b"x" * 17)`},
	{"bad fields count", `U(fields=(1, 2, 3))`},
	{"bad field 1", `U(fields=(2**32, 0, 0, 0, 0, 0))`},
	{"bad field 2", `U(fields=(0, 2**16, 0, 0, 0, 0))`},
	{"bad field 3", `U(fields=(0, 0, -1, 0, 0, 0))`},
	{"bad field 4", `U(fields=(0, 0, 0, 256, 0, 0))`},
	{"bad field 5", `U(fields=(0, 0, 0, 0, 256, 0))`},
	{"bad field 6", `U(fields=(0, 0, 0, 0, 0, 2**48))`},
	{"bad int", `U(int=2**128)`},
	{"negative int", `U(int=-1)`},
	{"version forced", `[U(int=0, version=v) for v in (1, 2, 3, 4, 5)]`},
	{"version bad", `U(int=0, version=6)`},
	{"version zero", `U(int=0, version=0)`},
	{"variants", `[U(int=v << 48).variant for v in (0, 0x8000, 0xc000, 0xe000)]`},
	{"version non rfc", `(U(int=0).version, U(int=0xc000 << 48).version)`},
	{"immutable", `setattr_error(X)`},
	{"compare", `(X == U(str(X)), X != U(int=0), U(int=1) < U(int=2), U(int=2) <= U(int=2), U(int=3) > U(int=2), U(int=1) >= U(int=2))`},
	{"compare other", `(X == str(X), X != 5)`},
	{"compare order error", `U(int=1) < 5`},
	{"sorted", `sorted([U(int=3), U(int=1), U(int=2)])`},
	{"hash", `(hash(X) == hash(X.int), len({X, U(str(X))}))`},
	{"int", `int(X.int) == X.int`},
	{"repr class", `repr(U(int=0))`},
	{"namespaces", `(uuid.NAMESPACE_DNS, uuid.NAMESPACE_URL, uuid.NAMESPACE_OID, uuid.NAMESPACE_X500)`},
	{"uuid3", `(uuid.uuid3(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid3(uuid.NAMESPACE_URL, "http://example.com/"))`},
	{"uuid5", `(uuid.uuid5(uuid.NAMESPACE_DNS, "python.org"), uuid.uuid5(uuid.NAMESPACE_OID, "1.3.6.1"), uuid.uuid5(uuid.NAMESPACE_X500, ""))`},
	{"uuid3 unicode", `uuid.uuid3(uuid.NAMESPACE_DNS, "\u00e9t\u00e9")`},
	{"uuid3 bytes name", `uuid.uuid3(uuid.NAMESPACE_DNS, b"x")`},
	{"uuid4", `(lambda u: (u.version, u.variant, len(str(u))))(uuid.uuid4())`},
	{"uuid4 distinct", `len({uuid.uuid4() for _ in range(100)})`},
	{"uuid1", `(lambda u: (u.version, u.variant, u.node == uuid.getnode(), 0 <= u.clock_seq < 2**14))(uuid.uuid1())`},
	{"uuid1 args", `(lambda u: (u.node, u.clock_seq, u.version))(uuid.uuid1(node=0x123456789abc, clock_seq=0x1234))`},
	{"uuid1 increasing", `(lambda a, b: a.time < b.time)(uuid.uuid1(), uuid.uuid1())`},
	{"uuid1 time", `(lambda u: abs((u.time - 0x01b21dd213814000) / 1e7 - __import__("time").time()) < 60)(uuid.uuid1())`},
	{"getnode", `(lambda n: (type(n).__name__, 0 < n < 2**48, n == uuid.getnode()))(uuid.getnode())`},
	{"constants", `(uuid.RESERVED_NCS, uuid.RFC_4122, uuid.RESERVED_MICROSOFT, uuid.RESERVED_FUTURE)`},
}

func TestStd17UUID(t *testing.T) {
	pytesting.DiffCases(t, "std17_uuid", uuidPrelude, uuidCases)
}

const getpassPlatformPrelude = pytesting.ShowRepr + `import getpass, platform, os, sys, io, warnings
def with_env(updates, f):
    saved = {k: os.environ.get(k) for k in updates}
    try:
        for k, v in updates.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
        return f()
    finally:
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v
NOUSER = {"LOGNAME": None, "USER": None, "LNAME": None, "USERNAME": None}
def passwd_name():
    with open("/etc/passwd") as f:
        for line in f.read().split("\n"):
            parts = line.split(":")
            if len(parts) > 2 and parts[2] == str(os.getuid()):
                return parts[0]
def ask(stdin_text, prompt="Password: ", stream=True):
    real_open = os.open
    def no_tty(path, *a, **k):
        if path == "/dev/tty":
            raise OSError(6, "No such device or address")
        return real_open(path, *a, **k)
    os.open = no_tty
    old_stdin, old_stderr = sys.stdin, sys.stderr
    sys.stdin = io.StringIO(stdin_text)
    err = sys.stderr = io.StringIO()
    out = io.StringIO() if stream else None
    try:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            try:
                pw = getpass.getpass(prompt, out)
            except EOFError:
                pw = "EOFError"
        return (pw, out.getvalue() if out else None, err.getvalue(),
                [(x.category.__name__, str(x.message)) for x in w], sys.stdin.read())
    finally:
        os.open = real_open
        sys.stdin, sys.stderr = old_stdin, old_stderr
def fallback(text):
    old = sys.stdin
    sys.stdin = io.StringIO(text)
    out = io.StringIO()
    try:
        with warnings.catch_warnings(record=True) as w:
            warnings.simplefilter("always")
            pw = getpass.fallback_getpass("P> ", out)
        return pw, out.getvalue(), len(w), w[0].category.__name__
    finally:
        sys.stdin = old
U = os.uname()
def dist_warnings():
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        platform.dist()
        platform.linux_distribution()
    return [(x.category.__name__, str(x.message), x.filename == __file__) for x in w]
def raw_input_cases():
    out = []
    for text, prompt in (("a\n", "p: "), ("", "p: "), ("b", 5), ("c\n\n", "")):
        stream = io.StringIO()
        try:
            got = getpass._raw_input(prompt, stream, io.StringIO(text))
        except EOFError:
            got = "EOFError"
        out.append((got, stream.getvalue()))
    return out
`

var getpassPlatformCases = []pytesting.Case{
	{"getuser LOGNAME", `with_env({"LOGNAME": "alice", "USER": "bob"}, getpass.getuser)`},
	{"getuser USER", `with_env({"LOGNAME": None, "USER": "bob"}, getpass.getuser)`},
	{"getuser LNAME", `with_env({"LOGNAME": "", "USER": None, "LNAME": "carol"}, getpass.getuser)`},
	{"getuser USERNAME", `with_env({"LOGNAME": None, "USER": None, "LNAME": None, "USERNAME": "dave"}, getpass.getuser)`},
	{"getuser passwd", `with_env(NOUSER, getpass.getuser) == passwd_name()`},
	{"getpass stream", `ask("secret\nnext\n", "pw: ")`},
	{"getpass default prompt", `ask("s3\n")`},
	{"getpass no stream", `ask("x\n", "Q: ", stream=False)`},
	{"getpass no newline", `ask("last")`},
	{"getpass eof", `ask("")`},
	{"getpass empty prompt", `ask("p\n", "")`},
	{"fallback_getpass", `fallback("pw\n")`},
	{"GetPassWarning", `(issubclass(getpass.GetPassWarning, UserWarning), getpass.getpass is getpass.unix_getpass)`},
	{"getpass unicode", `ask("pässwörd\n")`},
	{"getpass spaces", `ask("  a b  \n")`},
	{"getpass crlf", `ask("pw\r\n")`},
	{"getpass first line only", `ask("one\ntwo\nthree\n")`},
	{"getpass prompt newline", `ask("z\n", "multi\nline: ")`},
	{"getpass long", `ask("x" * 300 + "\n")[0] == "x" * 300`},
	{"getpass tab", `ask("a\tb\n")`},
	{"fallback no newline", `fallback("last")`},
	{"fallback unicode", `fallback("ü\n")`},
	{"getuser USERNAME last", `with_env({"LOGNAME": "", "USER": "", "LNAME": "", "USERNAME": "eve"}, getpass.getuser)`},
	{"getuser all empty", `with_env({"LOGNAME": "", "USER": "", "LNAME": "", "USERNAME": ""}, getpass.getuser) == passwd_name()`},
	{"getpass all", `sorted(getpass.__all__)`},
	{"system", `(platform.system(), platform.system() == U.sysname)`},
	{"node", `platform.node() == U.nodename`},
	{"release version", `(platform.release() == U.release, platform.version() == U.version)`},
	{"machine", `platform.machine() == U.machine`},
	{"processor", `type(platform.processor()).__name__`},
	{"uname", `(type(platform.uname()).__name__, platform.uname()._fields, tuple(platform.uname()[:5]) == tuple(U))`},
	{"uname cached", `platform.uname() is platform.uname()`},
	{"python_version", `(platform.python_version(), platform.python_version_tuple())`},
	{"python_implementation", `platform.python_implementation()`},
	{"python_version_tuple types", `[type(x).__name__ for x in platform.python_version_tuple()]`},
	{"uname fields", `(platform.uname().system == U.sysname, platform.uname().machine == U.machine, platform.uname().node == U.nodename)`},
	{"platform terse aliased", `platform.platform(1, 1) == platform.platform(terse=True)`},
	{"python_build", `(lambda b: (type(b).__name__, len(b), [type(x).__name__ for x in b]))(platform.python_build())`},
	{"python_compiler", `type(platform.python_compiler()).__name__`},
	{"python_branch revision", `(type(platform.python_branch()).__name__, type(platform.python_revision()).__name__)`},
	{"platform", `platform.platform().startswith("-".join((U.sysname, U.release, U.machine, "with-")))`},
	{"platform aliased", `platform.platform(aliased=True) == platform.platform()`},
	{"platform terse", `(platform.platform(terse=True) == platform.platform(0, 1), platform.platform(terse=True).startswith("-".join((U.sysname, U.release, U.machine, "with-glibc"))))`},
	{"libc_ver", `platform.libc_ver()[0]`},
	{"libc_ver version", `(lambda v: all(p.isdigit() for p in v.split(".")))(platform.libc_ver()[1])`},
	{"architecture", `platform.architecture()`},
	{"architecture bits", `platform.architecture(bits="32bit")[1]`},
	{"system_alias", `(platform.system_alias("Linux", "5.0", "x"), platform.system_alias("IRIX64", "6", "v"), platform.system_alias("win32", "1", "2"))`},
	{"stubs", `(platform.win32_ver(), platform.mac_ver(), platform.java_ver())`},
	{"dist shape", `(lambda d: (type(d).__name__, len(d)))(platform.linux_distribution())`},
	{"dist warnings", `dist_warnings()`},
	{"dist arguments", `(lambda r: (len(r), r == platform.dist()))(platform.dist("x", "1", "y"))`},
	{"_platform text", `(platform._platform("Linux", "a b", "", "x/y", "unknown", "--", "q:(r)"), platform._platform("-a-", ""), platform._platform("a;b", 'c"d'))`},
	{"_platform empty", `platform._platform("-", "")`},
	{"architecture files", `(platform.architecture("/bin/sh"), platform.architecture("/etc/passwd"), platform.architecture(""), platform.architecture("/nonexistent", "B", "L"))`},
	{"system_alias SunOS", `(platform.system_alias("SunOS", "5.8", "v"), platform.system_alias("SunOS", "5.x", "v"), platform.system_alias("Rhapsody", "1", "v"), platform.system_alias("IRIX64", "6", ""))`},
	{"_raw_input", `raw_input_cases()`},
}

func TestStd17GetpassPlatform(t *testing.T) {
	pytesting.DiffCases(t, "std17_getpass_platform", getpassPlatformPrelude, getpassPlatformCases)
}
