package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of uu and webbrowser against CPython 3.6. Files
// live in a fresh directory; the browser is a shell script in an
// otherwise empty PATH, named by BROWSER, that only logs its arguments:
// no real browser is ever launched.

const uuPrelude = pytesting.ShowRepr + `import uu, io, os, sys, tempfile
D = tempfile.mkdtemp(prefix="uu-")
def P(name):
    return os.path.join(D, name)
def enc(data, name=None, mode=None):
    out = io.BytesIO()
    uu.encode(io.BytesIO(data), out, name, mode)
    return out.getvalue()
def dec(blob, **kw):
    out = io.BytesIO()
    uu.decode(io.BytesIO(blob), out, **kw)
    return out.getvalue()
def E(f):
    try:
        return f()
    except uu.Error as e:
        return "uu.Error", str(e).replace(D, "D")
def quietly(f):
    saved, sys.stderr = sys.stderr, io.StringIO()
    try:
        r = f()
        return r, sys.stderr.getvalue()
    finally:
        sys.stderr = saved
def write(name, data, mode=0o644):
    name = P(name)
    with open(name, "wb") as f:
        f.write(data)
    os.chmod(name, mode)
    return name
def read(name):
    with open(P(name), "rb") as f:
        return f.read()
ALL = bytes(range(256))
`

var uuCases = []pytesting.Case{
	{"names", `(uu.__all__, issubclass(uu.Error, Exception))`},
	{"encode named", `enc(b"hello world", "h.txt", 0o644)`},
	{"encode defaults", `enc(b"abc")`},
	{"encode empty", `enc(b"")`},
	{"encode 45 bytes", `enc(b"x" * 45, "f", 0o600)`},
	{"encode 46 bytes", `enc(b"y" * 46, "f", 0o600)`},
	{"encode all bytes", `enc(ALL, "all.bin", 0o755)`},
	{"encode mode masked", `enc(b"m", "m", 0o100755)`},
	{"encode from file", `(lambda n: (uu.encode(n, P("out.uu")), read("out.uu"))[1])(write("src.dat", b"data in a file\n" * 5, 0o640))`},
	{"encode file name override", `(lambda n: (uu.encode(n, P("out2.uu"), "other", 0o600), read("out2.uu"))[1])(write("src2.dat", b"z"))`},
	{"encode unencodable name", `enc(b"x", "caf\u00e9")`},
	{"roundtrip", `dec(enc(ALL * 3, "r", 0o644)) == ALL * 3`},
	{"roundtrip text", `dec(enc(b"The quick brown fox\n" * 9))`},
	{"decode junk before", `dec(b"junk\nmore junk\n" + enc(b"payload"))`},
	{"decode no begin", `E(lambda: dec(b"nothing here\n"))`},
	{"decode empty", `E(lambda: dec(b""))`},
	{"decode truncated", `E(lambda: dec(enc(b"abcdef" * 20)[:-6]))`},
	{"decode bad mode skipped", `E(lambda: dec(b"begin abc name\n" + b"end\n"))`},
	{"decode short begin skipped", `E(lambda: dec(b"begin 644\n"))`},
	{"decode begins later", `dec(b"begin 64x bad\nbeginning\n" + enc(b"second"))`},
	{"decode crlf", `dec(enc(b"crlf data here").replace(b"\n", b"\r\n"))`},
	{"decode end with spaces", `dec(b"begin 644 f\n#86)C\n \nend   \n")`},
	{"decode only first block", `dec(enc(b"one") + enc(b"two"))`},
	{"decode padded line quiet", `dec(b"begin 644 f\n#86)C    junk\n \nend\n", quiet=True)`},
	{"decode padded line warns", `quietly(lambda: dec(b"begin 644 f\n#86)C    junk\n \nend\n"))`},
	{"decode to named file", `(uu.decode(io.BytesIO(enc(b"to a file", P("named.out"), 0o600))), read("named.out"))`},
	{"decode existing file", `E(lambda: uu.decode(io.BytesIO(enc(b"again", P("named.out")))))`},
	{"decode explicit out name", `(uu.decode(io.BytesIO(enc(b"explicit", "ignored")), P("explicit.out")), read("explicit.out"))`},
	{"decode from file name", `(uu.decode(write("in.uu", enc(b"from name")), P("from-name.out")), read("from-name.out"))[1]`},
	{"decode text stream", `type(E(lambda: uu.decode(io.StringIO("begin 644 x\n"), io.BytesIO()))).__name__`},
	{"encode escapes line breaks in the name", `enc(b"x", "test.txt\n\roverflow.txt").split(b"\n")[0]`},
}

func TestNet2UU(t *testing.T) {
	pytesting.DiffCases(t, "net2_uu", uuPrelude, uuCases)
}

