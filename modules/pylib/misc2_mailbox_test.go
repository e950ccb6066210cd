package pylib_test

import (
	"testing"

	"github.com/gpython-ssl/gpython-ssl/internal/pytesting"
)

// Differential tests of mailbox (mbox and Maildir, their message classes
// and conversions) against CPython 3.6, in a scratch directory; the dates
// of "From " lines written now are masked, and Maildir keys (which hold
// the time, the pid and the host name) are never printed.

const mailboxPrelude = pytesting.ShowRepr + `import mailbox, email, os, re, tempfile, shutil, atexit
_old = os.getcwd()
_dir = tempfile.mkdtemp()
os.chdir(_dir)
def _cleanup():
    os.chdir(_old)
    shutil.rmtree(_dir)
atexit.register(_cleanup)
_n = [0]
def name():
    _n[0] += 1
    return "box%d" % _n[0]
def mask(x):
    return re.sub(r'\w\w\w \w\w\w [ \d]\d \d\d:\d\d:\d\d \d\d\d\d', 'DATE', x if isinstance(x, str) else repr(x))
def raw(path):
    with open(path, "rb") as f:
        return mask(f.read())
def bob():
    m = mailbox.mboxMessage('Subject: two\n\nbody')
    m.set_from('bob@x', (2001, 2, 3, 4, 5, 6, 0, 0, 0))
    m.set_flags('RFA')
    return m
def three():
    base = name()
    mb = mailbox.mbox(base)
    keys = [mb.add('From: a\nSubject: one\n\nFrom here\nline\n'), mb.add(bob()), mb.add(b'Subject: three\r\n\r\nx\r\n')]
    return base, mb, keys
def after(f):
    base, mb, keys = three()
    r = f(mb)
    mb.flush()
    out = raw(base), mb.keys(), mask(r)
    mb.close()
    return out
def maildir():
    base = name()
    return base, mailbox.Maildir(base)
def md_message(subject, flags="", subdir="new", date=None):
    m = mailbox.MaildirMessage('Subject: %s\n\nbody of %s\n' % (subject, subject))
    if flags:
        m.set_flags(flags)
    m.set_subdir(subdir)
    if date is not None:
        m.set_date(date)
    return m
def listing(base):
    return {d: sorted(os.listdir(os.path.join(base, d))) and len(os.listdir(os.path.join(base, d))) for d in ("tmp", "new", "cur")}
def names(f):
    try:
        return f()
    except Exception as e:
        return type(e).__name__, os.path.basename(str(e)) if isinstance(e, mailbox.Error) else str(e)
`

