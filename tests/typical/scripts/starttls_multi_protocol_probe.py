"""One probe for every STARTTLS dialect: SMTP (smtplib), IMAP (imaplib),
POP3 (poplib) and FTP (ftplib.FTP_TLS) against small fake servers that
speak just enough of each protocol on a threading socketserver and
upgrade the connection in place.  For each service the probe reports
whether STARTTLS is offered, the negotiated protocol and cipher strength,
the certificate's names and the days it has left, and it classifies the
failures: no STARTTLS offered, a server that accepts the command but then
speaks plain text, and a certificate the client does not trust."""
import collections
import ftplib
import imaplib
import os
import poplib
import smtplib
import socket
import socketserver
import ssl
import subprocess
import tempfile
import threading
import time

Service = collections.namedtuple("Service", "proto port mode")

DIALECTS = {
    # greeting, capability command -> reply lines, starttls command, ok reply
    "smtp": {"greet": "220 mail.test ESMTP fake", "tls": "STARTTLS", "ok": "220 2.0.0 go ahead"},
    "imap": {"greet": "* OK [CAPABILITY IMAP4rev1 STARTTLS] fake ready", "tls": "STARTTLS", "ok": "OK begin TLS"},
    "pop3": {"greet": "+OK fake POP3 ready", "tls": "STLS", "ok": "+OK begin TLS"},
    "ftp": {"greet": "220 fake FTP ready", "tls": "AUTH TLS", "ok": "234 AUTH TLS successful"},
}


class Handler(socketserver.StreamRequestHandler):
    timeout = 10

    def send(self, line):
        self.wfile.write((line + "\r\n").encode())
        self.wfile.flush()

    def upgrade(self):
        tls = self.server.ctx.wrap_socket(self.request, server_side=True)
        self.request = self.connection = tls
        self.rfile = tls.makefile("rb")
        self.wfile = tls.makefile("wb")
        self.server.events.append("%s upgraded to %s" % (self.server.proto, tls.version()))

    def handle(self):
        proto, mode = self.server.proto, self.server.mode
        d = DIALECTS[proto]
        self.send(d["greet"] if not (proto == "imap" and mode == "no-tls") else "* OK [CAPABILITY IMAP4rev1] fake")
        secure = False
        while True:
            try:
                raw = self.rfile.readline(1024)
            except (ssl.SSLError, OSError):
                self.server.events.append("%s: client left during TLS" % proto)
                return
            if not raw:
                return
            line = raw.decode().rstrip("\r\n")
            tag, _, rest = line.partition(" ") if proto == "imap" else ("", "", line)
            cmd = rest.upper()
            self.server.events.append("%s%s <- %s" % (proto, "/tls" if secure else "", cmd.split(" ")[0]))
            if proto == "smtp":
                if cmd.startswith(("EHLO", "HELO")):
                    exts = ["250-mail.test", "250-SIZE 1048576"]
                    if mode != "no-tls" and not secure:
                        exts.append("250-STARTTLS")
                    exts.append("250 8BITMIME")
                    for e in exts:
                        self.send(e)
                    continue
                if cmd == "QUIT":
                    self.send("221 bye")
                    return
                if cmd == "NOOP":
                    self.send("250 ok")
                    continue
            elif proto == "imap":
                if cmd == "CAPABILITY":
                    caps = "IMAP4rev1" + (" STARTTLS" if mode != "no-tls" and not secure else "") + (
                        " AUTH=PLAIN" if secure else " LOGINDISABLED")
                    self.send("* CAPABILITY " + caps)
                    self.send(tag + " OK CAPABILITY done")
                    continue
                if cmd == "LOGOUT":
                    self.send("* BYE see you")
                    self.send(tag + " OK LOGOUT done")
                    return
                if cmd == "NOOP":
                    self.send(tag + " OK NOOP done")
                    continue
            elif proto == "pop3":
                if cmd == "CAPA":
                    self.send("+OK capability list follows")
                    for c in (["USER", "UIDL"] + (["STLS"] if mode != "no-tls" and not secure else [])):
                        self.send(c)
                    self.send(".")
                    continue
                if cmd == "QUIT":
                    self.send("+OK bye")
                    return
                if cmd == "NOOP":
                    self.send("+OK")
                    continue
            elif proto == "ftp":
                if cmd == "FEAT":
                    self.send("211-Features:")
                    for f in (["AUTH TLS", "PBSZ", "PROT"] if mode != "no-tls" else []) + ["UTF8"]:
                        self.send(" " + f)
                    self.send("211 End")
                    continue
                if cmd == "QUIT":
                    self.send("221 bye")
                    return
                if cmd in ("PBSZ 0", "PROT P"):
                    self.send("200 ok")
                    continue
                if cmd == "NOOP":
                    self.send("200 NOOP ok")
                    continue
            if cmd == d["tls"] and not secure:
                if mode == "no-tls":
                    self.send((tag + " BAD " if proto == "imap" else "-ERR " if proto == "pop3" else "502 ")
                              + "command not available")
                    continue
                self.send((tag + " " if proto == "imap" else "") + d["ok"])
                if mode == "plaintext-after":
                    # A broken middlebox: says yes, then keeps talking plain text.
                    self.send("* PLAIN TEXT STILL" if proto == "imap" else "500 plain text still")
                    time.sleep(0.2)
                    return
                try:
                    self.upgrade()
                except (ssl.SSLError, OSError) as e:
                    # SSLError (the client's alert) or a reset: a race
                    self.server.events.append("%s: handshake failed on the server" % proto)
                    return
                secure = True
                continue
            self.send((tag + " BAD " if proto == "imap" else "-ERR " if proto == "pop3" else "500 ")
                      + "unknown command")