const webbrowserPrelude = pytesting.ShowRepr + `import os, sys, tempfile
D = tempfile.mkdtemp(prefix="wb-")
LOG = os.path.join(D, "log")
def script(name, body):
    path = os.path.join(D, name)
    with open(path, "w") as f:
        f.write("#!/bin/sh\n" + body + "\n")
    os.chmod(path, 0o755)
    return path
FAKE = script("fakebrowser", 'echo "fake $*" >> "%s"' % LOG)
FAIL = script("failbrowser", 'exit 3')
saved = {k: os.environ.get(k) for k in ("BROWSER", "PATH", "DISPLAY", "TERM")}
os.environ["BROWSER"] = FAKE + os.pathsep + "other %s" + os.pathsep + ""
os.environ["PATH"] = D
os.environ.pop("DISPLAY", None)
os.environ["TERM"] = "dumb"
import webbrowser
for k, v in saved.items():
    if v is None:
        os.environ.pop(k, None)
    else:
        os.environ[k] = v
def base(s):
    return s.replace(D + "/", "")
def log():
    try:
        with open(LOG) as f:
            text = f.read()
    except OSError:
        return ""
    os.remove(LOG)
    return text
def E(f):
    try:
        return f()
    except webbrowser.Error as e:
        return "webbrowser.Error", str(e)
def desc(b):
    return type(b).__name__, base(b.name), [base(a) for a in b.args], base(b.basename)
class Custom(webbrowser.BaseBrowser):
    def open(self, url, new=0, autoraise=True):
        print("custom", url, new, autoraise)
        return True
`

var webbrowserCases = []pytesting.Case{
	{"names", `(sorted(webbrowser.__all__), issubclass(webbrowser.Error, Exception))`},
	{"try order", `[base(n) for n in webbrowser._tryorder]`},
	{"registry", `sorted(base(k) for k in webbrowser._browsers)`},
	{"get default", `desc(webbrowser.get())`},
	{"get by name", `desc(webbrowser.get(FAKE))`},
	{"get percent s", `desc(webbrowser.get("other %s"))`},
	{"open", `(webbrowser.open("http://example.com/a"), log())`},
	{"open new", `(webbrowser.open_new("http://example.com/b"), log())`},
	{"open new tab", `(webbrowser.open_new_tab("http://example.com/c?d=e"), log())`},
	{"controller open", `(webbrowser.get().open("http://x/1", 1, False), log())`},
	{"controller open_new", `(webbrowser.get().open_new("http://x/2"), webbrowser.get().open_new_tab("http://x/3"), log())`},
	{"get unknown", `E(lambda: webbrowser.get("no-such-browser"))`},
	{"get background", `desc(webbrowser.get("prog --x %s &"))`},
	{"get generic args", `desc(webbrowser.get("prog -a '%s here' %s"))`},
	{"command line browser", `(webbrowser.get(FAKE + " --flag %s").open("http://y/"), log())`},
	{"failing command", `webbrowser.GenericBrowser(FAIL).open("http://z/")`},
	{"missing command", `webbrowser.GenericBrowser(os.path.join(D, "absent")).open("http://z/")`},
	{"register instance", `(webbrowser.register("Mine", None, Custom("mine"), 0), webbrowser.get("MINE").open("u", 2), base(webbrowser._tryorder[-1]))`},
	{"register class", `(webbrowser.register("cls", Custom), type(webbrowser.get("cls")).__name__, webbrowser._tryorder[-1])`},
	{"register first", `(webbrowser.register("first", None, Custom("first"), -1), webbrowser._tryorder[0], webbrowser.open("http://first/"))`},
	{"empty registry entry", `(webbrowser.register("empty", None, None, 0), E(lambda: webbrowser.get("empty")))`},
	{"open with empty order", `(lambda saved: (webbrowser._tryorder.clear(), webbrowser.open("x"), webbrowser._tryorder.extend(saved))[1])(list(webbrowser._tryorder))`},
	{"base browser", `(lambda b: (b.name, b.basename, b.args, type(E(lambda: b.open("x")))))(webbrowser.BaseBrowser("n"))`},
	{"base browser open raises", `(lambda: webbrowser.BaseBrowser().open("x"))()`},
	{"generic list name", `desc(webbrowser.GenericBrowser(["/usr/bin/prog", "--a", "%s"]))`},
	{"bad new", `E(lambda: webbrowser.Mozilla("mozilla").open("http://a/", 7))`},
	{"unix classes", `(webbrowser.Chromium is webbrowser.Chrome, webbrowser.Netscape.raise_opts, webbrowser.Galeon.remote_action, webbrowser.Mozilla.remote_action_newtab, webbrowser.Elinks.redirect_stdout, webbrowser.Opera.background)`},
	{"subclasses", `[issubclass(c, webbrowser.BaseBrowser) for c in (webbrowser.GenericBrowser, webbrowser.BackgroundBrowser, webbrowser.UnixBrowser, webbrowser.Konqueror, webbrowser.Grail)]`},
}

func TestNet2Webbrowser(t *testing.T) {
	pytesting.DiffCases(t, "net2_webbrowser", webbrowserPrelude, webbrowserCases)
}
