package pylib_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of csv against CPython 3.6: rows read, text
// written (compared as its repr, so byte for byte), dialect validation
// and csv.Error messages.

const csvPrelude = pytesting.ShowRepr + `import csv, io, os, shutil, tempfile
def rd(text, **kw):
    return list(csv.reader(io.StringIO(text, newline=""), **kw))
def rl(lines, **kw):
    return list(csv.reader(lines, **kw))
def wr(rows, **kw):
    f = io.StringIO(newline="")
    w = csv.writer(f, **kw)
    rets = [w.writerow(r) for r in rows]
    return f.getvalue(), rets
def dia(**kw):
    d = csv.reader([], **kw).dialect
    return (d.delimiter, d.quotechar, d.escapechar, d.doublequote, d.skipinitialspace, d.lineterminator, d.quoting, d.strict)
def lines_seen(text):
    r = csv.reader(io.StringIO(text, newline=""))
    return [(row, r.line_num) for row in r]
def partial(lines, **kw):
    out = []
    try:
        for row in csv.reader(lines, **kw):
            out.append(row)
    except csv.Error as e:
        out.append("Error: %s" % e)
    return out
def dictread(text, **kw):
    r = csv.DictReader(io.StringIO(text, newline=""), **kw)
    return [list(row.items()) for row in r], r.fieldnames, r.line_num
def dictwrite(rows, fields, header=True, **kw):
    f = io.StringIO(newline="")
    w = csv.DictWriter(f, fields, **kw)
    h = w.writeheader() if header else None
    rets = [w.writerow(r) for r in rows]
    return f.getvalue(), h, rets
class Semi(csv.Dialect):
    delimiter = ";"
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL
class Bad(csv.Dialect):
    delimiter = "ab"
def sniffed(sample, delims=None):
    d = csv.Sniffer().sniff(sample, delims)
    return (d.delimiter, d.quotechar, d.doublequote, d.skipinitialspace, d.lineterminator, d.quoting)
`

