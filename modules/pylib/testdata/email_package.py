# The email package's policy, header, charset, generator and parser
# modules: each case prints what the API gives, compared with CPython 3.6.
import io
import email
from email import policy, errors, base64mime, quoprimime, iterators
from email.charset import Charset, add_alias, add_charset, QP, BASE64
from email.header import Header, decode_header, make_header
from email.headerregistry import Address, Group, HeaderRegistry
from email.generator import Generator, BytesGenerator, DecodedGenerator
from email.parser import Parser, HeaderParser, BytesParser
from email.feedparser import FeedParser, BytesFeedParser
from email.message import Message, EmailMessage
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.message import MIMEMessage
from email.mime.image import MIMEImage
from email.mime.application import MIMEApplication


def case(name, fn):
    try:
        result = fn()
    except Exception as e:
        result = "!! %s: %s" % (type(e).__name__, e)
    print("--", name)
    print(result if isinstance(result, str) else repr(result))


def flat(msg, cls=Generator, **kw):
    out = io.BytesIO() if cls is BytesGenerator else io.StringIO()
    cls(out, **kw).flatten(msg)
    return out.getvalue()


LONG = "Hello there this is a long subject line that will need folding ok " * 2

case("b64 header", lambda: base64mime.header_encode(b"caf\xc3\xa9", "utf-8"))
case("b64 body crlf", lambda: base64mime.body_encode(b"x" * 100, eol="\r\n"))
case("b64 decode", lambda: base64mime.decode("aGVsbG8="))
case("qp header", lambda: quoprimime.header_encode(b"a b=c\xe9"))
case("qp body", lambda: quoprimime.body_encode("h\xe9llo w\xf6rld  \n" + "a" * 100))
case("qp decode", lambda: quoprimime.decode("h=E9llo=\nw  \nfoo=3D"))
case("qp header decode", lambda: quoprimime.header_decode("a_b=3Dc"))
case("charset utf-8", lambda: (lambda c: (str(c), c.header_encoding, c.body_encoding,
                                          c.output_charset, c.get_body_encoding()))(Charset("utf-8")))
case("charset alias", lambda: (str(Charset("latin_1")), Charset("latin_1").header_encode("h\xe9")))
case("charset body", lambda: Charset("iso-8859-1").body_encode("caf\xe9 au lait"))
case("charset eq", lambda: (Charset("ascii") == "us-ascii", Charset("UTF-8") == "utf-8"))
case("charset bad", lambda: Charset("\xe9"))
case("add_charset", lambda: (add_alias("x-mine", "utf-8"), str(Charset("x-mine")),
                             add_charset("x-qp", QP, BASE64, "x-qp"),
                             Charset("x-qp").get_body_encoding()))
case("header fold", lambda: Header(LONG, header_name="Subject").encode())
case("header utf8", lambda: Header("H\xe9llo w\xf6rld \xfcn\xefcode " * 4, "utf-8",
                                   header_name="Subject").encode())
case("header mixed", lambda: (lambda h: (str(h), h.encode()))(
    make_header([(b"H\xe9llo", "iso-8859-1"), (b" plain", None), ("\xe4rger", "utf-8")])))
case("decode_header", lambda: decode_header(
    "=?iso-8859-1?q?p=F6stal?= =?utf-8?b?w6TDtg==?= plain =?us-ascii?q?x?="))
case("decode_header plain", lambda: decode_header("just text"))
case("header splitchars", lambda: Header("a;b;c;" + "d" * 40 + ";" + "e" * 40,
                                         header_name="X-Long").encode())
case("address", lambda: (str(Address("J\xf6rg Doe", "jd", "example.com")),
                         repr(Address(addr_spec='"odd name"@example.com')),
                         Address("x", addr_spec="a@b").addr_spec))
case("address bad", lambda: Address("x", addr_spec="bad name@example.com"))
case("address bad domain", lambda: Address("x", addr_spec="name@ex[]ample.com"))
case("address non-ascii", lambda: Address("x", addr_spec="w\u0151k@example.com"))
case("address crlf", lambda: Address("x\n", "a", "b"))
case("group", lambda: (str(Group("friends", [Address("A", "a", "x.org"), Address("", "b", "y.org")])),
                       str(Group("empty")), str(Group(None, [Address("", "c", "z")]))))
case("registry", lambda: (lambda r: (type(r("To", "a@b.c")).__name__,
                                     r("Subject", "=?utf-8?q?caf=C3=A9?= time"),
                                     r["X-Foo"].max_count, r["Date"].max_count))(HeaderRegistry()))


