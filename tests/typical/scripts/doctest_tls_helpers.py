#!/usr/bin/env python3
# A small module of TLS helpers whose documentation is its test suite:
# the examples in the docstrings run under doctest (one of them against a
# local TLS server made by the script), and the script reports doctest's
# results, including a failing example on purpose, as doctest prints it.
import doctest
import hashlib
import os
import socket
import ssl
import subprocess
import tempfile
import threading

SAMPLE_PEM = None  # set by main() once the certificate exists
SERVER = None


def colon_hex(data):
    """Format bytes as colon-separated upper-case hex, as openssl prints
    fingerprints.

    >>> colon_hex(b"\\x01\\xab\\xff")
    '01:AB:FF'
    >>> colon_hex(b"")
    ''
    >>> colon_hex("text")
    Traceback (most recent call last):
      ...
    TypeError: a bytes-like object is required, not 'str'
    """
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return ":".join("%02X" % b for b in bytes(data))


def fingerprint(pem, algorithm="sha256"):
    """The fingerprint of a PEM certificate.

    >>> fp = fingerprint(SAMPLE_PEM)
    >>> len(fp), fp.count(":")
    (95, 31)
    >>> len(fingerprint(SAMPLE_PEM, "sha1"))
    59
    >>> fingerprint("not a certificate")
    Traceback (most recent call last):
      ...
    ValueError: Invalid PEM encoding; must start with -----BEGIN CERTIFICATE-----
    """
    der = ssl.PEM_cert_to_DER_cert(pem)
    return colon_hex(hashlib.new(algorithm, der).digest())


def roundtrip(pem):
    """PEM -> DER -> PEM keeps the certificate.

    >>> der = ssl.PEM_cert_to_DER_cert(SAMPLE_PEM)
    >>> der[:1]
    b'0'
    >>> ssl.DER_cert_to_PEM_cert(der) == roundtrip(SAMPLE_PEM)
    True
    >>> roundtrip(SAMPLE_PEM).splitlines()[0]
    '-----BEGIN CERTIFICATE-----'
    """
    return ssl.DER_cert_to_PEM_cert(ssl.PEM_cert_to_DER_cert(pem))


def seconds(stamp):
    """Seconds since the epoch of a certificate time string.

    >>> seconds("Jan  5 09:34:43 2018 GMT")
    1515144883
    >>> seconds("Feb 29 00:00:00 2020 GMT") - seconds("Feb 28 00:00:00 2020 GMT")
    86400
    >>> seconds("2018-01-05")
    Traceback (most recent call last):
      ...
    ValueError: time data '2018-01-05' does not match format "%b %d %H:%M:%S %Y GMT"
    """
    return ssl.cert_time_to_seconds(stamp)


def negotiate(alpn):
    """Connect to the local test server offering the ALPN protocols given.

    >>> negotiate(["h2", "http/1.1"])
    ('h2', 'echo.test')
    >>> negotiate(["spdy/3"])
    (None, 'echo.test')
    >>> negotiate([""])
    Traceback (most recent call last):
      ...
    ssl.SSLError: ('ALPN protocols must be 1 to 255 in length',)
    """
    ctx = ssl.create_default_context(cafile=SERVER.cafile)
    ctx.set_alpn_protocols(alpn)
    with socket.create_connection(("127.0.0.1", SERVER.port), timeout=10) as sock:
        with ctx.wrap_socket(sock, server_hostname="echo.test") as tls:
            cn = dict(r[0] for r in tls.getpeercert()["subject"])["commonName"]
            result = (tls.selected_alpn_protocol(), cn)
            tls.sendall(b"x")
    return result


def wrong_on_purpose():
    """An example whose expected output is out of date.

    >>> colon_hex(b"\\x00\\x10")
    '00:0F'
    """


class Server:
    def __init__(self, tmp, count):
        self.cafile = os.path.join(tmp, "c.pem")
        key = os.path.join(tmp, "k.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt",
                        "ec_paramgen_curve:prime256v1", "-nodes", "-days", "2",
                        "-subj", "/CN=echo.test", "-addext", "subjectAltName=DNS:echo.test",
                        "-keyout", key, "-out", self.cafile],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self.ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.ctx.load_cert_chain(self.cafile, key)
        self.ctx.set_alpn_protocols(["h2", "http/1.1"])
        self.lsock = socket.socket()
        self.lsock.bind(("127.0.0.1", 0))
        self.lsock.listen(4)
        self.port = self.lsock.getsockname()[1]
        self.thread = threading.Thread(target=self.serve, args=(count,))
        self.thread.start()

    def serve(self, count):
        for _ in range(count):
            conn, _ = self.lsock.accept()
            try:
                with self.ctx.wrap_socket(conn, server_side=True) as tls:
                    tls.recv(1)
            except (ssl.SSLError, OSError) as exc:
                print("server:", type(exc).__name__)
        self.lsock.close()


def main():
    global SAMPLE_PEM, SERVER
    with tempfile.TemporaryDirectory() as tmp:
        SERVER = Server(tmp, 2)
        with open(SERVER.cafile) as f:
            SAMPLE_PEM = f.read()
        finder = doctest.DocTestFinder()
        runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
        names = ["colon_hex", "fingerprint", "roundtrip", "seconds", "negotiate"]
        for name in names:
            for test in finder.find(globals()[name], name, globs=dict(globals())):
                result = runner.run(test)
                print("%-12s attempted %d failed %d" % (name, result.attempted, result.failed))
        SERVER.thread.join(30)
        print("totals:", runner.summarize(verbose=False))
        print("--- a stale example, as doctest reports it ---")
        runner = doctest.DocTestRunner()
        for test in finder.find(wrong_on_purpose, "wrong_on_purpose", globs=dict(globals())):
            test.filename = "doctest_tls_helpers.py"
            result = runner.run(test)
        print("stale:", result)


main()
