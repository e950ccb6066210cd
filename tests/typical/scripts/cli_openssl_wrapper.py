"""Drive the openssl command through shlex and subprocess: keys, CSRs, signing, verification."""
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from contextlib import contextmanager


class OpenSSLError(Exception):
    def __init__(self, cmd, returncode, stderr):
        super().__init__("%s exited with %d" % (cmd[1], returncode))
        self.cmd = cmd
        self.returncode = returncode
        self.stderr = stderr


def openssl(cmdline, cwd, input=None, check=True):
    args = ["openssl"] + shlex.split(cmdline)
    proc = subprocess.run(args, cwd=cwd, input=input, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if check and proc.returncode != 0:
        raise OpenSSLError(args, proc.returncode, proc.stderr.decode(errors="replace"))
    return proc


@contextmanager
def workdir(prefix):
    d = tempfile.mkdtemp(prefix=prefix)
    try:
        yield d
    finally:
        shutil.rmtree(d)
        print("cleaned up:", not os.path.exists(d))


print(shlex.split("req -new -subj '/CN=my host/O=Example, Inc.' -out \"a b.csr\" # comment"))
print(shlex.split("a # b", comments=True), shlex.quote("it's here"), shlex.quote("safe-1.pem"), shlex.quote(""))
lex = shlex.shlex("key=value, other='x y'", posix=True)
lex.whitespace_split = True
lex.whitespace += ","
print(list(lex))
for bad in ["'unterminated", 'a "b']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError:", e)

with workdir("tlsdemo-") as d:
    openssl("genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out ca.key", d)
    openssl("req -x509 -new -key ca.key -subj '/CN=Demo CA/O=Example Org' -days 10 -out ca.pem", d)
    openssl("genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out srv.key", d)
    openssl("req -new -key srv.key -subj /CN=localhost -out srv.csr", d)
    ext = os.path.join(d, "ext.cnf")
    with open(ext, "w") as f:
        f.write("subjectAltName = DNS:localhost, IP:127.0.0.1\nbasicConstraints = CA:FALSE\n")
    openssl("x509 -req -in srv.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 5 -extfile ext.cnf -out srv.pem", d)
    print(sorted(os.listdir(d)))
    v = openssl("verify -CAfile ca.pem srv.pem", d)
    print("verify:", v.returncode, v.stdout.decode().strip())
    bad = openssl("verify srv.pem", d, check=False)
    print("verify without CA:", bad.returncode, "unable to get local issuer" in (bad.stdout + bad.stderr).decode())
    subj = openssl("x509 -in srv.pem -noout -subject -issuer -nameopt RFC2253", d).stdout.decode().splitlines()
    print(subj)
    text = openssl("x509 -in srv.pem -noout -text", d).stdout.decode()
    print([line.strip() for line in text.splitlines() if "DNS:" in line or "Public-Key" in line])
    mod1 = openssl("rsa -in srv.key -noout -modulus", d).stdout
    mod2 = openssl("x509 -in srv.pem -noout -modulus", d).stdout
    print("key matches cert:", mod1 == mod2)
    digest = openssl("dgst -sha256 -r", d, input=b"hello tls\n").stdout.decode().split()[0]
    print("dgst:", digest)
    enc = openssl("enc -base64", d, input=b"\x00\x01binary\xff").stdout
    print("b64:", enc, openssl("enc -base64 -d", d, input=enc).stdout)
    try:
        openssl("x509 -in missing.pem -noout", d)
    except OpenSSLError as e:
        print("OpenSSLError:", e, e.returncode, "missing.pem" in e.stderr or "No such file" in e.stderr)
    out = subprocess.check_output("openssl version | cut -d' ' -f1", shell=True, universal_newlines=True)
    print(repr(out))
    try:
        subprocess.check_call(["openssl", "nosuchcommand"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except subprocess.CalledProcessError as e:
        print("CalledProcessError:", e.returncode, e.cmd, str(e))
    try:
        subprocess.run(["/nonexistent/openssl"])
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.errno, e.strerror, e.filename)
    p = subprocess.Popen(["openssl", "base64"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    o, _ = p.communicate(b"abc")
    print(p.returncode, o, p.args)
    shutil.copy(os.path.join(d, "srv.pem"), os.path.join(d, "copy.pem"))
    shutil.move(os.path.join(d, "copy.pem"), os.path.join(d, "moved.pem"))
    os.makedirs(os.path.join(d, "backup", "certs"))
    shutil.copytree(os.path.join(d, "backup"), os.path.join(d, "backup2"))
    print(os.path.exists(os.path.join(d, "moved.pem")), os.path.isdir(os.path.join(d, "backup2", "certs")))
    print(shutil.which("openssl") is not None, shutil.which("no-such-binary-xyz"))
    arch = shutil.make_archive(os.path.join(d, "bundle"), "gztar", root_dir=d, base_dir="backup")
    print(os.path.basename(arch), sorted(n for n in os.listdir(d) if n.startswith("b")))
sys.stdout.flush()
