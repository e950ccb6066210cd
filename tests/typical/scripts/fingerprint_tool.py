import hashlib
import os
import socket
import ssl
import subprocess
import sys
import tempfile
import threading


def openssl(*args):
    return subprocess.run(["openssl"] + list(args), stdout=subprocess.PIPE,
                          stderr=subprocess.PIPE, check=True).stdout


def fingerprint(der, algo="sha256"):
    digest = hashlib.new(algo, der).hexdigest().upper()
    return ":".join(digest[i:i + 2] for i in range(0, len(digest), 2))


def main():
    tmp = tempfile.mkdtemp(prefix="fp-")
    try:
        key = os.path.join(tmp, "key.pem")
        crt = os.path.join(tmp, "crt.pem")
        openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                "-days", "3", "-subj", "/CN=fp.test", "-keyout", key, "-out", crt)
        expected = {}
        for algo in ("sha1", "sha256"):
            out = openssl("x509", "-in", crt, "-noout", "-fingerprint", "-" + algo).decode()
            expected[algo] = out.strip().split("=", 1)[1]

        server_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        server_ctx.load_cert_chain(crt, key)
        listener = socket.socket()
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        port = listener.getsockname()[1]

        def serve():
            c, _ = listener.accept()
            with server_ctx.wrap_socket(c, server_side=True) as tls:
                tls.recv(1)

        th = threading.Thread(target=serve)
        th.start()
        client_ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
        client_ctx.check_hostname = False
        client_ctx.verify_mode = ssl.CERT_NONE
        with client_ctx.wrap_socket(socket.create_connection(("127.0.0.1", port))) as tls:
            der = tls.getpeercert(binary_form=True)
            print("getpeercert() without verification:", tls.getpeercert())
            tls.send(b"x")
        th.join()
        listener.close()

        ok = True
        for algo in ("sha1", "sha256"):
            mine = fingerprint(der, algo)
            same = mine == expected[algo]
            ok = ok and same
            print("{:<7} length={:>3} matches openssl: {}".format(algo, len(mine), same))
        pem = ssl.DER_cert_to_PEM_cert(der)
        print("PEM round trip:", ssl.PEM_cert_to_DER_cert(pem) == der)
        print("PEM lines:", pem.splitlines()[0], "...", pem.splitlines()[-1])
        return 0 if ok else 1
    finally:
        subprocess.call(["rm", "-rf", tmp])


if __name__ == "__main__":
    sys.exit(main())
