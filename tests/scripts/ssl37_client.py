# ssl37_client.py PORT CAFILE HOSTNAME SETUP...: one TLS client connection
# to 127.0.0.1:PORT per SETUP (a named way of making the context, below),
# each printing one outcome line. Run under gpython-ssl and CPython; the
# lines must agree.
import socket
import ssl
import sys
import warnings

warnings.simplefilter('ignore')  # 3.10+ deprecation warnings

port = int(sys.argv[1])
cafile = sys.argv[2]
hostname = sys.argv[3]


def verified():
    return ssl.create_default_context(cafile=cafile)


def tls_client():
    c = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    c.load_verify_locations(cafile)
    return c


def with_min(version, ciphers=None):
    def make():
        c = verified()
        c.minimum_version = version
        if ciphers:
            c.set_ciphers(ciphers)
        return c
    return make


def with_max(version):
    def make():
        c = verified()
        c.maximum_version = version
        return c
    return make


def fixed(protocol, ciphers=None):
    def make():
        c = ssl.SSLContext(protocol)
        if ciphers:
            c.set_ciphers(ciphers)
        return c
    return make


def ciphers(names):
    def make():
        c = verified()
        c.set_ciphers(names)
        return c
    return make


def no_common_name():
    c = tls_client()
    c.hostname_checks_common_name = False
    return c


V = ssl.TLSVersion
SEC0 = 'DEFAULT:@SECLEVEL=0'
SETUPS = {
    'default': verified,
    'tls_client': tls_client,
    'tls': fixed(ssl.PROTOCOL_TLS),
    'min10': with_min(V.TLSv1),
    'min10_sec0': with_min(V.TLSv1, SEC0),
    'min11_sec0': with_min(V.TLSv1_1, SEC0),
    'min12_sec0': with_min(V.TLSv1_2, SEC0),
    'min_supported_sec0': with_min(V.MINIMUM_SUPPORTED, SEC0),
    'proto10': fixed(ssl.PROTOCOL_TLSv1),
    'proto10_sec0': fixed(ssl.PROTOCOL_TLSv1, SEC0),
    'proto11_sec0': fixed(ssl.PROTOCOL_TLSv1_1, SEC0),
    'static_rsa': ciphers('AES128-GCM-SHA256'),
    'max12': with_max(V.TLSv1_2),
    'max11': with_max(V.TLSv1_1),
    'min13': with_min(V.TLSv1_3),
    'no_common_name': no_common_name,
}

for name in sys.argv[4:]:
    ctx = SETUPS[name]()
    sock = socket.create_connection(('127.0.0.1', port))
    try:
        conn = ctx.wrap_socket(sock, server_hostname=hostname)
        print(name, 'ok', conn.version(), conn.cipher()[0])
        conn.close()
    except ssl.SSLError as e:
        print(name, 'refused', type(e).__name__, e.library, e.reason,
              getattr(e, 'verify_message', None))
        sock.close()
