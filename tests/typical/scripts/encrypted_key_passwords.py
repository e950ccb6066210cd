"""Loading a server certificate whose private key is encrypted: the
password given as str, bytes, bytearray and from callables, and the
errors users hit (wrong password, password callback returning the wrong
type or raising, key not matching the certificate, missing files)."""
import os
import ssl
import subprocess
import tempfile
import traceback


def openssl(*args):
    subprocess.run(["openssl"] + list(args), check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


class PasswordPrompt:
    def __init__(self, answers):
        self.answers = list(answers)
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return self.answers.pop(0)


def attempt(label, certfile, keyfile=None, password=None):
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    try:
        ctx.load_cert_chain(certfile, keyfile, password)
    except Exception as exc:
        line = traceback.format_exception_only(type(exc), exc)[-1].strip()
        print("%-24s FAIL %s" % (label, line))
        if isinstance(exc, OSError):
            print("%-24s      errno=%s strerror=%r" % ("", exc.errno, exc.strerror))
    else:
        print("%-24s ok" % label)


def main():
    with tempfile.TemporaryDirectory() as d:
        key = os.path.join(d, "enc.key")
        crt = os.path.join(d, "cert.pem")
        other = os.path.join(d, "other.key")
        rsa_other = os.path.join(d, "rsa_other.key")
        openssl("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", rsa_other)
        combined = os.path.join(d, "combined.pem")
        openssl("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048",
                "-aes-256-cbc", "-pass", "pass:correct horse", "-out", key)
        openssl("req", "-new", "-x509", "-key", key, "-passin", "pass:correct horse",
                "-days", "2", "-subj", "/CN=enc.test", "-out", crt)
        openssl("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256", "-out", other)
        with open(combined, "w") as out:
            for p in (crt, key):
                with open(p) as f:
                    out.write(f.read())

        attempt("str password", crt, key, "correct horse")
        attempt("bytes password", crt, key, b"correct horse")
        attempt("bytearray password", crt, key, bytearray(b"correct horse"))
        attempt("lambda password", crt, key, lambda: "correct horse")
        prompt = PasswordPrompt(["correct horse"])
        attempt("callable object", crt, key, prompt)
        print("prompt called", prompt.calls, "time(s)")
        attempt("combined file", combined, None, "correct horse")
        attempt("wrong password", crt, key, "battery staple")
        attempt("bad password type", crt, key, 42)
        attempt("too long password", crt, key, "x" * 2000)
        attempt("mismatched key (EC)", crt, other)
        attempt("mismatched key (RSA)", crt, rsa_other)
        attempt("missing cert", os.path.join(d, "nope.pem"), key, "correct horse")
        attempt("missing key", crt, os.path.join(d, "nope.key"), "correct horse")
        attempt("key as cert", other, other)


main()
