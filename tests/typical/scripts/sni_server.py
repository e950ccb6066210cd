import os
import socket
import ssl
import subprocess
import tempfile
import threading

HOSTS = ["alpha.test", "beta.test"]


def gen(d, cn):
    c, k = os.path.join(d, cn + ".crt"), os.path.join(d, cn + ".key")
    subprocess.check_call(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                           "-days", "1", "-subj", "/CN=" + cn, "-addext", "subjectAltName=DNS:" + cn,
                           "-keyout", k, "-out", c], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return c, k


def main():
    with tempfile.TemporaryDirectory() as d:
        contexts = {}
        cafile = os.path.join(d, "all.pem")
        with open(cafile, "w") as bundle:
            for h in HOSTS:
                c, k = gen(d, h)
                ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
                ctx.load_cert_chain(c, k)
                contexts[h] = ctx
                bundle.write(open(c).read())
        default = contexts[HOSTS[0]]
        seen = []

        def pick(sslsock, server_name, initial_ctx):
            seen.append(server_name)
            if server_name in contexts:
                sslsock.context = contexts[server_name]
            elif server_name is not None:
                return ssl.ALERT_DESCRIPTION_UNRECOGNIZED_NAME
            return None

        default.set_servername_callback(pick)
        ls = socket.socket()
        ls.bind(("127.0.0.1", 0))
        ls.listen(4)

        def serve(n):
            for _ in range(n):
                c, _ = ls.accept()
                try:
                    with default.wrap_socket(c, server_side=True) as s:
                        s.recv(1)
                except (ssl.SSLError, OSError):
                    pass

        names = ["alpha.test", "beta.test", "gamma.test"]
        th = threading.Thread(target=serve, args=(len(names),))
        th.start()
        cctx = ssl.create_default_context(cafile=cafile)
        for name in names:
            try:
                with cctx.wrap_socket(socket.create_connection(ls.getsockname()), server_hostname=name) as s:
                    cn = dict(x[0] for x in s.getpeercert()["subject"])["commonName"]
                    print("%-11s -> certificate for %s" % (name, cn))
                    s.send(b"x")
            except ssl.SSLError as e:
                print("%-11s -> SSLError %s" % (name, e.reason))
        th.join()
        ls.close()
        print("server saw:", seen)


main()