def addresses():
    m = EmailMessage()
    m["To"] = 'J\xf6hn <john@example.com>, "Smith, Bob" <bob@example.com>'
    m["Cc"] = "team: a@x.org, b@y.org;"
    m["Date"] = "Mon, 20 Nov 1995 19:12:08 -0500"
    h = m["To"]
    return (h.addresses, [str(g) for g in m["Cc"].groups], m["Date"].datetime,
            m["Cc"].addresses[1].domain, str(h))


case("address header", addresses)


def mime_headers():
    m = EmailMessage()
    m["Content-Type"] = "text/plain; charset=us-ascii (Plain text)"
    m["Content-Disposition"] = "attachment; filename*=utf-8''caf%C3%A9.txt"
    m["Content-Transfer-Encoding"] = " Base64 "
    m["MIME-Version"] = "1.0"
    return (str(m["Content-Type"]), m["Content-Type"].content_type,
            dict(m["Content-Type"].params), m["Content-Disposition"].content_disposition,
            m["Content-Disposition"].params["filename"], m["Content-Transfer-Encoding"].cte,
            m["MIME-Version"].version, m.get_filename())


case("mime headers", mime_headers)


def unique():
    m = EmailMessage()
    m["Subject"] = "one"
    m["Subject"] = "two"


case("max count", unique)
case("linefeed value", lambda: EmailMessage().__setitem__("X", "a\nb"))


def folded():
    m = EmailMessage()
    m["Subject"] = LONG
    m["X-NA"] = "H\xe9llo w\xf6rld"
    m["To"] = "a@example.com, " * 6 + "last@example.com"
    m.set_content("hi")
    return m.as_string()


case("email folding", folded)
case("policy repr", lambda: (repr(policy.default), repr(policy.SMTP), repr(policy.compat32),
                             policy.HTTP.max_line_length, policy.SMTPUTF8.utf8,
                             policy.strict.raise_on_defect))
case("policy clone", lambda: (policy.default.clone(linesep="\r\n").linesep,
                              repr(policy.compat32 + policy.default.clone(max_line_length=20))))
case("policy readonly", lambda: setattr(policy.default, "linesep", "x"))
case("policy bad kw", lambda: policy.default.clone(nosuch=1))

RAW = """From nobody Mon Jan  1 00:00:00 2001
From: a@b.c
To: d@e.f
Subject: multi
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="XYZ"

preamble text
--XYZ
Content-Type: text/plain

From the start
part one
--XYZ
Content-Type: application/octet-stream
Content-Transfer-Encoding: base64

aGVsbG8gd29ybGQ=
--XYZ--
epilogue
"""


def parsed():
    m = email.message_from_string(RAW)
    parts = m.get_payload()
    return (m.get_unixfrom(), m.preamble, m.epilogue, len(parts),
            parts[0].get_payload(), parts[1].get_payload(decode=True),
            [p.get_content_type() for p in m.walk()], m.defects)


case("parse multipart", parsed)
case("generate mangle", lambda: flat(email.message_from_string(RAW)))
case("generate no mangle", lambda: flat(email.message_from_string(RAW), mangle_from_=False,
                                        maxheaderlen=0))
case("bytes generator", lambda: flat(email.message_from_string(RAW), BytesGenerator,
                                     policy=policy.SMTP))
case("decoded generator", lambda: flat(email.message_from_string(RAW), DecodedGenerator))


def structure():
    out = io.StringIO()
    iterators._structure(email.message_from_string(RAW), out)
    lines = list(iterators.body_line_iterator(email.message_from_string(RAW)))
    return out.getvalue(), lines


case("iterators", structure)


def defects():
    text = ("Content-Type: multipart/mixed; boundary=QQ\n\n--QQ\n"
            "Content-Type: text/plain\n\nbody\n")
    m = email.message_from_string(text)
    bad = email.message_from_string(" continuation\nX: y\nno colon line\n\nbody")
    nob = email.message_from_string("Content-Type: multipart/mixed\n\nstuff\n")
    return ([type(d).__name__ for d in m.defects],
            [type(d).__name__ for d in bad.defects], bad.items(), bad.get_payload(),
            [type(d).__name__ for d in nob.defects], nob.get_payload())


case("defects", defects)
case("strict defect", lambda: email.message_from_string(
    "Content-Type: multipart/mixed\n\nx", policy=policy.strict))


