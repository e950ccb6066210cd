package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of cgi against CPython 3.6: header parsing, the
// dictionary parsers, FieldStorage over query strings and over
// urlencoded and multipart bodies read from a BytesIO, and the HTML
// report functions.

const cgiPrelude = pytesting.ShowRepr + `import cgi, io, os, sys, warnings
warnings.simplefilter("ignore")
def mp(*parts, boundary="BOUND", end=True):
    out = b""
    for headers, body in parts:
        out += b"--" + boundary.encode() + b"\r\n" + headers + b"\r\n\r\n" + body + b"\r\n"
    if end:
        out += b"--" + boundary.encode() + b"--\r\n"
    return out
FORM = mp((b'Content-Disposition: form-data; name="title"', b"Hello"),
          (b'Content-Disposition: form-data; name="tag"', b"a"),
          (b'Content-Disposition: form-data; name="tag"', b"b"),
          (b'Content-Disposition: form-data; name="up"; filename="f.txt"\r\nContent-Type: text/plain', b"line1\r\nline2"),
          (b'Content-Disposition: form-data; name="bin"; filename="x.bin"\r\nContent-Type: application/octet-stream', bytes(range(256))))
def post(body, ctype, qs=None, length=True, **kw):
    env = {"REQUEST_METHOD": "POST", "CONTENT_TYPE": ctype}
    if length:
        env["CONTENT_LENGTH"] = str(len(body))
    if qs is not None:
        env["QUERY_STRING"] = qs
    return cgi.FieldStorage(fp=io.BytesIO(body), environ=env, **kw)
def get(qs, **kw):
    return cgi.FieldStorage(environ={"REQUEST_METHOD": "GET", "QUERY_STRING": qs}, **kw)
def items(fs):
    return [(i.name, i.filename, i.value) for i in fs.list]
def captured(f):
    saved, sys.stdout = sys.stdout, io.StringIO()
    try:
        f()
        return sys.stdout.getvalue()
    finally:
        sys.stdout = saved
def masked(f):
    try:
        return f()
    except ValueError as e:
        return "ValueError", str(e).split(" object at ")[-1].split(" ", 1)[-1]
def warned(f):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        r = f()
    return r, [(x.category.__name__, str(x.message)) for x in w]
`

