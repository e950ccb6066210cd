"""Drive a TLS handshake between two SSLObjects through memory BIOs."""
import os
import ssl
import subprocess
import tempfile

d = tempfile.mkdtemp()
crt, key = os.path.join(d, "crt.pem"), os.path.join(d, "key.pem")
subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "1",
                "-subj", "/CN=bio.test", "-addext", "subjectAltName=DNS:bio.test", "-keyout", key, "-out", crt],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
sctx.load_cert_chain(crt, key)
cctx = ssl.create_default_context(cafile=crt)

c_in, c_out, s_in, s_out = ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO(), ssl.MemoryBIO()
client = cctx.wrap_bio(c_in, c_out, server_hostname="bio.test")
server = sctx.wrap_bio(s_in, s_out, server_side=True)


def pump():
    moved = 0
    while c_out.pending:
        data = c_out.read()
        moved += len(data)
        s_in.write(data)
    while s_out.pending:
        data = s_out.read()
        moved += len(data)
        c_in.write(data)
    return moved


steps = []
done = {"client": False, "server": False}
for rnd in range(10):
    for name, obj in (("client", client), ("server", server)):
        if done[name]:
            continue
        try:
            obj.do_handshake()
            done[name] = True
            steps.append("%s done" % name)
        except ssl.SSLWantReadError:
            steps.append("%s wants read" % name)
    if not pump() and all(done.values()):
        break
print("steps:", steps)
print("versions:", client.version(), server.version())
print("client sees:", client.getpeercert()["subject"], "server_hostname:", client.server_hostname)
print("server_side:", server.server_side, client.server_side)
client.write(b"ping over memory")
pump()
print("server read:", server.read(100))
server.write(b"pong")
pump()
print("client read:", client.read(100))
try:
    client.read(10)
except ssl.SSLWantReadError as e:
    print("want read:", type(e).__name__, isinstance(e, ssl.SSLError))
print("pending/eof:", c_in.pending, c_in.eof)
c_in.write_eof()
print("after write_eof:", c_in.eof)
try:
    c_in.write(b"x")
except ssl.SSLError as e:
    print("write after eof:", type(e).__name__)
print("cipher names equal:", client.cipher()[0] == server.cipher()[0])
subprocess.call(["rm", "-rf", d])
