# Scripts hang their own attributes on SSLObject and SSLSocket instances
# (Python classes in 3.6) and may replace a method on one instance.
import socket
import ssl

ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
incoming, outgoing = ssl.MemoryBIO(), ssl.MemoryBIO()
obj = ctx.wrap_bio(incoming, outgoing, server_hostname="example.test")

obj.tag = "client-1"
obj.retries = 0
obj.retries += 2
print(obj.tag, obj.retries, getattr(obj, "tag"), hasattr(obj, "missing"))
print(sorted(obj.__dict__.items()) if "_sslobj" not in obj.__dict__ else
      sorted((k, v) for k, v in obj.__dict__.items() if k != "_sslobj"))
print([k for k in vars(obj) if k != "_sslobj"])

# An instance attribute shadows the class's method; deleting it unshadows.
calls = []
real_read = obj.read
def traced_read(n=1024):
    calls.append(n)
    return b"traced"
obj.read = traced_read
print(obj.read(7), calls)
del obj.read
try:
    obj.read(10)
except ssl.SSLWantReadError:
    print("read is the method again: SSLWantReadError")

# Properties keep answering: no instance attribute hides them.
try:
    obj.server_side = True
except AttributeError as e:
    print("AttributeError", e)
print(obj.server_side, obj.server_hostname)
try:
    obj.context = 42
except TypeError as e:
    print("TypeError", e)
print(obj.context is ctx)

try:
    del obj.never_set
except AttributeError as e:
    print("AttributeError", e)
del obj.tag
print(hasattr(obj, "tag"))

# Attributes on SSLSocket, before and after close.
sock = ctx.wrap_socket(socket.socket(), server_hostname="example.test",
                       do_handshake_on_connect=False)
sock.peer_label = "db-primary"
sock.opened = [1, 2]
sock.opened.append(3)
print(sock.peer_label, sock.opened, sock.__dict__.get("peer_label"))
sock.fileno = lambda: -99  # shadows the method on this instance only
print(sock.fileno())
del sock.fileno
print(sock.fileno() >= 0)
try:
    del sock.fileno
except AttributeError as e:
    print("AttributeError", e)
sock.close()
print(sock.peer_label, sock.fileno())
# 3.6's plain instance attributes, which the methods read at each call.
print(sock.do_handshake_on_connect, sock.suppress_ragged_eofs)
sock.suppress_ragged_eofs = False
print(sock.suppress_ragged_eofs)
