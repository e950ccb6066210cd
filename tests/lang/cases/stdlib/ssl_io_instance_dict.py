# SSLObject and SSLSocket (Python classes in 3.6) and the _io file objects
# (C types with a __dict__) share one instance-dict mechanism: dir() lists
# what a script set, __dict__ may be replaced on the ssl objects but not
# on the files, and only the ssl objects answer __weakref__.
import os
import socket
import ssl
import tempfile

ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
obj = ctx.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_hostname="a.test")
sock = ctx.wrap_socket(socket.socket(), server_hostname="a.test",
                       do_handshake_on_connect=False)
d = tempfile.mkdtemp()
p = os.path.join(d, "x.bin")
with open(p, "wb") as f:
    f.write(b"data")
files = [open(p, "rb"), open(p, "rb", buffering=0), open(p)]


def errors(x, *values):
    for bad in values:
        try:
            x.__dict__ = bad
            print("  set", type(bad).__name__)
        except (TypeError, AttributeError) as e:
            print(" ", type(e).__name__, e)


for x in [obj, sock] + files:
    name = type(x).__name__
    print(name, "__dict__" in dir(x), "__weakref__" in dir(x),
          hasattr(x, "__weakref__"))
    x.label = "tagged"
    print("  label in dir:", "label" in dir(x), "label" in vars(x))
    errors(x, 1, None, [("a", 1)])
    try:
        del x.__dict__
        print("  deleted", "label" in dir(x), hasattr(x, "label"))
    except AttributeError as e:
        print("  AttributeError", e)
    try:
        del x.__class__
    except TypeError as e:
        print("  TypeError", e)

for x in (obj, sock):
    name = type(x).__name__
    print(name, x.__weakref__)
    x.__dict__ = {"a": 1, "b": [2]}
    print("  replaced", x.a, x.b, sorted(vars(x)), "a" in dir(x))
    x.c = 3
    print("  after", sorted(x.__dict__.items()))
    ns = x.__dict__
    x.__dict__ = ns
    print("  same dict", x.__dict__ is ns)
    try:
        x.__weakref__ = 1
    except AttributeError as e:
        print("  AttributeError", e)
    try:
        del x.__weakref__
    except AttributeError as e:
        print("  AttributeError", e)

print(type(socket.socket.__dict__["__weakref__"]).__name__, "__weakref__" in vars(ssl.SSLSocket),
      ssl.SSLObject.__weakref__)

try:
    del obj.server_side
except AttributeError as e:
    print("SSLObject AttributeError", e)

# An SSLSocket's server_side and server_hostname are plain attributes.
s2 = ctx.wrap_socket(socket.socket(), server_hostname="b.test")
print(s2.server_side, s2.server_hostname)
s2.server_hostname = "c.test"
s2.server_side = "no"
print(s2.server_side, s2.server_hostname)
del s2.server_hostname
for step in ("read", "del"):
    try:
        if step == "read":
            s2.server_hostname
        else:
            del s2.server_hostname
    except AttributeError as e:
        print(step, "AttributeError", e)
s2.server_hostname = None
print(s2.server_hostname)
s2.close()
# server_side keeps the object wrap_socket was given.
sctx = ssl.SSLContext(ssl.PROTOCOL_TLS)
for given in (0, "", [], None, 1):
    s3 = sctx.wrap_socket(socket.socket(), server_side=given)
    print(repr(s3.server_side), end=" ")
    s3.close()
print()

sock.close()
for f in files:
    f.close()
os.remove(p)
os.rmdir(d)
