"""Dump a server certificate the way people debug TLS: pprint of getpeercert(), a flattened table, and JSON."""
import json
import os
import pprint
import socket
import ssl
import subprocess
import tempfile
import threading


def serve_once(ctx, sock, done):
    conn, _ = sock.accept()
    try:
        with ctx.wrap_socket(conn, server_side=True) as s:
            s.recv(16)
    except (ssl.SSLError, OSError):
        pass
    finally:
        done.set()


def flatten_name(name):
    return ", ".join("%s=%s" % (k, v) for rdn in name for (k, v) in rdn)


with tempfile.TemporaryDirectory() as d:
    key, crt = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", crt,
                    "-days", "30", "-set_serial", "4096",
                    "-subj", "/C=US/ST=California/L=San Francisco/O=Example Widgets, Inc./OU=Platform/CN=dump.test/emailAddress=pki@dump.test",
                    "-addext", "subjectAltName=DNS:dump.test,DNS:www.dump.test,IP:127.0.0.1,email:ops@dump.test,URI:https://dump.test/"],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    sctx.load_cert_chain(crt, key)
    lsock = socket.socket()
    lsock.bind(("127.0.0.1", 0))
    lsock.listen(1)
    done = threading.Event()
    threading.Thread(target=serve_once, args=(sctx, lsock, done), daemon=True).start()
    cctx = ssl.create_default_context(cafile=crt)
    with socket.create_connection(lsock.getsockname(), timeout=5) as raw:
        with cctx.wrap_socket(raw, server_hostname="dump.test") as s:
            cert = s.getpeercert()
            s.sendall(b"bye")
    done.wait(5)
    lsock.close()
    stable = {k: v for k, v in cert.items() if k not in ("notBefore", "notAfter")}
    pprint.pprint(stable)
    pprint.pprint(stable, width=60, compact=True)
    print(sorted(cert))
    print("subject :", flatten_name(cert["subject"]))
    print("issuer  :", flatten_name(cert["issuer"]))
    print("serial  :", cert["serialNumber"], int(cert["serialNumber"], 16))
    print("version :", cert["version"])
    for kind, value in cert["subjectAltName"]:
        print("  {:<12} {}".format(kind, value))
    subject = dict(x[0] for x in cert["subject"])
    print(json.dumps(subject, indent=2, sort_keys=True))
    print(json.dumps(stable["subjectAltName"]))
    print(ssl.match_hostname(cert, "www.dump.test"), ssl.match_hostname(cert, "127.0.0.1"))
    for host in ["other.test", "a.www.dump.test"]:
        try:
            ssl.match_hostname(cert, host)
        except ssl.CertificateError as e:
            print("CertificateError:", e)
    decoded = ssl._ssl._test_decode_cert(crt) if hasattr(ssl, "_ssl") and hasattr(ssl._ssl, "_test_decode_cert") else None
    print("decoded same subject:", decoded is not None and decoded["subject"] == cert["subject"])
