# SNI callback and ALPN rules, client and server SSLObjects in one process
# over MemoryBIOs. Runs under gpython-ssl and CPython; the test compares.
#   tls_features.py CAFILE CERT_A CERT_B
# CERT_A and CERT_B are two server certificates for localhost with
# different subjects (commonName 'localhost' and organizationName differ).
import ssl
import sys

cafile, cert_a, cert_b = sys.argv[1], sys.argv[2], sys.argv[3]


def org(cert):
    for rdn in cert["subject"]:
        for pair in rdn:
            if pair[0] == "organizationName":
                return pair[1]
    return "-"


def reason(e):
    return e.reason


def connect(cctx, sctx, hostname):
    c_in, c_out, s_in, s_out = ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO()
    client = cctx.wrap_bio(c_in, c_out, server_hostname=hostname)
    server = sctx.wrap_bio(s_in, s_out, server_side=True)
    done = [False, False]
    error = [None, None]
    for _ in range(50):
        for i, obj in ((0, client), (1, server)):
            if done[i] or error[i] is not None:
                continue
            try:
                obj.do_handshake()
                done[i] = True
            except ssl.SSLWantReadError:
                pass
            except ssl.SSLError as e:
                error[i] = e
        data = c_out.read()
        if len(data) > 0:
            s_in.write(data)
        data = s_out.read()
        if len(data) > 0:
            c_in.write(data)
        if (done[0] or error[0] is not None) and (done[1] or error[1] is not None):
            break
    return client, server, error


def client_ctx(verify=True):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    ctx.load_verify_locations(cafile)
    if not verify:
        ctx.check_hostname = False
    return ctx


def server_ctx(cert):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert)
    return ctx


def outcome(client, server, error):
    if error[0] is not None:
        return "client error %s %s" % (error[0].library, reason(error[0]))
    if error[1] is not None:
        return "server error %s %s" % (error[1].library, reason(error[1]))
    return "ok %s %s" % (client.version(), org(client.getpeercert()))


# --- SNI -----------------------------------------------------------------
sctx_a = server_ctx(cert_a)
sctx_b = server_ctx(cert_b)
calls = []


def switch(sslobj, name, ctx):
    calls.append((name, ctx is sctx_a, sslobj.server_side))
    if name == "localhost":
        sslobj.context = sctx_b
    return None


sctx_a.set_servername_callback(switch)
c, s, err = connect(client_ctx(), sctx_a, "localhost")
print("sni switch:", outcome(c, s, err), "calls", calls, "context switched", s.context is sctx_b)

calls = []
cctx = client_ctx(verify=False)
cctx.verify_mode = ssl.CERT_NONE
c, s, err = connect(cctx, sctx_a, None)
print("sni no name:", "ok" if err == [None, None] else "error", "calls", calls)


def deny(sslobj, name, ctx):
    return ssl.ALERT_DESCRIPTION_ACCESS_DENIED


sctx_a.set_servername_callback(deny)
c, s, err = connect(client_ctx(), sctx_a, "localhost")
print("sni alert:", outcome(c, s, err))


def weird(sslobj, name, ctx):
    return "not an alert"


sctx_a.set_servername_callback(weird)
c, s, err = connect(client_ctx(), sctx_a, "localhost")
print("sni bad return:", outcome(c, s, err))


def boom(sslobj, name, ctx):
    raise RuntimeError("callback failed")


sctx_a.set_servername_callback(boom)
c, s, err = connect(client_ctx(), sctx_a, "localhost")
print("sni exception:", outcome(c, s, err))

sctx_a.set_servername_callback(None)
c, s, err = connect(client_ctx(), sctx_a, "localhost")
print("sni disabled:", outcome(c, s, err))

try:
    sctx_a.set_servername_callback(42)
except TypeError as e:
    print("sni non-callable: TypeError", e)

# --- ALPN ----------------------------------------------------------------
for client_protos, server_protos in [
    (["h2", "http/1.1"], ["http/1.1", "h2"]),
    (["http/1.1"], ["h2", "http/1.1"]),
    (["h2"], None),
    (None, ["h2"]),
    (["spdy/2"], ["h2", "http/1.1"]),
]:
    cctx = client_ctx()
    sctx = server_ctx(cert_a)
    if client_protos is not None:
        cctx.set_alpn_protocols(client_protos)
    if server_protos is not None:
        sctx.set_alpn_protocols(server_protos)
    c, s, err = connect(cctx, sctx, "localhost")
    if err == [None, None]:
        print("alpn", client_protos, server_protos, "->", c.selected_alpn_protocol(), s.selected_alpn_protocol())
    else:
        print("alpn", client_protos, server_protos, "->", outcome(c, s, err))
try:
    client_ctx().set_alpn_protocols(["x" * 256])
except ssl.SSLError as e:
    print("alpn too long: SSLError", e)
