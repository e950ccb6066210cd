# nntplib against a fake NNTP server on a local socket: each case prints
# what the client API gives, compared with CPython 3.6.
import datetime
import io
import socket
import threading
import nntplib

ARTICLE = [b"From: poster@example.com", b"Subject: =?utf-8?q?caf=C3=A9?= news",
           b"Message-ID: <45223423@example.com>", b"", b"first body line",
           b"..leading dot", b"last"]

OVERVIEW = [b"3000234\tI am just a test article\t\"Demo User\" <nobody@example.com>\t"
            b"6 Oct 1998 04:38:40 -0500\t<45223423@example.com>\t<45454@example.net>\t"
            b"1234\t17\tXref: news.example.com misc.test:3000363",
            b"3000235\tAnother one\tx@y.org\t7 Oct 1998 10:00:00 +0000\t<2@example.com>\t"
            b"\t99\t3\t"]


def long_reply(code, lines):
    return [code] + lines + [b"."]


REPLIES = {
    b"CAPABILITIES": long_reply(b"101 Capability list:", [
        b"VERSION 2 3", b"IMPLEMENTATION INN 2.5", b"READER", b"OVER", b"HDR",
        b"LIST ACTIVE NEWSGROUPS OVERVIEW.FMT"]),
    b"GROUP misc.test": [b"211 1234 3000234 3002322 misc.test"],
    b"GROUP fr.nothing": [b"411 No such group fr.nothing"],
    b"LIST": long_reply(b"215 list of newsgroups follows", [
        b"misc.test 3002322 3000234 y", b"comp.lang.python 100 1 m"]),
    b"LIST ACTIVE comp.*": long_reply(b"215 list follows", [b"comp.lang.python 100 1 m"]),
    b"LIST NEWSGROUPS comp.lang.*": long_reply(b"215 descriptions", [
        b"comp.lang.python\tThe Python computer language.",
        b"comp.lang.c  The C language."]),
    b"LIST NEWSGROUPS comp.lang.python": long_reply(b"215 descriptions", [
        b"comp.lang.python\tThe Python computer language."]),
    b"LIST OVERVIEW.FMT": long_reply(b"215 Order of fields in overview database.", [
        b"Subject:", b"From:", b"Date:", b"Message-ID:", b"References:", b"Bytes:",
        b"Lines:", b"Xref:full"]),
    b"OVER 3000234-3000235": long_reply(b"224 Overview information follows", OVERVIEW),
    b"XOVER 3000234-3000235": long_reply(b"224 Overview information follows", OVERVIEW),
    b"STAT": [b"223 3000234 <45223423@example.com>"],
    b"STAT 3000235": [b"223 3000235 <2@example.com>"],
    b"STAT 9": [b"423 No such article number in this group"],
    b"NEXT": [b"223 3000235 <2@example.com> retrieved"],
    b"LAST": [b"422 No previous article in this group"],
    b"HEAD 3000234": long_reply(b"221 3000234 <45223423@example.com>", ARTICLE[:3]),
    b"BODY 3000234": long_reply(b"222 3000234 <45223423@example.com>", ARTICLE[4:]),
    b"ARTICLE 3000234": long_reply(b"220 3000234 <45223423@example.com>", ARTICLE),
    b"ARTICLE": long_reply(b"220 3000234 <45223423@example.com>", ARTICLE),
    b"HELP": long_reply(b"100 Legal commands", [b"  authinfo user Name|pass Password",
                                                 b"  group newsgroup"]),
    b"DATE": [b"111 20101004115509"],
    b"NEWGROUPS 20100913 082004": long_reply(b"231 list of new newsgroups follows", [
        b"a.new.group 12 10 y"]),
    b"NEWNEWS comp.lang.python 20100913 000000": long_reply(b"230 list follows", [
        b"<a4929a40-6328-491a-aaaf-cb79ed7309a2@q2g2000vbk.googlegroups.com>"]),
    b"XHDR subject 3000234-3000235": long_reply(b"221 subject fields follow", [
        b"3000234 I am just a test article", b"3000235 Another one"]),
    b"POST": [b"340 Input article; end with <CR-LF>.<CR-LF>"],
    b"IHAVE <i@have>": [b"435 Article not wanted"],
    b"SLAVE": [b"202 slave status noted"],
    b"authinfo user alice": [b"381 More authentication information required"],
    b"authinfo pass secret": [b"281 Authentication accepted"],
    b"authinfo user mallory": [b"481 Authentication failed"],
    b"BOGUS": [b"500 What?"],
    b"WEIRD": [b"800 strange"],
    b"QUIT": [b"205 Bye!"],
}