var csvCases = []pytesting.Case{
	{"constants", `(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.__version__)`},
	{"simple", `rd("a,b,c\r\n1,2,3\r\n")`},
	{"newlines", `rd("a,b\n1,2\r3,4\r\n\n5\n")`},
	{"empty lines", `rd("\r\n\r\na\r\n\r\n")`},
	{"empty fields", `rd(",\r\n,,\r\n\"\"\r\n")`},
	{"quoted", `rd('"a,b","c""d","e\r\nf",g\r\n')`},
	{"quoted multiline", `rl(['"a\n', 'b",c\n', 'd\n'])`},
	{"quote in unquoted", `rd('a"b,c\r\n')`},
	{"text after quote", `rd('"ab"cd,e\r\n')`},
	{"strict after quote", `rd('"ab"cd,e\r\n', strict=True)`},
	{"unexpected end", `rl(['"abc'])`},
	{"unexpected end strict", `rl(['"abc'], strict=True)`},
	{"eof after field", `rl(['a,b'])`},
	{"newline in unquoted", `partial(["a\rb,c\n", "d\n"])`},
	{"null byte", `partial(["a,b\n", "c\x00d\n"])`},
	{"not strings", `partial([b"a,b"])`},
	{"not iterable", `csv.reader(1)`},
	{"escapechar", `rd('a\\,b,c\\\\d,"e\\"f"\r\n', escapechar="\\")`},
	{"escape newline", `rl(['a\\\n', 'b,c\n'], escapechar="\\")`},
	{"escape at end of line", `rl(['ab\\', 'c\n'], escapechar="\\")`},
	{"no doublequote", `rd('"a""b",c\r\n', doublequote=False)`},
	{"no doublequote escape", `rd('"a\\"b",c\r\n', doublequote=False, escapechar="\\")`},
	{"skipinitialspace", `(rd('a, b,  "c d"\r\n', skipinitialspace=True), rd('a, b, "c"\r\n'))`},
	{"delimiter tab", `rd("a\tb\t\"c\td\"\r\n", dialect="excel-tab")`},
	{"quote none", `rd('"a",b"c"\r\n', quoting=csv.QUOTE_NONE)`},
	{"quotechar none", `rd('"a",b\r\n', quotechar=None)`},
	{"nonnumeric", `rd('1,"2",3.5,x\r\n', quoting=csv.QUOTE_NONNUMERIC)`},
	{"nonnumeric bad", `rd('1,abc\r\n', quoting=csv.QUOTE_NONNUMERIC)`},
	{"nonnumeric empty", `rd(',""\r\n', quoting=csv.QUOTE_NONNUMERIC)`},
	{"custom quotechar", `rd("'a,b';'c''d'\n", delimiter=";", quotechar="'")`},
	{"line_num", `lines_seen('a\r\n"b\r\nc"\r\n\r\nd\r\n')`},
	{"field limit", `(lambda old: (old, partial(["x" * 11 + ",y\n"]), csv.field_size_limit(old), csv.field_size_limit()))(csv.field_size_limit(10))`},
	{"field limit default", `partial(["a" * 131073 + "\n"])`},
	{"field limit quoted", `(lambda old: (partial(['"' + "x" * 6 + '"\n']), csv.field_size_limit(old)))(csv.field_size_limit(5))`},
	{"field_size_limit errors", `[etype(lambda: csv.field_size_limit("x")), etype(lambda: csv.field_size_limit(1, 2))]`},
	{"write simple", `wr([["a", "b"], [1, 2.5, None], []])`},
	{"write quoting minimal", `wr([["a,b", 'c"d', "e\nf", "g\rh", " i", "", "j'k"]])`},
	{"write single empty", `(wr([[""]]), wr([["", ""]]), wr([[None]]))`},
	{"write single empty quote none", `wr([[""]], quoting=csv.QUOTE_NONE)`},
	{"write quote all", `wr([["a", 1, None, ""]], quoting=csv.QUOTE_ALL)`},
	{"write nonnumeric", `wr([["a", 1, 2.5, None, True, ""]], quoting=csv.QUOTE_NONNUMERIC)`},
	{"write quote none", `wr([["a,b"]], quoting=csv.QUOTE_NONE)`},
	{"write quote none escape", `wr([['a,b', 'c"d', 'e\\f', 'g\nh']], quoting=csv.QUOTE_NONE, escapechar="\\")`},
	{"write no doublequote", `wr([['a"b']], doublequote=False)`},
	{"write no doublequote escape", `wr([['a"b', 'c\\d', 'e,f']], doublequote=False, escapechar="\\")`},
	{"write escapechar quoted", `wr([['a\\b', 'c']], escapechar="\\")`},
	{"write lineterminator", `(wr([["a", "b"], ["c"]], lineterminator="\n"), wr([["x;y"]], lineterminator=";"), wr([["a"]], lineterminator=""))`},
	{"write custom dialect", `wr([["it's", "a;b", "c"]], dialect=Semi)`},
	{"write unix", `wr([["a", 1]], dialect="unix")`},
	{"write not iterable", `wr([1])`},
	{"write str row", `wr(["abc"])`},
	{"write generator", `wr([(x * 2 for x in range(3))])`},
	{"writerows", `(lambda f: (csv.writer(f).writerows([[1, 2], ["a"]]), f.getvalue()))(io.StringIO())`},
	{"writer no write", `csv.writer(1)`},
	{"writerow return", `(lambda f: csv.writer(f).writerow(["abc", "de"]))(io.StringIO())`},
	{"dialect defaults", `dia()`},
	{"dialect params", `dia(delimiter=";", quotechar="'", escapechar="\\", doublequote=False, skipinitialspace=True, lineterminator="\n", quoting=csv.QUOTE_ALL, strict=True)`},
	{"dialect excel-tab unix", `(dia(dialect="excel-tab"), dia(dialect="unix"), dia(dialect=csv.excel, delimiter="|"))`},
	{"dialect empty strings", `dia(escapechar="", quotechar="", quoting=csv.QUOTE_NONE)`},
	{"bad delimiter long", `dia(delimiter="ab")`},
	{"bad delimiter empty", `dia(delimiter="")`},
	{"bad delimiter none", `dia(delimiter=None)`},
	{"bad delimiter int", `dia(delimiter=1)`},
	{"bad quotechar", `dia(quotechar="ab")`},
	{"bad quotechar int", `dia(quotechar=1)`},
	{"quotechar empty", `dia(quotechar="")`},
	{"quotechar none", `dia(quotechar=None)`},
	{"bad escapechar", `dia(escapechar="ab")`},
	{"bad lineterminator", `dia(lineterminator=1)`},
	{"lineterminator none", `dia(lineterminator=None)`},
	{"bad quoting", `dia(quoting=7)`},
	{"bad quoting str", `dia(quoting="x")`},
	{"bad keyword", `dia(foo=1)`},
	{"unknown dialect", `dia(dialect="nope")`},
	{"dialect class errors", `(etype(Bad), etype(csv.Dialect))`},
	{"dialect class message", `Bad()`},
	{"dialect class valid", `(Semi()._valid, csv.Dialect._valid, csv.excel().delimiter, csv.excel_tab.delimiter, csv.unix_dialect.lineterminator)`},
	{"register dialect", `(csv.register_dialect("semi", delimiter=";", quoting=csv.QUOTE_ALL), wr([["a", "b"]], dialect="semi"), sorted(csv.list_dialects()), csv.get_dialect("semi").delimiter, csv.unregister_dialect("semi"), sorted(csv.list_dialects()))`},
	{"register dialect class", `(csv.register_dialect("s2", Semi), csv.get_dialect("s2").quotechar, csv.unregister_dialect("s2"))`},
	{"register dialect errors", `[etype(lambda: csv.register_dialect(1)), etype(lambda: csv.register_dialect("x", delimiter="ab")), etype(lambda: csv.get_dialect("nope")), etype(lambda: csv.unregister_dialect("nope"))]`},
	{"get_dialect message", `csv.get_dialect("nope")`},
	{"unregister message", `csv.unregister_dialect("nope")`},
	{"list_dialects", `sorted(csv.list_dialects())`},
	{"Error class", `(csv.Error.__module__, csv.Error.__name__, issubclass(csv.Error, Exception))`},
	{"DictReader", `dictread("a,b,c\r\n1,2,3\r\n4,5\r\n\r\n6,7,8,9\r\n")`},
	{"DictReader fieldnames", `dictread("1,2\r\n3,4\r\n", fieldnames=["x", "y"], restkey="rest", restval="-")`},
	{"DictReader restkey", `dictread("a\r\n1,2,3\r\n", restkey="more")`},
	{"DictReader empty", `dictread("")`},
	{"DictReader row type", `type(next(csv.DictReader(io.StringIO("a\r\n1\r\n")))).__name__`},
	{"DictReader dialect", `dictread("a;b\n1;2\n", delimiter=";")`},
	{"DictWriter", `dictwrite([{"a": 1, "b": "x,y"}, {"b": 2}], ["a", "b"])`},
	{"DictWriter restval", `dictwrite([{"a": 1}], ["a", "b"], restval="NA")`},
	{"DictWriter extras raise", `dictwrite([{"a": 1, "z": 2}], ["a"])`},
	{"DictWriter extras ignore", `dictwrite([{"a": 1, "z": 2}], ["a"], extrasaction="ignore")`},
	{"DictWriter bad extrasaction", `csv.DictWriter(io.StringIO(), ["a"], extrasaction="skip")`},
	{"DictWriter writerows", `(lambda f: (csv.DictWriter(f, ["a", "b"]).writerows([{"a": 1}, {"b": 2}]), f.getvalue()))(io.StringIO())`},
	{"DictWriter dialect", `dictwrite([{"a": "x;y"}], ["a"], delimiter=";", lineterminator="\n")`},
	{"sniff comma", `sniffed("a,b,c\n1,2,3\n4,5,6\n")`},
	{"sniff semicolon quoted", `sniffed('"a";"b"\n"1";"2"\n')`},
	{"sniff tab", `sniffed("a\tb\tc\n1\t2\t3\n")`},
	{"sniff space after", `sniffed("a, b, c\n1, 2, 3\n")`},
	{"sniff single quotes", `sniffed("'a','b'\n'c','d'\n")`},
	{"sniff doublequote", `sniffed('"a""b",c\n"d",e\n')`},
	{"sniff delimiters arg", `sniffed("a:b;c\n1:2;3\n", ":")`},
	{"sniff fails", `sniffed("abc\n")`},
	{"sniff pipe", `sniffed("x|y|z\n1|2|3\n4|5|6\n")`},
	{"has_header yes", `csv.Sniffer().has_header("name,age\nalice,30\nbob,25\n")`},
	{"has_header no", `csv.Sniffer().has_header("1,2\n3,4\n5,6\n")`},
	{"has_header lengths", `csv.Sniffer().has_header("title,x\nabcdef,ab\nghijkl,cd\n")`},
	{"sniff quoted delimiter inside", `sniffed('x,"y, z",w\n1,"2, 3",4\n')`},
	{"sniff short line", `sniffed("a:b:c\n1:2:3\n4:5\n")`},
	{"sniff no delimiter", `sniffed("one\ntwo\nthree\n")`},
	{"sniff many lines", `sniffed("".join("%d,%d\n" % (i, i + 1) for i in range(30)))`},
	{"has_header quoted", `csv.Sniffer().has_header('id|val\n1|"x|y"\n2|z\n')`},
	{"has_header no rows", `csv.Sniffer().has_header("a,b\n")`},
	{"file write read", `(lambda d: (lambda p: ((lambda f: (csv.writer(f).writerows([["a", "b c"], ["1", 'x"y']]), f.close()))(open(p, "w", newline="")), open(p, "rb").read(), (lambda f: (list(csv.reader(f)), f.close())[0])(open(p, newline="")), (lambda f: (list(csv.DictReader(f)), f.close())[0])(open(p)), shutil.rmtree(d)))(os.path.join(d, "t.csv")))(tempfile.mkdtemp())`},
	{"file default newline", `(lambda d: (lambda p: ((lambda f: (f.write('a,"b\r\nc"\r\n'), f.close()))(open(p, "w", newline="")), (lambda f: (list(csv.reader(f)), f.close())[0])(open(p)), shutil.rmtree(d)))(os.path.join(d, "n.csv")))(tempfile.mkdtemp())`},
	{"lines not strings", `partial(["a\n", 1])`},
	{"dialect read only", `setattr(csv.reader([]).dialect, "delimiter", ";")`},
	{"dialect instance", `rd("a;b\n'c;d';e\n", dialect=Semi())`},
	{"registered dialect object", `wr([["a", 1]], dialect=csv.get_dialect("unix"))`},
	{"quotechar none class", `dia(dialect=csv.excel, quotechar=None)`},
	{"quotechar none quoting", `dia(quotechar=None, quoting=csv.QUOTE_MINIMAL)`},
	{"bool params", `dia(doublequote="", skipinitialspace=[1], strict="yes")`},
	{"DictReader duplicate names", `dictread("a,a\r\n1,2\r\n")`},
	{"DictReader line_num", `(lambda r: (r.line_num, r.fieldnames, r.line_num, next(r), r.line_num))(csv.DictReader(io.StringIO("a\r\n1\r\n")))`},
	{"DictReader blank only", `dictread("a,b\r\n\r\n\r\n")`},
	{"DictWriter extras message", `dictwrite([{"a": 1, 5: 2}], ["a"])`},
	{"DictWriter extrasaction upper", `dictwrite([{"a": 1, "z": 2}], ["a"], extrasaction="RAISE")`},
	{"DictWriter header quoting", `dictwrite([], ["a,b", 'c"d'])`},
	{"sniff empty", `sniffed("")`},
	{"sniffed dialect", `(lambda d: (d._name, d.lineterminator, issubclass(d, csv.Dialect), d()._valid))(csv.Sniffer().sniff("a;b\n1;2\n"))`},
	{"write quote all escape", `wr([['a"b', 'c\\d']], quoting=csv.QUOTE_ALL, escapechar="\\")`},
	{"write quote none quotechar", `wr([['a"b']], quoting=csv.QUOTE_NONE, escapechar="\\")`},
	{"read escape in quotes", `rd('"a\\"b""c"\r\n', escapechar="\\")`},
	{"strict space after quote", `rd('"a" \r\n', strict=True)`},
	{"reader ignores lineterminator", `rd("a,b\nc\n", lineterminator="X")`},
	{"space delimiter", `rd("a  b c\r\n", delimiter=" ", skipinitialspace=True)`},
	{"exhausted", `(lambda r: (next(r), etype(lambda: next(r)), etype(lambda: next(r))))(csv.reader(["a"]))`},
	{"writerows not iterable", `csv.writer(io.StringIO()).writerows(1)`},
	{"writer dialect", `(lambda d: (d.quoting, d.lineterminator))(csv.writer(io.StringIO(), dialect="unix").dialect)`},
	{"Error args", `(csv.Error("x", 1).args, repr(csv.Error("m")))`},
	{"error then continue", `(lambda r: (etype(lambda: next(r)), next(r), r.line_num))(csv.reader(["a\x00b\n", "c,d\n"]))`},
	{"carriage return only", `rd("a,b\rc,d\r")`},
	{"quoted crlf unix", `rd('"x\ny",z\n', dialect="unix")`},
	{"roundtrip", `(lambda t: rd(t))(wr([["a,b", 'c"d', "e\r\nf", "", None, 3]])[0])`},
	// The native _csv half: type names, exact-int limits, line counts on
	// errors, NUL matching an unset escapechar, non-ASCII parameters.
	{"native types", `(type(csv.reader([])), type(csv.writer(io.StringIO())), csv.Error, type(csv.reader([])).__name__)`},
	{"native types not callable", `[etype(lambda: type(csv.reader([]))([])), etype(lambda: type(csv.writer(io.StringIO()))(io.StringIO()))]`},
	{"field_size_limit exact int", `[etype(lambda: csv.field_size_limit(True)), etype(lambda: csv.field_size_limit(2 ** 70)), etype(lambda: csv.field_size_limit(1.0)), etype(lambda: csv.field_size_limit(limit=5)), csv.field_size_limit()]`},
	{"field_size_limit negative", `(lambda old: (partial(["a\n"]), csv.field_size_limit(old)))(csv.field_size_limit(-1))`},
	{"field limit exact size", `(lambda old: (partial(["abc,de\n", '"abc"\n', "abcd\n"]), csv.field_size_limit(old)))(csv.field_size_limit(3))`},
	{"line_num after type error", `(lambda r: (next(r), etype(lambda: next(r)), r.line_num, next(r), r.line_num))(csv.reader(["a,b\n", 5, "c\n"]))`},
	{"line_num multiline", `(lambda r: ([(x, r.line_num) for x in r], r.line_num))(csv.reader(['"a\n', 'b"\n', "c\n"]))`},
	{"write nul minimal", `wr([["a\x00b", "c"]])`},
	{"write nul quote none", `(wr([["a\x00b"]], quoting=csv.QUOTE_NONE), wr([["a\x00b"]], quoting=csv.QUOTE_NONE, escapechar="\\"))`},
	{"non-ascii dialect", `(rd("é§ü\r\n«x§y»§z\r\n", delimiter="§", quotechar="«"), rd("a«b»c\r\n", quotechar="»"))`},
	{"non-ascii write", `wr([["x§y", "«q»", "ü"]], delimiter="§", quotechar="«")`},
	{"non-ascii fields", `rd("ĀāĂ,日本語,\U0001f600\r\n\"a€b\"\r\n")`},
	{"surrogates", `(rd("\udc80,\ud800x\r\n"), wr([["\udc80,", "\ud800"]]))`},
	{"nonnumeric subclass and objects", `wr([[__import__("decimal").Decimal("1.5"), __import__("fractions").Fraction(1, 3), b"x", [1]]], quoting=csv.QUOTE_NONNUMERIC)`},
	{"write str subclass and float", `wr([[type("S", (str,), {})("a,b"), 1e100, -0.0, float("nan"), 10 ** 20, 1.1]])`},
	{"write object str", `wr([[type("O", (), {"__str__": lambda self: "x,y"})()]])`},
	{"write object str error", `wr([[type("O", (), {"__str__": lambda self: 1 / 0})()]])`},
	{"write error propagates", `(lambda: csv.writer(type("F", (), {"write": lambda self, s: 1 / 0})()).writerow(["a"]))()`},
	{"write return value", `csv.writer(type("F", (), {"write": lambda self, s: (len(s), s)})()).writerow(["a", "b"])`},
	{"writerow args", `[etype(lambda: csv.writer(io.StringIO()).writerow()), etype(lambda: csv.writer(io.StringIO()).writerow([1], [2]))]`},
	{"writerows generator error", `(lambda f: (etype(lambda: csv.writer(f).writerows(([1] if i < 2 else 1 / 0) for i in range(3))), f.getvalue()))(io.StringIO())`},
	{"reader iterator error", `(lambda r: (next(r), etype(lambda: next(r))))(csv.reader((x if x else 1 / 0) for x in ["a\n", ""]))`},
	{"reader str subclass lines", `rl([type("S", (str,), {})("a,b\n")])`},
	{"nonnumeric float text", `rd("1e3, 2 ,nan,-inf\r\n", quoting=csv.QUOTE_NONNUMERIC)`},
	{"reader long file", `(lambda rows: (len(rows), rows[0], rows[-1]))(rd('a,b,"c,d"\n' * 3000))`},
}

