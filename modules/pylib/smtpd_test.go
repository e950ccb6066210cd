package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of smtpd against CPython 3.6: an SMTPChannel over one
// end of a socket pair is driven by asyncore while the test writes the
// client's lines on the other end and records the replies, and the
// messages handed to process_message.

const smtpdPrelude = pytesting.ShowRepr + `import warnings
warnings.simplefilter("ignore")
import smtpd, asyncore, socket, io, sys
FQDN = socket.getfqdn()
class Server:
    def __init__(self, status=None):
        self.got, self.status = [], status
    def process_message(self, peer, mailfrom, rcpttos, data, **kw):
        self.got.append((mailfrom, rcpttos, data, sorted(kw.items())))
        return self.status
def talk(lines, status=None, **kw):
    m = {}
    a, b = socket.socketpair()
    b.settimeout(2)
    server = Server(status)
    chan = smtpd.SMTPChannel(server, a, ("peer", 1), map=m, **kw)
    replies = []
    def pump():
        for _ in range(3):
            asyncore.loop(timeout=0.002, count=1, map=m)
        out = b""
        b.setblocking(False)
        try:
            while True:
                chunk = b.recv(65536)
                if not chunk:
                    break
                out += chunk
        except BlockingIOError:
            pass
        b.setblocking(True)
        return out.decode("utf-8").replace(FQDN, "<fqdn>").split("\r\n")[:-1]
    replies.append(pump())
    for line in lines:
        b.sendall(line if isinstance(line, bytes) else line.encode("utf-8") + b"\r\n")
        replies.append(pump())
    a.close(); b.close()
    asyncore.close_all(map=m)
    return replies, server.got
MAIL = ["HELO me", "MAIL FROM:<a@b>", "RCPT TO:<c@d>", "RCPT TO: e@f", "DATA", "Subject: x\r\n\r\n..dotted\r\nline\r\n."]
`

var smtpdCases = []pytesting.Case{
	{"names", `(smtpd.__version__, smtpd.DATA_SIZE_DEFAULT, smtpd.SMTPChannel.command_size_limit, sorted(smtpd.__all__))`},
	{"one message", `talk(MAIL)`},
	{"one message decoded", `talk(MAIL, decode_data=True)`},
	{"status from process_message", `talk(MAIL, status="550 No thanks")`},
	{"ehlo", `talk(["EHLO me", "HELP", "HELP mail", "HELP nope", "NOOP", "NOOP x", "RSET", "RSET x", "EXPN a", "QUIT"])`},
	{"ehlo utf8", `talk(["EHLO me", "MAIL FROM:<\u00e9@b> SMTPUTF8 SIZE=10", "RCPT TO:<x@y>", "DATA", "caf\u00e9\r\n."], enable_SMTPUTF8=True)`},
	{"helo errors", `talk(["HELO", "EHLO", "HELO a", "HELO b", "EHLO c", "VRFY", "VRFY <a@b>", "VRFY x y"])`},
	{"out of order", `talk(["MAIL FROM:<a@b>", "RCPT TO:<a@b>", "DATA", "HELO x", "RCPT TO:<a@b>", "DATA", "MAIL FROM:<a@b>", "MAIL FROM:<b@c>", "DATA"])`},
	{"mail syntax", `talk(["HELO x", "MAIL", "MAIL TO:<a@b>", "MAIL FROM:", "MAIL FROM:<a@b> SIZE=5", "EHLO y"])`},
	{"mail parameters", `talk(["EHLO x", "MAIL FROM:<a@b> BODY=9BIT", "MAIL FROM:<a@b> SIZE=x", "MAIL FROM:<a@b> SIZE=99999999999", "MAIL FROM:<a@b> FOO=1", "MAIL FROM:<a@b> SMTPUTF8", "MAIL FROM:<a@b> BODY=8BITMIME SIZE=10", "RCPT TO:<c@d> X=1", "RCPT TO:<c@d> =", "RCPT TO:<c@d>"])`},
	{"unknown and empty", `talk(["FOO bar", "", "helo lower"])`},
	{"long line", `talk(["HELO " + "x" * 600, "NOOP"])`},
	{"data too big", `talk(["HELO x", "MAIL FROM:<a@b>", "RCPT TO:<c@d>", "DATA", "y" * 50 + "\r\n.", "NOOP"], data_size_limit=20)`},
	{"both flags", `(lambda: talk([], enable_SMTPUTF8=True, decode_data=True))()`},
	{"server", `(lambda s: (s.__class__.__name__, s.accepting, s.socket.getsockname()[0], s.close()))(smtpd.SMTPServer(("127.0.0.1", 0), None, map={}))`},
	{"server abstract", `(lambda s: (s.process_message(None, None, None, None), s.close()))(smtpd.SMTPServer(("127.0.0.1", 0), None, map={}))`},
	{"debugging server", `(lambda s, out, old: (setattr(sys, "stdout", out), s.process_message(("1.2.3.4", 5), "a", ["b"], b"H: v\n\nbody", mail_options=["X"], rcpt_options=[]), s.process_message(("1.2.3.4", 5), "a", ["b"], "H: v\n\nbody"), s.process_message(("1.2.3.4", 5), "a", ["b"], ""), setattr(sys, "stdout", old), s.close(), out.getvalue()))(smtpd.DebuggingServer(("127.0.0.1", 0), None, map={}), io.StringIO(), sys.stdout)`},
	{"devnull", `(smtpd.DEBUGSTREAM.write("x"), smtpd.DEBUGSTREAM.flush())`},
}

