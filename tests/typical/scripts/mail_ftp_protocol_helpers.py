"""The protocol helper functions behind smtplib, imaplib and ftplib that
mail and transfer scripts call directly: address quoting, IMAP dates and
flags, FTP reply parsing, and the exception classes' shapes."""
import ftplib
import imaplib
import poplib
import smtplib
import time


def show(label, func, *args):
    try:
        print("%-44s %r" % (label, func(*args)))
    except Exception as exc:
        print("%-44s %s: %s" % (label, type(exc).__name__, exc))


for addr in ("ops@example.org", "Ops Team <ops@example.org>", "<>", "", "broken <", '"Q, R" <q@r.example>'):
    show("smtplib.quoteaddr(%r)" % addr, smtplib.quoteaddr, addr)
show("smtplib.quotedata", smtplib.quotedata, "line1\n.hidden\r\nend")
print("SMTP ports:", smtplib.SMTP_PORT, smtplib.SMTP_SSL_PORT, "POP3:", poplib.POP3_PORT, poplib.POP3_SSL_PORT,
      "IMAP:", imaplib.IMAP4_PORT, imaplib.IMAP4_SSL_PORT, "FTP:", ftplib.FTP_PORT)

exc = smtplib.SMTPResponseException(550, b"mailbox unavailable")
print(repr(exc), exc.smtp_code, exc.smtp_error, exc.args)
exc = smtplib.SMTPRecipientsRefused({"a@x": (550, b"no")})
print(repr(exc), exc.recipients)
exc = smtplib.SMTPSenderRefused(553, b"bad sender", "me@x")
print(exc.smtp_code, exc.sender, exc.args)
print(issubclass(smtplib.SMTPServerDisconnected, OSError), issubclass(smtplib.SMTPNotSupportedError, smtplib.SMTPException))

stamp = imaplib.Internaldate2tuple(b'25 (INTERNALDATE "14-Mar-2026 15:09:26 +0000")')
print("Internaldate2tuple:", stamp[:6] if stamp else stamp)
print("Internaldate2tuple(no date):", imaplib.Internaldate2tuple(b"25 (FLAGS ())"))
print("Time2Internaldate:", imaplib.Time2Internaldate('"14-Mar-2026 15:09:26 +0000"'))
print("Time2Internaldate(tuple):", imaplib.Time2Internaldate((2026, 3, 14, 15, 9, 26, 5, 73, -1)).count(" "))
show("Time2Internaldate('x')", imaplib.Time2Internaldate, "x")
print("ParseFlags:", imaplib.ParseFlags(b"1 (FLAGS (\\Seen \\Answered $Forwarded))"))
print("ParseFlags(none):", imaplib.ParseFlags(b"1 (UID 7)"))
print("Int2AP:", imaplib.Int2AP(0), imaplib.Int2AP(255), imaplib.Int2AP(4096))
print(issubclass(imaplib.IMAP4.abort, imaplib.IMAP4.error), issubclass(imaplib.IMAP4.readonly, imaplib.IMAP4.abort))

show("parse227 ok", ftplib.parse227, "227 Entering Passive Mode (127,0,0,1,195,80).")
show("parse227 odd", ftplib.parse227, "227 =10,1,2,3,4,1")
show("parse227 wrong code", ftplib.parse227, "200 ok")
show("parse227 garbage", ftplib.parse227, "227 no numbers here")
show("parse229 ok", ftplib.parse229, "229 Entering Extended Passive Mode (|||50000|)", ("127.0.0.1", 21))
show("parse229 bad", ftplib.parse229, "229 Entering Extended Passive Mode (|x|50000)", ("h", 21))
show("parse229 wrong code", ftplib.parse229, "227 x", ("h", 21))
show("parse257 quoted", ftplib.parse257, '257 "/home/ops ""x""" is current directory.')
show("parse257 bare", ftplib.parse257, "257 /home")
show("parse257 wrong code", ftplib.parse257, "250 ok")
show("parse150 size", ftplib.parse150, "150 Opening BINARY mode data connection for cert.pem (1234 bytes).")
show("parse150 none", ftplib.parse150, "150 Opening data connection.")
print(ftplib.all_errors)
print(issubclass(ftplib.error_perm, ftplib.Error), ftplib.error_reply.__mro__[1].__name__)
print(poplib.error_proto("-ERR locked").args, poplib.POP3.__doc__.splitlines()[0][:40] != "")
print("time module sane:", time.strptime("14-Mar-2026", "%d-%b-%Y")[:3])