class Server(socketserver.ThreadingMixIn, socketserver.TCPServer):
    daemon_threads = True
    allow_reuse_address = True

    # Connections still being handled, so that the report waits for the
    # server's side of each probe (3.6's ThreadingMixIn keeps no list).
    def process_request(self, request, client_address):
        with self.idle:
            self.active += 1
        super().process_request(request, client_address)

    def process_request_thread(self, request, client_address):
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self.idle:
                self.active -= 1
                self.idle.notify_all()

    def wait_idle(self, timeout=10):
        with self.idle:
            self.idle.wait_for(lambda: self.active == 0, timeout)


def start(proto, mode, ctx):
    srv = Server(("127.0.0.1", 0), Handler)
    srv.proto, srv.mode, srv.ctx, srv.events = proto, mode, ctx, []
    srv.active, srv.idle = 0, threading.Condition()
    t = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    t.start()
    return srv, t


def describe(sock):
    cert = sock.getpeercert()
    cn = dict(x[0] for x in cert["subject"])["commonName"]
    sans = [v for k, v in cert.get("subjectAltName", ()) if k == "DNS"]
    days = (ssl.cert_time_to_seconds(cert["notAfter"]) - time.time()) / 86400
    bucket = "ok" if days > 30 else "renew soon" if days > 0 else "expired"
    return "%s %s bits=%d cn=%s san=%s expiry=%s" % (
        sock.version(), "AEAD" if "GCM" in sock.cipher()[0] or "CHACHA" in sock.cipher()[0] else "CBC",
        sock.cipher()[2], cn, ",".join(sans), bucket)


