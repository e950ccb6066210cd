# The text of the errors a TLS script meets most, as CPython 3.6.15 words
# it: the _ssl.c place after a connection step's message, the handshake
# timeout's prefix, the place and errno of a certificate loading error, FileNotFoundError
# without the file's name; the session's type name and shared_ciphers.
import os
import socket
import ssl
import subprocess
import tempfile
import threading

d = tempfile.mkdtemp()
key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                "-nodes", "-days", "3", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                "-keyout", key, "-out", crt],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def show(label, fn):
    try:
        r = fn()
        print(label, "->", r)
    except Exception as e:
        text = str(e)
        if isinstance(e, ssl.SSLError) and label.startswith(("load_verify", "create")):
            # a library call's place differs: keep its errno and library
            text = "%s %s" % (e.library, e.args[0])
        print(label, "!!", type(e).__name__, "|", text, "|", e.errno if isinstance(e, OSError) else "")


ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
show("load_cert_chain swapped", lambda: ctx.load_cert_chain(key, crt))
key2 = os.path.join(d, "k2.pem")
subprocess.run(["openssl", "genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", key2],
               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
show("load_cert_chain mismatched key", lambda: ctx.load_cert_chain(crt, key2))
show("load_cert_chain missing", lambda: ctx.load_cert_chain(os.path.join(d, "missing.pem")))
show("load_verify_locations missing", lambda: ctx.load_verify_locations(os.path.join(d, "missing.pem")))
show("create_default_context missing", lambda: ssl.create_default_context(cafile=os.path.join(d, "no.pem")))
with open(os.path.join(d, "garbage.pem"), "w") as f:
    f.write("not a certificate\n")
show("load_verify_locations garbage errno", lambda: ctx.load_verify_locations(os.path.join(d, "garbage.pem")))
ctx.load_cert_chain(crt, key)
cctx = ssl.create_default_context(cafile=crt)

listener = socket.socket()
listener.bind(("127.0.0.1", 0))
listener.listen(5)
addr = listener.getsockname()


def plaintext():
    c, _ = listener.accept()
    c.recv(1000)
    c.sendall(b"HTTP/1.0 400 Bad Request\r\n\r\n")
    c.close()


t = threading.Thread(target=plaintext)
t.start()
show("handshake with a plaintext server", lambda: cctx.wrap_socket(socket.create_connection(addr), server_hostname="localhost"))
t.join()

release = threading.Event()


def tls_peer():
    c, _ = listener.accept()
    s = ctx.wrap_socket(c, server_side=True)
    s.sendall(b"a")
    release.wait(10)
    s.close()


t = threading.Thread(target=tls_peer)
t.start()
s = cctx.wrap_socket(socket.create_connection(addr), server_hostname="localhost")
print("first byte:", s.recv(1))
print("session type:", type(s.session).__name__, type(s.session) is ssl.SSLSession)
print("client shared_ciphers:", type(s.shared_ciphers()).__name__)
s.setblocking(False)
show("non-blocking recv", lambda: s.recv(10))
s.setblocking(True)
release.set()
t.join()
s.close()

silent = threading.Event()


def silent_peer():
    c, _ = listener.accept()
    silent.wait(10)
    c.close()


t = threading.Thread(target=silent_peer)
t.start()
raw = socket.create_connection(addr, timeout=0.3)
show("handshake timeout", lambda: cctx.wrap_socket(raw, server_hostname="localhost"))
silent.set()
t.join()
raw.close()
listener.close()
