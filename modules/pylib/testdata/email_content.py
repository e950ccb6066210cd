# EmailMessage content: set_content for str and bytes, add_attachment,
# add_alternative, add_related, make_*, get_body, iter_attachments,
# get_content, clear_content and folding of long Content-Type lines.
from email.message import EmailMessage


def show(msg):
    text = msg.as_string()
    bounds = []
    for part in msg.walk():
        b = part.get_boundary()
        if b and b not in bounds:
            bounds.append(b)
    for i, b in enumerate(bounds):
        text = text.replace(b, "B%d-%d" % (i, len(b)))
    print(text)
    print("----")


m = EmailMessage()
m["From"] = "Alice <alice@example.test>"
m["Subject"] = "report"
m.set_content("Hello Bob,\n\nthe report is attached.\n")
m.add_attachment(b"id,value\n1,10\n", maintype="text", subtype="csv", filename="r.csv")
m.add_attachment(b"\x00\x01bin" * 30, maintype="application", subtype="octet-stream", filename="a.bin")
m.add_attachment("some text", filename="notes.txt")
m.add_attachment(b"zz", maintype="application", subtype="zip")
show(m)
print(m.is_multipart(), m.get_content_type(), [p.get_content_type() for p in m.iter_attachments()])
print([p.get_filename() for p in m.iter_attachments()], [p.is_attachment() for p in m.walk()])
print(repr(m.get_body().get_content()))
for p in m.iter_attachments():
    print(repr(p.get_content()))

m = EmailMessage()
m["Subject"] = "alt"
m.set_content("plain body\n")
m.add_alternative("<p>html body</p>\n", subtype="html")
m.add_attachment(b"PK\x03\x04", maintype="application", subtype="zip", filename="x.zip",
                 disposition="inline")
show(m)
print([p.get_content_type() for p in m.walk()])
print(m.get_body().get_content_type(), repr(m.get_body(("plain",)).get_content()))
print([p.get_filename() for p in m.iter_attachments()])
for kind in ("alternative", "related"):
    try:
        getattr(m, "make_" + kind)()
    except ValueError as e:
        print("ValueError:", e)
try:
    m.set_content("x")
except TypeError as e:
    print("TypeError:", e)

m = EmailMessage()
m.set_content("<img src='cid:logo'>", subtype="html")
m.add_related(b"GIF89a", "image", "gif", cid="<logo>")
show(m)
print(m.get_body().get_content_type(), m.get_body(("html",)).get_content_type())

m = EmailMessage()
m.add_attachment(b"zz", maintype="application", subtype="zip")
show(m)
n = EmailMessage()
n.set_content("a" * 100)
n.make_mixed()
print(n.get_content_type(), len(n.get_payload()), repr(n.get_payload(0).get_content()))
n.clear_content()
print(n.items(), n.get_payload())
p = EmailMessage()
p["X"] = "1"
p.set_content("text", disposition="inline", filename="t.txt", headers=["X-Extra: yes"])
show(p)
p.set_content(b"\xff\xfe", "application", "octet-stream", params={"name": "f"})
show(p)
print(repr(p.get_content()))