var mailboxCases = []pytesting.Case{
	{"all", `(sorted(n for n in mailbox.__all__ if not n.startswith(("MH", "Babyl", "MMDF"))), [c.__name__ for c in mailbox.MaildirMessage.__mro__[:3]], mailbox.Message in mailbox.mboxMessage.__mro__)`},
	{"errors", `[(e.__name__, [b.__name__ for b in e.__bases__]) for e in (mailbox.Error, mailbox.NoSuchMailboxError, mailbox.NotEmptyError, mailbox.ExternalClashError, mailbox.FormatError)]`},
	{"mbox file", `(lambda b: (raw(b[0]), b[2], len(b[1]), b[1].close()))(three())`},
	{"mbox flush file", `after(lambda mb: None)`},
	{"mbox get_message", `(lambda b: (lambda g: (type(g).__name__, g.get_from(), g.get_flags(), g["subject"], g.get_payload(), g.items(), b[1].close()))(b[1].get_message(1)))(three())`},
	{"mbox get_bytes", `(lambda b: (mask(b[1].get_bytes(0)), mask(b[1].get_bytes(0, True)), mask(b[1].get_string(2)), b[1].close()))(three())`},
	{"mbox get_file", `(lambda b: (mask(b[1].get_file(1).read()), b[1].close()))(three())`},
	{"mbox remove", `after(lambda mb: mb.remove(0))`},
	{"mbox delitem", `after(lambda mb: mb.__delitem__(1))`},
	{"mbox discard missing", `after(lambda mb: mb.discard(7))`},
	{"mbox remove missing", `(lambda b: names(lambda: b[1].remove(9)))(three())`},
	{"mbox getitem missing", `(lambda b: names(lambda: b[1][9]))(three())`},
	{"mbox replace", `after(lambda mb: mb.__setitem__(2, 'Subject: replaced\n\nnew body\n'))`},
	{"mbox iterate", `(lambda b: ([mask(m["subject"]) for m in b[1]], [k for k, m in b[1].iteritems()], [m.get_from()[:5] for m in b[1].values()], b[1].close()))(three())`},
	{"mbox contains len", `(lambda b: (0 in b[1], 5 in b[1], len(b[1]), b[1].get(5, "dflt"), b[1].close()))(three())`},
	{"mbox pop popitem", `after(lambda mb: (mb.pop(1)["subject"], mb.pop(9, "none"), mb.popitem()[0]))`},
	{"mbox clear", `after(lambda mb: mb.clear())`},
	{"mbox update", `after(lambda mb: mb.update({0: 'Subject: upd\n\n'}))`},
	{"mbox update missing", `(lambda b: names(lambda: b[1].update([(9, 'Subject: x\n\n')])))(three())`},
	{"mbox reopen", `(lambda b: (b[1].close(), (lambda mb: (mb.keys(), [m.get_from()[:5] for m in mb], mb.close()))(mailbox.mbox(b[0]))))(three())`},
	{"mbox lock files", `(lambda b: (b[1].lock(), sorted(f for f in os.listdir(".") if f.startswith(b[0])), b[1].unlock(), sorted(f for f in os.listdir(".") if f.startswith(b[0])), b[1].close()))(three())`},
	{"mbox lock twice", `(lambda b: (b[1].lock(), b[1].lock(), b[1].unlock(), b[1].unlock(), b[1].close()))(three())`},
	{"mbox non ascii str", `(lambda b: names(lambda: b[1].add('Subject: \u00e9\n\n')))(three())`},
	{"mbox bad type", `(lambda b: names(lambda: b[1].add(42)))(three())`},
	{"mbox email message", `after(lambda mb: mb.add(email.message_from_string('From someone Sat Jan  1 00:00:00 2000\nSubject: e\n\nFrom body\n')))`},
	{"mbox bytes from line", `after(lambda mb: mb.add(b'From me@here Sat Jan  1 00:00:00 2000\nSubject: b\n\nz\n'))`},
	{"mbox missing", `names(lambda: mailbox.mbox("absent", create=False))`},
	{"mbox factory", `(lambda b: (type(mailbox.mbox(b[0], factory=lambda f: f.read())[0]), b[1].close()))(three())`},
	{"maildir layout", `(lambda b: sorted(os.listdir(b[0])))(maildir())`},
	{"maildir add", `(lambda b: (lambda k: (k.count("."), os.listdir(os.path.join(b[0], "new")) == [k], listing(b[0])))(b[1].add('Subject: m\n\nhi\n')))(maildir())`},
	{"maildir add message", `(lambda b: (lambda k: (os.listdir(os.path.join(b[0], "cur"))[0][len(k):], (lambda g: (g.get_flags(), g.get_subdir(), g.get_info(), g.get_date(), g["subject"]))(b[1].get_message(k))))(b[1].add(md_message("q", "SR", "cur", 1000000))))(maildir())`},
	{"maildir bytes string", `(lambda b: (lambda k: (b[1].get_bytes(k), b[1].get_string(k), b[1].get_file(k).read()))(b[1].add('Subject: m\n\nhi\n')))(maildir())`},
	{"maildir mapping", `(lambda b: (lambda k1, k2: (len(b[1]), k1 in b[1], "nope" in b[1], sorted(m["subject"] for m in b[1]), sorted(b[1].keys()) == sorted([k1, k2]), b[1].get("nope")))(b[1].add(md_message("a")), b[1].add(md_message("b", "F", "cur"))))(maildir())`},
	{"maildir replace", `(lambda b: (lambda k: (b[1].__setitem__(k, md_message("new", "S", "cur")), b[1][k]["subject"], b[1][k].get_subdir(), b[1][k].get_flags(), len(b[1])))(b[1].add(md_message("old"))))(maildir())`},
	{"maildir replace plain", `(lambda b: (lambda k: (b[1].__setitem__(k, 'Subject: plain\n\n'), b[1][k]["subject"], b[1][k].get_subdir(), b[1][k].get_flags()))(b[1].add(md_message("old", "F", "cur"))))(maildir())`},
	{"maildir remove", `(lambda b: (lambda k: (b[1].remove(k), len(b[1]), names(lambda: b[1].remove(k))[0], b[1].discard(k), names(lambda: b[1][k])[0]))(b[1].add(md_message("x"))))(maildir())`},
	{"maildir pop clear", `(lambda b: (bool(b[1].add(md_message("x"))), bool(b[1].add(md_message("y"))), b[1].pop(b[1].keys()[0])["subject"] in ("x", "y"), len(b[1]), b[1].clear(), len(b[1]), listing(b[0])))(maildir())`},
	{"maildir folders", `(lambda b: (b[1].list_folders(), b[1].add_folder("sub").list_folders(), b[1].list_folders(), sorted(os.listdir(b[0])), sorted(os.listdir(os.path.join(b[0], ".sub")))))(maildir())`},
	{"maildir remove folder", `(lambda b: (bool(b[1].add_folder("s").add(md_message("f"))), names(lambda: b[1].remove_folder("s")), b[1].get_folder("s").clear(), b[1].remove_folder("s"), b[1].list_folders()))(maildir())`},
	{"maildir missing folder", `(lambda b: names(lambda: b[1].get_folder("nope")))(maildir())`},
	{"maildir missing", `names(lambda: mailbox.Maildir("absent", create=False))`},
	{"maildir no-ops", `(lambda b: (b[1].flush(), b[1].lock(), b[1].unlock(), b[1].close(), b[1].clean()))(maildir())`},
	{"mbox flags headers", `(lambda m: [(m.set_flags(f), m.items(), m.get_flags()) for f in ("D", "", "OR", "RODFA")])(mailbox.mboxMessage('Subject: two\n\nbody'))`},
	{"mbox add remove flag", `(lambda m: (m.set_flags("OR"), m.add_flag("AF"), m.get_flags(), m.remove_flag("R"), m.get_flags(), m.items()))(mailbox.mboxMessage('Subject: t\n\nb'))`},
	{"mbox remove flag none", `(lambda m: (m.remove_flag("R"), m.items()))(mailbox.mboxMessage('Subject: t\n\nb'))`},
	{"mbox default from", `mask(mailbox.mboxMessage().get_from())`},
	{"mbox set_from", `(lambda m: [(m.set_from(*a), mask(m.get_from()))[1] for a in (("x",), ("y", (2000, 1, 2, 3, 4, 5, 6, 0, 0)), ("z", True))])(mailbox.mboxMessage())`},
	{"mbox from unixfrom", `mailbox.mboxMessage(email.message_from_string('From x@y Sat Jan  1 00:00:00 2000\nSubject: u\n\nb')).get_from()`},
	{"mbox from str keeps default", `mask(mailbox.mboxMessage('From x@y Sat Jan  1 00:00:00 2000\nSubject: a\n\nb').get_from())`},
	{"mbox to maildir", `(lambda m: (m.set_flags("ORFAD"), (lambda mm: (mm.get_flags(), mm.get_subdir(), mm.items(), mm.get_date()))(mailbox.MaildirMessage(m))))(mailbox.mboxMessage(email.message_from_string('From x@y Sat Jan  1 00:00:00 2000\nSubject: u\n\nb')))`},
	{"maildir to mbox", `(lambda mm: (lambda m: (m.get_flags(), m.get_from(), m.items()))(mailbox.mboxMessage(mm)))(md_message("c", "STFR", "cur", 86400))`},
	{"maildir to maildir", `(lambda mm: (lambda c: (c.get_flags(), c.get_subdir(), c.get_date(), c["subject"]))(mailbox.MaildirMessage(mm)))(md_message("c", "FS", "cur", 5))`},
	{"mbox to mbox", `(lambda m: (lambda c: (c.get_flags(), c.get_from()))(mailbox.mboxMessage(m)))(bob())`},
	{"message plain", `(lambda m: (type(m).__name__, m["subject"], m.get_payload()))(mailbox.Message(b'Subject: b\n\npayload'))`},
	{"message from maildir", `(lambda m: (type(m).__name__, m["subject"], hasattr(m, "_subdir")))(mailbox.Message(md_message("z", "S")))`},
	{"message bad", `names(lambda: mailbox.Message(1))`},
	{"maildir message flags", `(lambda mm: (mm.add_flag("TS"), mm.get_flags(), mm.remove_flag("S"), mm.get_flags(), mm.get_info(), mm.set_info("x"), mm.get_flags()))(mailbox.MaildirMessage())`},
	{"maildir message errors", `[names(f) for f in (lambda: mailbox.MaildirMessage().set_subdir("x"), lambda: mailbox.MaildirMessage().set_info(1), lambda: mailbox.MaildirMessage().set_date("x"))]`},
	{"maildir message defaults", `(lambda mm: (mm.get_subdir(), mm.get_info(), mm.get_flags(), type(mm.get_date())))(mailbox.MaildirMessage())`},
}

func TestMisc2Mailbox(t *testing.T) {
	pytesting.DiffCases(t, "misc2_mailbox", mailboxPrelude, mailboxCases)
}
