"""Bootstrap of client certificates: a device makes a key and a CSR with
the openssl command, sends the CSR to an enrolment service over
server-authenticated TLS together with a one-time token, receives a
signed certificate (the service runs `openssl x509 -req`), and then uses it
for mutual TLS against the protected service, which reads the device id
from the certificate.  A reused token and an unenrolled device fail."""
import json
import os
import socket
import ssl
import subprocess
import tempfile
import threading


def openssl(*args, data=None):
    return subprocess.run(["openssl"] + list(args), input=data, check=True,
                          stdout=subprocess.PIPE, stderr=subprocess.DEVNULL).stdout


def ec_key_args():
    return ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes"]


class CA:
    def __init__(self, d):
        self.d = d
        self.key, self.crt = os.path.join(d, "ca.key"), os.path.join(d, "ca.pem")
        openssl("req", "-x509", *ec_key_args(), "-days", "5", "-subj", "/CN=Fleet CA",
                "-keyout", self.key, "-out", self.crt)
        self.serial = 100

    def sign(self, csr_pem, ext):
        self.serial += 1
        extfile = os.path.join(self.d, "ext%d.cnf" % self.serial)
        with open(extfile, "w") as f:
            f.write(ext + "\n")
        return openssl("x509", "-req", "-CA", self.crt, "-CAkey", self.key, "-set_serial",
                       str(self.serial), "-days", "1", "-extfile", extfile, data=csr_pem)


def read_msg(s):
    f = s.makefile("rb")
    line = f.readline()
    f.close()
    return json.loads(line.decode()) if line else None


def send_msg(s, obj):
    s.sendall(json.dumps(obj, sort_keys=True).encode() + b"\n")


def enrolment(lsock, ctx, ca, tokens, n, log):
    for _ in range(n):
        conn, _ = lsock.accept()
        with ctx.wrap_socket(conn, server_side=True) as s:
            req = read_msg(s)
            if tokens.pop(req["token"], None) != req["device"]:
                log.append("enrol: refused token for %s" % req["device"])
                send_msg(s, {"error": "invalid token"})
                continue
            subject = openssl("req", "-noout", "-subject", data=req["csr"].encode()).decode().strip()
            log.append("enrol: %s" % subject)
            cert = ca.sign(req["csr"].encode(), "extendedKeyUsage=clientAuth\nsubjectAltName=URI:urn:device:" + req["device"])
            send_msg(s, {"certificate": cert.decode()})


def protected(lsock, ctx, n, log):
    for _ in range(n):
        conn, _ = lsock.accept()
        try:
            with ctx.wrap_socket(conn, server_side=True) as s:
                cert = s.getpeercert()
                device = [v for k, v in cert["subjectAltName"] if k == "URI"][0]
                send_msg(s, {"hello": device, "serial": cert["serialNumber"]})
        except ssl.SSLError as e:
            log.append("protected: refused (%s)" % e.reason)


def main():
    log = []
    with tempfile.TemporaryDirectory() as d:
        ca = CA(d)
        skey, scsr = os.path.join(d, "srv.key"), os.path.join(d, "srv.csr")
        openssl("req", "-new", *ec_key_args(), "-subj", "/CN=fleet.test", "-keyout", skey, "-out", scsr)
        with open(scsr, "rb") as f:
            srv_pem = ca.sign(f.read(), "subjectAltName=DNS:fleet.test\nextendedKeyUsage=serverAuth")
        scrt = os.path.join(d, "srv.pem")
        with open(scrt, "wb") as f:
            f.write(srv_pem)

        ectx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ectx.load_cert_chain(scrt, skey)
        pctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        pctx.load_cert_chain(scrt, skey)
        pctx.verify_mode = ssl.CERT_REQUIRED
        pctx.load_verify_locations(ca.crt)

        tokens = {"tok-1": "sensor-7", "tok-2": "sensor-9"}
        el, pl = socket.socket(), socket.socket()
        for s in (el, pl):
            s.bind(("127.0.0.1", 0))
            s.listen(4)
        threads = [threading.Thread(target=enrolment, args=(el, ectx, ca, tokens, 3, log)),
                   threading.Thread(target=protected, args=(pl, pctx, 3, log))]
        for t in threads:
            t.start()

        def device(name, token):
            key, csr = os.path.join(d, name + ".key"), os.path.join(d, name + ".csr")
            openssl("req", "-new", *ec_key_args(), "-subj", "/O=Fleet/CN=" + name,
                    "-keyout", key, "-out", csr)
            cctx = ssl.create_default_context(cafile=ca.crt)
            with cctx.wrap_socket(socket.create_connection(el.getsockname(), timeout=10),
                                  server_hostname="fleet.test") as s:
                with open(csr) as f:
                    send_msg(s, {"device": name, "token": token, "csr": f.read()})
                reply = read_msg(s)
            if "error" in reply:
                print(name, "enrolment failed:", reply["error"])
                return None
            crt = os.path.join(d, name + ".pem")
            with open(crt, "w") as f:
                f.write(reply["certificate"])
            decoded = ssl._ssl._test_decode_cert(crt)
            print(name, "enrolled: issuer", decoded["issuer"], "SAN", decoded["subjectAltName"])
            return crt, key

        creds = device("sensor-7", "tok-1")
        again = device("sensor-8", "tok-1")
        creds9 = device("sensor-9", "tok-2")
        print("reused token gives:", again)
        for name, cred in [("sensor-7", creds), ("sensor-9", creds9), ("anonymous", None)]:
            cctx = ssl.create_default_context(cafile=ca.crt)
            if cred:
                cctx.load_cert_chain(*cred)
            try:
                with cctx.wrap_socket(socket.create_connection(pl.getsockname(), timeout=10),
                                      server_hostname="fleet.test") as s:
                    print(name, "->", read_msg(s))
            except ssl.SSLError as e:
                print(name, "-> refused by server:", e.library)
        for t in threads:
            t.join(10)
        el.close()
        pl.close()
    for line in log:
        print("log:", line)


if __name__ == "__main__":
    main()