def feed():
    p = FeedParser()
    for ch in "Subject: hi\r\nX: 1\r\n\r\nline 1\r\nline 2":
        p.feed(ch)
    m = p.close()
    b = BytesFeedParser()
    b.feed(b"Subject: caf\xc3\xa9\n\nbody \xff\n")
    bm = b.close()
    return m.items(), m.get_payload(), str(bm["Subject"]), bm.get_payload()


case("feedparser", feed)
case("header parser", lambda: HeaderParser().parsestr(RAW).get_payload()[:20])
case("bytes parser policy", lambda: (lambda m: (type(m).__name__, m["to"].addresses))(
    BytesParser(policy=policy.default).parsebytes(RAW.encode())))


def compat_api():
    m = Message()
    m["Content-Type"] = "text/plain"
    m.set_param("charset", "utf-8")
    m.set_param("name", "f\xe9.txt")
    m.set_type("text/html")
    params = m.get_params()
    m.del_param("name")
    m.set_charset("iso-8859-1")
    m.set_payload("caf\xe9\n", "iso-8859-1")
    return (params, m.items(), m.get_payload(), m.get_payload(decode=True),
            m.get_content_charset(), m.get_charsets(), m.get_content_disposition())


case("compat32 params", compat_api)


def mime_classes():
    outer = MIMEMultipart(boundary="BOUND")
    outer["Subject"] = "mixed"
    outer.attach(MIMEText("caf\xe9", "plain", "utf-8"))
    outer.attach(MIMEText("latin caf\xe9", "plain", "iso-8859-1"))
    inner = Message()
    inner["Subject"] = "inner"
    inner.set_payload("inner body\n")
    outer.attach(MIMEMessage(inner))
    outer.attach(MIMEImage(b"GIF89a" + b"\x00" * 10))
    outer.attach(MIMEApplication(b"\x00\x01", "x-thing", name="t.bin"))
    return outer.as_string()


case("mime classes", mime_classes)
case("mime image unknown", lambda: MIMEImage(b"not an image"))


def content_api():
    m = EmailMessage()
    m.set_content("plain body")
    m.add_alternative("<p>html</p>", subtype="html")
    m.add_attachment(b"\x00data", "application", "octet-stream", filename="d.bin")
    body = m.get_body(("html", "plain"))
    atts = list(m.iter_attachments())
    return (m.get_content_type(), body.get_content(), [a.get_filename() for a in atts],
            atts[0].get_content(), [p.get_content_type() for p in m.iter_parts()])


case("content api", content_api)
case("set_content multipart", lambda: (lambda m: (m.make_mixed(), m.set_content("x")))(EmailMessage()))
case("content manager key", lambda: EmailMessage().set_content(3.5))


def b64_defects():
    from email._encoded_words import decode_b
    out = []
    for text in (b"aGVsbG8=", b"aGVsbG8", b"aGV$sbG8=", b"aGV$sbG8", b"abcde"):
        data, found = decode_b(text)
        out.append((data, [type(d).__name__ for d in found]))
    m = email.message_from_string(
        "Content-Transfer-Encoding: base64\n\nabcde\n")
    return out, m.get_payload(decode=True), [type(d).__name__ for d in m.defects]


case("base64 defects", b64_defects)


def non_ascii_filename():
    m = EmailMessage()
    m.set_content(b"x", "application", "octet-stream", filename="b\xe1r.txt")
    return str(m["Content-Disposition"]), m.as_string(), bytes(m)


case("non-ascii filename", non_ascii_filename)


def odd_line_breaks():
    text = ("Next-Line: a\x85b\r\nVertical-Tab: a\vb\r\nLine-Sep: a\u2028b\r\n"
            "Raw: caf\xe9\r\n\r\nbody\x85more\r\n")
    m = email.message_from_bytes(text.encode("utf-8"), policy=policy.default)
    c = email.message_from_string(text)
    return m.items(), m.get_payload(), c.items(), c.get_payload()


case("only CR and LF end lines", odd_line_breaks)


def content_edges():
    m = EmailMessage()
    m.set_content(memoryview(b"\xff\xd8jpeg"), "image", "jpeg")
    out = [m.get_content_type(), m.get_content()]
    try:
        EmailMessage().set_content("x", headers=("To: a@fairly@@invalid@address",))
    except ValueError as e:
        out.append(("ValueError", "a@fairly@@invalid@address" in str(e)))
    return out


case("content edges", content_edges)
