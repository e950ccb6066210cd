"""Talk to `openssl s_server -rev` line by line through makefile()."""
import os
import socket
import ssl
import subprocess
import sys
import tempfile


def start_s_server(args):
    """Start openssl s_server on a port it picks itself, read from its
    ACCEPT line: no other program can take the port between a probe for a
    free one and the server's bind."""
    proc = subprocess.Popen(["openssl", "s_server", "-accept", "127.0.0.1:0"] + args,
                            stdin=subprocess.DEVNULL, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    for _ in range(10):
        line = proc.stdout.readline().decode()
        if line.startswith("ACCEPT"):
            return proc, int(line.rsplit(":", 1)[1])
        if not line:
            break
    proc.kill()
    proc.wait(5)
    raise RuntimeError("s_server did not start")


def main():
    tmp = tempfile.mkdtemp()
    crt, key = os.path.join(tmp, "c.pem"), os.path.join(tmp, "k.pem")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                           "-days", "2", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                           "-keyout", key, "-out", crt], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    peer, port = start_s_server(["-cert", crt, "-key", key, "-rev", "-naccept", "1"])
    ctx = ssl.create_default_context(cafile=crt)
    raw = socket.create_connection(("127.0.0.1", port), timeout=5)
    with ctx.wrap_socket(raw, server_hostname="localhost") as tls:
        print("connected:", tls.version(), tls.server_hostname)
        f = tls.makefile("rwb", buffering=0) if False else tls.makefile("rw", encoding="ascii", newline="\n")
        for word in ["hello", "openssl", "reverse me"]:
            f.write(word + "\n")
            f.flush()
            print("%-12s -> %s" % (word, f.readline().rstrip("\n")))
        f.close()
    peer.wait(10)
    peer.stdout.close()
    print("peer exit:", peer.returncode)
    subprocess.call(["rm", "-rf", tmp])
    return 0


sys.exit(main())
