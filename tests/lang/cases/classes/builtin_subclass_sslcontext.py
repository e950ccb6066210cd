# Classes derived from ssl.SSLContext: the context is made from the
# protocol; the subclass's __init__ takes what it likes.
import ssl
import socket

class Context(ssl.SSLContext):
    def __init__(self, protocol, *, name):
        super().__init__(protocol)
        self.name = name
        self.wraps = 0
    def wrap_socket(self, sock, *args, **kwargs):
        self.wraps += 1
        return super().wrap_socket(sock, *args, **kwargs)

c = Context(ssl.PROTOCOL_TLS_CLIENT, name='client')
print(type(c).__name__, isinstance(c, ssl.SSLContext), c.name, c.verify_mode, c.check_hostname)
c.check_hostname = False
c.verify_mode = ssl.CERT_NONE
print(c.verify_mode, c.check_hostname, c.protocol)
s = c.wrap_socket(socket.socket(), server_hostname='example.com', do_handshake_on_connect=False)
print(c.wraps, type(s).__name__, s.context is c, s.server_hostname)
s.close()
o = c.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_hostname='example.com')
print(o.context is c, o.server_side)

class Bare(ssl.SSLContext):
    pass

b = Bare(ssl.PROTOCOL_TLS)
print(type(b).__name__, b.protocol, repr(b).startswith('<__main__.Bare object at '))
b.set_ciphers('HIGH')
print(b.options & ssl.OP_NO_SSLv2 == ssl.OP_NO_SSLv2)
