import os
import socket
import ssl
import subprocess
import sys
import tempfile
import threading


def run(cmd, **kw):
    return subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True, **kw)


tmp = tempfile.mkdtemp()
cert = os.path.join(tmp, "server.crt")
key = os.path.join(tmp, "server.key")
r = run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "2",
         "-subj", "/CN=localhost", "-keyout", key, "-out", cert])
print("req exit:", r.returncode)

ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
ctx.load_cert_chain(certfile=cert, keyfile=key)
ctx.set_alpn_protocols(["h2", "http/1.1"])
srv = socket.socket()
srv.bind(("127.0.0.1", 0))
srv.listen(1)
port = srv.getsockname()[1]
info = {}


def serve():
    conn, addr = srv.accept()
    with ctx.wrap_socket(conn, server_side=True) as s:
        info["alpn"] = s.selected_alpn_protocol()
        info["version"] = s.version()
        info["cipher_bits"] = s.cipher()[2]
        line = b""
        while not line.endswith(b"\n"):
            chunk = s.recv(100)
            if not chunk:
                break
            line += chunk
        info["line"] = line
        s.sendall(b"echo: " + line)
        s.sendall(b"closing\n")
        try:
            s.unwrap()
        except (ssl.SSLError, OSError) as e:
            info["unwrap"] = type(e).__name__


t = threading.Thread(target=serve)
t.start()
p = subprocess.Popen(["openssl", "s_client", "-connect", "127.0.0.1:%d" % port, "-alpn", "http/1.1",
                      "-CAfile", cert, "-verify_return_error", "-servername", "localhost", "-quiet"],
                     stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = p.communicate(b"hello from s_client\n", timeout=20)
t.join(20)
srv.close()
print("server saw:", info["line"], info["alpn"], info["version"], info["cipher_bits"])
print("client got:", out.decode().splitlines())
print("verify ok:", "verify return:1" in err.decode())
print("s_client exit:", p.returncode)
subprocess.call(["rm", "-rf", tmp])
sys.exit(p.returncode)