def probe(proto, port, ctx):
    if proto == "smtp":
        with smtplib.SMTP("127.0.0.1", port, timeout=10) as s:
            s.ehlo("probe.test")
            if not s.has_extn("starttls"):
                return "no STARTTLS offered (extensions: %s)" % ",".join(sorted(s.esmtp_features))
            s.starttls(context=ctx)
            s.ehlo("probe.test")
            return describe(s.sock) + " | after: %s" % ("starttls" in s.esmtp_features)
    if proto == "imap":
        m = imaplib.IMAP4("127.0.0.1", port)
        try:
            if "STARTTLS" not in m.capabilities:
                return "no STARTTLS offered (capabilities: %s)" % " ".join(m.capabilities)
            typ, data = m.starttls(ssl_context=ctx)
            return describe(m.sock) + " | %s, now: %s" % (typ, " ".join(m.capabilities))
        finally:
            try:
                m.logout()
            except (imaplib.IMAP4.error, OSError):
                pass
    if proto == "pop3":
        p = poplib.POP3("127.0.0.1", port, timeout=10)
        try:
            caps = p.capa()
            if "STLS" not in caps:
                return "no STARTTLS offered (capabilities: %s)" % ",".join(sorted(caps))
            p.stls(context=ctx)
            return describe(p.sock) + " | now: %s" % ",".join(sorted(p.capa()))
        finally:
            try:
                p.quit()
            except (poplib.error_proto, OSError):
                pass
    if proto == "ftp":
        f = ftplib.FTP_TLS(context=ctx, timeout=10)
        try:
            f.connect("127.0.0.1", port)
            feats = f.sendcmd("FEAT")
            if "AUTH TLS" not in feats:
                return "no STARTTLS offered (features: %s)" % ",".join(
                    l.strip() for l in feats.splitlines()[1:-1])
            f.auth()
            f.prot_p()
            return describe(f.sock) + " | %s" % f.sendcmd("NOOP")
        finally:
            try:
                f.quit()
            except (ftplib.all_errors):
                f.close()


def main():
    with tempfile.TemporaryDirectory() as d:
        key, cert = os.path.join(d, "k.pem"), os.path.join(d, "c.pem")
        subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
                        "-nodes", "-days", "20", "-subj", "/CN=mail.test", "-addext",
                        "subjectAltName=DNS:mail.test,DNS:imap.test", "-keyout", key, "-out", cert],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        sctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        sctx.load_cert_chain(cert, key)
        trusting = ssl.create_default_context(cafile=cert)
        trusting.check_hostname = False
        untrusting = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)  # trusts nothing at all
        untrusting.check_hostname = False

        plan = [(proto, "tls", trusting) for proto in ("smtp", "imap", "pop3", "ftp")]
        plan += [(proto, "no-tls", trusting) for proto in ("smtp", "imap", "pop3", "ftp")]
        plan += [("smtp", "plaintext-after", trusting), ("pop3", "plaintext-after", trusting)]
        plan += [("imap", "tls", untrusting), ("ftp", "tls", untrusting)]
        report = []
        for proto, mode, ctx in plan:
            srv, t = start(proto, mode, sctx)
            try:
                verdict = probe(proto, srv.server_address[1], ctx)
            except ssl.SSLError as e:
                verdict = "TLS failed: %s" % (e.reason or type(e).__name__)
            except (smtplib.SMTPException, imaplib.IMAP4.error, poplib.error_proto, ftplib.Error) as e:
                verdict = "protocol error: %s" % type(e).__name__
            except (ConnectionError, socket.timeout, EOFError) as e:
                verdict = "connection lost: %s" % type(e).__name__
            finally:
                srv.wait_idle()
                srv.shutdown()
                srv.server_close()
                t.join()
            report.append((proto, mode, ctx is untrusting, verdict))
            events = [e for e in srv.events if "<-" not in e]
            print("%-4s %-15s %s%s" % (proto, mode, "(untrusted) " if ctx is untrusting else "", verdict))
            if events:
                print("     server:", "; ".join(sorted(set(events))))
        secure = sum(1 for r in report if r[3].startswith("TLSv"))
        print("summary: %d of %d probes secured; weak: %s" % (
            secure, len(report), sorted({r[0] for r in report if not r[3].startswith("TLSv")})))


main()
