"""Text protocols over TLS with io.TextIOWrapper: encodings, newline
translation and decode errors, as a user wiring makefile() into text I/O."""
import io
import os
import socket
import ssl
import subprocess
import tempfile
import threading


def make_cert(d):
    cert, key = os.path.join(d, "c.pem"), os.path.join(d, "k.pem")
    subprocess.check_call(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
         "-nodes", "-days", "2", "-subj", "/CN=localhost", "-keyout", key, "-out", cert],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return cert, key


PAYLOADS = [
    ("utf-8", "caf\u00e9\r\nna\u00efve\nline three\r\n".encode("utf-8")),
    ("latin-1", "caf\u00e9\nstra\u00dfe\n".encode("latin-1")),
    ("utf-8", b"ok line\nbad \xff byte\nafter\n"),
]


def serve(srv, ctx):
    for _, payload in PAYLOADS * 2:
        conn, _ = srv.accept()
        with ctx.wrap_socket(conn, server_side=True) as s:
            s.sendall(payload + b"END\n")
            s.recv(10)  # the client says when it is done


def read_all(ctx, port, encoding, errors="strict", newline=None):
    with socket.create_connection(("127.0.0.1", port), timeout=3) as raw:
        with ctx.wrap_socket(raw, server_hostname="localhost") as s:
            binary = s.makefile("rb")
            text = io.TextIOWrapper(binary, encoding=encoding, errors=errors, newline=newline)
            lines = []
            try:
                for line in text:
                    if line.rstrip("\r\n") == "END":
                        break
                    lines.append(line)
                return lines
            except UnicodeDecodeError as e:
                return "UnicodeDecodeError: %s" % e
            finally:
                text.detach()
                binary.close()
                s.sendall(b"done")


def main():
    with tempfile.TemporaryDirectory() as d:
        cert, key = make_cert(d)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        srv = socket.socket()
        srv.bind(("127.0.0.1", 0))
        srv.listen(8)
        t = threading.Thread(target=serve, args=(srv, sctx), daemon=True)
        t.start()
        cctx = ssl.create_default_context(cafile=cert)
        port = srv.getsockname()[1]
        for enc, _ in PAYLOADS:
            print(enc, "universal:", read_all(cctx, port, enc))
        for enc, _ in PAYLOADS:
            errors = "replace" if enc == "utf-8" else "strict"
            print(enc, "raw newlines, errors=%s:" % errors,
                  read_all(cctx, port, enc, errors=errors, newline=""))
        t.join(10)
        srv.close()
    buf = io.StringIO()
    w = io.TextIOWrapper(io.BytesIO(), encoding="ascii", errors="backslashreplace")
    w.write("na\u00efve \u2713\n")
    w.flush()
    print("escaped:", w.buffer.getvalue())
    print("stringio lines:", io.StringIO("a\r\nb\rc\n", newline=None).readlines())
    buf.write("done")
    print(buf.getvalue())


main()
