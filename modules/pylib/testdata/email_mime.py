import email
from email.mime.text import MIMEText
from email.mime.multipart import MIMEMultipart
from email.mime.application import MIMEApplication
from email.mime.nonmultipart import MIMENonMultipart
from email import encoders, errors
from email.mime.base import MIMEBase
def show(name, f):
    try:
        print(name, repr(f()))
    except Exception as e:
        print(name, "!!", type(e).__name__, e)
m = MIMEMultipart("mixed", boundary="BB")
m.preamble = "This is a multi-part message."
m.epilogue = "bye\n"
m.attach(MIMEText("one\n"))
m.attach(MIMEApplication(b"\x00\xff" * 50, "pdf", Name="f.pdf"))
inner = MIMEMultipart("alternative", boundary="CC")
inner.attach(MIMEText("plain"))
inner.attach(MIMEText("<p>html</p>", "html"))
m.attach(inner)
text = m.as_string()
print(text)
p = email.message_from_string(text)
show("types", lambda: [x.get_content_type() for x in p.walk()])
show("preamble", lambda: p.preamble)
show("epilogue", lambda: p.epilogue)
show("payload0", lambda: p.get_payload(0).get_payload())
show("payload1 decoded", lambda: p.get_payload(1).get_payload(decode=True)[:6])
show("boundary", lambda: (p.get_boundary(), p.get_payload(2).get_boundary()))
show("filename", lambda: p.get_payload(1).get_filename())
show("param", lambda: (p.get_param("boundary"), p.get_payload(0).get_param("charset"), p.get_param("nope")))
show("params", lambda: p.get_payload(0).get_params())
show("round trip", lambda: p.as_string() == text)
show("nonmultipart attach", lambda: MIMEText("x").attach(MIMEText("y")))
show("error classes", lambda: issubclass(errors.MultipartConversionError, TypeError))
show("set_boundary none", lambda: email.message.Message().set_boundary("x"))
show("utf8 text", lambda: MIMEText("\u00e9t\u00e9", "plain").as_string())
show("explicit ascii", lambda: MIMEText("abc", "plain", "us-ascii").as_string())
show("quopri", lambda: (lambda b: (b.set_payload(b"caf\xe9 = ok \n"), encoders.encode_quopri(b), b.as_string())[2])(MIMEBase("text", "plain")))
b = MIMEBase("application", "x-thing")
b.set_payload(b"abc")
encoders.encode_7or8bit(b)
show("7or8bit", lambda: b.as_string())
b = MIMEBase("application", "x-thing")
b.set_payload(b"ab\xffc")
encoders.encode_7or8bit(b)
show("8bit", lambda: b["Content-Transfer-Encoding"])
show("multipart payload list", lambda: len(MIMEMultipart(_subparts=[MIMEText("a"), MIMEText("b")]).get_payload()))
show("walk text", lambda: [x.get_content_type() for x in MIMEText("a").walk()])
