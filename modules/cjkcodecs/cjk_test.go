package cjkcodecs_test

import (
	"testing"

	_ "github.com/gpython-ssl/gpython-ssl" // every module, as the binary has them
	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of the CJK codecs against CPython 3.6: names and
// aliases, the classes a CodecInfo holds, errors with their positions
// under every handler, incremental coding cut inside a character,
// ISO-2022 and HZ shift state across calls, streams and files.

const cjkPrelude = pytesting.ShowRepr + `import codecs, io, os, tempfile
import _multibytecodec, _codecs_jp, _codecs_cn, _codecs_kr, _codecs_tw, _codecs_hk, _codecs_iso2022
D = tempfile.mkdtemp(prefix="cjk-")
ALL = ["shift_jis", "cp932", "euc_jp", "euc_jis_2004", "euc_jisx0213",
       "shift_jis_2004", "shift_jisx0213", "gb2312", "gbk", "gb18030", "hz",
       "big5", "cp950", "big5hkscs", "euc_kr", "cp949", "johab", "iso2022_kr",
       "iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_2004",
       "iso2022_jp_3", "iso2022_jp_ext"]
SAMPLE = {"jp": "\u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8 ab~\uff76\u2460",
          "cn": "\u4e2d\u6587\u6587\u672c, ab~ \u554a\u963f",
          "kr": "\ud55c\uad6d\uc5b4 \ud14d\uc2a4\ud2b8 ab~",
          "tw": "\u4e2d\u6587\u7e41\u9ad4 ab~ \u5f8c"}
def sample(name):
    for key, cs in (("kr", ("euc_kr", "cp949", "johab", "iso2022_kr")),
                    ("cn", ("gb2312", "gbk", "gb18030", "hz")),
                    ("tw", ("big5", "cp950", "big5hkscs"))):
        if name in cs:
            return SAMPLE[key]
    return SAMPLE["jp"]
def safe(name):
    text = sample(name)
    return "".join(c for c in text if c.encode(name, "ignore"))
def exc_attrs(f):
    try:
        f()
    except UnicodeError as e:
        return (type(e).__name__, e.encoding, e.start, e.end, e.reason, str(e))
def pieces(data, step):
    return [data[i:i + step] for i in range(0, len(data), step)]
def inc_decode(name, data, step, errors="strict"):
    d = codecs.getincrementaldecoder(name)(errors)
    out = [d.decode(p) for p in pieces(data, step)]
    out.append(d.decode(b"", True))
    return out
def inc_encode(name, text, step, errors="strict"):
    e = codecs.getincrementalencoder(name)(errors)
    out = [e.encode(p) for p in pieces(text, step)]
    out.append(e.encode("", True))
    return out
seen = []
def record(exc):
    seen.append((type(exc).__name__, exc.start, exc.end, exc.reason))
    return ("<%d:%d>" % (exc.start, exc.end), exc.end)
codecs.register_error("cjk.record", record)
def recorded(f):
    del seen[:]
    r = f()
    return r, list(seen)
codecs.register_error("cjk.back", lambda e: ("", e.start - 1 if e.start else e.end))
codecs.register_error("cjk.bytes", lambda e: (b"[?]", e.end))
codecs.register_error("cjk.far", lambda e: ("!", e.end + 1))
def file_rt(name, text):
    p = os.path.join(D, name)
    with open(p, "w", encoding=name) as f:
        f.write(text)
        f.write("\n" + text)
    with open(p, encoding=name) as f:
        lines = f.readlines()
    with open(p, "rb") as f:
        raw = f.read()
    return lines, raw
`

var cjkCases = []pytesting.Case{
	{"names", `[codecs.lookup(n).name for n in ("SJIS", "Shift-JIS", "ms_kanji", "eucJP", "ujis", "euc-jisx0213", "jisx0213", "s_jis_2004", "gb2312-80", "EUC_CN", "chinese", "936", "GB18030-2000", "hz-gb-2312", "big5-tw", "950", "big5-hkscs", "ks_c_5601-1987", "korean", "uhc", "cp1361", "ISO-2022-JP", "csiso2022kr", "iso2022-jp-2", "iso_2022_jp_ext", "x-mac-japanese")]`},
	{"unknown name", `codecs.lookup("euc_xx")`},
	{"bytes decode", `(b"\xa4\xa2".decode("euc_jp"), "\u3042".encode("iso-2022-jp"))`},
	{"codec info", `[(i.name, i.incrementalencoder.__mro__, i.incrementaldecoder.__mro__, i.streamreader.__mro__[:4], i.streamwriter.__mro__[:4]) for i in map(codecs.lookup, ("euc_jp", "hz"))]`},
	{"getcodec", `[type(m.getcodec(n)).__name__ for m, n in ((_codecs_jp, "cp932"), (_codecs_cn, "hz"), (_codecs_kr, "johab"), (_codecs_tw, "cp950"), (_codecs_hk, "big5hkscs"), (_codecs_iso2022, "iso2022_jp_3"))]`},
	{"getcodec unknown", `_codecs_jp.getcodec("gbk")`},
	{"codec methods", `(_codecs_jp.getcodec("euc_jp").encode("\u3042x"), _codecs_jp.getcodec("euc_jp").decode(b"\xa4\xa2x"), _codecs_cn.getcodec("hz").encode("\u554a", None))`},
	{"encode non-str", `(codecs.lookup("gbk").encode(b"x"), codecs.getincrementalencoder("gbk")().encode(12), _codecs_cn.getcodec("gbk").encode(None))`},
	{"decode str", `codecs.lookup("gbk").decode("x")`},
	{"round trips", `[(n, safe(n).encode(n), safe(n).encode(n).decode(n) == safe(n)) for n in ALL]`},
	{"decode incomplete", `[exc_attrs(lambda: b"ab\x82".decode(n)) for n in ("shift_jis", "gbk", "big5", "cp949")]`},
	{"decode illegal", `[exc_attrs(lambda: b"a\x82\x20b".decode(n)) for n in ("shift_jis", "cp932", "gbk", "big5hkscs")]`},
	{"decode illegal lead", `[exc_attrs(lambda: b"a\xffb".decode(n)) for n in ("shift_jis", "euc_jp", "gb18030", "euc_kr", "johab")]`},
	{"gb18030 four byte", `(b"\x81\x30\x81\x30\x84\x31\xa4\x39\x90\x30\x81\x30\xe3\x32\x9a\x35".decode("gb18030"), "\x80\uffff\U00010000\U0010ffff".encode("gb18030"), exc_attrs(lambda: b"\x84\x31\xa5\x30".decode("gb18030")), exc_attrs(lambda: b"\x81\x30\x81".decode("gb18030")))`},
	{"euc_kr eight byte", `(b"\xa4\xd4\xa4\xa1\xa4\xbf\xa4\xa2".decode("euc_kr"), "\uac02".encode("euc_kr"), exc_attrs(lambda: b"\xa4\xd4\xa4\xa1\xa4\xbf\xa4\xd5".decode("euc_kr")), exc_attrs(lambda: b"\xa4\xd4\xa4".decode("euc_kr")))`},
	{"pairs", `[(n, "\u304b\u309a".encode(n), "\u304b\u309ax".encode(n), "\u00ca\u0304".encode(n, "replace")) for n in ("euc_jis_2004", "shift_jis_2004", "euc_jisx0213", "big5hkscs")]`},
	{"pairs decode", `(b"\xa4\xf7".decode("euc_jis_2004"), b"\x88\x62\x88\x64".decode("big5hkscs"))`},
	{"encode error", `[exc_attrs(lambda: "ab\u00e9\u0100c".encode(n)) for n in ("shift_jis", "gb2312", "big5", "euc_kr", "iso2022_jp", "hz")]`},
	{"encode astral error", `[exc_attrs(lambda: "a\U0001f600b".encode(n)) for n in ("euc_jp", "iso2022_kr")]`},
	{"decode handlers", `[(h, b"a\x82\x20\xa4\xa2\xff\x82".decode("euc_jp", h)) for h in ("replace", "ignore", "backslashreplace", "surrogateescape", "cjk.record")]`},
	{"encode handlers", `[(h, "a\u00e9\u3042\U0001f600".encode(n, h)) for h in ("replace", "ignore", "backslashreplace", "xmlcharrefreplace", "cjk.record", "cjk.bytes", "namereplace") for n in ("euc_jp", "iso2022_jp", "hz")]`},
	{"surrogateescape round trip", `[b.decode(n, "surrogateescape").encode(n, "surrogateescape") == b for n in ("gbk", "shift_jis", "euc_kr") for b in (b"\x81\x20ab\xff", b"\xa4")]`},
	{"handler positions", `[recorded(lambda: b"\x82a\x82".decode(n, "cjk.record")) for n in ("shift_jis", "big5")]`},
	{"handler moving back", `b"\xa4\xa2\xff".decode("euc_jp", "cjk.far")`},
	{"handler out of bounds", `"\u00e9".encode("euc_jp", "cjk.far")`},
	{"handler bad result", `(codecs.register_error("cjk.bad", lambda e: 42), b"\xff".decode("gbk", "cjk.bad"))`},
	{"incremental decode cut", `[(n, inc_decode(n, safe(n).encode(n), 1), inc_decode(n, safe(n).encode(n), 3)) for n in ALL]`},
	{"incremental decode final incomplete", `[exc_attrs(lambda: inc_decode(n, b"ab\x82", 2)) for n in ("shift_jis", "gbk")]`},
	{"incremental decode replace", `[inc_decode(n, b"a\x82\xff\x82", 1, "replace") for n in ("shift_jis", "big5", "gb18030")]`},
	{"incremental encode", `[(n, inc_encode(n, safe(n) + "x" + safe(n), 2)) for n in ALL]`},
	{"incremental encode pair pending", `[inc_encode(n, "\u304b\u309a\u304b", 1) for n in ("euc_jis_2004", "shift_jis_2004", "iso2022_jp_2004")]`},
	{"incremental encode error", `[exc_attrs(lambda: inc_encode(n, "a\u3042\u00e9", 1)) for n in ("euc_jp", "iso2022_jp")]`},
	{"incremental reset", `[(lambda e: (e.encode("\u3042"), e.reset(), e.encode("a", True), e.getstate()))(codecs.getincrementalencoder(n)()) for n in ("iso2022_jp", "iso2022_kr", "hz")]`},
	{"decoder reset", `[(lambda d: (d.decode(b"\x1b$B$\""), d.reset(), d.decode(b"$\"", True)))(codecs.getincrementaldecoder(n)()) for n in ("iso2022_jp", "iso2022_jp_2")]`},
	{"iso2022 escapes cut", `[inc_decode("iso2022_jp", b"a\x1b$B$\"$$\x1b(Bb\x1b(Jc", k) for k in (1, 2, 4)]`},
	{"iso2022 kr shift", `("\uac00a\uac00".encode("iso2022_kr"), b"\x1b$)C\x0e0!\x0fa\x0e0!\n0!".decode("iso2022_kr", "replace"))`},
	{"iso2022 jp2 g2", `(b"\x1b.A\x1bNi\x1b.F\x1bNa\x1bN\x80".decode("iso2022_jp_2"), exc_attrs(lambda: b"\x1b.A\x1bN\xe9".decode("iso2022_jp_2")))`},
	{"iso2022 bad escapes", `[recorded(lambda: b.decode("iso2022_jp", "cjk.record")) for b in (b"\x1b$(Z!!", b"\x1b(", b"\x1b$)B", b"\x1bxyz", b"\x1b&@\x1b$B$\"", b"\x1b$B\x80", b"\x1b$B$")]`},
	{"iso2022 charsets", `[("\u3042\uff71\u4e02\uac00\u0101\u00e9".encode(n, "replace")) for n in ("iso2022_jp", "iso2022_jp_1", "iso2022_jp_2", "iso2022_jp_ext", "iso2022_jp_3", "iso2022_jp_2004")]`},
	{"hz state", `("~\u554a~".encode("hz"), b"~{0!~}~~a~\nb".decode("hz"), recorded(lambda: b"~x~{~~0\xa1~}~".decode("hz", "cjk.record")))`},
	{"stream writer", `[(lambda b: (lambda w: (w.write("\u3042a"), w.write("\u3044"), w.reset(), w.writelines(["\u3046", "b"]), b.getvalue()))(codecs.getwriter(n)(b)))(io.BytesIO()) for n in ("euc_jp", "iso2022_jp", "hz", "euc_jis_2004")]`},
	{"stream reader", `[(lambda r: (r.read(1), r.readline(), r.read(2), r.readlines()))(codecs.getreader(n)(io.BytesIO(("\u3042\u3044\n\u3046x\n" * 3).encode(n)))) for n in ("euc_jp", "shift_jis", "iso2022_jp")]`},
	{"stream reader errors", `[(lambda r: r.read())(codecs.getreader(n)(io.BytesIO(b"a\x82"), "replace")) for n in ("euc_jp", "gbk")]`},
	{"stream reader strict", `codecs.getreader("gbk")(io.BytesIO(b"a\x81")).read()`},
	{"stream reader iterate", `list(codecs.getreader("big5")(io.BytesIO("\u4e2d\n\u6587\n".encode("big5"))))`},
	{"no codec class", `_multibytecodec.MultibyteStreamReader(None)`},
	{"files", `[file_rt(n, safe(n) + "z") for n in ("euc_jp", "iso2022_jp", "gb18030", "big5", "hz")]`},
	{"textio", `(lambda w: (w.write("\u65e5\u672c"), w.write("abc"), w.flush(), w.buffer.getvalue()))(io.TextIOWrapper(io.BytesIO(), encoding="iso2022_jp"))`},
	{"codecs functions", `(codecs.encode("\u3042", "sjis"), codecs.decode(b"\x82\xa0", "sjis"), list(codecs.iterdecode([b"\x82", b"\xa0\x82", b"\xa2"], "sjis")), b"".join(codecs.iterencode(["\u3042", "a"], "iso2022_jp")))`},
}

func TestCJK(t *testing.T) {
	pytesting.DiffCases(t, "cjk", cjkPrelude, cjkCases)
}