def serve(listener, welcome):
    conn, _ = listener.accept()
    listener.close()
    conn.settimeout(10)
    reader = conn.makefile("rb")
    conn.sendall(welcome + b"\r\n")
    while True:
        line = reader.readline()
        if not line:
            break
        cmd = line.rstrip(b"\r\n")
        if cmd == b"POST":
            conn.sendall(REPLIES[cmd][0] + b"\r\n")
            body = []
            while True:
                data = reader.readline()
                if data in (b".\r\n", b""):
                    break
                body.append(data)
            conn.sendall(("240 Article received, %d lines, %r\r\n" % (
                len(body), body[1] if len(body) > 1 else b"")).encode())
            continue
        reply = REPLIES.get(cmd, [b"500 unknown command " + cmd])
        conn.sendall(b"".join(r + b"\r\n" for r in reply))
        if cmd == b"QUIT":
            break
    reader.close()
    conn.close()


def connect(welcome=b"200 Fake server ready", **kw):
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    port = listener.getsockname()[1]
    t = threading.Thread(target=serve, args=(listener, welcome))
    t.daemon = True
    t.start()
    return nntplib.NNTP("127.0.0.1", port, timeout=10, **kw), t


def case(name, fn):
    try:
        result = fn()
    except Exception as e:
        result = "!! %s %r" % (type(e).__name__, getattr(e, "response", e))
    print("--", name)
    print(repr(result))


s, thread = connect()
case("welcome", s.getwelcome)
case("capabilities", lambda: (sorted(s.getcapabilities().items()), s.nntp_version,
                              s.nntp_implementation))
case("group", lambda: s.group("misc.test"))
case("group missing", lambda: s.group("fr.nothing"))
case("list", lambda: s.list())
case("list pattern", lambda: s.list("comp.*"))
case("descriptions", lambda: s.descriptions("comp.lang.*"))
case("description", lambda: s.description("comp.lang.python"))
case("over", lambda: s.over((3000234, 3000235)))
case("xover", lambda: s.xover(3000234, 3000235))
case("stat", lambda: s.stat())
case("stat number", lambda: s.stat(3000235))
case("stat missing", lambda: s.stat(9))
case("next", s.next)
case("last", s.last)
case("head", lambda: s.head(3000234))
case("body", lambda: s.body(3000234))
case("article", lambda: s.article(3000234))


def article_to_file():
    out = io.BytesIO()
    resp, info = s.article(file=out)
    return resp, info, out.getvalue()


case("article to file", article_to_file)
case("help", lambda: s.help())
case("date", lambda: s.date())
case("newgroups", lambda: s.newgroups(datetime.datetime(2010, 9, 13, 8, 20, 4)))
case("newnews", lambda: s.newnews("comp.lang.python", datetime.date(2010, 9, 13)))
case("newnews bad date", lambda: s.newnews("x", "yesterday"))
case("xhdr", lambda: s.xhdr("subject", "3000234-3000235"))
case("post", lambda: s.post(b"From: me\r\nSubject: hi\n\n.dot line\nend"))
case("ihave", lambda: s.ihave("<i@have>", [b"x\n"]))
case("slave", s.slave)
case("login", lambda: (s.login("alice", "secret", usenetrc=False), s.authenticated))
case("login again", lambda: s.login("alice", "secret", usenetrc=False))
case("permanent", lambda: s._shortcmd("BOGUS"))
case("protocol", lambda: s._shortcmd("WEIRD"))
case("decode_header", lambda: nntplib.decode_header(
    "=?utf-8?q?caf=C3=A9?= and =?iso-8859-1?q?d=E9j=E0?= vu"))
case("overview fmt", lambda: nntplib._parse_overview_fmt(
    ["Subject:", "From:", "Date:", "Message-ID:", "References:", ":bytes", ":lines", "Xref:full"]))
case("overview fmt short", lambda: nntplib._parse_overview_fmt(["Subject:"]))
case("parse datetime", lambda: (nntplib._parse_datetime("20100913082004"),
                                nntplib._parse_datetime("690913", "000000")))
case("unparse datetime", lambda: (nntplib._unparse_datetime(datetime.date(1999, 6, 23)),
                                  nntplib._unparse_datetime(
                                      datetime.datetime(2000, 1, 2, 3, 4, 5), True)))
case("errors", lambda: (nntplib.NNTPError().response, nntplib.NNTPReplyError("x").response,
                        issubclass(nntplib.NNTPDataError, nntplib.NNTPError),
                        sorted(nntplib.__all__)))
case("quit", s.quit)
thread.join(10)
case("closed", lambda: hasattr(s, "file"))

case("welcome 400", lambda: connect(b"400 Service temporarily unavailable"))
case("welcome 500", lambda: connect(b"502 Access restriction"))
case("welcome garbage", lambda: connect(b"hello there"))