var cgiCases = []pytesting.Case{
	{"names", `sorted(cgi.__all__)`},
	{"parse_header simple", `cgi.parse_header("text/html")`},
	{"parse_header params", `cgi.parse_header('form-data; name="a b"; filename="c;d.txt"; X=1')`},
	{"parse_header escapes", `cgi.parse_header(r'a; b="x\"y\\z"; c=""; d="; e=f"')`},
	{"parse_header odd", `[cgi.parse_header(s) for s in ("", ";", "a;;b=1", "a; noval; =x; k = v ", 'a; q="unterminated; r=1')]`},
	{"parse GET", `sorted(cgi.parse(environ={"QUERY_STRING": "a=1&b=2&a=3&c="}).items())`},
	{"parse GET blanks", `sorted(cgi.parse(environ={"QUERY_STRING": "a=1&b=&c"}, keep_blank_values=1).items())`},
	{"parse strict", `cgi.parse(environ={"QUERY_STRING": "a=1&bad"}, strict_parsing=1)`},
	{"parse POST urlencoded", `(lambda env: (sorted(cgi.parse(io.BytesIO(b"x=1&y=2"), env).items()), env["QUERY_STRING"]))({"REQUEST_METHOD": "POST", "CONTENT_TYPE": "application/x-www-form-urlencoded", "CONTENT_LENGTH": "7", "QUERY_STRING": "q=9"})`},
	{"parse POST multipart", `sorted(cgi.parse(io.BytesIO(FORM), {"REQUEST_METHOD": "POST", "CONTENT_TYPE": "multipart/form-data; boundary=BOUND", "CONTENT_LENGTH": str(len(FORM))}).items())`},
	{"parse_multipart", `sorted(cgi.parse_multipart(io.BytesIO(FORM), {"boundary": b"BOUND"}).items())`},
	{"parse_multipart preamble", `cgi.parse_multipart(io.BytesIO(b"preamble\r\n" + mp((b'Content-Disposition: form-data; name="k"', b"v"))), {"boundary": b"BOUND"})`},
	{"parse_multipart length", `cgi.parse_multipart(io.BytesIO(mp((b'Content-Disposition: form-data; name="k"\r\nContent-Length: 3', b"abc"))), {"boundary": b"BOUND"})`},
	{"parse_multipart skips", `cgi.parse_multipart(io.BytesIO(mp((b'Content-Type: text/plain', b"none"), (b'Content-Disposition: attachment; name="x"', b"att"), (b'Content-Disposition: form-data', b"noname"), (b'Content-Disposition: form-data; name="ok"', b"yes"))), {"boundary": b"BOUND"})`},
	{"parse_multipart unterminated", `cgi.parse_multipart(io.BytesIO(mp((b'Content-Disposition: form-data; name="k"', b"v"), end=False)), {"boundary": b"BOUND"})`},
	{"parse_multipart bad boundary", `cgi.parse_multipart(io.BytesIO(b""), {"boundary": b"bad boundary "})`},
	{"parse_multipart no boundary", `cgi.parse_multipart(io.BytesIO(b""), {})`},
	{"parse_multipart str boundary", `cgi.parse_multipart(io.BytesIO(FORM), {"boundary": "BOUND"})`},
	{"valid_boundary", `[bool(cgi.valid_boundary(s)) for s in (b"abc", "abc", b"", b"x" * 201, b"x" * 202, b"ends ", "tab\t")]`},
	{"GET fields", `(lambda fs: (items(fs), sorted(fs.keys()), len(fs), "a" in fs, "z" in fs, fs.getvalue("a"), fs.getvalue("b"), fs.getvalue("z", "dflt"), fs.getfirst("a"), fs.getlist("b"), fs.getlist("z"), bool(fs)))(get("a=1&b=two&a=3"))`},
	{"GET repr", `(repr(get("x=1&y=%20z")), repr(get("x=1")["x"]))`},
	{"GET empty", `(lambda fs: (fs.list, len(fs), bool(fs), fs.type, fs.value))(get(""))`},
	{"GET blank values", `items(get("a=&b=1&c", keep_blank_values=1))`},
	{"GET strict", `get("a=1&&b", strict_parsing=1)`},
	{"GET max fields", `get("a=1&b=2&c=3", max_num_fields=2)`},
	{"GET separator", `items(get("a=1;b=2&c=3", separator=";"))`},
	{"GET getitem", `(lambda fs: (fs["a"], fs["b"].value))(get("a=1&a=2&b=3"))`},
	{"GET missing key", `get("a=1")["nope"]`},
	{"HEAD method", `items(cgi.FieldStorage(environ={"REQUEST_METHOD": "head", "QUERY_STRING": "h=1"}))`},
	{"POST urlencoded", `(lambda fs: (fs.type, fs.length, items(fs)))(post(b"a=1&b=%41+B&c=%zz", "application/x-www-form-urlencoded"))`},
	{"POST urlencoded with qs", `items(post(b"a=1", "application/x-www-form-urlencoded", qs="q=2"))`},
	{"POST default type", `(lambda fs: (fs.type, items(fs)))(cgi.FieldStorage(fp=io.BytesIO(b"k=v"), environ={"REQUEST_METHOD": "POST", "CONTENT_LENGTH": "3"}))`},
	{"POST multipart", `(lambda fs: (fs.type, fs.type_options, sorted(fs.keys()), fs.getvalue("title"), fs.getlist("tag"), fs["up"].filename, fs["up"].value, fs["up"].type, fs["bin"].value == bytes(range(256)), fs["title"].disposition, fs["title"].disposition_options))(post(FORM, "multipart/form-data; boundary=BOUND"))`},
	{"POST multipart repr", `repr(post(mp((b'Content-Disposition: form-data; name="a"', b"1")), "multipart/form-data; boundary=BOUND"))`},
	{"POST multipart headers", `(lambda p: (sorted(p.headers.keys()), p.headers["content-type"]))(post(FORM, "multipart/form-data; boundary=BOUND")["up"])`},
	{"POST multipart no length", `items(post(FORM, "multipart/form-data; boundary=BOUND", length=False))`},
	{"POST multipart with qs", `items(post(mp((b'Content-Disposition: form-data; name="a"', b"1")), "multipart/form-data; boundary=BOUND", qs="z=9"))`},
	{"POST multipart preamble epilogue", `items(post(b"ignored\r\n" + mp((b'Content-Disposition: form-data; name="a"', b"1")) + b"epilogue\r\n", "multipart/form-data; boundary=BOUND"))`},
	{"POST multipart unterminated", `items(post(mp((b'Content-Disposition: form-data; name="a"', b"1\r\n2"), end=False), "multipart/form-data; boundary=BOUND"))`},
	{"POST multipart bad boundary", `post(b"", "multipart/form-data; boundary=\"a b \"")`},
	{"POST multipart max fields", `post(FORM, "multipart/form-data; boundary=BOUND", max_num_fields=3)`},
	{"POST multipart long part", `(lambda fs: (len(fs["big"].value), fs["big"].value[:10], fs["big"].value[-10:]))(post(mp((b'Content-Disposition: form-data; name="big"', b"0123456789" * 300)), "multipart/form-data; boundary=BOUND"))`},
	{"POST multipart long file", `(lambda fs: (len(fs["big"].value), type(fs["big"].value).__name__))(post(mp((b'Content-Disposition: form-data; name="big"; filename="b"', b"x\r\n" * 1000)), "multipart/form-data; boundary=BOUND"))`},
	{"POST multipart nested", `(lambda fs: (fs["outer"].type, [(p.name, p.value) for p in fs["outer"].list]))(post(mp((b'Content-Disposition: form-data; name="outer"\r\nContent-Type: multipart/mixed; boundary=INNER', mp((b'Content-Disposition: file; filename="i.txt"', b"inner"), boundary="INNER"))), "multipart/form-data; boundary=BOUND"))`},
	{"POST text body", `(lambda fs: (fs.type, fs.value, fs.file is not None, fs.list))(post(b"plain text body", "text/plain"))`},
	{"POST text body no length", `(lambda fs: (fs.type, fs.value, fs.done, fs.list, repr(fs)))(post(b"plain text\r\nbody", "text/plain", length=False))`},
	{"POST binary file part", `(lambda fs: (fs.filename, fs.value, fs.done))(cgi.FieldStorage(fp=io.BytesIO(b"raw bytes"), headers={"content-disposition": 'attachment; filename="r.bin"', "content-length": "9"}, environ={"REQUEST_METHOD": "POST"}))`},
	{"context manager no length", `(lambda fs: (fs.__enter__() is fs, fs.__exit__(None, None, None), fs.file.closed))(post(b"data", "text/plain", length=False))`},
	{"POST text body not indexable", `post(b"plain", "text/plain").keys()`},
	{"POST text body bool", `bool(post(b"plain", "text/plain"))`},
	{"POST text getitem", `post(b"plain", "text/plain")["x"]`},
	{"headers mapping", `items(cgi.FieldStorage(fp=io.BytesIO(b"a=1"), headers={"content-type": "application/x-www-form-urlencoded", "content-length": "3"}, environ={"REQUEST_METHOD": "POST"}))`},
	{"bad headers type", `cgi.FieldStorage(fp=io.BytesIO(b""), headers=[("a", "b")], environ={"REQUEST_METHOD": "POST"})`},
	{"bad fp", `cgi.FieldStorage(fp=object(), environ={"REQUEST_METHOD": "POST"})`},
	{"bad outerboundary", `cgi.FieldStorage(fp=io.BytesIO(b""), headers={}, outerboundary="str", environ={"REQUEST_METHOD": "POST"})`},
	{"text fp", `masked(lambda: cgi.FieldStorage(fp=io.StringIO("a=1"), environ={"REQUEST_METHOD": "POST", "CONTENT_TYPE": "application/x-www-form-urlencoded", "CONTENT_LENGTH": "3"}))`},
	{"text fp multipart", `masked(lambda: cgi.FieldStorage(fp=io.StringIO("--B\r\n"), environ={"REQUEST_METHOD": "POST", "CONTENT_TYPE": "multipart/form-data; boundary=B", "CONTENT_LENGTH": "5"}))`},
	{"bad content length", `(lambda fs: (fs.length, items(fs)))(post(b"a=1", "application/x-www-form-urlencoded", length=False, headers={"content-type": "application/x-www-form-urlencoded", "content-length": "zz"}))`},
	{"maxlen", `(lambda: (setattr(cgi, "maxlen", 2), post(b"a=1", "application/x-www-form-urlencoded")))()`},
	{"maxlen reset", `(setattr(cgi, "maxlen", 0), cgi.maxlen)`},
	{"context manager", `(lambda fs: (fs.__enter__() is fs, fs.__exit__(None, None, None), fs.file.closed))(post(b"data", "text/plain"))`},
	{"mini field storage", `(lambda m: (repr(m), m.name, m.value, m.filename, m.list, m.type, m.file, m.type_options, m.disposition, m.disposition_options, m.headers))(cgi.MiniFieldStorage("k", "v"))`},
	{"escape", `warned(lambda: [cgi.escape(s, q) for s, q in (("<a href='x'>&\"", None), ("<a \"b\">", True), ("", 1))])`},
	{"parse_qs deprecated", `warned(lambda: (cgi.parse_qs("a=1&a=2"), cgi.parse_qsl("a=1&b=", 1)))`},
	{"print_environ", `captured(lambda: cgi.print_environ({"B": "<2>", "A": "1&"}))`},
	{"print_form", `captured(lambda: cgi.print_form(get("b=2&a=<1>&a=3")))`},
	{"print_form empty", `captured(lambda: cgi.print_form(get("")))`},
	{"print_arguments", `captured(cgi.print_arguments).replace(repr(sys.argv), "ARGV")`},
	{"print_environ_usage", `captured(cgi.print_environ_usage)`},
	{"print_exception", `(lambda: captured(lambda: cgi.print_exception(ValueError, ValueError("bad <x>"), None)))()`},
	{"print_directory", `captured(cgi.print_directory).replace(os.getcwd(), "CWD")`},
	{"log off", `(cgi.log("x %s", 1), cgi.logfile, cgi.logfp, cgi.closelog(), cgi.log is cgi.initlog)`},
}

func TestNet2CGI(t *testing.T) {
	pytesting.DiffCases(t, "net2_cgi", cgiPrelude, cgiCases)
}
