# ssl37_psk.py: TLS-PSK (3.13's set_psk_client_callback and
# set_psk_server_callback) between two SSLObjects over MemoryBIOs, TLS 1.2
# and 1.3, without certificates; wrong keys, refusals and bad callback
# results fail the handshake. Compared with CPython 3.13 (stdout).
import ssl

print('HAS_PSK', ssl.HAS_PSK)
KEYS = {'alice': bytes.fromhex('c0ffee' * 10), 'bob': b'\x01' * 32}
seen = []


def server_cb(identity):
    seen.append(('server', identity))
    if identity == 'raise':
        raise RuntimeError('server callback failed')
    if identity == 'wrong type':
        return 'not bytes'
    return KEYS.get(identity, b'')


def client(identity, key=None, result=None):
    def cb(hint):
        seen.append(('client', hint))
        if result is not None:
            return result
        return (identity, KEYS.get(identity, b'') if key is None else key)
    return cb


def run(label, client_cb, version, hint=None):
    cctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    cctx.check_hostname = False
    cctx.verify_mode = ssl.CERT_NONE
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    for c in (cctx, sctx):
        c.maximum_version = version
        c.minimum_version = version
        if version == ssl.TLSVersion.TLSv1_2:
            c.set_ciphers('PSK')
    cctx.set_psk_client_callback(client_cb)
    sctx.set_psk_server_callback(server_cb, hint)
    bios = [ssl.MemoryBIO() for _ in range(4)]
    cl = cctx.wrap_bio(bios[0], bios[1])
    sv = sctx.wrap_bio(bios[2], bios[3], server_side=True)
    del seen[:]
    result = {}
    for _ in range(10):
        for side, o in (('client', cl), ('server', sv)):
            if side in result:
                continue
            try:
                o.do_handshake()
                result[side] = 'ok'
            except ssl.SSLWantReadError:
                pass
            except ssl.SSLError as e:
                result[side] = 'error ' + str(e.reason)
        bios[2].write(bios[1].read())
        bios[0].write(bios[3].read())
        if len(result) == 2:
            break
    data = None
    if result.get('client') == 'ok' and result.get('server') == 'ok':
        cl.write(b'over psk')
        bios[2].write(bios[1].read())
        data = sv.read(100)
    cipher = cl.cipher()[0] if result.get('client') == 'ok' else None
    print(label, result.get('client'), result.get('server'), cipher, data, seen)


for v in (ssl.TLSVersion.TLSv1_2, ssl.TLSVersion.TLSv1_3):
    name = 'TLS1.' + str(int(v) - 769)
    run(name + ' alice', client('alice'), v)
    run(name + ' bob with hint', client('bob'), v, hint='server hint')
    run(name + ' wrong key', client('alice', key=b'\x02' * 32), v)
    run(name + ' unknown identity', client('eve', key=b'\x03' * 32), v)
    run(name + ' server raises', client('raise', key=b'\x03' * 32), v)
    run(name + ' server returns str', client('wrong type', key=b'\x03' * 32), v)
    run(name + ' client returns non-tuple', client('alice', result='nope'), v)
    run(name + ' identity None', client(None, key=b'\x04' * 32), v)
