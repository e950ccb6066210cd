# ssl37_versions.py: the 3.7+ SSLContext attributes without a peer:
# TLSVersion, minimum_version/maximum_version (defaults, setters, errors),
# security_level, num_tickets, hostname_checks_common_name, the secure
# defaults of every protocol, sslsocket_class/sslobject_class. Run under
# gpython-ssl and CPython 3.11; the output must be the same. Printing uses
# repr() of enum members (str() of an IntEnum differs between 3.6 and 3.11).
import ssl
import warnings

warnings.simplefilter('ignore')  # 3.10+ deprecation warnings


def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)


print([repr(m) for m in ssl.TLSVersion])
print(repr(ssl.TLSVersion(771)), repr(ssl.TLSVersion['TLSv1_3']),
      ssl.TLSVersion.TLSv1_2 == 771, int(ssl.TLSVersion.MAXIMUM_SUPPORTED),
      ssl.TLSVersion.TLSv1_3.name, ssl.TLSVersion.TLSv1_3.value,
      isinstance(ssl.TLSVersion.TLSv1, ssl.TLSVersion))
attempt('TLSVersion(5)', lambda: ssl.TLSVersion(5))
print(sorted(n for n in dir(ssl) if n.startswith('HAS_') and n != 'HAS_TLS_UNIQUE' and n != 'HAS_PSK'))
print([(n, getattr(ssl, n)) for n in ['HAS_SSLv2', 'HAS_SSLv3', 'HAS_TLSv1', 'HAS_TLSv1_1', 'HAS_TLSv1_2', 'HAS_TLSv1_3', 'HAS_NEVER_CHECK_COMMON_NAME']])

protocols = ['PROTOCOL_TLS', 'PROTOCOL_TLS_CLIENT', 'PROTOCOL_TLS_SERVER',
             'PROTOCOL_TLSv1', 'PROTOCOL_TLSv1_1', 'PROTOCOL_TLSv1_2']
for name in protocols:
    c = ssl.SSLContext(getattr(ssl, name))
    print(name, repr(c.minimum_version), repr(c.maximum_version),
          c.security_level, c.num_tickets, c.hostname_checks_common_name,
          int(c.options), int(c.verify_mode), c.check_hostname)
    print('  ciphers', [x['name'] for x in c.get_ciphers()])
for label, c in [('default', ssl.create_default_context()),
                 ('default server', ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)),
                 ('unverified', ssl._create_unverified_context())]:
    print(label, repr(c.minimum_version), repr(c.maximum_version), c.security_level,
          int(c.options), [x['name'] for x in c.get_ciphers()])

c = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
values = [ssl.TLSVersion.TLSv1, ssl.TLSVersion.SSLv3, ssl.TLSVersion.TLSv1_3,
          ssl.TLSVersion.MAXIMUM_SUPPORTED, ssl.TLSVersion.MINIMUM_SUPPORTED,
          771, 0x305, 0, -3, 'x', None, 2**40, 2**70, 1.5, True]
for v in values:
    def setmin():
        c.minimum_version = v
        return c.minimum_version

    def setmax():
        c.maximum_version = v
        return c.maximum_version
    attempt('min %r' % (v,), setmin)
    attempt('max %r' % (v,), setmax)
c = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
c.options |= ssl.OP_NO_SSLv3
c.minimum_version = ssl.TLSVersion.SSLv3
print('SSLv3 minimum clears OP_NO_SSLv3', bool(c.options & ssl.OP_NO_SSLv3))
c.minimum_version = ssl.TLSVersion.TLSv1_3
c.maximum_version = ssl.TLSVersion.TLSv1_2
print('crossed', repr(c.minimum_version), repr(c.maximum_version))
for name in ['PROTOCOL_TLSv1', 'PROTOCOL_TLSv1_2']:
    f = ssl.SSLContext(getattr(ssl, name))

    def setf():
        f.minimum_version = ssl.TLSVersion.TLSv1_2

    def setfm():
        f.maximum_version = ssl.TLSVersion.TLSv1_2
    attempt(name + ' minimum', setf)
    attempt(name + ' maximum', setfm)
attempt('del minimum_version', lambda: delattr(c, 'minimum_version'))
attempt('set security_level', lambda: setattr(c, 'security_level', 1))
c.set_ciphers('DEFAULT:@SECLEVEL=1')
print('security_level after @SECLEVEL=1', c.security_level)
c.set_ciphers('DEFAULT:@SECLEVEL=0')
print('security_level after @SECLEVEL=0', c.security_level)

s = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
for v in [0, 5, -1, 'x', 2**40, 2**64, 1.5]:
    def nt():
        s.num_tickets = v
        return s.num_tickets
    attempt('num_tickets %r' % (v,), nt)
for name in ['PROTOCOL_TLS_CLIENT', 'PROTOCOL_TLS']:
    t = ssl.SSLContext(getattr(ssl, name))

    def ntc():
        t.num_tickets = 1
    attempt('num_tickets on ' + name, ntc)
    attempt('num_tickets -1 on ' + name, lambda: setattr(t, 'num_tickets', -1))

h = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
for v in [False, 1, 0, 'x', '', None]:
    h.hostname_checks_common_name = v
    print('hostname_checks_common_name', repr(v), h.hostname_checks_common_name)

print(ssl.SSLContext.sslsocket_class is ssl.SSLSocket,
      ssl.SSLContext.sslobject_class is ssl.SSLObject,
      h.sslsocket_class is ssl.SSLSocket, h.sslobject_class is ssl.SSLObject)


class Recorder:
    calls = []

    @classmethod
    def _create(cls, *args, **kwargs):
        cls.calls.append((len(args), sorted(kwargs)))
        return ssl.SSLObject._create(*args, **kwargs)


ssl.SSLContext.sslobject_class = Recorder
try:
    bio = h.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_hostname='example.com')
    print('custom sslobject_class', type(bio).__name__, bio.server_hostname, Recorder.calls)
finally:
    ssl.SSLContext.sslobject_class = ssl.SSLObject
bio = h.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_hostname='example.com')
print('restored', type(bio).__name__, len(Recorder.calls))


# Classes derived from SSLSocket and SSLObject, named by sslsocket_class
# and sslobject_class: wrap_socket and wrap_bio make instances of them
# (through the inherited _create classmethod, no __init__ run), whose
# own methods and SSLSocket's/SSLObject's both work.
class MySSLSocket(ssl.SSLSocket):
    def describe(self):
        return 'socket server_side=%s' % self.server_side


class MySSLObject(ssl.SSLObject):
    def describe(self):
        return 'object server_side=%s host=%s' % (self.server_side, self.server_hostname)


import socket
c = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
c.sslsocket_class = MySSLSocket
c.sslobject_class = MySSLObject
with c.wrap_socket(socket.socket(), server_hostname='example.com',
                   do_handshake_on_connect=False) as s:
    print(type(s).__name__, isinstance(s, ssl.SSLSocket), s.describe(), s.server_hostname)
o = c.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_hostname='example.com')
print(type(o).__name__, isinstance(o, ssl.SSLObject), o.describe())
try:
    o.do_handshake()
except ssl.SSLWantReadError:
    print('want read, client hello pending', o.pending() == 0)
o2 = MySSLObject._create(ssl.MemoryBIO(), ssl.MemoryBIO(), server_side=False,
                         server_hostname='example.org', context=c)
print(type(o2).__name__, o2.describe(), o2.context is c)
