package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of gettext against CPython 3.6 on .mo catalogs
// written by the test into a scratch locale directory (removed by the
// last case).

const gettextPrelude = pytesting.ShowRepr + `import gettext, os, io, struct, tempfile, shutil, builtins, locale
def make_mo(entries, order="<", magic=0x950412de, version=0):
    keys = sorted(entries)
    ids = strs = b""
    spans = []
    for k, v in keys:
        spans.append((len(ids), len(k), len(strs), len(v)))
        ids += k + b"\0"
        strs += v + b"\0"
    start = 7 * 4 + 16 * len(keys)
    table = []
    for o1, l1, o2, l2 in spans:
        table += [l1, o1 + start]
    for o1, l1, o2, l2 in spans:
        table += [l2, o2 + start + len(ids)]
    head = struct.pack(order + "7I", magic, version, len(keys), 7 * 4, 7 * 4 + 8 * len(keys), 0, 0)
    return head + struct.pack(order + "%dI" % len(table), *table) + ids + strs
HEADER = (b"", b"Project-Id-Version: test 1.0\nContent-Type: text/plain; charset=UTF-8\n"
          b"Plural-Forms: nplurals=3; plural=n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2;\n"
          b"X-Multi: first\n continued\n")
DE = [HEADER, (b"Hello", "Hallo".encode()), (b"Bye", "Tsch\u00fcss".encode()),
      (b"file\0files", "Datei\0Dateien (wenige)\0Dateien (viele)".encode())]
FR = [(b"", b"Content-Type: text/plain; charset=latin-1\n"), (b"Hello", "All\u00f4".encode("latin-1")), (b"Only fr", b"Seulement")]
D = tempfile.mkdtemp()
def install_mo(lang, domain, data):
    p = os.path.join(D, lang, "LC_MESSAGES")
    os.makedirs(p, exist_ok=True)
    with open(os.path.join(p, domain + ".mo"), "wb") as f:
        f.write(data)
install_mo("de", "app", make_mo(DE))
install_mo("fr", "app", make_mo(FR))
install_mo("de_AT", "app", make_mo([(b"Hello", b"Servus")]))
install_mo("xx", "bad", b"\x00\x01\x02\x03" + b"\0" * 30)
install_mo("xx", "ver", make_mo([(b"a", b"b")], version=5 << 16))
install_mo("xx", "corrupt", make_mo([(b"a", b"b")])[:-6])
install_mo("be", "app", make_mo([(b"Hello", b"Big")], order=">", magic=0x950412de))
def rel(x):
    if isinstance(x, str):
        return x.replace(D, "D")
    if isinstance(x, list):
        return [rel(i) for i in x]
    return x
def E(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__, rel(str(e))
def fromfile(data, cls=gettext.GNUTranslations):
    return cls(io.BytesIO(data))
def plural(expr, ns=range(0, 30)):
    try:
        f = gettext.c2py(expr)
    except ValueError as e:
        return "ValueError", str(e)
    return [f(n) for n in ns]
`