func TestSmtpdDifferential(t *testing.T) {
	pytesting.DiffCases(t, "smtpd", smtpdPrelude, smtpdCases)
}

// MailmanProxy against CPython 3.6, with a stand-in Mailman package
// (written to a temporary directory once the first case has seen the
// real one missing) that logs what the proxy asks of it.
const smtpdMailmanPrelude = pytesting.ShowRepr + `import warnings
warnings.simplefilter("ignore")
import smtpd, io, os, sys, tempfile
LOG = []
FAKE = {
    "__init__": "",
    "Utils": "import Mailman\ndef list_exists(name):\n    Mailman.LOG.append(('exists', name))\n    return name in ('list1', 'dev')\n",
    "MailList": "import Mailman\nclass MailList:\n    def __init__(self, name, lock=1):\n        Mailman.LOG.append(('open', name, lock))\n        self.name = name\n",
    "Message": "import Mailman\nclass Message:\n"
        "    def __init__(self, fp):\n"
        "        self.h = []\n"
        "        for line in fp.read().split('\\n'):\n"
        "            if not line: break\n"
        "            k, _, v = line.partition(':')\n"
        "            self.h.append((k, v.strip()))\n"
        "    def get(self, k):\n"
        "        return [v for n, v in self.h if n.lower() == k.lower()][:1] or None\n"
        "    def __setitem__(self, k, v):\n"
        "        self.h.append((k, v))\n"
        "    def Enqueue(self, mlist, **kw):\n"
        "        Mailman.LOG.append(('enqueue', mlist.name, sorted(kw.items()), [(k, v if k != 'Date' else bool(v)) for k, v in self.h]))\n",
}
def install_fake():
    d = tempfile.mkdtemp()
    os.mkdir(os.path.join(d, "Mailman"))
    for name, text in FAKE.items():
        with open(os.path.join(d, "Mailman", name + ".py"), "w") as f:
            f.write(text)
    sys.path.insert(0, d)
    import Mailman
    Mailman.LOG = LOG
    return sorted(FAKE)
class Proxy(smtpd.MailmanProxy):
    def _deliver(self, mailfrom, rcpttos, data):
        LOG.append(("deliver", mailfrom, list(rcpttos), data))
        return {"x@y": (550, "no")}
def run(rcpttos, data, cls=Proxy):
    del LOG[:]
    smtpd.DEBUGSTREAM = io.StringIO()
    s = cls(("127.0.0.1", 0), ("127.0.0.1", 9), map={})
    try:
        r = s.process_message(("1.2.3.4", 5), "from@a", rcpttos, data)
    finally:
        s.close()
    out = smtpd.DEBUGSTREAM.getvalue()
    return r, rcpttos, list(LOG), out[out.index("forwarding"):]
`

var smtpdMailmanCases = []pytesting.Case{
	{"in __all__", `("MailmanProxy" in smtpd.__all__, smtpd.MailmanProxy.__mro__[1] is smtpd.PureProxy)`},
	{"no Mailman package", `run(["list1@x"], "Subject: s\n\nbody")`},
	{"SMTPUTF8 refused", `smtpd.MailmanProxy(("127.0.0.1", 0), None, enable_SMTPUTF8=True)`},
	{"SMTPUTF8 false accepted", `(lambda s: (type(s).__name__, s.close()))(smtpd.MailmanProxy(("127.0.0.1", 0), None, map={}, enable_SMTPUTF8=False))`},
	{"install stand-in", `install_fake()`},
	{"lists and others", `run(["list1@x", "LIST1-Admin@x", "dev-join@y", "dev-leave@y", "other@z", "a-b-c@x", "nolist@x", "list1-bogus@x", "list1-@x", "dev-owner@y", "dev-request@y"], "Subject: s\nX: 1\n\nbody\n")`},
	{"headers kept", `run(["dev@y"], "From: me@here\nDate: Mon, 1 Jan 2018\n\nbody")`},
	{"only others", `run(["someone@else", "x@y"], "Subject: s\n\nbody")`},
	{"nobody", `run([], "")`},
}

func TestSmtpdMailmanProxyDifferential(t *testing.T) {
	pytesting.DiffCases(t, "smtpd_mailman", smtpdMailmanPrelude, smtpdMailmanCases)
}