func TestCSVDifferential(t *testing.T) {
	prelude := strings.Replace(csvPrelude, "def rd(", `def etype(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__, str(e)
def rd(`, 1)
	pytesting.DiffCases(t, "csv", prelude, csvCases)
}

// FuzzCSVReader feeds arbitrary text to csv.reader with a few dialects:
// it may raise csv.Error or ValueError (QUOTE_NONNUMERIC), never anything
// else, and never panics or hangs.
func FuzzCSVReader(f *testing.F) {
	for _, s := range []string{"a,b\r\n", `"a""b",c`, "\"x\ny\"\n", "a\\,b", "\x00", "\"abc", "a\rb,c\n", "1,2.5,x", ""} {
		f.Add(s, uint8(0))
	}
	shared := pytesting.NewShared(f)
	f.Fuzz(func(t *testing.T, text string, mode uint8) {
		if len(text) > 2000 {
			return
		}
		src := "import csv, io\nTEXT = " + pyStrLiteral(text) + "\n" +
			"KW = [{}, {'escapechar': '\\\\'}, {'quoting': csv.QUOTE_NONNUMERIC}, {'strict': True, 'doublequote': False}, {'quoting': csv.QUOTE_NONE, 'skipinitialspace': True}][" +
			string(rune('0'+mode%5)) + "]\n" +
			"try:\n    rows = list(csv.reader(io.StringIO(TEXT, newline=''), **KW))\n" +
			"    f = io.StringIO()\n    w = csv.writer(f, escapechar='\\\\', **{k: v for k, v in KW.items() if k != 'escapechar'})\n" +
			"    for r in rows:\n        w.writerow(r)\n" +
			"except (csv.Error, ValueError):\n    pass\n"
		_, err := shared.Run(t, src)
		require.NoError(t, err)
	})
}

// pyStrLiteral spells s as a Python str literal of \U escapes.
func pyStrLiteral(s string) string {
	var b strings.Builder
	b.WriteByte('"')
	for _, r := range s {
		b.WriteString(`\U`)
		const hex = "0123456789abcdef"
		for shift := 28; shift >= 0; shift -= 4 {
			b.WriteByte(hex[(r>>uint(shift))&0xf])
		}
	}
	b.WriteByte('"')
	return b.String()
}