var gettextCases = []pytesting.Case{
	{"gettext", `(lambda t: (t.gettext("Hello"), t.gettext("Bye"), t.gettext("missing")))(gettext.translation("app", D, ["de"]))`},
	{"ngettext plural forms", `(lambda t: [t.ngettext("file", "files", n) for n in (0, 1, 2, 5, 11, 21, 22, 25, 101)])(gettext.translation("app", D, ["de"]))`},
	{"ngettext missing", `(lambda t: (t.ngettext("dog", "dogs", 1), t.ngettext("dog", "dogs", 3)))(gettext.translation("app", D, ["de"]))`},
	{"info and charset", `(lambda t: (sorted(t.info().items()), t.charset(), t.output_charset()))(gettext.translation("app", D, ["de"]))`},
	{"latin-1 catalog", `(lambda t: (t.gettext("Hello"), t.charset()))(gettext.translation("app", D, ["fr"]))`},
	{"fallback chain", `(lambda t: (t.gettext("Hello"), t.gettext("Only fr"), t.gettext("Bye"), t.gettext("none")))(gettext.translation("app", D, ["de", "fr"]))`},
	{"territory first", `(lambda t: (t.gettext("Hello"), t.gettext("Bye")))(gettext.translation("app", D, ["de_AT"]))`},
	{"find", `rel([gettext.find("app", D, ["de"]), gettext.find("app", D, ["de_AT.UTF-8"], all=True), gettext.find("app", D, ["zz"]), gettext.find("app", D, ["zz"], all=True), gettext.find("app", D, ["C", "de"])])`},
	{"find env", `(lambda saved: (os.environ.update(LANGUAGE="fr:de"), rel(gettext.find("app", D, all=True)), [os.environ.pop("LANGUAGE")] and [os.environ.__setitem__("LANGUAGE", saved)] if saved else os.environ.pop("LANGUAGE", None))[1])(os.environ.get("LANGUAGE"))`},
	{"translation missing", `E(lambda: gettext.translation("nope", D, ["de"]))`},
	{"translation fallback", `type(gettext.translation("nope", D, ["de"], fallback=True)).__name__`},
	{"translation cached copy", `(lambda a, b: (a is b, a._catalog is b._catalog))(gettext.translation("app", D, ["de"]), gettext.translation("app", D, ["de"]))`},
	{"translation class", `type(gettext.translation("app", D, ["de"], class_=gettext.NullTranslations)).__name__`},
	{"codeset", `(lambda t: (t.output_charset(), t.lgettext("Bye"), t.lngettext("file", "files", 3)))(gettext.translation("app", D, ["de"], codeset="latin-1"))`},
	{"big endian", `gettext.translation("app", D, ["be"]).gettext("Hello")`},
	{"bad magic", `E(lambda: gettext.translation("bad", D, ["xx"]))`},
	{"bad version", `E(lambda: gettext.translation("ver", D, ["xx"]))`},
	{"corrupt", `E(lambda: gettext.translation("corrupt", D, ["xx"]))`},
	{"from file", `(lambda t: (t.gettext("Hello"), t.ngettext("file", "files", 2)))(fromfile(make_mo(DE)))`},
	{"no header defaults", `(lambda t: (t.gettext("a"), t.ngettext("x", "y", 1), t.ngettext("x", "y", 2), t.charset(), t.info()))(fromfile(make_mo([(b"a", b"b")])))`},
	{"null translations", `(lambda t: (t.gettext("x"), t.ngettext("a", "b", 1), t.ngettext("a", "b", 0), t.info(), t.charset(), t.lgettext("x"), t.lngettext("a", "b", 2)))(gettext.NullTranslations())`},
	{"null with fallback", `(lambda t: (t.add_fallback(fromfile(make_mo(DE))), t.gettext("Hello"), t.ngettext("file", "files", 1))[1:])(gettext.NullTranslations())`},
	{"install", `(lambda t: (t.install(), builtins._("Hello"), t.install(names=["ngettext"]), builtins.ngettext("file", "files", 5), delattr(builtins, "ngettext")))(gettext.translation("app", D, ["de"]))`},
	{"module install", `(gettext.install("app", D), builtins._("Hello"))`},
	{"global api", `(gettext.bindtextdomain("app", D), gettext.textdomain("app"), gettext.gettext("Hello"), gettext.ngettext("file", "files", 1), gettext.dgettext("app", "Bye"), gettext.dngettext("app", "file", "files", 3), gettext.dgettext("nope", "x"), gettext.dngettext("nope", "a", "b", 2), gettext.textdomain("messages"))[2:]`},
	{"global codeset", `(gettext.bind_textdomain_codeset("app2"), gettext.bind_textdomain_codeset("app2", "latin-1"), gettext.ldgettext("app2", "caf\u00e9"), gettext.ldngettext("app2", "a\u00e9", "b", 1))`},
	{"bindtextdomain default", `(gettext.bindtextdomain("unbound") == gettext._default_localedir, gettext.textdomain())`},
	{"c2py common", `[plural(e) for e in ("n != 1", "n > 1", "0", "(n)", "n%10==1 && n%100!=11 ? 0 : n != 0 ? 1 : 2")]`},
	{"c2py quirks", `[plural(e, (0, 1, 2, 3, 7)) for e in ("n && 5", "n || 7", "!n + 1", "!!n", "n < 3 < 2", "n == 1 == 1", "8 / 2 / 2", "n ? 2 : 3 ? 4 : 5", "n > 1 ? n > 2 ? 5 : 6 : 7", "n != 1 ? 1 : 0 && 4")]`},
	{"c2py errors", `[plural(e) for e in ("n(", "(n", "n)", "os.system(1)", "n ** 2", "n +", "", "n ? 1", "-n", "n=1", "1 2", "x", "n;", "2n", "nn", "n\n")]`},
	{"plural values", `(lambda f: (f(1.0), f(1.5), E(lambda: f("1")), E(lambda: f(None)), f(True), f.__name__))(gettext.c2py("n != 1"))`},
	{"expand lang", `[gettext._expand_lang(x) for x in ("de_DE.UTF-8@euro", "pt_BR", "C", "en", "de")]`},
	{"catalog alias", `(gettext.Catalog is gettext.translation, gettext.__all__, gettext.GNUTranslations.VERSIONS, hex(gettext.GNUTranslations.LE_MAGIC), hex(gettext.GNUTranslations.BE_MAGIC))`},
	{"cleanup", `(delattr(builtins, "_"), shutil.rmtree(D))`},
}

func TestSmallmodsGettext(t *testing.T) {
	pytesting.DiffCases(t, "smallmods_gettext", gettextPrelude, gettextCases)
}
