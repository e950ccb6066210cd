"""Drive the openssl command with subprocess: make a small CA and a
leaf, verify chains, read fields with x509 -noout, handle failing
commands (CalledProcessError, returncode, stderr), check_output,
Popen with communicate, and feed PEM on stdin."""
import os
import shlex
import subprocess
import sys
import tempfile


def run(*args, **kw):
    return subprocess.run(list(args), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          universal_newlines=True, **kw)


def main():
    with tempfile.TemporaryDirectory() as d:
        p = lambda n: os.path.join(d, n)
        subprocess.check_call(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "30",
                               "-subj", "/O=Test CA/CN=Test Root", "-keyout", p("ca.key"), "-out", p("ca.crt"),
                               "-addext", "basicConstraints=critical,CA:TRUE",
                               "-addext", "keyUsage=critical,keyCertSign,cRLSign"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        subprocess.check_call(["openssl", "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                               "-subj", "/CN=leaf.test", "-keyout", p("leaf.key"), "-out", p("leaf.csr")],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        with open(p("ext.cnf"), "w") as f:
            f.write("subjectAltName=DNS:leaf.test,DNS:www.leaf.test\nextendedKeyUsage=serverAuth\n")
        r = run("openssl", "x509", "-req", "-in", p("leaf.csr"), "-CA", p("ca.crt"), "-CAkey", p("ca.key"),
                "-CAcreateserial", "-days", "10", "-extfile", p("ext.cnf"), "-out", p("leaf.crt"))
        print("sign rc:", r.returncode, "stdout empty:", r.stdout == "")
        r = run("openssl", "verify", "-CAfile", p("ca.crt"), p("leaf.crt"))
        print("verify:", r.returncode, r.stdout.strip().replace(d, "TMP"))
        r = run("openssl", "verify", "-CAfile", p("leaf.crt"), p("ca.crt"))
        print("wrong anchor rc:", r.returncode, "mentions error:", "error" in (r.stdout + r.stderr))
        subject = subprocess.check_output(["openssl", "x509", "-noout", "-subject", "-nameopt", "RFC2253",
                                           "-in", p("leaf.crt")], universal_newlines=True)
        issuer = subprocess.check_output(["openssl", "x509", "-noout", "-issuer", "-nameopt", "RFC2253",
                                          "-in", p("leaf.crt")]).decode()
        print(subject.strip(), "|", issuer.strip())
        ext = run("openssl", "x509", "-noout", "-ext", "subjectAltName,extendedKeyUsage", "-in", p("leaf.crt"))
        for line in ext.stdout.splitlines():
            print("  ext>", line.strip())
        try:
            subprocess.check_output(["openssl", "x509", "-in", p("missing.crt")], stderr=subprocess.STDOUT)
        except subprocess.CalledProcessError as exc:
            print("CalledProcessError rc=%d cmd[0]=%s output is bytes: %s" % (
                exc.returncode, exc.cmd[0], isinstance(exc.output, bytes)))
            print(str(exc).replace(d, "TMP"))
        with open(p("leaf.crt")) as f:
            pem = f.read()
        proc = subprocess.Popen(["openssl", "x509", "-noout", "-serial", "-dates"], stdin=subprocess.PIPE,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, universal_newlines=True)
        out, err = proc.communicate(pem, timeout=10)
        print("popen rc:", proc.returncode, "keys:", [line.split("=")[0] for line in out.splitlines()], repr(err))
        proc = subprocess.run(["openssl", "x509", "-noout", "-subject"], input=b"not a certificate",
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        print("bad input rc:", proc.returncode, "stderr has text:", len(proc.stderr) > 0, type(proc.stdout).__name__)
        try:
            subprocess.run(["openssl-does-not-exist", "version"])
        except FileNotFoundError as exc:
            print("FileNotFoundError:", exc.errno, exc.strerror, exc.filename)
        try:
            subprocess.run(["sleep", "5"], timeout=0.2)
        except subprocess.TimeoutExpired as exc:
            print("TimeoutExpired:", exc.cmd, exc.timeout)
        cmd = shlex.split("openssl x509 -noout -in '%s' -checkend 0" % p("leaf.crt"))
        print("checkend:", subprocess.call(cmd, stdout=subprocess.DEVNULL), shlex.quote("a b'c"))
        print("shell:", subprocess.check_output("echo $((6*7)) | tr 4 X", shell=True).decode().strip())
        r = subprocess.run([sys.executable, "-c", "import sys; print(sys.stdin.read().upper()); sys.exit(4)"],
                           input="piped text", stdout=subprocess.PIPE, universal_newlines=True)
        print("child python:", r.returncode, r.stdout.strip())


if __name__ == "__main__":
    main()
