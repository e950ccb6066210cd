# ssl37_sni.py CAFILE CERT1 CERT2: server_hostname as an IDNA A-label
# (3.7+), the sni_callback property and handshakes through it between two
# SSLObjects over MemoryBIOs (OpenSSL on both sides, in one process). Run
# under gpython-ssl and CPython 3.11; stdout must be the same.
import ssl
import sys

cafile, cert1, cert2 = sys.argv[1:4]

client_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
for h in ['bücher.example', b'xn--bcher-kva.example', 'xn--bcher-kva.example',
          'BÜCHER.Example.', 'straße.de', 'EXAMPLE.com', 'a' * 63 + '.com',
          'a' * 64 + '.com', 'example.' + 'b' * 64, '.lead', '', 'a..b',
          b'\xff', b'b\xc3\xbccher', 'x\x00y', 'example.com.', '127.0.0.1',
          '::1', 'ä' * 70, 'ex\u3002ample', 'xn--abc.ä', 5]:
    try:
        o = client_ctx.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_hostname=h)
        print('hostname', repr(h), 'ok', repr(o.server_hostname))
    except Exception as e:
        print('hostname', repr(h), type(e).__name__, e)

for label, ctx in [('client', ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)),
                   ('server', ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)),
                   ('tls', ssl.SSLContext(ssl.PROTOCOL_TLS))]:
    print(label, 'initial', ctx.sni_callback)
    for v in [None, len, 5]:
        try:
            ctx.sni_callback = v
            print(label, 'set', ctx.sni_callback is v)
        except Exception as e:
            print(label, 'set', type(e).__name__, e)


def server_context(cert):
    c = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    c.load_cert_chain(cert)
    return c


server_ctx = server_context(cert1)
other_ctx = server_context(cert2)
calls = []


def on_sni(sslobj, name, ctx):
    calls.append((type(sslobj).__name__, name, ctx is server_ctx))
    if name == 'switch.example':
        sslobj.context = other_ctx
    elif name == 'deny.example':
        return ssl.ALERT_DESCRIPTION_ACCESS_DENIED
    elif name == 'bad.example':
        return 'not an alert'
    elif name == 'raise.example':
        raise RuntimeError('callback failed')
    return None


server_ctx.sni_callback = on_sni
print('getter returns the callable', server_ctx.sni_callback is on_sni)

client = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
client.load_verify_locations(cafile)
client.check_hostname = False


def handshake(name):
    cin, cout, sin, sout = ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO()
    c = client.wrap_bio(cin, cout, server_hostname=name)
    s = server_ctx.wrap_bio(sin, sout, server_side=True)
    done = {}
    for _ in range(20):
        for side, obj in (('client', c), ('server', s)):
            if side in done:
                continue
            try:
                obj.do_handshake()
                done[side] = 'ok'
            except ssl.SSLWantReadError:
                pass
            except ssl.SSLError as e:
                done[side] = 'error ' + str(e.reason)
        sin.write(cout.read())
        cin.write(sout.read())
        if len(done) == 2 or any(v != 'ok' for v in done.values()):
            break
    org = None
    if done.get('client') == 'ok':
        for rdn in c.getpeercert()['subject']:
            for k, v in rdn:
                if k == 'organizationName':
                    org = v
    print('handshake', repr(name), c.server_hostname, done.get('client'), org,
          'server context switched', s.context is other_ctx)


del calls[:]
for name in ['localhost', 'bücher.example', 'switch.example', 'deny.example',
             'bad.example', 'raise.example', None]:
    handshake(name)
print(calls)
server_ctx.sni_callback = None
del calls[:]
handshake('localhost')
print('after None', calls)
