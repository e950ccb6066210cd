# mailbox's MH and MMDF mailboxes, the MH/Babyl/MMDF message classes and
# their conversions, the file views, quopri's own (non-binascii) code and
# smtplib's refusal of newlines in commands, compared with CPython 3.6.
import io
import os
import shutil
import tempfile
import mailbox
import quopri
import smtplib

SAMPLE = ("From: a@example.com\nTo: b@example.com\nSubject: test %d\n"
          "X-Long: " + "word " * 20 + "end\n\nbody line\nFrom here\n")


def case(name, fn):
    try:
        result = fn()
    except Exception as e:
        result = "!! %s: %s" % (type(e).__name__, e)
    print("--", name)
    print(repr(result).replace(root, "<root>"))


root = tempfile.mkdtemp()
try:
    mh = mailbox.MH(os.path.join(root, "mh"))
    case("mh empty", lambda: (sorted(os.listdir(mh._path)), len(mh), mh.get_sequences()))
    m1 = mailbox.MHMessage(SAMPLE % 1)
    m1.add_sequence("unseen")
    m1.add_sequence("flagged")
    k1 = mh.add(m1)
    k2 = mh.add(SAMPLE % 2)
    k3 = mh.add(mailbox.MHMessage(SAMPLE % 3))
    case("mh keys", lambda: (k1, k2, k3, mh.keys(), 2 in mh, 9 in mh))
    case("mh sequences", mh.get_sequences)
    case("mh message", lambda: (mh[k1]["subject"], mh[k1].get_sequences(),
                                type(mh[k2]).__name__))
    case("mh bytes", lambda: mh.get_bytes(k2))
    case("mh file", lambda: mh.get_file(k3).readline())
    mh.set_sequences({"unseen": [1, 2, 3], "replied": [3]})
    case("mh set sequences", lambda: (mh.get_sequences(),
                                      open(os.path.join(mh._path, ".mh_sequences")).read()))
    mh.remove(k2)
    case("mh remove", lambda: (mh.keys(), mh.get_sequences()))
    case("mh remove missing", lambda: mh.remove(42))
    mh.pack()
    case("mh pack", lambda: (mh.keys(), mh.get_sequences()))
    mh[1] = SAMPLE % 9
    case("mh setitem", lambda: mh[1]["subject"])
    sub = mh.add_folder("inbox")
    case("mh folders", lambda: (mh.list_folders(), len(sub)))
    sub.add(SAMPLE % 4)
    case("mh remove full folder", lambda: mh.remove_folder("inbox"))
    sub.remove(1)
    mh.remove_folder("inbox")
    case("mh folder removed", mh.list_folders)
    case("mh missing", lambda: mailbox.MH(os.path.join(root, "nope"), create=False))
    mh.lock()
    mh.add(SAMPLE % 5)
    mh.unlock()
    mh.close()

    path = os.path.join(root, "box.mmdf")
    box = mailbox.MMDF(path)
    box.add(SAMPLE % 1)
    msg = mailbox.MMDFMessage(SAMPLE % 2)
    msg.set_from("sender@example.com", (2001, 2, 3, 4, 5, 6, 0, 0, 0))
    msg.add_flag("RF")
    box.add(msg)
    box.flush()
    case("mmdf file", lambda: open(path, "rb").read().replace(
        box[0].get_from().encode(), b"<from>"))
    case("mmdf messages", lambda: [(type(m).__name__, m["subject"], m.get_flags())
                                   for m in box.values()])
    box.remove(0)
    box.close()
    case("mmdf after remove", lambda: open(path, "rb").read())
    box = mailbox.MMDF(path)
    case("mmdf reopened", lambda: (len(box), box[1].get_from(), box.get_bytes(1)[:20]))
    box.close()
    case("deprecated text input", lambda: mailbox.mbox(os.path.join(root, "t")).add(
        io.StringIO(SAMPLE % 7)))
finally:
    shutil.rmtree(root)


def conversions():
    out = []
    mhm = mailbox.MHMessage(SAMPLE % 1)
    mhm.set_sequences(["flagged", "replied"])
    bab = mailbox.BabylMessage(SAMPLE % 1)
    bab.set_labels(["unseen", "answered", "deleted", "forwarded"])
    md = mailbox.MaildirMessage(SAMPLE % 1)
    md.set_flags("FRT")
    mb = mailbox.mboxMessage(SAMPLE % 1)
    mb.set_flags("RAD")
    for src in (mhm, bab, md, mb):
        for cls in (mailbox.MaildirMessage, mailbox.mboxMessage, mailbox.MMDFMessage,
                    mailbox.MHMessage, mailbox.BabylMessage):
            m = cls(src)
            state = {
                "MaildirMessage": lambda: (m.get_subdir(), m.get_flags()),
                "mboxMessage": m.get_flags if hasattr(m, "get_flags") else None,
            }.get(cls.__name__)
            if isinstance(m, mailbox.MaildirMessage):
                state = (m.get_subdir(), m.get_flags())
            elif isinstance(m, (mailbox.mboxMessage, mailbox.MMDFMessage)):
                state = (m.get_flags(), m["status"], m["x-status"])
            elif isinstance(m, mailbox.MHMessage):
                state = m.get_sequences()
            else:
                state = m.get_labels()
            out.append((type(src).__name__, cls.__name__, state))
    return out


case("conversions", conversions)


def babyl_visible():
    b = mailbox.BabylMessage(SAMPLE % 1)
    b.update_visible()
    v = b.get_visible()
    b.add_label("x")
    b.add_label("x")
    b.remove_label("nope")
    return type(v).__name__, v.items(), b.get_labels()


case("babyl visible", babyl_visible)
case("bad label", lambda: mailbox.BabylMessage().add_label(3))
case("bad sequence", lambda: mailbox.MHMessage().add_sequence(3))
case("mmdf is not mbox", lambda: (issubclass(mailbox.MMDFMessage, mailbox.mboxMessage),
                                  isinstance(mailbox.MMDFMessage(), mailbox._mboxMMDFMessage)))


def views():
    f = io.BytesIO(b"line one\nline two\nline three\n")
    p = mailbox._ProxyFile(f, 5)
    first = p.readline()
    q = mailbox._PartialFile(f, 9, 18)
    got = (first, p.tell(), q.read(4), q.tell(), q.readlines(), q.read())
    q.seek(-3, 2)
    got += (q.read(), q.tell())
    q.close()
    p.seek(0)
    got += (p.read(4), f.closed, q.closed)
    p.close()
    return got + (f.closed, p.closed)


case("file views", views)
saved = quopri.a2b_qp, quopri.b2a_qp
quopri.a2b_qp = quopri.b2a_qp = None
try:
    case("quopri encode", lambda: quopri.encodestring(
        b"caf\xe9 = ok\t \n" + b"x" * 90 + b"\n.\nend "))
    case("quopri encode tabs", lambda: quopri.encodestring(b"a b\tc", quotetabs=True))
    case("quopri encode header", lambda: quopri.encodestring(b"a b_c", header=True))
    case("quopri decode", lambda: quopri.decodestring(
        b"caf=E9 =3D ok=09=20\nsoft=\nbreak==\nbad=ZZ\n  trailing  \nlast"))
    case("quopri decode header", lambda: quopri.decodestring(b"a_b=5Fc", header=True))
finally:
    quopri.a2b_qp, quopri.b2a_qp = saved
case("smtp newline", lambda: smtplib.SMTP().putcmd("mail", "FROM:<a>\r\nRCPT TO:<b>"))
