"""What a user sees when an SSLSocket or context is used the wrong way:
each mistake is tried, and the exception's type and message printed."""
import copy
import os
import pickle
import re
import socket
import ssl
import subprocess
import tempfile


def make_cert(d):
    key, cert = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
         "-nodes", "-days", "1", "-subj", "/CN=localhost", "-keyout", key, "-out", cert],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


def attempt(label, fn):
    try:
        result = fn()
    except Exception as e:  # the point is to show each failure
        print("%-34s %s: %s" % (label, type(e).__name__, re.sub(r"fd=\d+", "fd=N", str(e))))
    else:
        print("%-34s returned %r" % (label, result))


def main():
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        client = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        server = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        server.load_cert_chain(cert, key)

        attempt("wrap without server_hostname", lambda: client.wrap_socket(socket.socket()))
        udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        attempt("wrap a UDP socket", lambda: client.wrap_socket(udp, server_hostname="x"))
        udp.close()
        attempt("server_hostname on server side",
                lambda: server.wrap_socket(socket.socket(), server_side=True, server_hostname="x"))
        attempt("wrap a non-socket", lambda: client.wrap_socket("socket", server_hostname="x"))

        s = client.wrap_socket(socket.socket(), server_hostname="localhost")
        attempt("recv before connect", lambda: s.recv(10))
        attempt("send before connect", lambda: s.send(b"x"))
        attempt("getpeercert before connect", lambda: s.getpeercert())
        attempt("cipher before connect", lambda: s.cipher())
        attempt("version before connect", lambda: s.version())
        attempt("pending before connect", lambda: s.pending())
        attempt("recv with flags", lambda: s.recv(10, socket.MSG_PEEK))
        attempt("sendto", lambda: s.sendto(b"x", ("127.0.0.1", 9)))
        attempt("unwrap before connect", lambda: s.unwrap())
        attempt("pickle an SSLSocket", lambda: pickle.dumps(s))
        attempt("pickle a context", lambda: pickle.dumps(client))
        attempt("copy a context", lambda: type(copy.copy(client)).__name__)
        s.close()
        attempt("recv after close", lambda: s.recv(10))
        attempt("fileno after close", lambda: s.fileno())
        print("repr after close:", repr(s).split(" fd=")[0], "fd=%d" % s.fileno())

        attempt("load_cert_chain missing file", lambda: server.load_cert_chain(os.path.join(d, "nope.pem")))
        attempt("load_cert_chain key mismatch", lambda: server.load_cert_chain(cert, cert))
        attempt("verify_mode bad value", lambda: setattr(client, "verify_mode", 7))
        attempt("CERT_NONE with check_hostname", lambda: setattr(client, "verify_mode", ssl.CERT_NONE))
        attempt("set_ciphers nonsense", lambda: client.set_ciphers("NOT-A-CIPHER"))
        attempt("cert_time_to_seconds bad", lambda: ssl.cert_time_to_seconds("yesterday"))
        attempt("DER_cert_to_PEM_cert str", lambda: ssl.DER_cert_to_PEM_cert("abc"))
        attempt("PEM_cert_to_DER_cert junk", lambda: ssl.PEM_cert_to_DER_cert("junk"))


if __name__ == "__main__":
    main()
