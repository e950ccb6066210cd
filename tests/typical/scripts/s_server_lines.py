"""Talk to `openssl s_server -rev` line by line through makefile()."""
import os
import socket
import ssl
import subprocess
import sys
import tempfile
import time


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def main():
    tmp = tempfile.mkdtemp()
    crt, key = os.path.join(tmp, "c.pem"), os.path.join(tmp, "k.pem")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                           "-days", "2", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost",
                           "-keyout", key, "-out", crt], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    port = free_port()
    peer = subprocess.Popen(["openssl", "s_server", "-accept", "127.0.0.1:%d" % port, "-cert", crt, "-key", key,
                             "-rev", "-quiet", "-naccept", "1"],
                            stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    ctx = ssl.create_default_context(cafile=crt)
    deadline = time.time() + 10
    while True:
        try:
            raw = socket.create_connection(("127.0.0.1", port), timeout=5)
            break
        except ConnectionRefusedError:
            if time.time() > deadline:
                print("peer never came up", file=sys.stderr)
                return 2
            time.sleep(0.05)
    with ctx.wrap_socket(raw, server_hostname="localhost") as tls:
        print("connected:", tls.version(), tls.server_hostname)
        f = tls.makefile("rwb", buffering=0) if False else tls.makefile("rw", encoding="ascii", newline="\n")
        for word in ["hello", "openssl", "reverse me"]:
            f.write(word + "\n")
            f.flush()
            print("%-12s -> %s" % (word, f.readline().rstrip("\n")))
        f.close()
    peer.wait(10)
    print("peer exit:", peer.returncode)
    subprocess.call(["rm", "-rf", tmp])
    return 0


sys.exit(main())
